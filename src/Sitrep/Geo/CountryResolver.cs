using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>A populated place named in a sentence, tokens [First, First+Count), with the gazetteer places of that name.</summary>
public sealed record PlaceMention(int First, int Count, string Name, IReadOnlyList<GeoPlace> Places, bool InParenthesis);

/// <summary>A place or people in the text that points at a country, with how strongly.</summary>
public sealed record CountryCue(string Country, double Weight, string RuleId);

/// <summary>
/// Tells which country a text is about from the names in it: countries and their capitals, first-level divisions
/// (GeoNames admin1: "Gaza Strip", "Badghis", "Sindh"), and demonyms. A place counts more than a demonym, because
/// "Israeli warplanes struck ... (Gaza City, Gaza Strip)" happened in Palestine; a division name shared by several
/// countries ("Punjab") is split between them. Only capitalised words count. Immutable and thread-safe.
/// </summary>
public sealed class CountryResolver
{
    private const double CountryNameWeight = 1.5;
    private const double PlaceWeight = 1.0;
    private const double DemonymWeight = 0.4;

    private readonly PhraseMatcher<IReadOnlyList<CountryCue>> _cues;

    private readonly Gazetteer? _gazetteer;

    /// <summary>The gazetteer the resolver reads towns from, if it was given one.</summary>
    public Gazetteer? Gazetteer => _gazetteer;
    private readonly Grammar? _grammar;

    /// <summary>Longest run of capitalised words looked up as one place name ("Deir ez-Zor", "Bayt Lahya").</summary>
    private const int MaxPlaceWords = 3;

    private const double CityOverDivision = 1.2;

    /// <summary>A city this big competes with a division of the same name in another country.</summary>
    private const long BigCity = 100_000;

    /// <summary>Below this population GeoNames places are villages that share names with far bigger ones.</summary>
    private const long PopulationFloor = 1000;

    /// <param name="cues">Names and what they say of a country.</param>
    /// <param name="genericWords">Division names that are ordinary words ("Central"), ignored.</param>
    /// <param name="gazetteer">Populated places; where given, a town named where a place is expected points at its country.</param>
    /// <param name="grammar">Tells where a place is expected: after "in", "near", "the town of", or in parentheses.</param>
    public CountryResolver(IEnumerable<(string Phrase, CountryCue Cue)> cues, IEnumerable<string> genericWords,
        Gazetteer? gazetteer = null, Grammar? grammar = null)
    {
        _gazetteer = gazetteer;
        _grammar = grammar;
        var generic = new HashSet<string>(genericWords, StringComparer.OrdinalIgnoreCase);
        cues = cues.Where(c => !generic.Contains(c.Phrase));
        _cues = new PhraseMatcher<IReadOnlyList<CountryCue>>(cues
            .GroupBy(c => c.Phrase.ToLowerInvariant())
            .Select(g =>
            {
                // A name several countries share is evidence for each of them, split evenly.
                var list = g.Select(x => x.Cue).DistinctBy(c => c.Country).ToList();
                return (g.First().Phrase, (IReadOnlyList<CountryCue>)list.Select(c => c with { Weight = c.Weight / list.Count }).ToList());
            }));
    }

