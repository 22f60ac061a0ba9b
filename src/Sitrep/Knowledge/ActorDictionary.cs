using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>
/// A known actor: ACLED-style canonical name, ACLED actor type, home country, and the rule that defined it.
/// A generic actor ("gunmen", "residents") has a name template that waits for the event's country:
/// "Unidentified Armed Group ({country})", or "{military}" for the country's armed forces.
/// </summary>
public sealed record Actor(string Name, string Type, string? Country, string RuleId)
{
    /// <summary>The name of a phrase that refers back ("the group"): resolved to the group the story named last.</summary>
    public const string Antecedent = "{antecedent}";

    public bool AwaitsCountry => Name.Contains('{', StringComparison.Ordinal) && !IsAnaphor;

    public bool IsAnaphor => Name == Antecedent;

    /// <summary>A generic phrase for an army ("warplanes", "troops") that takes the event's country's military.</summary>
    public bool IsGenericMilitary => Name.Contains("{military}", StringComparison.Ordinal);

    /// <summary>A named group that "the group" can refer back to: not a state force and not a generic role.</summary>
    public bool IsNamedGroup => !Name.Contains('{', StringComparison.Ordinal) && Type != "State forces" && !RuleId.StartsWith("generic.tsv", StringComparison.Ordinal)
        && !RuleId.StartsWith("countries.tsv", StringComparison.Ordinal);
}

/// <summary>An actor named in a sentence, tokens [First, First+Count).</summary>
public sealed record ActorMention(int First, int Count, Actor Actor)
{
    public int Last => First + Count - 1;
}

/// <summary>
/// Resolves names to actors: named groups and their aliases (<c>actors.tsv</c>); a country's name or demonym
/// before a generic phrase ("Israeli warplanes", "Iraqi police", "Palestinian civilians", from <c>countries.tsv</c>
/// and <c>generic.tsv</c>); a generic phrase alone ("gunmen"), which takes the event's country later; the plural
/// demonym for a country's people ("Palestinians"); and a country's name standing alone as its state's forces.
/// Immutable and thread-safe.
/// </summary>
public sealed class ActorDictionary
{
    /// <summary>The generic phrase whose template names a country's civilians; "Palestinians" resolve through it.</summary>
    private const string PeoplePhrase = "civilians";

    private readonly PhraseMatcher<Actor> _named;
    private readonly PhraseMatcher<(string Country, bool IsCountryName, bool IsPeople, bool IsForces)> _countries;
    private readonly PhraseMatcher<Actor> _generic;
    private readonly Dictionary<string, (string? Military, string? Police)> _forces;

    private readonly HashSet<string> _modifiedNouns;

    private readonly PhraseMatcher<Actor> _persons;
    private readonly Dictionary<(string Group, string Country), Actor> _branches;

    private readonly Grammar _grammar;

    private readonly Dictionary<string, Actor> _byName;

    /// <summary>The actor of a canonical name (a group's, or a country's military or police), if the dictionary knows it.</summary>
    public Actor? Named(string name) => _byName.GetValueOrDefault(name);

