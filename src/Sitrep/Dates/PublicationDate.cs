namespace Sitrep.Dates;

/// <summary>Where a document's publication date came from. Inferred dates are guesses and say so.</summary>
public enum PublicationDateSource
{
    /// <summary>The document's own metadata: meta tags, JSON-LD, a JSONL <c>published</c> field.</summary>
    Metadata,

    /// <summary>Given by the user (<c>--published</c>) for a document that had none.</summary>
    Argument,

    /// <summary>Read from the text: a dateline or a dated photo caption.</summary>
    Inferred,
}

/// <summary>The day a document was published, and how we know it. Relative dates in the text resolve against it.</summary>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source)
{
    public string SourceName => Source switch
    {
        PublicationDateSource.Metadata => "metadata",
        PublicationDateSource.Argument => "argument",
        _ => "inferred",
    };
}

/// <summary>ACLED's time precision: 1 the day is known, 2 the week or a few days, 3 the month or vaguer.</summary>
public enum TimePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
}

/// <summary>
/// When an event happened: a single day, or a range where the text gives no more ("last week").
/// Invariant: <see cref="Latest"/> is not before <see cref="Earliest"/>. Immutable.
/// </summary>
public sealed record EventDate
{
    public EventDate(DateOnly earliest, DateOnly latest, TimePrecision precision)
    {
        if (latest < earliest)
            throw new ArgumentException($"an event date range cannot end ({latest:yyyy-MM-dd}) before it starts ({earliest:yyyy-MM-dd})");
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
    }

    public static EventDate Day(DateOnly day) => new(day, day, TimePrecision.Day);

    public DateOnly Earliest { get; }
    public DateOnly Latest { get; }
    public TimePrecision Precision { get; }
    public bool IsRange => Latest != Earliest;

    /// <summary>The contract's <c>date_end</c>: the last possible day, only where the text gave a range.</summary>
    public DateOnly? End => IsRange ? Latest : null;

    public bool Overlaps(EventDate other) => Earliest <= other.Latest && other.Earliest <= Latest;
}
