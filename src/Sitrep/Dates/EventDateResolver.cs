using System.Globalization;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>Why a sentence's date could not be resolved: an expected miss, not an error.</summary>
public enum DateMiss
{
    /// <summary>The sentence says nothing about when.</summary>
    NoTimeExpression,

    /// <summary>The sentence dates itself relative to a publication date nobody knows.</summary>
    NoPublicationDate,

    /// <summary>"A day earlier" with no earlier event to count from.</summary>
    NoPreviousEvent,
}

/// <summary>A resolved date with the rule that gave it, or the reason there is none.</summary>
public readonly record struct DateResolution(EventDate? Date, string? RuleId, DateMiss? Miss);

/// <summary>
/// Resolves when a sentence's event happened, against the publication date and the event told just before:
/// absolute dates, relative expressions from <c>relative-dates.tsv</c>, and weekday names (the latest such day on
/// or before publication). Never reads the clock. Immutable and thread-safe.
/// </summary>
public sealed class EventDateResolver(PhraseMatcher<RelativeDateRule> relativeDates)
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .ToDictionary(d => DateTimeFormatInfo.InvariantInfo.GetDayName(d).ToLowerInvariant());

    public DateResolution Resolve(string sentence, IReadOnlyList<Token> tokens, DateOnly? published, EventDate? previous)
    {
        var absolute = DateMentions.Find(sentence);
        var relative = relativeDates.FindAll(tokens);

        // "On 28 April 2020, violence broke out in the wake of the murder of a driver the day before": a date the
        // sentence opens with is its event's; a "day before" told after it dates what the event followed.
        if (relative.FirstOrDefault(r => r.Value.FromPreviousEvent) is { } fromPrevious
            && !(absolute.Count > 0 && absolute[0].Start < tokens[fromPrevious.First].Start && absolute[0].Start < 8))
        {
            // "days earlier" counts back from a date the same sentence names, else from the event told before.
            var rule = fromPrevious.Value;
            EventDate? anchor = absolute.Count > 0 && published is { } p && absolute[0].Resolve(p) is { } a ? EventDate.Day(a)
                : absolute.Count > 0 && absolute[0].Full is { } full ? EventDate.Day(full)
                : previous;
            if (anchor is null)
                return new(null, rule.Id, published is null ? DateMiss.NoPublicationDate : DateMiss.NoPreviousEvent);
            return new(Shift(anchor.Earliest, rule), rule.Id, null);
        }

        if (absolute.Count > 0)
        {
            var date = published is { } reference ? absolute[0].Resolve(reference) : absolute[0].Full;
            if (date is not null)
                return new(EventDate.Day(date.Value), "absolute-date", null);
        }

        if (published is not { } publication)
        {
            var needsPublication = relative.Count > 0 || tokens.Any(t => Weekdays.ContainsKey(t.Lower));
            return new(null, null, needsPublication ? DateMiss.NoPublicationDate : DateMiss.NoTimeExpression);
        }

        if (relative.Count > 0)
            return new(Shift(publication, relative[0].Value), relative[0].Value.Id, null);

        foreach (var token in tokens)
        {
            if (!token.IsCapitalised || !Weekdays.TryGetValue(token.Lower, out var weekday)) continue;
            var back = ((int)publication.DayOfWeek - (int)weekday + 7) % 7;
            return new(EventDate.Day(publication.AddDays(-back)), "weekday", null);
        }
        if (MonthOfYear(sentence) is { } month)
            return new(month, "month-of-year", null);
        return new(null, null, DateMiss.NoTimeExpression);
    }

    /// <summary>"in November 2022": the whole month, precision 3.</summary>
    private static EventDate? MonthOfYear(string sentence)
    {
        var match = MonthYear.Match(sentence);
        if (!match.Success) return null;
        var month = Array.FindIndex(DateTimeFormatInfo.InvariantInfo.MonthNames, m => m.Equals(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var year = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month < 1) return null;
        var first = new DateOnly(year, month, 1);
        return new EventDate(first, first.AddMonths(1).AddDays(-1), TimePrecision.Month);
    }

    private static readonly System.Text.RegularExpressions.Regex MonthYear = new(
        $@"\b(?:in|since|during|by)\s+({string.Join('|', DateTimeFormatInfo.InvariantInfo.MonthNames.Where(m => m.Length > 0))})\s+((?:19|20)\d{{2}})\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>What ACLED codes when the text cannot tell the day: the week up to publication, precision 2.</summary>
    public static EventDate Undated(DateOnly published) => new(published.AddDays(-6), published, TimePrecision.Week);

    private static EventDate Shift(DateOnly anchor, RelativeDateRule rule)
    {
        switch (rule.Unit)
        {
            case "day":
                return EventDate.Day(anchor.AddDays(rule.Offset));
            case "overnight":
                return new EventDate(anchor.AddDays(-1), anchor, TimePrecision.Day);
            case "this-week":
            {
                var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
                return new EventDate(monday, anchor, TimePrecision.Week);
            }
            case "week":
            {
                var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7) + 7 * rule.Offset);
                return new EventDate(monday, monday.AddDays(6), TimePrecision.Week);
            }
            case "this-month":
                return new EventDate(new DateOnly(anchor.Year, anchor.Month, 1), anchor, TimePrecision.Month);
            case "month":
            {
                var first = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(rule.Offset);
                return new EventDate(first, first.AddMonths(1).AddDays(-1), TimePrecision.Month);
            }
            default: // "recent": some days before the anchor
                return new EventDate(anchor.AddDays(-7), anchor.AddDays(-1), TimePrecision.Week);
        }
    }
}
