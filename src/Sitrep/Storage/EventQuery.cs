using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// Filters for stored events; every filter is optional. A ranged event matches a period when its range overlaps it.
/// <see cref="Type"/> matches an event type or a sub-event type, <see cref="Actor"/> any part of any actor's name,
/// both case-insensitively.
/// </summary>
public sealed record EventQuery(
    DateOnly? Since = null,
    DateOnly? Until = null,
    string? Type = null,
    string? Actor = null,
    string? Country = null,
    int? Limit = null)
{
    public static EventQuery All { get; } = new();
}

/// <summary>An event as stored: the record, its id, and the document it came from.</summary>
public sealed record StoredEvent(long Id, long DocumentId, string DocumentSourceId, string? Title, string? Url, string? Outlet, string? Published, EventRecord Event);

/// <summary>What <c>ingest</c> did with a document.</summary>
public enum IngestOutcome
{
    /// <summary>New: stored with its events.</summary>
    Stored,

    /// <summary>Stored before by the same pipeline: left as it was.</summary>
    Unchanged,

    /// <summary>Stored before by another pipeline version: its events were replaced.</summary>
    Reextracted,
}

/// <summary>Counts for a summary table.</summary>
public sealed record StoreSummary(int Documents, int Events, int Fatalities, IReadOnlyList<(string EventType, string SubEventType, int Events, int Fatalities)> ByType);
