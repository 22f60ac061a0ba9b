using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>The fields measured, in report order.</summary>
public enum EvaluatedField
{
    EventType,
    SubEventType,
    Actor1,
    Actor2,
    Date,
    Fatalities,
    Country,
    Admin1,
    Location,
}

/// <summary>How one gold row fared: the event chosen as its match (null if none was coded) and the fields it got wrong.</summary>
public sealed record RowOutcome(GoldEvent Gold, EventRecord? Match, int EventsCoded, IReadOnlySet<EvaluatedField> Wrong);

/// <summary>Per-field accuracy over all rows, with every row's outcome for the confusion table and the misses.</summary>
public sealed record EvaluationReport(IReadOnlyList<RowOutcome> Rows)
{
    public int RowsWithEvents => Rows.Count(r => r.Match is not null);

    public double Accuracy(EvaluatedField field) =>
        Rows.Count == 0 ? 0 : Rows.Count(r => !r.Wrong.Contains(field)) / (double)Rows.Count;

    /// <summary>Gold sub-event type against coded sub-event type ("(none)" where nothing was coded), with counts.</summary>
    public IReadOnlyList<(string Gold, string Coded, int Count)> Confusion() =>
        Rows.GroupBy(r => (r.Gold.SubEventType, r.Match?.SubEventType ?? "(none)"))
            .Select(g => (g.Key.SubEventType, g.Key.Item2, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.SubEventType, StringComparer.Ordinal)
            .ToList();
}

/// <summary>
/// Measures the pipeline against ACLED-coded events, as <c>shared/eval/README.md</c> describes: each row's notes
/// become a document published the day after the event, the coded event that best matches is taken, and fields are
/// compared one by one (actors without period marks; location right within 25 km of ACLED's coordinates).
/// </summary>
public sealed class Evaluator(SitrepPipeline pipeline)
{
    public const double LocationToleranceKm = 25;

    public EvaluationReport Evaluate(IEnumerable<GoldEvent> gold, int? degreeOfParallelism = null)
    {
        var rows = gold.ToList();
        var outcomes = new RowOutcome[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism ?? Environment.ProcessorCount },
            i => outcomes[i] = Evaluate(rows[i]));
        return new EvaluationReport(outcomes);
    }

    public RowOutcome Evaluate(GoldEvent gold)
    {
        var document = new SourceDocument(gold.Id, DocumentFormat.PlainText, gold.Notes, new DocumentMetadata(Published: gold.Date.AddDays(1)));
        var events = pipeline.Process(document).Events;
        var best = events.Select(e => (Event: e, Wrong: WrongFields(gold, e)))
            .OrderBy(x => Weight(x.Wrong))
            .FirstOrDefault();
        return best.Event is null
            ? new RowOutcome(gold, null, 0, Enum.GetValues<EvaluatedField>().ToHashSet())
            : new RowOutcome(gold, best.Event, events.Count, best.Wrong);
    }

    /// <summary>The match is the event that errs least, the sub-event type weighing most, then type and date.</summary>
    private static int Weight(IReadOnlySet<EvaluatedField> wrong) => wrong.Sum(f => f switch
    {
        EvaluatedField.SubEventType => 16,
        EvaluatedField.EventType => 8,
        EvaluatedField.Date => 4,
        EvaluatedField.Actor1 or EvaluatedField.Actor2 => 2,
        _ => 1,
    });

    public static IReadOnlySet<EvaluatedField> WrongFields(GoldEvent gold, EventRecord coded)
    {
        var wrong = new HashSet<EvaluatedField>();
        if (coded.EventType != gold.EventType) wrong.Add(EvaluatedField.EventType);
        if (coded.SubEventType != gold.SubEventType) wrong.Add(EvaluatedField.SubEventType);
        if (!ActorNames.Same(gold.Actor1, coded.Actor1)) wrong.Add(EvaluatedField.Actor1);
        if (!ActorNames.Same(gold.Actor2, coded.Actor2)) wrong.Add(EvaluatedField.Actor2);
        if (coded.Date != gold.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) wrong.Add(EvaluatedField.Date);
        if (coded.Fatalities != gold.Fatalities) wrong.Add(EvaluatedField.Fatalities);
        if (!SameText(gold.Country, coded.Country)) wrong.Add(EvaluatedField.Country);
        if (!SameText(gold.Admin1, coded.Admin1)) wrong.Add(EvaluatedField.Admin1);
        if (gold.Latitude is not { } lat || gold.Longitude is not { } lon || coded.Latitude is not { } clat || coded.Longitude is not { } clon
            || DistanceKm(lat, lon, clat, clon) > LocationToleranceKm)
            wrong.Add(EvaluatedField.Location);
        return wrong;
    }

    private static bool SameText(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(a);

    /// <summary>Great-circle distance in kilometres (<see cref="GreatCircle.Kilometres"/>).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        GreatCircle.Kilometres(lat1, lon1, lat2, lon2);
}
