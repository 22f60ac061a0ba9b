using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

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

    /// <param name="cues">Names and what they say of a country.</param>
    /// <param name="genericWords">Division names that are ordinary words ("Central"), ignored.</param>
    public CountryResolver(IEnumerable<(string Phrase, CountryCue Cue)> cues, IEnumerable<string> genericWords)
    {
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
    public static CountryResolver Load(string dataDirectory)
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
            foreach (var name in new[] { row[2], row[3] }.Distinct().Where(n => n.Length > 3 && char.IsUpper(n[0])))
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
        return new CountryResolver(cues, DataFile.ReadList(Path.Combine(dataDirectory, "text", "generic-place-words.txt")));
    }

    /// <summary>A name in the parenthesis that locates a place ("Gaza City (Gaza Strip)", "Tahab (Pulwama district, J&amp;K)") counts this many times.</summary>
    private const double LocatingParenthesisFactor = 3;

    /// <summary>Country cues in a token list, capitalised names only.</summary>
    public IReadOnlyList<(int First, int Count, CountryCue Cue)> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<(int, int, CountryCue)>();
        foreach (var match in _cues.FindAll(tokens))
        {
            if (!tokens[match.First].IsCapitalised) continue;
            // "Gaza City", "Kuwait City": a name that runs on into another capitalised word is a longer name we do not know.
            if (match.Last + 1 < tokens.Count && tokens[match.Last + 1].IsCapitalised && tokens[match.Last + 1].IsWord) continue;
            var factor = InParenthesis(tokens, match.First) ? LocatingParenthesisFactor : 1;
            foreach (var cue in match.Value)
                found.Add((match.First, match.Count, cue with { Weight = cue.Weight * factor }));
        }
        return found;
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
    public string? Resolve(IEnumerable<IReadOnlyList<Token>> texts)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var tokens in texts)
        {
            foreach (var (_, _, cue) in Find(tokens))
                scores[cue.Country] = scores.GetValueOrDefault(cue.Country) + cue.Weight;
        }
        return scores.Count == 0 ? null : scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }
}
