using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Dates;

/// <summary>An absolute calendar date written in the text; <see cref="Year"/> is null where the text left it out.</summary>
public sealed record DateMention(int Start, int Length, int? Year, int Month, int Day)
{
    /// <summary>The date, taking a missing year as the latest one that does not put the date after <paramref name="reference"/>.</summary>
    public DateOnly? Resolve(DateOnly reference)
    {
        var year = Year ?? reference.Year;
        if (!IsValid(year, Month, Day)) return null;
        var date = new DateOnly(year, Month, Day);
        if (Year is null && date > reference.AddDays(1) && IsValid(year - 1, Month, Day))
            date = new DateOnly(year - 1, Month, Day);
        return date;
    }

    public DateOnly? Full => Year is { } y && IsValid(y, Month, Day) ? new DateOnly(y, Month, Day) : null;

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

/// <summary>
/// Finds absolute dates in English news text: "September 29, 2024", "29 September 2024", "20 September, 2024",
/// "Sept. 30", "on 3 March", "2024-09-29". Month names come from the invariant culture, not from a list of our own.
/// </summary>
public static partial class DateMentions
{
    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly string MonthPattern = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static readonly Regex MonthFirst = new(
        $@"\b(?<month>{MonthPattern})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{{2}})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DayFirst = new(
        $@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{MonthPattern})\b\.?(?:,?\s+(?<year>(?:19|20)\d{{2}})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Weekdays = new(Enum.GetNames<DayOfWeek>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is a weekday's name ("Sunday"), which opens sentences as places open datelines.</summary>
    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    /// <summary>Whether a word is a month's name or its abbreviation ("May", "Sept", "Jan."), whatever its case.</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word.TrimEnd('.'));

    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (Match m in Iso().Matches(text))
            found.Add(new DateMention(m.Index, m.Length, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)));
        foreach (var regex in new[] { MonthFirst, DayFirst })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length))
                    continue;
                // "May" is also a verb: "may 5" is not a date unless capitalised.
                if (char.IsLower(m.Groups["month"].Value[0]))
                    continue;
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day is < 1 or > 31) continue;
                found.Add(new DateMention(m.Index, m.Length, year, Months[m.Groups["month"].Value.ToLowerInvariant()], day));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var info = DateTimeFormatInfo.InvariantInfo;
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 12; i++)
        {
            months[info.MonthNames[i].ToLowerInvariant()] = i + 1;
            months[info.AbbreviatedMonthNames[i].ToLowerInvariant()] = i + 1;
        }
        months["sept"] = 9; // the wire-service spelling, which the invariant culture lacks
        return months;
    }

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex Iso();
}
