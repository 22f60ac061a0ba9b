using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// The built pipeline: an ordered list of stages checked by <see cref="SitrepPipelineBuilder"/>.
/// Immutable and thread-safe; build it once and reuse it for every document.
/// </summary>
public sealed class SitrepPipeline
{
    internal SitrepPipeline(IReadOnlyList<IPipelineStage> stages, string version)
    {
        Stages = stages;
        Version = version;
    }

    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>
    /// Changes whenever the code or the knowledge files change, so the store knows which documents to re-extract.
    /// </summary>
    public string Version { get; }

    public DocumentResult Process(SourceDocument document, DateOnly? fallbackPublished = null)
    {
        var inProgress = new DocumentInProgress(document, fallbackPublished);
        foreach (var stage in Stages)
            stage.Process(inProgress);
        return inProgress.Freeze();
    }
}