    public ActorDictionary(Grammar grammar, IReadOnlyList<DataRow> actors, IReadOnlyList<DataRow> countries, IReadOnlyList<DataRow> generic,
        IEnumerable<string> modifiedNouns, IReadOnlyList<DataRow> persons)
    {
        _grammar = grammar;
        var byId = actors.ToDictionary(r => r[0], r => new Actor(r[1], r[2], NullIfEmpty(r[3]), r[0]), StringComparer.Ordinal);
        // A group with a branch per country ("Islamic State" and "Islamic State (Iraq)"): the branch of the event's country.
        _branches = actors.Where(r => r[3].Length > 0)
            .SelectMany(r => r[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(parent => (Parent: parent.Split('@')[0], Country: r[3], Branch: byId[r[0]])))
            // Only a country branch of a group that has none of its own: "Islamic State (Iraq)" of "Islamic State";
            // units of a group ("Taliban - Red Unit") are not branches.
            .Where(b => byId.TryGetValue(b.Parent, out var parent) && parent.Country is null
                && b.Branch.Name.StartsWith(parent.Name + " (", StringComparison.Ordinal))
            .GroupBy(b => (byId[b.Parent].Name, b.Country))
            .ToDictionary(g => g.Key, g => g.First().Branch);
        // A leader named stands for the group: a strike that kills a group's leader targets the group.
        _persons = new PhraseMatcher<Actor>(persons.Where(r => byId.ContainsKey(r[3])).SelectMany(row =>
            row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(row[1])
                .Select(name => (name, byId[row[3]] with { RuleId = $"{row[0]}>{row[3]}" }))));
        _modifiedNouns = new HashSet<string>(modifiedNouns, StringComparer.OrdinalIgnoreCase);
        // An ACLED "ABBR: Name" is known by either part too ("AAS: Ahrar al Sham" is "AAS" and "Ahrar al Sham"), where
        // no other actor lists that part as its own alias.
        var listed = actors.SelectMany(row => row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(row[1]))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _named = new PhraseMatcher<Actor>(actors.SelectMany(row =>
        {
            var actor = new Actor(row[1], row[2], NullIfEmpty(row[3]), row[0]);
            var aliases = row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(row[1]).ToList();
            if (row[1].IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
                aliases.AddRange(new[] { row[1][..colon], row[1][(colon + 2)..] }.Where(part => part.Length > MinDerivedAlias && !listed.Contains(part)));
            return aliases.Distinct(StringComparer.Ordinal).Select(alias => (alias, actor));
        }));
        // A country may have no army of its own (Palestine): its "military" then names no one.
        _forces = countries.ToDictionary(r => r[0], r => (NullIfEmpty(r[2]), NullIfEmpty(r[3])), StringComparer.Ordinal);
        _countries = new PhraseMatcher<(string, bool, bool, bool)>(countries.SelectMany(row =>
        {
            var demonyms = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return demonyms.Select(d => (d, (row[0], false, false, false)))
                .Concat(demonyms.Where(d => d.EndsWith("an", StringComparison.Ordinal) || d.EndsWith('i')).Select(d => (d + "s", (row[0], false, true, false))))
                .Concat(row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => (f, (row[0], false, false, true))))
                .Prepend((row[0], (row[0], true, false, false)));
        }));
        _generic = new PhraseMatcher<Actor>(generic.Select(row => (row[0], new Actor(row[1], row[2], null, $"generic.tsv:{row.Line}"))));
        _byName = actors.GroupBy(r => r[1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => byId[g.First()[0]], StringComparer.Ordinal);
        foreach (var row in countries)
            foreach (var (force, kind) in new[] { (NullIfEmpty(row[2]), "military"), (NullIfEmpty(row[3]), "police") })
                if (force is not null) _byName.TryAdd(force, new Actor(force, "State forces", row[0], $"countries.tsv:{row[0]}:{kind}"));
        People = generic.Where(r => r[0] == PeoplePhrase).Select(r => new Actor(r[1], r[2], null, $"generic.tsv:{r.Line}")).FirstOrDefault();
    }

    private Actor? People { get; }

    /// <summary>A part of an "ABBR: Name" this short ("AL") is too common a word or initialism to name the actor alone.</summary>
    private const int MinDerivedAlias = 2;

    public static ActorDictionary Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "actors");
        return new ActorDictionary(Grammar.Load(dataDirectory),
            DataFile.Read(Path.Combine(folder, "actors.tsv"), minimumFields: 4),
            DataFile.Read(Path.Combine(folder, "countries.tsv"), minimumFields: 3),
            DataFile.Read(Path.Combine(folder, "generic.tsv"), minimumFields: 3),
            DataFile.ReadList(Path.Combine(folder, "modified-nouns.txt")),
            DataFile.Read(Path.Combine(folder, "persons.tsv"), minimumFields: 4));
    }

    /// <summary>
    /// A generic actor with its country filled in (null where the country, or its forces' name, is unknown); a group
    /// with a branch in that country becomes the branch.
    /// </summary>
    public Actor? WithCountry(Actor actor, string? country)
    {
        if (!actor.AwaitsCountry)
            return country is not null && _branches.TryGetValue((actor.Name, country), out var branch) ? branch with { RuleId = actor.RuleId + ">" + branch.RuleId } : actor;
        if (country is null) return null;
        var name = actor.Name;
        if (name.Contains("{military}", StringComparison.Ordinal) || name.Contains("{police}", StringComparison.Ordinal))
        {
            if (!_forces.TryGetValue(country, out var forces)) return null;
            var military = forces.Military;
            var police = forces.Police ?? forces.Military;
            if ((name.Contains("{military}", StringComparison.Ordinal) && military is null) || (name.Contains("{police}", StringComparison.Ordinal) && police is null))
                return null;
            name = name.Replace("{military}", military, StringComparison.Ordinal).Replace("{police}", police, StringComparison.Ordinal);
        }
        return actor with { Name = name.Replace("{country}", country, StringComparison.Ordinal), Country = country };
    }

