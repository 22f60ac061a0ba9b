using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>Where an event happened: a gazetteer place and ACLED's geo precision (1 in the town, 2 near it).</summary>
public sealed record EventPlace(GeoPlace Place, int GeoPrecision, string RuleId);

/// <summary>
/// Places an event: the first populated place its own sentences name where a place is expected, not a launch site
/// ("from X") and not the locating parenthesis itself, which instead picks among places of the same name
/// ("Tahab (Pulwama district, J&amp;K)"); among what remains, a place in the country the story is about, then the most
/// populous. Immutable and thread-safe.
/// </summary>
public sealed class EventLocator(CountryResolver places, Gazetteer gazetteer, Grammar grammar)
{
    /// <summary>A place this big is the event's even in a story the rest of the text places elsewhere.</summary>
    private const long BigCity = 500_000;

    public EventPlace? Locate(IEnumerable<IReadOnlyList<Token>> sentences, string? country)
    {
        var division = new List<string>();
        foreach (var tokens in sentences)
        {
            division.AddRange(ParenthesisNames(tokens));
            foreach (var mention in places.Places(tokens))
            {
                if (mention.InParenthesis || (mention.First > 0 && grammar.Is(tokens[mention.First - 1], WordClass.Origin)))
                    continue;
                var candidates = Disambiguated(mention, tokens);
                // "Bohdanivka, Donetsk" where the gazetteer knows Bohdanivkas elsewhere only: the division the text
                // gives is a better answer than a namesake.
                if (candidates.Count == 0)
                    continue;
                // A loose spelling match in a story placed nowhere is a guess too far.
                if (mention.IsVariant && country is null)
                    continue;
                if (country is not null)
                {
                    // A name found only abroad, in a story about another country, is more likely a local place the
                    // gazetteer lacks ("Al Tuam area" of Gaza is not Tuam in Ireland) than the event's place.
                    var local = candidates.Where(p => p.Country == country).ToList();
                    if (local.Count == 0 && (mention.IsVariant || candidates.All(p => p.Population < BigCity)))
                        continue;
                    if (local.Count > 0) candidates = local;
                }
                var place = candidates.OrderByDescending(p => p.Population).First();
                return new EventPlace(place, Near(tokens, mention.First) ? 2 : 1, $"place:{place.GeonameId}");
            }
        }
        return division.Count > 0 ? ByDivision(division, country) : null;
    }

    /// <summary>
    /// Where no town the gazetteer knows is named, the division the locating parenthesis gives ("(Pulwama district,
    /// J&amp;K)"): its seat stands for it, at ACLED's precision 2 for a district and 3 for a province; or the town it
    /// gives ("(Gaza City, Gaza Strip)"), at precision 2.
    /// </summary>
    private EventPlace? ByDivision(IReadOnlyList<string> names, string? country)
    {
        foreach (var name in names)
        {
            var key = Gazetteer.NormalizeName(name);
            var places = gazetteer.Find(name).Where(p => country is null || p.Country == country).ToList();
            var admin2 = places.Where(p => p.Admin2 is { } a && Gazetteer.NormalizeName(a) == key).OrderByDescending(p => p.Population).FirstOrDefault();
            if (admin2 is not null)
                return new EventPlace(admin2 with { Name = name }, 2, $"admin2-seat:{admin2.GeonameId}");
            var admin1 = places.Where(p => p.Admin1 is { } a && Gazetteer.NormalizeName(a) == key).OrderByDescending(p => p.Population).FirstOrDefault();
            if (admin1 is not null)
                return new EventPlace(admin1 with { Name = name, Admin2 = null }, 3, $"admin1-seat:{admin1.GeonameId}");
            // "Tal el Hawa (Gaza City, Gaza Strip)": a quarter or village the gazetteer lacks, in the town the parenthesis names.
            if (country is not null && places.Count > 0)
            {
                var town = places.OrderByDescending(p => p.Population).First();
                return new EventPlace(town, 2, $"parenthesis-town:{town.GeonameId}");
            }
        }
        return null;
    }

