using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// Reads numbers (digits, number words, ACLED's values for vague counts) and the toll of a sentence: deaths and
/// injuries counted next to their words, one victim named without a number, "no casualties". Immutable and thread-safe.
/// </summary>
internal sealed class CasualtyCounter(EventPatterns patterns, Grammar grammar)
{
    /// <summary>How many tokens after a death or injury word the count may stand ("killing at least four people").</summary>
    private const int CasualtyWindow = 5;

    /// <summary>Numbers in words or digits, with "at least", "more than" taken at their stated floor.</summary>
    public IReadOnlyList<PhraseMatch<int>> Numbers(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<int>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text.Replace(",", "");
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && !(value is >= 1900 and <= 2100 && i > 0 && IsMonth(tokens[i - 1])))
            {
                found.Add(new PhraseMatch<int>(i, 1, value));
                continue;
            }
            var word = patterns.Numbers.MatchAt(tokens, i);
            if (word is null) continue;
            // "a" and "an" count only right before a weapon or casualty noun; elsewhere they are articles.
            if (word.Count == 1 && grammar.Is(tokens[i], WordClass.Indefinite))
                continue;
            found.Add(word);
            i = word.Last;
        }
        return found;
    }

    public (int Fatalities, int? Injuries) Count(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<Cue>> cues, IReadOnlyList<PhraseMatch<int>> numbers)
    {
        if (cues.Any(c => c.Value.Kind == CueKind.NoCasualties))
            return (0, 0);
        int? Count(CueKind kind)
        {
            foreach (var cue in cues.Where(c => c.Value.Kind == kind))
            {
                // "killing four", "four people were killed", "4 dead"
                // "shot to death by two armed men": a number after "by" counts the attackers, not the dead.
                var afterCue = numbers.FirstOrDefault(n => n.First > cue.Last && n.First - cue.Last <= CasualtyWindow
                    && !tokens.Skip(cue.Last + 1).Take(n.First - cue.Last - 1).Any(t => t.Text is "," or "." or ";" || t.Lower == "by"));
                var beforeCue = numbers.LastOrDefault(n => n.Last < cue.First && cue.First - n.Last <= CasualtyWindow
                    && !tokens.Skip(n.Last + 1).Take(cue.First - n.Last - 1).Any(t => t.Text is "," or "." or ";"));
                var lower = cue.Value.Phrase.ToLowerInvariant();
                var pick = lower.EndsWith("ing") ? afterCue ?? beforeCue : beforeCue ?? afterCue;
                if (pick is not null) return pick.Value;
                if (OneVictim(tokens, cue)) return 1;
            }
            return null;
        }
        return (Count(CueKind.Death) ?? 0, Count(CueKind.Injury));
    }

    /// <summary>
    /// A single victim named without a number: "killing a protester", "shot dead a soldier", "a civilian was killed",
    /// "an elderly man was wounded".
    /// </summary>
    private bool OneVictim(IReadOnlyList<Token> tokens, PhraseMatch<Cue> cue)
    {
        if (cue.Last + 1 < tokens.Count && grammar.Is(tokens[cue.Last + 1], WordClass.Indefinite))
            return true;
        // "killing Hassan Nasrallah": a person's name, two capitalised words closing the phrase.
        if (cue.Last + 2 < tokens.Count && tokens[cue.Last + 1].IsCapitalised && tokens[cue.Last + 2].IsCapitalised && tokens[cue.Last + 2].IsWord
            && (cue.Last + 3 >= tokens.Count || !tokens[cue.Last + 3].IsWord || !tokens[cue.Last + 3].IsCapitalised))
            return true;
        var be = cue.First - 1;
        while (be >= 0 && tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal)) be--;
        // "a man was found dead": a participle may stand between the verb "be" and the death word.
        if (be >= 1 && !grammar.Is(tokens[be], WordClass.Be) && tokens[be].IsWord && grammar.Is(tokens[be - 1], WordClass.Be)) be--;
        if (be < 0 || !grammar.Is(tokens[be], WordClass.Be) || tokens[be].Lower is not ("was" or "is")) return false;
        for (var i = be - 1; i >= 0 && be - i <= 6; i--)
        {
            if (tokens[i].Text is "," or ";" or ".") return false;
            if (grammar.Is(tokens[i], WordClass.Indefinite)) return true;
        }
        return false;
    }

    private static bool IsMonth(Token token) =>
        System.Globalization.DateTimeFormatInfo.InvariantInfo.MonthNames.Contains(token.Text, StringComparer.OrdinalIgnoreCase)
        || System.Globalization.DateTimeFormatInfo.InvariantInfo.AbbreviatedMonthNames.Contains(token.Text.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
}
