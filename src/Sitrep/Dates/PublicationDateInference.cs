using Sitrep.Text;

namespace Sitrep.Dates;

/// <summary>
/// Guesses a publication date from the text when no metadata gives one: the dateline of the first paragraph
/// ("BAGHDAD, Sept. 30 (Reuters) -"), else the latest full date in a photo caption, which is usually the day the
/// photo was taken and so no later than publication. Returns null rather than a guess with no basis.
/// </summary>
public static class PublicationDateInference
{
    /// <summary>How far into the first paragraph a dateline may run before the story starts.</summary>
    private const int MaxDatelineLength = 100;

    private static readonly string[] DatelineEnds = [" - ", " — ", " – ", "—", " -- "];

    public static DateOnly? Infer(CleanedDocument document)
    {
        var allMentions = DateMentions.Find(document.Text);
        var fullDates = allMentions.Select(m => m.Full).OfType<DateOnly>().ToList();

        var first = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Body);
        if (first is not null)
        {
            var text = document.Text.Substring(first.Start, first.Length);
            var dateline = Dateline(text);
            if (dateline is not null)
            {
                var mention = DateMentions.Find(dateline).FirstOrDefault();
                if (mention?.Full is { } full)
                    return full;
                if (mention is not null && fullDates.Count > 0)
                    return YearFromStory(mention, fullDates.Max());
            }
        }

        DateOnly? latest = null;
        foreach (var caption in document.Blocks.Where(b => b.Kind == BlockKind.Caption))
        {
            foreach (var mention in DateMentions.Find(document.Text.Substring(caption.Start, caption.Length)))
            {
                if (mention.Full is { } date && (latest is null || date > latest))
                    latest = date;
            }
        }
        return latest;
    }

    /// <summary>
    /// A dateline without a year takes the year of the latest full date the story gives, or the next year where that
    /// would put publication well before the story's own events (a January dateline over December events).
    /// </summary>
    private static DateOnly? YearFromStory(DateMention mention, DateOnly latestInStory)
    {
        foreach (var year in new[] { latestInStory.Year, latestInStory.Year + 1 })
        {
            if (new DateMention(mention.Start, mention.Length, year, mention.Month, mention.Day).Full is { } date
                && date >= latestInStory.AddDays(-60))
                return date;
        }
        return null;
    }

    /// <summary>The "PLACE, DATE (AGENCY) -" head of a first paragraph, or null if it has none.</summary>
    internal static string? Dateline(string paragraph)
    {
        if (paragraph.Length == 0 || !char.IsUpper(paragraph[0]))
            return null;
        var end = -1;
        foreach (var marker in DatelineEnds)
        {
            var at = paragraph.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at <= MaxDatelineLength && (end < 0 || at < end))
                end = at;
        }
        if (end < 0)
            return null;
        var head = paragraph[..end];
        var comma = head.IndexOf(',');
        if (comma <= 0)
            return null;
        // The place is written in capitals or at least starts with one: "KYIV," "Gaza City,"; a date there opens a
        // sentence ("On Sunday, Israeli warplanes struck a house in Gaza - Shujaiyya").
        var place = head[..comma];
        var words = place.Split(' ');
        return words.All(w => w.Length > 0 && char.IsUpper(w[0])) && DateMentions.Find(place).Count == 0
            && !words.Any(DateMentions.IsWeekday) ? head : null;
    }
}
