using Sitrep.Geo;

namespace Sitrep.GazetteerBuilder;

/// <summary>How many alternate names cities500 gave, how many were kept, and why the others were dropped.</summary>
public sealed record AlternateNameStatistics(
    int Given, int Kept, int Urls, int Digits, int TooLong, int NotLatin, int AirportCodes, int LowerCase, int Repeats);

/// <summary>
/// Chooses which of a place's GeoNames alternate names the places table keeps: the ones a Latin-script news text
/// might use to name the place, each adding a spelling the gazetteer does not already match.
/// </summary>
/// <remarks>
/// Dropped, in this order: URLs (GeoNames lists Wikipedia links among the names); names with a digit; names longer
/// than <see cref="MaxLength"/> characters; names with a character outside the Latin script (letters of Latin-1,
/// Latin Extended-A to -D, IPA, Latin Extended Additional, combining marks, modifier letters such as ʿ and ʼ, ASCII
/// punctuation, ‘ and ’); airport codes (three or four capital letters: IATA, ICAO); names with no capital letter at
/// all, which in GeoNames are machine transliterations from other scripts ("ba ge da", "bghdad", "hrqwb") rather than
/// spellings in use; and repeats: names that <see cref="GazetteerNames"/> normalises as the name, the ASCII name or an
/// alternate already kept ("Bagdád" after "Bagdad"). The first spelling of each normalised form is kept, in GeoNames'
/// order.
/// </remarks>
public sealed class AlternateNameFilter
{
    public const int MaxLength = 50;

    private int _given, _kept, _urls, _digits, _tooLong, _notLatin, _airportCodes, _lowerCase, _repeats;

    public AlternateNameStatistics Statistics =>
        new(_given, _kept, _urls, _digits, _tooLong, _notLatin, _airportCodes, _lowerCase, _repeats);

    /// <summary>The alternate names to keep, from GeoNames' comma-separated list.</summary>
    public IReadOnlyList<string> Select(string name, string asciiName, string alternateNames)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { GazetteerNames.Normalize(name), GazetteerNames.Normalize(asciiName) };
        var kept = new List<string>();
        foreach (var raw in alternateNames.Split(','))
        {
            var alternate = raw.Trim();
            if (alternate.Length == 0)
                continue;
            _given++;
            if (alternate.Contains("://", StringComparison.Ordinal) || alternate.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                _urls++;
            else if (alternate.Any(char.IsDigit))
                _digits++;
            else if (alternate.Length > MaxLength)
                _tooLong++;
            else if (!IsLatin(alternate))
                _notLatin++;
            else if (IsAirportCode(alternate))
                _airportCodes++;
            else if (!alternate.Any(char.IsUpper))
                _lowerCase++;
            else if (!keys.Add(GazetteerNames.Normalize(alternate)))
                _repeats++;
            else
            {
                kept.Add(alternate);
                _kept++;
            }
        }
        return kept;
    }

    /// <summary>Latin letters, combining marks, modifier letters and ASCII punctuation only, with at least one letter;
    /// no '|' (the column's separator) and no control characters.</summary>
    public static bool IsLatin(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            var latin = c switch
            {
                '|' => false,
                >= ' ' and <= '~' => true,
                '\u00D7' or '\u00F7' => false,              // × ÷
                >= '\u00C0' and <= '\u02FF' => true,        // Latin-1 letters, Latin Extended-A and -B, IPA, modifier letters
                >= '\u0300' and <= '\u036F' => true,        // combining diacritical marks
                >= '\u1E00' and <= '\u1EFF' => true,        // Latin Extended Additional
                >= '\u2C60' and <= '\u2C7F' => true,        // Latin Extended-C
                >= '\uA720' and <= '\uA7FF' => true,        // Latin Extended-D
                '\u2018' or '\u2019' => true,               // ‘ ’
                _ => false,
            };
            if (!latin)
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters > 0;
    }

    private static bool IsAirportCode(string name) => name.Length is 3 or 4 && name.All(char.IsAsciiLetterUpper);
}
