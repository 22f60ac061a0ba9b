namespace Sitrep.Pipeline;

/// <summary>What a stage reads from or writes to the document being processed.</summary>
public enum Annotation
{
    Source,
    CleanedText,
    Sentences,
    PublicationDate,
    Events,
}

/// <summary>
/// A stage of the pipeline. It declares what it needs and what it adds, so the builder can refuse an order in
/// which a stage would read something no earlier stage wrote. Stages are immutable and thread-safe.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }
    IReadOnlySet<Annotation> Requires { get; }
    IReadOnlySet<Annotation> Produces { get; }
    void Process(DocumentInProgress document);
}