    /// <summary>Loads <c>geo/countries.tsv</c>, <c>geo/admin1.tsv</c> and the demonyms of <c>actors/countries.tsv</c>.</summary>
    public static CountryResolver Load(string dataDirectory, Gazetteer? gazetteer = null, Grammar? grammar = null)
    {
        var cues = new List<(string, CountryCue)>();
        var countries = DataFile.Read(Path.Combine(dataDirectory, "geo", "countries.tsv"), minimumFields: 5);
        var byIso = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in countries)
        {
            var name = row[3].Length > 0 ? row[3] : row[2];
            byIso[row[0]] = name;
            var rule = $"countries.tsv:{row.Line}";
            cues.Add((name, new CountryCue(name, CountryNameWeight, rule)));
            if (row[2] != name) cues.Add((row[2], new CountryCue(name, CountryNameWeight, rule)));
            if (row[4].Length > 0) cues.Add((row[4], new CountryCue(name, PlaceWeight, rule + ":capital")));
        }
        foreach (var row in DataFile.Read(Path.Combine(dataDirectory, "geo", "admin1.tsv"), minimumFields: 4))
        {
            if (!byIso.TryGetValue(row[0], out var country)) continue;
            var rule = $"admin1.tsv:{row.Line}";
            // News drops the transliteration's apostrophes: "Ad Dali'" is written "Ad Dali", "Ta'izz" "Taizz".
            foreach (var name in new[] { row[2], row[3], WithoutApostrophes(row[3]) }.Distinct().Where(n => n.Length > 3 && char.IsUpper(n[0])))
                cues.Add((name, new CountryCue(country, PlaceWeight, rule)));
        }
        var demonyms = Path.Combine(dataDirectory, "actors", "countries.tsv");
        foreach (var row in DataFile.Read(demonyms, minimumFields: 2))
        {
            foreach (var demonym in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                cues.Add((demonym, new CountryCue(row[0], DemonymWeight, $"countries.tsv:{row.Line}:demonym")));
                // "Palestinians", "Iraqis": the people, named by the plural of the adjective.
                if (demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i'))
                    cues.Add((demonym + "s", new CountryCue(row[0], DemonymWeight, $"countries.tsv:{row.Line}:people")));
            }
            cues.Add((row[0], new CountryCue(row[0], CountryNameWeight, $"countries.tsv:{row.Line}")));
        }
        return new CountryResolver(cues, DataFile.ReadList(Path.Combine(dataDirectory, "text", "generic-place-words.txt")), gazetteer, grammar);
    }

    private static string WithoutApostrophes(string name) =>
        new(name.Where(c => c is not ('\'' or '’' or '‘' or 'ʿ' or 'ʾ' or '`')).ToArray());

    /// <summary>A name in the parenthesis that locates a place ("Gaza City (Gaza Strip)", "Tahab (Pulwama district, J&amp;K)") counts this many times.</summary>
    private const double LocatingParenthesisFactor = 3;

