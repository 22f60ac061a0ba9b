using Sitrep.Dates;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// What the pipeline made of one document: its cleaned text, publication date, events, and warnings (things it
/// could not code, which are not failures). Immutable.
/// </summary>
public sealed record DocumentResult(
    SourceDocument Source,
    DocumentMetadata Metadata,
    CleanedDocument Cleaned,
    PublicationDate? Published,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The event contract's <c>schema</c>: bumped whenever a field is renamed, re-typed or dropped.</summary>
    public const int SchemaVersion = 1;
}