    /// <summary>The names of the first locating parenthesis, innermost division last: "(Pulwama district, J&amp;K)".</summary>
    private static IEnumerable<string> ParenthesisNames(IReadOnlyList<Token> tokens)
    {
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == "(") open = i;
            else if (tokens[i].Text == ")" && open >= 0)
            {
                var inside = tokens.Skip(open + 1).Take(i - open - 1).ToList();
                if (inside.Count == 0 || !inside[0].IsCapitalised) { open = -1; continue; }
                var parts = string.Join(' ', inside.Select(t => t.Text)).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                // District before province: the smaller division first.
                return parts.Select(p => p.Replace(" district", "", StringComparison.OrdinalIgnoreCase).Replace(" province", "", StringComparison.OrdinalIgnoreCase));
            }
        }
        return [];
    }

    /// <summary>
    /// The places whose division the text gives, where it gives one that fits: in the parenthesis after the name
    /// ("Tahab (Pulwama district, J&amp;K)"), after a comma ("Sao Goncalo, Rio de Janeiro"; "Kashtanove, Donetsk"), or
    /// in the sentence's locating parenthesis ("in Bidkin village of Paithan tehsil (Aurangabad, Maharashtra)").
    /// None where the text names a division of the country and no place of the name lies in it: those are namesakes.
    /// </summary>
    private IReadOnlyList<GeoPlace> Disambiguated(PlaceMention mention, IReadOnlyList<Token> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var next = mention.First + mention.Count;
        if (next < tokens.Count && tokens[next].Text == "(")
        {
            var close = next + 1;
            while (close < tokens.Count && tokens[close].Text != ")") close++;
            AddNames(names, tokens.Skip(next + 1).Take(close - next - 1));
        }
        else
        {
            // ", Rio de Janeiro" or ", Donetsk region": capitalised words after the comma, up to the next comma or the end of them.
            var k = next;
            while (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].IsCapitalised && tokens[k + 1].IsWord)
            {
                var end = k + 1;
                while (end < tokens.Count && tokens[end].IsWord && (tokens[end].IsCapitalised || end > k + 1 && tokens[end].Lower is "de" or "do" or "da" or "del" or "region" or "province" or "state" or "oblast"))
                    end++;
                AddNames(names, tokens.Skip(k + 1).Take(end - k - 1));
                k = end;
            }
        }
        AddNames(names, ParenthesisNames(tokens).SelectMany(n => Tokenizer.Tokenize(n + " ,")));
        var fitting = mention.Places.Where(p =>
            (p.Admin1 is { } a1 && names.Contains(Gazetteer.NormalizeName(a1)))
            || (p.Admin2 is { } a2 && names.Contains(Gazetteer.NormalizeName(a2)))).ToList();
        if (fitting.Count > 0) return fitting;
        // Divisions named but none fits: a namesake elsewhere, unless none of the names is a division at all.
        return names.Any(IsDivisionOfCountry(mention.Places)) ? [] : mention.Places;
    }

    /// <summary>Whether a normalised name is a first- or second-level division of the countries of some places.</summary>
    private Func<string, bool> IsDivisionOfCountry(IReadOnlyList<GeoPlace> places) => name =>
        gazetteer.Find(name).Any(p => places.Any(q => q.Country == p.Country)
            && (p.Admin1 is { } a1 && Gazetteer.NormalizeName(a1) == name || p.Admin2 is { } a2 && Gazetteer.NormalizeName(a2) == name));

    /// <summary>The comma-separated names in some tokens, normalised, with and without a closing division word ("Donetsk region").</summary>
    private static void AddNames(HashSet<string> names, IEnumerable<Token> tokens)
    {
        var text = string.Join(' ', tokens.Select(t => t.Text));
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Gazetteer.NormalizeName(part);
            if (key.Length == 0) continue;
            names.Add(key);
            foreach (var word in DivisionWords)
                if (key.EndsWith(word, StringComparison.Ordinal) && key.Length > word.Length)
                    names.Add(key[..^word.Length]);
        }
    }

    private static readonly string[] DivisionWords = [" district", " province", " region", " state", " oblast", " governorate", " county", " tehsil", " lga", " subdivision"];

    /// <summary>"near X", "on the outskirts of X", "north of X": within two words before the name.</summary>
    private bool Near(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 3; k--)
        {
            if (grammar.Is(tokens[k], WordClass.Nearby)) return true;
        }
        return false;
    }
}
