using Sitrep.Dates;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// The one mutable object of a run: a document's annotations as stages add them. Each instance belongs to one
/// document on one thread; the pipeline freezes it into a <see cref="DocumentResult"/>.
/// </summary>
public sealed class DocumentInProgress(SourceDocument source, DateOnly? fallbackPublished)
{
    public SourceDocument Source { get; } = source;

    /// <summary>The date <c>--published</c> gave, used only where the document has none of its own.</summary>
    public DateOnly? FallbackPublished { get; } = fallbackPublished;

    public DocumentMetadata Metadata { get; set; } = source.Metadata;
    public CleanedDocument? Cleaned { get; set; }
    public IReadOnlyList<Sentence>? Sentences { get; set; }
    public PublicationDate? Published { get; set; }
    public IReadOnlyList<EventRecord>? Events { get; set; }
    public List<string> Warnings { get; } = [];

    internal DocumentResult Freeze() => new(
        Source,
        Metadata,
        Cleaned ?? throw new InvalidOperationException("the pipeline has no cleaning stage"),
        Published,
        Events ?? [],
        Warnings.ToArray());
}
