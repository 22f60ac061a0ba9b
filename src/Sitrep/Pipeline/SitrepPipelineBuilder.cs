using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Assembles a <see cref="SitrepPipeline"/> from stages, usually through the <c>UseX()</c> extensions in
/// <see cref="PipelineExtensions"/>. <see cref="Build"/> checks that each stage's needs are met by earlier stages.
/// </summary>
public sealed class SitrepPipelineBuilder
{
    /// <summary>Bumped by hand when code changes what the pipeline produces; knowledge changes are hashed in.</summary>
    public const string CodeVersion = "1";

    private readonly List<IPipelineStage> _stages = [];
    private readonly List<string> _knowledgeFingerprints = [];

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public SitrepPipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds the contents of the knowledge files a stage uses to the pipeline version.</summary>
    public SitrepPipelineBuilder AddKnowledgeFingerprint(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory)) return this;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dataDirectory, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }
        _knowledgeFingerprints.Add(Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
        return this;
    }

    public SitrepPipeline Build()
    {
        var available = new HashSet<Annotation> { Annotation.Source };
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"stage {stage.Name} needs {string.Join(", ", missing)}, which no earlier stage produces");
            available.UnionWith(stage.Produces);
        }
        var stages = string.Join("+", _stages.Select(s => s.Name));
        var version = $"{CodeVersion}:{stages}:{string.Join(".", _knowledgeFingerprints)}";
        return new SitrepPipeline(_stages.ToArray(), version);
    }
}
