using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>A known actor: ACLED-style canonical name, ACLED actor type, home country, and the rule that defined it.</summary>
public sealed record Actor(string Name, string Type, string? Country, string RuleId);

/// <summary>An actor named in a sentence, tokens [First, First+Count).</summary>
public sealed record ActorMention(int First, int Count, Actor Actor)
{
    public int Last => First + Count - 1;
}

/// <summary>
/// Resolves names to actors: named groups and their aliases (<c>actors.tsv</c>), a country's name or demonym
/// followed by a force word ("Israeli army", "US troops", from <c>countries.tsv</c> and <c>agents.tsv</c>), and a
/// country's name standing alone as its state's forces ("Israel launched..."). Immutable and thread-safe.
/// </summary>
public sealed class ActorDictionary
{
    private readonly PhraseMatcher<Actor> _named;
    private readonly PhraseMatcher<(Actor Military, Actor? Police, bool IsCountryName)> _countries;
    private readonly PhraseMatcher<string> _agents;

    public ActorDictionary(IReadOnlyList<DataRow> actors, IReadOnlyList<DataRow> countries, IReadOnlyList<DataRow> agents)
    {
        _named = new PhraseMatcher<Actor>(actors.SelectMany(row =>
        {
            var actor = new Actor(row[1], row[2], NullIfEmpty(row[3]), row[0]);
            return row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Append(row[1])
                .Select(alias => (alias, actor));
        }));
        _countries = new PhraseMatcher<(Actor, Actor?, bool)>(countries.SelectMany(row =>
        {
            var country = row[0];
            var military = new Actor(row[2], "State forces", country, $"countries.tsv:{row.Line}:military");
            Actor? police = string.IsNullOrEmpty(row[3]) ? null : new Actor(row[3], "State forces", country, $"countries.tsv:{row.Line}:police");
            var demonyms = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return demonyms.Select(d => (d, (military, police, false))).Prepend((country, (military, police, true)));
        }));
        _agents = new PhraseMatcher<string>(agents.Select(row => (row[0], row[1])));
    }

    public static ActorDictionary Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "actors");
        return new ActorDictionary(
            DataFile.Read(Path.Combine(folder, "actors.tsv"), minimumFields: 4),
            DataFile.Read(Path.Combine(folder, "countries.tsv"), minimumFields: 3),
            DataFile.Read(Path.Combine(folder, "agents.tsv"), minimumFields: 2));
    }

    /// <summary>Actor mentions in a sentence, left to right, longest first at each token.</summary>
    public IReadOnlyList<ActorMention> Find(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<ActorMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var named = _named.MatchAt(tokens, i);
            var country = _countries.MatchAt(tokens, i);
            if (named is not null && (country is null || named.Count >= country.Count))
            {
                mentions.Add(new ActorMention(i, named.Count, named.Value));
                i = named.Last;
                continue;
            }
            if (country is null) continue;

            // "Yemen's Houthi movement", "Russia's Bryansk region": a possessive country name is a place, not a force,
            // unless a force word follows ("Russia's defence ministry" is not one either; "Israel's army" is).
            var possessive = country.Value.IsCountryName && country.Last + 1 < tokens.Count && tokens[country.Last + 1].Lower is "'s" or "’s";
            if (possessive)
            {
                var force = country.Last + 2 < tokens.Count ? _agents.MatchAt(tokens, country.Last + 2) : null;
                if (force is null)
                {
                    i = country.Last + 1;
                    continue;
                }
                var state = force.Value == "police" && country.Value.Police is not null ? country.Value.Police : country.Value.Military;
                mentions.Add(new ActorMention(i, force.Last - i + 1, state));
                i = force.Last;
                continue;
            }

            // "Israeli army", "US-led coalition troops", "the Iraqi police": the force word decides which state force.
            var next = country.Last + 1;
            var agent = next < tokens.Count ? _agents.MatchAt(tokens, next) : null;
            if (agent is null && next + 1 < tokens.Count && tokens[next].IsWord)
                agent = _agents.MatchAt(tokens, next + 1);
            if (agent is not null)
            {
                var actor = agent.Value == "police" && country.Value.Police is not null ? country.Value.Police : country.Value.Military;
                mentions.Add(new ActorMention(i, agent.Last - i + 1, actor));
                i = agent.Last;
            }
            else if (country.Value.IsCountryName)
            {
                mentions.Add(new ActorMention(i, country.Count, country.Value.Military with { RuleId = country.Value.Military.RuleId + ":name" }));
                i = country.Last;
            }
            else
            {
                // A bare demonym ("an Israeli air strike") marks the state's forces only where an event word follows;
                // the coder decides that, so the mention is kept with its own rule id.
                mentions.Add(new ActorMention(i, country.Count, country.Value.Military with { RuleId = country.Value.Military.RuleId + ":demonym" }));
                i = country.Last;
            }
        }
        return mentions;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
