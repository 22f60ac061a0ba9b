using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>One event coded by ACLED: the fields Sitrep is measured on, and the notes it is measured from.</summary>
public sealed record GoldEvent(
    string Id,
    DateOnly Date,
    string EventType,
    string SubEventType,
    string? Actor1,
    string? Actor2,
    string? Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    int Fatalities,
    string Notes)
{
    /// <summary>Reads the rows of an ACLED-format CSV (ACLED's column names; extra columns are ignored).</summary>
    public static IEnumerable<GoldEvent> Read(TextReader reader)
    {
        foreach (var row in CsvReader.ReadRecords(reader))
        {
            string? Field(string name) => row.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            if (Field("notes") is not { } notes || Field("event_date") is not { } dateText)
                continue;
            if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "d MMMM yyyy", "dd MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                continue;
            yield return new GoldEvent(
                Field("event_id_cnty") ?? $"row-{date:yyyyMMdd}",
                date,
                Field("event_type") ?? "",
                Field("sub_event_type") ?? "",
                Field("actor1"),
                Field("actor2"),
                Field("country"),
                Field("admin1"),
                double.TryParse(Field("latitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ? lat : null,
                double.TryParse(Field("longitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) ? lon : null,
                int.TryParse(Field("fatalities"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : 0,
                notes);
        }
    }
}

/// <summary>
/// Actor names compared as the contract says: ACLED's period marks ("(2022-)", "(2016-2019)") left off wherever they
/// stand, and an ACLED "ABBR: Name" matched by either part; case and spacing ignored.
/// </summary>
public static partial class ActorNames
{
    public static bool Same(string? gold, string? coded)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(coded))
            return string.IsNullOrWhiteSpace(gold) && string.IsNullOrWhiteSpace(coded);
        var codedForms = Forms(coded);
        return Forms(gold).Any(codedForms.Contains);
    }

    public static string Normalize(string name) =>
        Spaces().Replace(PeriodMark().Replace(name, " "), " ").Trim().ToLowerInvariant();

    private static HashSet<string> Forms(string name)
    {
        var normalized = Normalize(name);
        var forms = new HashSet<string>(StringComparer.Ordinal) { normalized };
        var colon = normalized.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            forms.Add(normalized[..colon].Trim());
            forms.Add(normalized[(colon + 2)..].Trim());
        }
        return forms;
    }

    [GeneratedRegex(@"\(\d{4}-(\d{4})?\)")]
    private static partial Regex PeriodMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