    /// <summary>Country cues in a token list, capitalised names only.</summary>
    public IReadOnlyList<(int First, int Count, CountryCue Cue)> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<(int, int, CountryCue)>();
        var covered = new HashSet<int>();
        foreach (var match in _cues.FindAll(tokens))
        {
            if (!tokens[match.First].IsCapitalised) continue;
            // "Gaza City", "Kuwait City": a name that runs on into another capitalised word is a longer name we do not know.
            if (match.Last + 1 < tokens.Count && tokens[match.Last + 1].IsCapitalised && tokens[match.Last + 1].IsWord) continue;
            if (_grammar is not null && match.Last + 1 < tokens.Count && _grammar.Is(tokens[match.Last + 1], WordClass.Currency)) continue;
            // "launched from Yemen": where an attack came from is not where the story happened.
            if (_grammar is not null && match.First > 0 && _grammar.Is(tokens[match.First - 1], WordClass.Origin)) continue;
            for (var k = match.First; k <= match.Last; k++) covered.Add(k);
            var factor = InParenthesis(tokens, match.First) ? LocatingParenthesisFactor : 1;
            foreach (var cue in match.Value)
                found.Add((match.First, match.Count, cue with { Weight = cue.Weight * factor }));
            // A division's name may be a big city's elsewhere: Gaza is a province of Mozambique and a city of Palestine.
            if (_gazetteer is not null && match.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal)))
            {
                var name = string.Join(' ', tokens.Skip(match.First).Take(match.Count).Select(t => t.Text));
                // The city outweighs the division a little: a bare name in news is more often the city.
                foreach (var city in _gazetteer.Find(name).Where(p => p.Population >= BigCity && match.Value.All(c => c.Country != p.Country)).DistinctBy(p => p.Country))
                    found.Add((match.First, match.Count, new CountryCue(city.Country, PlaceWeight * CityOverDivision * factor, $"places:{name}")));
            }
        }
        if (_gazetteer is not null && _grammar is not null)
            found.AddRange(Towns(tokens, covered));
        return found;
    }

    /// <summary>
    /// Towns named where a place is expected ("in Hafizabad", "the village of Maryamin", "(Quetta, ...)"): each
    /// country with a place of that name gets a share of the weight by its largest such place's population.
    /// </summary>
    private IEnumerable<(int First, int Count, CountryCue Cue)> Towns(IReadOnlyList<Token> tokens, HashSet<int> covered)
    {
        foreach (var mention in Places(tokens).Where(m => !covered.Contains(m.First)
                     && !(m.First > 0 && _grammar!.Is(tokens[m.First - 1], WordClass.Origin))))
        {
            var byCountry = mention.Places.GroupBy(p => p.Country).Select(g => (Country: g.Key, Population: Math.Max(PopulationFloor, g.Max(p => p.Population)))).ToList();
            var total = (double)byCountry.Sum(c => c.Population);
            var factor = mention.InParenthesis ? LocatingParenthesisFactor : 1;
            foreach (var (country, population) in byCountry)
                yield return (mention.First, mention.Count, new CountryCue(country, PlaceWeight * factor * population / total, $"places:{mention.Name}"));
        }
    }

    /// <summary>
    /// Populated places named where a place is expected ("in Hafizabad", "the village of Maryamin", "(Quetta, ...)"),
    /// with every gazetteer place of that name. The whole run of capitalised words is the name ("Adan Yabaal" is not
    /// Aden); a closing "City", "District" or "Camp" may be dropped ("Gaza City"). Empty without a gazetteer.
    /// </summary>
    public IReadOnlyList<PlaceMention> Places(IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        if (_gazetteer is null || _grammar is null) return found;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalised || !PlaceExpected(tokens, i)) continue;
            var run = 1;
            while (i + run < tokens.Count && run < MaxPlaceWords && tokens[i + run].IsWord && tokens[i + run].IsCapitalised)
                run++;
            // A country's own name is not a town of that name ("Lebanon" is not Lebanon, Pennsylvania).
            if (_cues.MatchAt(tokens, i) is { } named && named.Count == run && named.Value.All(c => c.Weight >= CountryNameWeight))
            {
                i += run - 1;
                continue;
            }
            foreach (var count in _grammar.Is(tokens[i + run - 1], WordClass.PlaceNoun) && run > 1 ? new[] { run, run - 1 } : [run])
            {
                var name = string.Join(' ', tokens.Skip(i).Take(count).Select(w => w.Text));
                if (name.Length < 4) continue;
                var places = _gazetteer.Find(name);
                if (places.Count == 0) continue;
                found.Add(new PlaceMention(i, count, name, places, InParenthesis(tokens, i)));
                break;
            }
            i += run - 1;
        }
        return found;
    }

    private bool PlaceExpected(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0) return false;
        var previous = tokens[i - 1];
        if (_grammar!.Is(previous, WordClass.Locative) || previous.Text == "(") return true;
        if (previous.Lower == "of" && i >= 2 && _grammar.Is(tokens[i - 2], WordClass.PlaceNoun)) return true;
        return previous.Text == "," && InParenthesis(tokens, i);
    }

    private static bool InParenthesis(IReadOnlyList<Token> tokens, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= 8; i--)
        {
            if (tokens[i].Text == ")") return false;
            if (tokens[i].Text == "(") return true;
        }
        return false;
    }

    /// <summary>The country the cues point at most strongly, or null where nothing points anywhere.</summary>
    public string? Resolve(IEnumerable<IReadOnlyList<Token>> texts) => Resolve(texts, new Dictionary<string, double>(), 1);

    /// <summary>How strongly the cues of some texts point at each country.</summary>
    public IReadOnlyDictionary<string, double> Scores(IEnumerable<IReadOnlyList<Token>> texts)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var tokens in texts)
        {
            foreach (var (_, _, cue) in Find(tokens))
                scores[cue.Country] = scores.GetValueOrDefault(cue.Country) + cue.Weight;
        }
        return scores;
    }

    /// <summary>
    /// The country of an event: its own sentences' cues count <paramref name="ownFactor"/> times as much as the
    /// story's (<see cref="Scores"/> of the whole text, computed once per document), so a village the gazetteer knows
    /// only abroad does not outvote the story's country.
    /// </summary>
    public string? Resolve(IEnumerable<IReadOnlyList<Token>> own, IReadOnlyDictionary<string, double> story, double ownFactor)
    {
        var scores = new Dictionary<string, double>(story, StringComparer.Ordinal);
        foreach (var (country, weight) in Scores(own))
            scores[country] = scores.GetValueOrDefault(country) + weight * ownFactor;
        return scores.Count == 0 ? null : scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }
}
