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

    /// <summary>How many tokens before it: the whole subject ("5 JTF and Kamuku militiamen were killed").</summary>
    private const int SubjectWindow = 7;

    /// <summary>Numbers in words or digits, with "at least", "more than" taken at their stated floor.</summary>
    public IReadOnlyList<PhraseMatch<int>> Numbers(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<int>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text.Replace(",", "");
            // "between 43 and 52 persons were killed": the range's ceiling is no count of its own (ACLED takes the floor).
            if (i >= 2 && tokens[i - 1].Lower == "and" && found.Count > 0 && found[^1].Last == i - 2
                && found[^1].First > 0 && grammar.Is(tokens[found[^1].First - 1], WordClass.Between))
                continue;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && !(value is >= 1900 and <= 2100 && i > 0 && IsMonth(tokens[i - 1]))
                && !(value <= 31 && i + 1 < tokens.Count && IsMonth(tokens[i + 1]))) // "on 2 May 2014" is a date
            {
                found.Add(new PhraseMatch<int>(i, 1, value));
                continue;
            }
            // "10-15 Taliban militants were killed": a range counts at its floor, as ACLED does.
            if (RangeFloor(text) is { } floor)
            {
                found.Add(new PhraseMatch<int>(i, 1, floor));
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
                // "There were no fatalities but several persons were injured": a death word denied counts nothing.
                if (cue.First > 0 && grammar.Is(tokens[cue.First - 1], WordClass.Negation)) continue;
                // "killing four", "four people were killed", "4 dead"
                // "shot to death by two armed men": a number after "by" counts the attackers, not the dead.
                // "a woman was killed and two others were injured": a number that is the subject of a clause of its
                // own ("two ... were") counts for that clause; one after another casualty word counts for that word
                // ("killing an officer and injuring three others"; "killing or injuring 2": how many of each is not
                // told), unless "and" joins the two words ("killing and injuring several").
                var afterCue = numbers.FirstOrDefault(n => n.First > cue.Last && n.First - cue.Last <= CasualtyWindow
                    && !cues.Any(c => c.First > cue.Last && c.First < n.First && !(c.First == cue.Last + 2 && tokens[cue.Last + 1].Lower == "and"))
                    && !tokens.Skip(cue.Last + 1).Take(n.First - cue.Last - 1).Any(t => t.Text is "," or "." or ";" || t.Lower == "by")
                    && !tokens.Skip(n.Last + 1).Take(3).Any(t => grammar.Is(t, WordClass.Be)) && !CountsWeapons(tokens, n));
                // "five members of the CV (Red Command) died": words in a parenthesis do not count towards the distance.
                // "abducted by four men and stabbed to death": a number after "by" counts the attackers.
                var beforeCue = numbers.LastOrDefault(n => n.Last < cue.First && Distance(tokens, n.Last, cue.First) <= SubjectWindow
                    && !tokens.Skip(n.Last + 1).Take(cue.First - n.Last - 1).Any(t => t.Text is "," or "." or ";")
                    && !(n.First > 0 && tokens[n.First - 1].Lower == "by") && !CountsWeapons(tokens, n));
                var lower = cue.Value.Phrase.ToLowerInvariant();
                var pick = lower.EndsWith("ing") ? afterCue ?? beforeCue : beforeCue ?? afterCue;
                if (pick is not null) return pick.Value;
                if (OneVictim(tokens, cue))
                    return 1 + (cue.Last + 1 < tokens.Count && grammar.Is(tokens[cue.Last + 1], WordClass.Indefinite) ? MoreVictims(tokens, cue.Last + 1) : 0);
                if (JoinedVictims(tokens, cue) is { } joined)
                    return joined;
            }
            return null;
        }
        return (Count(CueKind.Death) ?? 0, Count(CueKind.Injury));
    }

    /// <summary>"killed when 2 unexploded bombs exploded": a number before a weapon counts the weapons, not the dead.</summary>
    private bool CountsWeapons(IReadOnlyList<Token> tokens, PhraseMatch<int> number) =>
        Enumerable.Range(number.Last + 1, Math.Min(2, tokens.Count - number.Last - 1)).Any(k => patterns.Weapons.MatchAt(tokens, k) is not null);

    /// <summary>
    /// A single victim named without a number: "killing a protester", "the death of a man", "the body of a woman",
    /// "killed the commander of the battalion", "killing him", "shot dead a soldier", "a civilian was killed" (the
    /// singular "was" tells one), "the officer died", "he died".
    /// </summary>
    private bool OneVictim(IReadOnlyList<Token> tokens, PhraseMatch<Cue> cue)
    {
        var next = cue.Last + 1;
        if (next < tokens.Count && tokens[next].Lower == "of" && cue.Value.Phrase.EndsWith("death", StringComparison.OrdinalIgnoreCase))
            next++;
        if (next < tokens.Count)
        {
            if (grammar.Is(tokens[next], WordClass.Indefinite) || grammar.Is(tokens[next], WordClass.PersonObject))
                return true;
            if (tokens[next].Lower == "the" && SingularNoun(tokens, next + 1))
                return true;
        }
        // "killing Hassan Nasrallah": a person's name, two capitalised words closing the phrase.
        if (cue.Last + 2 < tokens.Count && tokens[cue.Last + 1].IsCapitalised && tokens[cue.Last + 2].IsCapitalised && tokens[cue.Last + 2].IsWord
            && (cue.Last + 3 >= tokens.Count || !tokens[cue.Last + 3].IsWord || !tokens[cue.Last + 3].IsCapitalised))
            return true;
        var phrase = cue.Value.Phrase.ToLowerInvariant();
        // "a man's body was found", "the body of a woman": a body is one victim.
        if (phrase == "body") return true;
        var be = cue.First - 1;
        // "his death", "resulting in her death"
        if (be >= 0 && phrase == "death" && tokens[be].Lower is "his" or "her") return true;
        // "beat a young man to death", "tortured a villager to death": the victim stands before "to death".
        if (phrase.EndsWith("to death", StringComparison.Ordinal))
        {
            for (var k = cue.First - 1; k >= 0 && cue.First - k <= 4 && tokens[k].IsWord && !grammar.Is(tokens[k], WordClass.Be); k--)
                if (grammar.Is(tokens[k], WordClass.Indefinite) || grammar.Is(tokens[k], WordClass.PersonObject)) return true;
        }
        while (be >= 0 && (tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal) || grammar.Is(tokens[be], WordClass.Adverb))) be--;
        // "the officer died", "he died", "the soldier later died", "a rioter succumbed to his wounds": a singular
        // subject right before an intransitive death word; "leaving the driver dead", "leaving him killed": the victim
        // right before the state it was left in.
        if (be >= 0 && phrase is "died" or "succumbed" or "dead" or "killed")
        {
            var subject = grammar.Is(tokens[be], WordClass.Relative) ? be - 1 : be;
            if (subject >= 0 && grammar.Is(tokens[subject], phrase is "dead" or "killed" ? WordClass.PersonObject : WordClass.PersonSubject))
                return true;
            if (phrase is not "killed" && subject >= 1 && grammar.IsDeterminer(tokens[subject - 1]) && !grammar.IsDeterminer(tokens[subject])
                && tokens[subject - 1].Lower is not ("these" or "those" or "their") && IsSingular(tokens[subject]))
                return true;
        }
        // "a Military Police officer was shot in the forehead and died": the clause's singular "was" tells one victim.
        if (be >= 0 && phrase is "died" or "succumbed" && tokens[be].Lower == "and")
        {
            for (var k = be - 1; k >= 0 && be - k <= 12 && tokens[k].Text is not ("," or ";"); k--)
                if (tokens[k].Lower is "was" or "is") return true;
        }
        // "a man was found dead", "was shot and killed": participles may stand between the verb "be" and the death word.
        for (var k = be; k >= 0 && be - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalised; k--)
        {
            if (grammar.Is(tokens[k], WordClass.Be)) { be = k; break; }
        }
        // "was killed", "is dead": the singular verb tells one victim (no one killed is a no-casualties cue).
        return be >= 0 && grammar.Is(tokens[be], WordClass.Be) && tokens[be].Lower is "was" or "is";
    }

    /// <summary>Tokens between two positions, not counting those inside a parenthesis.</summary>
    private static int Distance(IReadOnlyList<Token> tokens, int from, int to)
    {
        var distance = 0;
        var depth = 0;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].Text == "(") depth++;
            else if (tokens[k].Text == ")") depth = Math.Max(0, depth - 1);
            else if (depth == 0) distance++;
        }
        return distance + 1;
    }

    /// <summary>
    /// "a former town councilor and his wife were shot dead", "an adolescent and a woman were shot to death": people
    /// joined by "and" as the subject of a plural "were" before the death word, one each.
    /// </summary>
    private int? JoinedVictims(IReadOnlyList<Token> tokens, PhraseMatch<Cue> cue)
    {
        var be = cue.First - 1;
        while (be >= 0 && (tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal) || grammar.Is(tokens[be], WordClass.Adverb))) be--;
        for (var k = be; k >= 0 && be - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalised; k--)
            if (grammar.Is(tokens[k], WordClass.Be)) { be = k; break; }
        if (be < 1 || tokens[be].Lower != "were") return null;
        var people = 0;
        for (var k = be - 1; k >= 0 && be - k <= 10; k--)
        {
            if (tokens[k].Text is "," or ";" or "." || grammar.Is(tokens[k], WordClass.Preposition) && tokens[k].Lower != "of") break;
            var starts = grammar.Is(tokens[k], WordClass.Indefinite) || tokens[k].Lower is "his" or "her" or "their";
            if (!starts) continue;
            if (k > 0 && tokens[k - 1].Lower == "and") people++;
            else if (k == 0 || !grammar.Is(tokens[k - 1], WordClass.Preposition)) { people++; break; }
        }
        return people >= 2 ? people : null;
    }

    /// <summary>
    /// "killing a senior Hamas engineer and a member of the naval force": each further victim joined by "and a" after
    /// the first, up to the end of the clause.
    /// </summary>
    private int MoreVictims(IReadOnlyList<Token> tokens, int from)
    {
        var more = 0;
        for (var k = from; k + 1 < tokens.Count && k - from < 12; k++)
        {
            if (tokens[k].Text is "," or "." or ";" || grammar.Is(tokens[k], WordClass.Subordinator)) break;
            // "and a woman was injured" starts a clause of its own: a verb "be" after the noun ends the list.
            if (tokens[k].Lower == "and" && grammar.Is(tokens[k + 1], WordClass.Indefinite))
            {
                if (Enumerable.Range(k + 2, Math.Min(5, tokens.Count - k - 2)).Any(j => grammar.Is(tokens[j], WordClass.Be))) break;
                more++;
            }
        }
        return more;
    }

    /// <summary>
    /// Whether the noun phrase from <paramref name="first"/> ("chief commander of AGuH", "imam of the mosque") has a
    /// singular head: its last word before "of", a preposition, a comma or a clause.
    /// </summary>
    private bool SingularNoun(IReadOnlyList<Token> tokens, int first)
    {
        var head = -1;
        for (var k = first; k < tokens.Count && k - first < 4; k++)
        {
            if (!tokens[k].IsWord || grammar.Is(tokens[k], WordClass.Preposition) || grammar.Is(tokens[k], WordClass.ClauseBreak)
                || grammar.Is(tokens[k], WordClass.Participation) || grammar.Is(tokens[k], WordClass.Subordinator))
                break;
            head = k;
        }
        return head >= 0 && IsSingular(tokens[head]);
    }

    private bool IsSingular(Token word) =>
        word.IsWord && !char.IsDigit(word.Text[0]) && !grammar.Is(word, WordClass.Collective)
        && !(word.Lower.EndsWith('s') && !word.Lower.EndsWith("ss", StringComparison.Ordinal));

    private static int? RangeFloor(string text)
    {
        var dash = text.IndexOf('-');
        return dash > 0 && dash < text.Length - 1 && text.All(c => char.IsDigit(c) || c == '-') && text.Count(c => c == '-') == 1
            && int.TryParse(text[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var low)
            && int.TryParse(text[(dash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var high)
            && low < high && high < 1900
            ? low : null;
    }

    private static bool IsMonth(Token token) => token.IsWord && Sitrep.Dates.DateMentions.IsMonth(token.Text);
}
