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
public sealed class EventLocator(CountryResolver places, Grammar grammar)
{
    /// <summary>A place this big is the event's even in a story the rest of the text places elsewhere.</summary>
    private const long BigCity = 500_000;

    public EventPlace? Locate(IEnumerable<IReadOnlyList<Token>> sentences, string? country)
    {
        foreach (var tokens in sentences)
        {
            foreach (var mention in places.Places(tokens))
            {
                if (mention.InParenthesis || (mention.First > 0 && grammar.Is(tokens[mention.First - 1], WordClass.Origin)))
                    continue;
                var candidates = Disambiguated(mention, tokens);
                if (country is not null)
                {
                    // A name found only abroad, in a story about another country, is more likely a local place the
                    // gazetteer lacks ("Al Tuam area" of Gaza is not Tuam in Ireland) than the event's place.
                    var local = candidates.Where(p => p.Country == country).ToList();
                    if (local.Count == 0 && candidates.All(p => p.Population < BigCity))
                        continue;
                    if (local.Count > 0) candidates = local;
                }
                var place = candidates.OrderByDescending(p => p.Population).First();
                return new EventPlace(place, Near(tokens, mention.First) ? 2 : 1, $"place:{place.GeonameId}");
            }
        }
        return null;
    }

    /// <summary>The places whose division the parenthesis after the name gives, where it gives one that fits.</summary>
    private static IReadOnlyList<GeoPlace> Disambiguated(PlaceMention mention, IReadOnlyList<Token> tokens)
    {
        var open = mention.First + mention.Count;
        if (open >= tokens.Count || tokens[open].Text != "(") return mention.Places;
        var close = open + 1;
        while (close < tokens.Count && tokens[close].Text != ")") close++;
        var inside = string.Join(' ', tokens.Skip(open + 1).Take(close - open - 1).Select(t => t.Text));
        var names = inside.Split(',').Select(n => Gazetteer.NormalizeName(n.Trim())).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var fitting = mention.Places.Where(p =>
            (p.Admin1 is { } a1 && names.Contains(Gazetteer.NormalizeName(a1)))
            || (p.Admin2 is { } a2 && names.Contains(Gazetteer.NormalizeName(a2)))).ToList();
        return fitting.Count > 0 ? fitting : mention.Places;
    }

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