    /// <summary>Actor mentions in a sentence, left to right, longest first at each token.</summary>
    public IReadOnlyList<ActorMention> Find(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<ActorMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var named = _named.MatchAt(tokens, i) ?? (tokens[i].IsCapitalised ? _persons.MatchAt(tokens, i) : null);
            var country = tokens[i].IsCapitalised ? _countries.MatchAt(tokens, i) : null;
            if (named is not null && (country is null || named.Count >= country.Count))
            {
                // "PIJ militants", "Al Shabaab fighters": the role word after a group's name is the group.
                var role = named.Last + 1 < tokens.Count ? _generic.MatchAt(tokens, named.Last + 1) : null;
                if (role is null && named.Last + 2 < tokens.Count && tokens[named.Last + 1].IsWord && !tokens[named.Last + 1].IsCapitalised)
                    role = _generic.MatchAt(tokens, named.Last + 2); // "NAF rebel forces"
                var last = role is not null && !Modifies(tokens, role.Last) ? role.Last : named.Last;
                mentions.Add(new ActorMention(i, last - i + 1, named.Value));
                i = last;
                continue;
            }
            if (country is not null)
            {
                var mention = CountryMention(tokens, country);
                if (mention is not null) mentions.Add(mention);
                i = mention?.Last ?? country.Last;
                continue;
            }
            var generic = _generic.MatchAt(tokens, i);
            // "Israeli military aircraft": a role word right after an actor's name is more of the same name.
            if (generic is not null && mentions.Count > 0 && mentions[^1].Last == i - 1)
            {
                mentions[^1] = mentions[^1] with { Count = generic.Last - mentions[^1].First + 1 };
                i = generic.Last;
                continue;
            }
            if (generic is not null && !Modifies(tokens, generic.Last))
            {
                var actor = generic.Value;
                var last = generic.Last;
                // "military forces of India", "the police of Kenya": the country follows.
                if (actor.AwaitsCountry && last + 2 < tokens.Count && tokens[last + 1].Lower == "of"
                    && _countries.MatchAt(tokens, last + 2) is { Value.IsCountryName: true } of && WithCountry(actor, of.Value.Country) is { } owned)
                {
                    mentions.Add(new ActorMention(i, of.Last - i + 1, owned));
                    i = of.Last;
                    continue;
                }
                // "forces from six Southern Resistance Brigades", "fighters of the 1st Naval Brigade": the named group's.
                if (actor.AwaitsCountry && last + 2 < tokens.Count && tokens[last + 1].Lower is "of" or "from"
                    && Enumerable.Range(last + 2, Math.Min(3, tokens.Count - last - 2))
                        .TakeWhile(j => j == last + 2 || !tokens[j - 1].IsCapitalised && tokens[j - 1].IsWord)
                        .Select(j => _named.MatchAt(tokens, j)).FirstOrDefault(m => m is not null) is { } group)
                {
                    mentions.Add(new ActorMention(i, group.Last - i + 1, group.Value));
                    i = group.Last;
                    continue;
                }
                // "Israeli warplanes and artillery", "Saudi rocket and artillery shelling": a role word joined to a
                // country's force, or to its demonym and a word, is that country's too.
                if (actor.AwaitsCountry && i >= 1 && tokens[i - 1].Lower is "and" or "," && mentions.Count > 0
                    && (mentions[^1].Last == i - 2 || mentions[^1].Last == i - 3 && tokens[i - 2].IsWord && !tokens[i - 2].IsCapitalised)
                    && mentions[^1].Actor.Country is { } joined && mentions[^1].Actor.Type == actor.Type)
                    actor = WithCountry(actor, joined) ?? actor;
                mentions.Add(new ActorMention(i, generic.Count, actor));
                i = generic.Last;
            }
        }
        return mentions;
    }

    private ActorMention? CountryMention(IReadOnlyList<Token> tokens, PhraseMatch<(string Country, bool IsCountryName, bool IsPeople, bool IsForces)> country)
    {
        var (name, isCountryName, isPeople, isForces) = country.Value;
        var next = country.Last + 1;
        // "in Iran", "in western Yemen", "the border of Mexico", "Nis, Serbia", "Mexico City", "Port Sudan": a
        // country's name as a place, not its forces.
        if (isCountryName && (IsPlaceContext(tokens, country.First) || next < tokens.Count && tokens[next].IsWord && tokens[next].IsCapitalised
                // "Port Sudan", "Kuwait City": a capitalised word before it makes a longer place name.
                || country.First > 1 && tokens[country.First - 1].IsWord && tokens[country.First - 1].IsCapitalised && tokens[country.First - 2].IsWord
                    && !IsTimeName(tokens[country.First - 1].Text)))
            return null;
        // "Yemen's Houthi movement", "Russia's Bryansk region": a possessive country name is a place, not a force,
        // unless a generic phrase follows ("Israel's army").
        var possessive = isCountryName && next < tokens.Count && tokens[next].Lower is "'s" or "’s";
        if (possessive) next++;

        // "Israeli warplanes", "Iraqi security forces", "US-led coalition troops": one word may stand between.
        var generic = next < tokens.Count ? _generic.MatchAt(tokens, next) : null;
        if (generic is null && next + 1 < tokens.Count && tokens[next].IsWord && !possessive)
            generic = _generic.MatchAt(tokens, next + 1);
        if (generic is not null && !isPeople && !Modifies(tokens, generic.Last))
            return new ActorMention(country.First, generic.Last - country.First + 1, WithCountry(generic.Value, name)! with { RuleId = generic.Value.RuleId });
        if (possessive)
            return null;
        // "Indian and Pakistani troops", "Syrian and Turkish soldiers": a demonym joined to another's force shares its word.
        if (!isPeople && !isCountryName && next + 1 < tokens.Count && tokens[next].Lower == "and"
            && _countries.MatchAt(tokens, next + 1) is { Value.IsCountryName: false, Value.IsPeople: false } other && other.Value.Country != name
            && other.Last + 1 < tokens.Count && _generic.MatchAt(tokens, other.Last + 1) is { } shared && !Modifies(tokens, shared.Last)
            && WithCountry(shared.Value, name) is { } joinedForce)
            return new ActorMention(country.First, country.Count, joinedForce with { RuleId = shared.Value.RuleId });
        if (isPeople)
            return People is null ? null : new ActorMention(country.First, country.Count, WithCountry(People, name)!);

        if (_forces[name].Military is not { } forces)
            return null;
        // "the IDF", "FARDC": the forces' own name is the actor, as any group's name is; a demonym only marks them.
        var suffix = isForces ? ":forces" : isCountryName ? ":name" : ":demonym";
        // A bare demonym ("an Israeli air strike") marks the state's forces only where an event word follows; the
        // coder decides that from the rule id.
        return new ActorMention(country.First, country.Count, new Actor(forces, "State forces", name, $"countries.tsv:{name}{suffix}"));
    }

    /// <summary>"On Sunday Israel struck...": a weekday or month before a country's name does not make a place name of it.</summary>
    private static bool IsTimeName(string word) =>
        Enum.GetNames<DayOfWeek>().Contains(word, StringComparer.Ordinal)
        || System.Globalization.DateTimeFormatInfo.InvariantInfo.MonthNames.Contains(word, StringComparer.Ordinal);

    private bool IsPlaceContext(IReadOnlyList<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && _grammar.Is(tokens[before], WordClass.RegionAdjective)) before--;
        if (before < 0) return false;
        var word = tokens[before];
        return _grammar.Is(word, WordClass.Locative) || word.Lower == "of"
            || (word.Text == "," && before > 0 && tokens[before - 1].IsWord && tokens[before - 1].IsCapitalised);
    }

    /// <summary>"military base", "police station": the word before a noun of <c>modified-nouns.txt</c> is an adjective.</summary>
    private bool Modifies(IReadOnlyList<Token> tokens, int last) =>
        last + 1 < tokens.Count && _modifiedNouns.Contains(tokens[last + 1].Text);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
