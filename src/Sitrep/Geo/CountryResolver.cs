using Sitrep.Dates;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// A populated place named in a sentence, tokens [First, First+Count), with the gazetteer places of that name;
/// <c>IsVariant</c> where they were found only by a transliteration variant of it ("Idleb" for Idlib), which is weaker
/// evidence.
/// </summary>
public sealed record PlaceMention(int First, int Count, string Name, IReadOnlyList<GeoPlace> Places, bool InParenthesis, bool IsVariant = false);

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

    /// <summary>What the biggest city of a name several countries' divisions share adds to its country: a tie-break.</summary>
    private const double HomeCityTieBreak = 0.25;
    private const double PlaceWeight = 1.0;
    private const double DemonymWeight = 0.4;

    private readonly PhraseMatcher<IReadOnlyList<CountryCue>> _cues;

    /// <summary>Division names that are ordinary words ("Central", "Plateau"): read only in a locating parenthesis.</summary>
    private readonly HashSet<string> _generic;

    /// <summary>District names (normalised, without "District" and the like) and the countries that have them.</summary>
    private readonly Dictionary<string, List<(string Country, string RuleId)>> _districts = new(StringComparer.Ordinal);

    /// <summary>A district is a smaller and less known name than a province: it counts a little less.</summary>
    private const double DistrictWeight = 0.8;

    private readonly Gazetteer? _gazetteer;

    private readonly DivisionContext? _divisions;

    /// <summary>Conflict data's names of first-level divisions, by "ISO2\tGeoNames name" (<c>geo/admin1-names.tsv</c>).</summary>
    private IReadOnlyDictionary<string, string> Admin1Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Bodies that work in some provinces of a country only ("OSCE SMM": Donetsk, Luhansk), from <c>geo/country-cues.tsv</c>.</summary>
    private PhraseMatcher<IReadOnlySet<string>> WorkingProvinces { get; init; } = new([]);

    /// <summary>Each country's capital by name, as <c>geo/countries.tsv</c> gives it.</summary>
    private IReadOnlyDictionary<string, string> Capitals { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The gazetteer's place of a country's capital ("Caracas" for Venezuela): conflict data code an event the text
    /// places in the country alone at its capital, at geo_precision 3.
    /// </summary>
    public GeoPlace? CapitalOf(string country) =>
        _gazetteer is not null && Capitals.TryGetValue(country, out var capital)
            ? _gazetteer.Find(capital).Where(p => p.Country == country).OrderByDescending(p => p.FeatureCode == "PPLC").ThenByDescending(p => p.Population).FirstOrDefault()
            : null;

    /// <summary>The country whose own name opens at <paramref name="first"/> ("from Iraq"), not its people's or a place in it.</summary>
    public string? CountryNamedAt(IReadOnlyList<Token> tokens, int first) =>
        _cues.MatchAt(tokens, first)?.Value.FirstOrDefault(IsCountryName)?.Country;

    /// <summary>Whether a cue is a country's own name (not its people's, nor a place in it).</summary>
    private static bool IsCountryName(CountryCue cue) =>
        cue.RuleId.StartsWith("countries.tsv:", StringComparison.Ordinal) && cue.RuleId.IndexOf(':', "countries.tsv:".Length) < 0;

    /// <summary>GeoNames' name of a first-level division a text gives under another name ("Extreme-Nord": Far North).</summary>
    public string GeoNamesDivision(string name) => DivisionAliases.GetValueOrDefault(name, name);

    /// <summary>Whether a name is a word divisions are named with ("Central", "North"), which names no town alone.</summary>
    public bool IsGenericDivisionWord(string name) => _generic.Contains(name);

    /// <summary>The provinces the bodies a text names work in ("the OSCE SMM observed ..."): their namesakes go first.</summary>
    public IReadOnlySet<string> ProvincesOf(IEnumerable<IReadOnlyList<Token>> texts) =>
        texts.SelectMany(t => WorkingProvinces.FindAll(t)).SelectMany(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Other names of first-level divisions ("Babylon"), to GeoNames' name ("Babil").</summary>
    private IReadOnlyDictionary<string, string> DivisionAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A place with its first-level division named as conflict data names it ("Idleb" for GeoNames' "Idlib"; a Ugandan
    /// district, "Wakiso", for GeoNames' Central Region).
    /// </summary>
    public GeoPlace WithConflictNames(GeoPlace place)
    {
        if (place.Admin2 is { } district
            && (DistrictsAsProvinces.Contains(place.CountryIso2) || DistrictsAsProvinces.Contains($"{place.CountryIso2}\t{district}")))
            return place with { Admin1 = district.EndsWith(" District", StringComparison.Ordinal) ? district[..^" District".Length] : district, Admin2 = null };
        // Nepal's districts under the development regions conflict data still name ("Rolpa" is in Mid-Western).
        if (place.Admin2 is { } inRegion && ProvincesOfDistricts.TryGetValue($"{place.CountryIso2}\t{inRegion}", out var region))
            return place with { Admin1 = region };
        return place.Admin1 is { } admin1 && Admin1Names.TryGetValue($"{place.CountryIso2}\t{admin1}", out var name) ? place with { Admin1 = name } : place;
    }

    /// <summary>
    /// Countries ("UG"), or single districts ("RS\tBelgrade"), whose conflict data name the first-level division by
    /// GeoNames' second (<c>geo/admin1-from-admin2.tsv</c>).
    /// </summary>
    private IReadOnlySet<string> DistrictsAsProvinces { get; init; } = new HashSet<string>();

    /// <summary>
    /// Districts ("NP\tRolpa") whose first-level division conflict data name otherwise than by GeoNames' provinces: a
    /// region of an older division of the country (<c>geo/admin1-from-admin2.tsv</c>, third column).
    /// </summary>
    private IReadOnlyDictionary<string, string> ProvincesOfDistricts { get; init; } = new Dictionary<string, string>();

    /// <summary>The named facilities (bases, airports, ports, crossings, camps) the resolver counts as places.</summary>
    public Facilities Facilities { get; }

    /// <summary>
    /// The places of a mention that lie in the divisions the text gives around it ("Rafah (Rafah, North Sinai)" is
    /// Egypt's Rafah); none where it names a division none lies in; all where it names none.
    /// </summary>
    public IReadOnlyList<GeoPlace> Disambiguate(PlaceMention mention, IReadOnlyList<Token> tokens) =>
        _divisions?.Disambiguate(mention, tokens) ?? mention.Places;

    /// <summary>The gazetteer the resolver reads towns from, if it was given one.</summary>
    public Gazetteer? Gazetteer => _gazetteer;
    private readonly Grammar? _grammar;

    /// <summary>Longest run of capitalised words looked up as one place name ("Deir ez-Zor", "Bayt Lahya", "Presidencia Roque Saenz Pena").</summary>
    private const int MaxPlaceWords = 4;

    private const double CityOverDivision = 1.2;

    /// <summary>A name whose places lie this much (by weight) in one country points at that country alone.</summary>
    private const double OneCountryShare = 0.9;

    /// <summary>How much a namesake's population counts when the text's name is only one of its alternate names.</summary>
    private const double AlternateNameFactor = 0.2;

    /// <summary>How much less a city quarter's name (GeoNames PPLX) weighs for the country than a town's.</summary>
    private const double QuarterFactor = 0.25;

    /// <summary>A three-letter name is a place where the text does not locate it only if it is a city this big.</summary>
    private const long MillionCity = 1_000_000;

    /// <summary>A city this big competes with a division of the same name in another country.</summary>
    private const long BigCity = 100_000;

    /// <summary>Below this population GeoNames places are villages that share names with far bigger ones.</summary>
    private const long PopulationFloor = 1000;

    /// <param name="cues">Names and what they say of a country.</param>
    /// <param name="genericWords">Division names that are ordinary words ("Central"), ignored.</param>
    /// <param name="gazetteer">Populated places; where given, a town named where a place is expected points at its country.</param>
    /// <param name="grammar">Tells where a place is expected: after "in", "near", "the town of", or in parentheses.</param>
    /// <param name="facilities">Named facilities; their names count as places of their country.</param>
    /// <param name="districts">Second-level division names (GeoNames admin2) and their countries, read where a place is expected.</param>
    public CountryResolver(IEnumerable<(string Phrase, CountryCue Cue)> cues, IEnumerable<string> genericWords,
        Gazetteer? gazetteer = null, Grammar? grammar = null, IEnumerable<(string Name, CountryCue Cue)>? districts = null,
        Facilities? facilities = null)
    {
        Facilities = facilities ?? Facilities.None;
        // A facility named says where the story is as a town does.
        cues = cues.Concat(Facilities.Names.Select(n => (n.Name, new CountryCue(n.Facility.Place.Country, PlaceWeight, $"facility:{n.Facility.Id}"))));
        _gazetteer = gazetteer;
        var generic = new HashSet<string>(genericWords, StringComparer.OrdinalIgnoreCase);
        _generic = generic;
        var genericKeys = generic.Select(Gazetteer.DivisionKey).ToHashSet(StringComparer.Ordinal);
        _divisions = gazetteer is null ? null : new DivisionContext(gazetteer, grammar, p => WithConflictNames(p).Admin1,
            (key, country) => _districts.TryGetValue(Gazetteer.CompactKey(key), out var owners) && owners.Any(o => o.Country == country), genericKeys.Contains,
            GeoNamesDivision);
        _grammar = grammar;
        foreach (var (name, cue) in districts ?? [])
        {
            // "Abu Dhabi Municipality", "Province of Bulacan", "Circunscrição de Macomia": keyed without the kind word.
            var key = Gazetteer.DivisionKey(name);
            if (key.Length < 4 || generic.Contains(key)) continue;
            // (Under its compact key too: "Tharparkar" is GeoNames' Thar Parkar.)
            foreach (var form in new[] { key, Gazetteer.CompactKey(key) }.Distinct())
            {
                if (!_districts.TryGetValue(form, out var list)) _districts[form] = list = [];
                if (!list.Any(c => c.Country == cue.Country)) list.Add((cue.Country, cue.RuleId));
            }
        }
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
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in countries)
        {
            var name = row[3].Length > 0 ? row[3] : row[2];
            byIso[row[0]] = name;
            if (row[4].Length > 0) capitals[name] = row[4];
            var rule = $"countries.tsv:{row.Line}";
            cues.Add((name, new CountryCue(name, CountryNameWeight, rule)));
            if (row[2] != name) cues.Add((row[2], new CountryCue(name, CountryNameWeight, rule)));
            if (row[4].Length > 0) cues.Add((row[4], new CountryCue(name, PlaceWeight, rule + ":capital")));
        }
        var genericWords = DataFile.ReadList(Path.Combine(dataDirectory, "text", "generic-place-words.txt")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Read(Path.Combine(dataDirectory, "geo", "admin1.tsv"), minimumFields: 4))
        {
            if (!byIso.TryGetValue(row[0], out var country)) continue;
            var rule = $"admin1.tsv:{row.Line}";
            // News drops the transliteration's apostrophes: "Ad Dali'" is written "Ad Dali", "Ta'izz" "Taizz"; and the
            // word for the division's kind ("Gadabay Rayon" is Gadabay, "Francisco Morazan Department" Francisco
            // Morazan), unless what is left is a word many divisions are named with ("East Region" is no "East").
            var withoutKind = new[] { Gazetteer.DivisionName(row[2], row[3]), Gazetteer.DivisionName(row[3]) }.Where(n => !genericWords.Contains(n));
            // ("Baalbek Hermel" for Baalbek-Hermel: texts write a hyphenated name's words apart too.)
            var names = new[] { row[2], row[3], WithoutApostrophes(row[3]), WithoutArticle(WithoutApostrophes(row[3])) }.Concat(withoutKind).ToList();
            names.AddRange(names.Where(n => n.Contains('-', StringComparison.Ordinal)).Select(n => n.Replace('-', ' ')).ToList());
            foreach (var name in names.Distinct().Where(n => n.Length > 3 && char.IsUpper(n[0])))
                cues.Add((name, new CountryCue(country, PlaceWeight, rule)));
        }
        // Division names as conflict data write them ("Idleb", "Nord-Ouest"): cues as GeoNames' are, and the names events carry.
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var divisionAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var namesFile = Path.Combine(dataDirectory, "geo", "admin1-names.tsv");
        if (File.Exists(namesFile))
        {
            foreach (var row in DataFile.Read(namesFile, minimumFields: 3))
            {
                admin1Names[$"{row[0]}\t{row[1]}"] = row[2];
                // "(Mayo-Sava, Extreme-Nord)": conflict data's name stands for GeoNames' where a division is looked up.
                if (!string.Equals(row[2], row[1], StringComparison.OrdinalIgnoreCase)) divisionAliases.TryAdd(row[2], row[1]);
                if (!byIso.TryGetValue(row[0], out var country)) continue;
                cues.Add((row[2], new CountryCue(country, PlaceWeight, $"admin1-names.tsv:{row.Line}")));
                // "Babylon province" is Babil: other names are cues too, and stand for GeoNames' name where a division is looked up.
                foreach (var other in row[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    cues.Add((other, new CountryCue(country, PlaceWeight, $"admin1-names.tsv:{row.Line}")));
                    divisionAliases.TryAdd(other, row[1]);
                }
                // "(Srikakulam, AP)": an abbreviation stands for the division only where a division is looked up; as a
                // word elsewhere it means other things ("UP", "MP"), so it is no cue.
                foreach (var abbreviation in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    divisionAliases.TryAdd(abbreviation, row[1]);
            }
        }
        var districts = new List<(string, CountryCue)>();
        var admin2 = Path.Combine(dataDirectory, "geo", "admin2.tsv");
        if (File.Exists(admin2))
        {
            // (The team's districts GeoNames lacks, districts-*.tsv, are districts as GeoNames' are.)
            var extra = DataFile.ReadFamily(Path.Combine(dataDirectory, "geo"), "districts-", minimumFields: 5);
            foreach (var row in DataFile.Read(admin2, minimumFields: 5).Concat(extra))
            {
                if (!byIso.TryGetValue(row[0], out var country)) continue;
                var file = Path.GetFileName(row.File);
                var cue = new CountryCue(country, DistrictWeight, file == "admin2.tsv" ? $"admin2.tsv:{row.Line}" : $"admin2:{file}:{row.Line}");
                foreach (var name in new[] { row[3], row[4] }.Distinct().Where(n => n.Length > 3 && char.IsUpper(n[0])))
                    districts.Add((name, cue));
            }
        }
        var demonyms = Path.Combine(dataDirectory, "actors", "countries.tsv");
        foreach (var row in DataFile.Read(demonyms, minimumFields: 2))
        {
            foreach (var demonym in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // "Saudi-led coalition airstrikes": who leads a coalition says nothing of where it strikes.
                if (demonym.EndsWith("-led", StringComparison.Ordinal)) continue;
                cues.Add((demonym, new CountryCue(row[0], DemonymWeight, $"countries.tsv:{row.Line}:demonym")));
                // "Palestinians", "Iraqis": the people, named by the plural of the adjective.
                if (demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i'))
                    cues.Add((demonym + "s", new CountryCue(row[0], DemonymWeight, $"countries.tsv:{row.Line}:people")));
            }
            cues.Add((row[0], new CountryCue(row[0], CountryNameWeight, $"countries.tsv:{row.Line}")));
        }
        // "the OSCE SMM observed ...": bodies that work in one country only say which country the story is in.
        var countryCues = Path.Combine(dataDirectory, "geo", "country-cues.tsv");
        var provinces = new List<(string, IReadOnlySet<string>)>();
        if (File.Exists(countryCues))
            foreach (var row in DataFile.Read(countryCues, minimumFields: 2))
            {
                cues.Add((row[0], new CountryCue(row[1], PlaceWeight, $"country-cues.tsv:{row.Line}")));
                if (row[2].Length > 0)
                    provinces.Add((row[0], row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase)));
            }
        var facilities = gazetteer is null ? null : Facilities.Load(dataDirectory, gazetteer);
        var districtsAsProvinces = Path.Combine(dataDirectory, "geo", "admin1-from-admin2.tsv");
        var districtRows = File.Exists(districtsAsProvinces) ? DataFile.Read(districtsAsProvinces, minimumFields: 1).ToList() : [];
        return new CountryResolver(cues, genericWords, gazetteer, grammar, districts, facilities)
        {
            Admin1Names = admin1Names,
            Capitals = capitals,
            DistrictsAsProvinces = districtRows.Where(r => r[2].Length == 0).Select(r => r[1].Length > 0 ? $"{r[0]}\t{r[1]}" : r[0]).ToHashSet(StringComparer.Ordinal),
            ProvincesOfDistricts = ProvincesByDistrict(districtRows),
            DivisionAliases = divisionAliases,
            WorkingProvinces = new PhraseMatcher<IReadOnlySet<string>>(provinces),
        };
    }

    /// <summary>The third column of <c>geo/admin1-from-admin2.tsv</c>; a district given twice stops loading with the line.</summary>
    private static Dictionary<string, string> ProvincesByDistrict(IEnumerable<DataRow> rows)
    {
        var byDistrict = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r[2].Length > 0))
            if (!byDistrict.TryAdd($"{row[0]}\t{row[1]}", row[2]))
                throw new KnowledgeFileException(row.File, row.Line, $"district {row[0]} {row[1]} given twice");
        return byDistrict;
    }

    /// <summary>
    /// Whether a name at <paramref name="first"/> closes "from X [noun] of": the country or province a place of origin lies
    /// in ("from Sokh enclave of Uzbekistan").
    /// </summary>
    private bool OriginOf(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k < 2 || tokens[k].Lower != "of") return false;
        k--;
        for (var nouns = 0; k > 0 && nouns < 2 && !tokens[k].IsCapitalised && tokens[k].IsWord && !_grammar!.IsDeterminer(tokens[k]); nouns++) k--;
        var names = 0;
        while (k > 0 && tokens[k].IsCapitalised && tokens[k].IsWord && names < 3) { k--; names++; }
        return names > 0 && k >= 0 && _grammar!.Is(tokens[k], WordClass.Origin);
    }

    /// <summary>"Al Anbar" is "Anbar" in news, "Ar-Raqqah" "Raqqah": the name without a leading Arabic article.</summary>
    private static string WithoutArticle(string name)
    {
        var split = name.IndexOfAny([' ', '-']);
        return split is >= 2 and <= 3 && Gazetteer.IsArticle(name[..split]) && split + 1 < name.Length ? name[(split + 1)..] : name;
    }

    private static string WithoutApostrophes(string name) =>
        new(name.Where(c => c is not ('\'' or '’' or '‘' or 'ʿ' or 'ʾ' or '`')).ToArray());

    /// <summary>A name in the parenthesis that locates a place ("Gaza City (Gaza Strip)", "Tahab (Pulwama district, J&amp;K)") counts this many times.</summary>
    private const double LocatingParenthesisFactor = 3;

    /// <summary>
    /// The provinces and districts a sentence names anywhere ("in the southern countryside of Idleb", "Saladin
    /// province"), as written, in the order they come.
    /// </summary>
    public IReadOnlyList<string> NamedDivisions(IReadOnlyList<Token> tokens) =>
        _namedDivisions.GetValue(tokens, ReadDivisions);

    /// <summary>A sentence's named divisions, read once however many of its names are placed.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Token>, IReadOnlyList<string>> _namedDivisions = new();

    private IReadOnlyList<string> ReadDivisions(IReadOnlyList<Token> tokens) =>
        Find(tokens).Where(c => c.Cue.RuleId.StartsWith("admin", StringComparison.Ordinal) && !InsideName(tokens, c.First))
            .OrderBy(c => c.First).Select(c => Name(tokens, c.First, c.Count))
            .Select(name => DivisionAliases.GetValueOrDefault(name, name)).Distinct().ToList();

    /// <summary>Whether a token lies in a parenthesis inside a place's name (<see cref="DivisionContext.InsideName"/>).</summary>
    private bool InsideName(IReadOnlyList<Token> tokens, int index)
    {
        var open = index - 1;
        while (open >= 0 && index - open <= 4 && tokens[open].Text != "(") open--;
        var close = index;
        while (close < tokens.Count && close - index <= 4 && tokens[close].Text != ")") close++;
        return open >= 0 && tokens[open].Text == "(" && close < tokens.Count && tokens[close].Text == ")" && _grammar is not null
            && DivisionContext.InsideName(tokens, open, close, _grammar);
    }

    /// <summary>
    /// Districts a sentence names with the word for a district after them ("in Radman Al Awad district (Al Bayda)",
    /// "Gwer East LGA"), where a place is expected, with the token they start at, in the order they come.
    /// </summary>
    public IReadOnlyList<(int First, string Name)> NamedDistricts(IReadOnlyList<Token> tokens)
    {
        var found = new List<(int, string)>();
        // Most sentences name no district with its kind word: they need no reading of their names.
        if (_grammar is null || !tokens.Any(t => _grammar.Is(t, WordClass.Division) || t.Text == "(")) return found;
        foreach (var (first, whole) in NameRuns(tokens))
        {
            if (first > 0 && _grammar.Is(tokens[first - 1], WordClass.Origin)) continue;
            // "Gwer East LGA (Benue)", "Rafi LGA": the kind word may be written capitalised, inside the run.
            var run = whole > 1 && _grammar.Is(tokens[first + whole - 1], WordClass.Division) ? whole - 1 : whole;
            var next = first + run;
            // "in the partido of La Matanza (Buenos Aires)": or before the name, with "of".
            var kindBefore = first >= 2 && tokens[first - 1].Lower == "of" && !tokens[first - 2].IsCapitalised && _grammar.Is(tokens[first - 2], WordClass.Division);
            // "around Vicente Lopez (Buenos Aires)": or a district's name the text locates with its province.
            if (!kindBefore && (next >= tokens.Count || !_grammar.Is(tokens[next], WordClass.Division)) && !LocatingParenthesisAt(tokens, next) && !ProvinceParenthesisAt(tokens, next)) continue;
            var name = Name(tokens, first, run);
            if (_districts.ContainsKey(Gazetteer.CompactKey(Gazetteer.DivisionKey(name)))) found.Add((first, name));
        }
        return found;
    }

    /// <summary>Country cues in a token list, capitalised names only.</summary>
    public IReadOnlyList<(int First, int Count, CountryCue Cue)> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<(int, int, CountryCue)>();
        var covered = new HashSet<int>();
        foreach (var match in _cues.FindAll(tokens))
        {
            // ("the al Nour square": a facility's name may open with a lower-case article.)
            if (!tokens[match.First].IsCapitalised && !(IsArticleWord(tokens, match.First) && match.Value.All(c => c.RuleId.StartsWith("facility:", StringComparison.Ordinal))))
                continue;
            // "Gaza City", "Kuwait City": a name that runs on into another capitalised word is a longer name we do not
            // know, unless that word names the kind of place ("Rakhine State", "Anbar Province") or the place's own
            // authority ("Hakkari Governor's Office").
            // So does one a particle joins to more ("San Jose del Monte" is not San Jose); a word for a local division
            // ("Barangay Muzon") says its country whatever follows.
            if ((match.Last + 1 < tokens.Count && tokens[match.Last + 1].IsCapitalised && tokens[match.Last + 1].IsWord
                    && !(_grammar is not null && (_grammar.Is(tokens[match.Last + 1], WordClass.Division) || _grammar.Is(tokens[match.Last + 1], WordClass.LocalOffice)))
                    || _grammar is not null && match.Last + 1 < tokens.Count && JoinsName(tokens, match.Last + 1))
                && !match.Value.All(c => c.RuleId.StartsWith("country-cues", StringComparison.Ordinal))) continue;
            if (match.Count == 1 && _generic.Contains(tokens[match.First].Text)) continue;
            // "Bank Saderat Iran": a country's name that ends a longer name (a firm's, a body's) names no place; not
            // after a word for a part of a country ("Northern Iraq") or the first word of the sentence.
            if (_grammar is not null && match.First > 1 && match.Value.All(c => c.Weight >= CountryNameWeight)
                && tokens[match.First - 1] is { IsWord: true, IsCapitalised: true } runsInto && tokens[match.First - 2] is { IsWord: true, IsCapitalised: true }
                && !_generic.Contains(runsInto.Text) && !_grammar.Is(runsInto, WordClass.RegionAdjective) && !_grammar.Is(runsInto, WordClass.Compass)
                && !Gazetteer.IsArticle(runsInto.Text)) continue;
            // "Valikamam South-West", "Mogadishu North": words of the compass after a name end a longer name (a
            // division of that place), not Cameroon's South-West region.
            if (match.Count == 1 && match.First > 0 && tokens[match.First - 1] is { IsWord: true, IsCapitalised: true } named
                && !Gazetteer.IsArticle(named.Text) && tokens[match.First].Text.Split('-').All(_generic.Contains)) continue;
            // "Kfar Saba" is not Saba (Caribbean Netherlands): a division's or capital's name that ends a longer place
            // name the gazetteer knows is no cue of its own ("Mojolo Sinaloa" still names Sinaloa).
            if (match.First > 0 && tokens[match.First - 1] is { IsWord: true, IsCapitalised: true } runsFrom
                && !Gazetteer.IsArticle(runsFrom.Text) && match.Value.All(c => c.Weight < CountryNameWeight)
                && _gazetteer is not null && _gazetteer.Find(runsFrom.Text + " " + Name(tokens, match.First, match.Count)).Count > 0)
                continue;
            // "(Baghlan Markazi)": two division names run together inside a parenthesis are one longer name (a district
            // named after its province), neither division; "(Vadodara Gujarat)", a town and its province, are two.
            if (match.First > 1 && InParenthesis(tokens, match.First) && tokens[match.First - 2].Text is "(" or ","
                && _cues.MatchAt(tokens, match.First - 1) is { Count: 1 } before && before.Value.All(c => c.Weight < CountryNameWeight)
                && match.Value.All(c => c.Weight < CountryNameWeight)) continue;
            // "Mocimboa da Praia" is not Praia: a particle before the name joins it to a longer one ("Ciudad de
            // Mexico" still names its country).
            if (_grammar is not null && match.First >= 2 && JoinsName(tokens, match.First - 1)
                && match.Value.All(c => c.Weight < CountryNameWeight)) continue;
            // "the US dollar exchange rate" says nothing of where; "the Lebanese pound", a country's own currency, says
            // as much as the country's name.
            if (_grammar is not null && match.Last + 1 < tokens.Count && _grammar.Is(tokens[match.Last + 1], WordClass.Currency)) continue;
            var currency = _grammar is not null && match.Last + 1 < tokens.Count && _grammar.Is(tokens[match.Last + 1], WordClass.NationalCurrency);
            // "launched from Yemen": where an attack came from is not where the story happened.
            if (_grammar is not null && match.First > 0 && _grammar.Is(tokens[match.First - 1], WordClass.Origin)) continue;
            // ("villagers from Sokh enclave of Uzbekistan": so is the country a place after "from" lies in.)
            if (_grammar is not null && OriginOf(tokens, match.First)) continue;
            // "(..., Gaza city, Gaza Strip)": a division's name a word for a settlement follows names the settlement,
            // which the towns read below weigh, where the division's country has no settlement of the name (Gaza is a
            // province of Mozambique; "Puno city" is the seat of Peru's Puno region).
            if (_grammar is not null && _gazetteer is not null && match.Last + 1 < tokens.Count && !tokens[match.Last + 1].IsCapitalised
                && _grammar.Is(tokens[match.Last + 1], WordClass.Settlement)
                && match.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal)))
            {
                var settlement = Name(tokens, match.First, match.Count);
                var key = Gazetteer.NormalizeName(settlement);
                if (!_gazetteer.Find(settlement).Any(p => Gazetteer.IsCalled(p.Name, key) && match.Value.Any(c => c.Country == p.Country))) continue;
            }
            for (var k = match.First; k <= match.Last; k++) covered.Add(k);
            var factor = ParenthesisFactor(tokens, match.First);
            // "agreed upon by Hamas and Israel", "Israel released 30 Palestinians": a country named as a side says no
            // more of where than its demonym does; "in Israel", "of Israel", "Kalymnos, Greece" place it.
            var asSide = _grammar is not null && factor == 1 && !PlaceExpected(tokens, match.First)
                && !(match.First > 0 && (LocatingComma(tokens, match.First - 1) || tokens[match.First - 1].Lower == "of" || _grammar.Is(tokens[match.First - 1], WordClass.Nearby)));
            // "the southern Lebanese town of Qana", "the Israeli port city of Eilat": a demonym naming the kind of place
            // says where the place is, as the country's name does.
            var ofPlace = _grammar is not null && match.Value.All(c => c.RuleId.EndsWith(":demonym", StringComparison.Ordinal))
                && Enumerable.Range(match.Last + 1, 2).TakeWhile(k => k < tokens.Count && !tokens[k].IsCapitalised && tokens[k].IsWord)
                    .Any(k => _grammar.Is(tokens[k], WordClass.PlaceNoun));
            // "a Somali army base": a people's name that is also a province's (Ethiopia's Somali region) is the people
            // where a noun follows it, the province where a place is expected ("in Somali region").
            var cues = match.Value;
            if (_grammar is not null && cues.Any(c => c.RuleId.EndsWith(":demonym", StringComparison.Ordinal))
                && cues.Any(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal)))
            {
                var next = match.Last + 1;
                var people = factor == 1 && !PlaceExpected(tokens, match.First) && next < tokens.Count && tokens[next].IsWord
                    && !tokens[next].IsCapitalised && !_grammar.Is(tokens[next], WordClass.Division) && !_grammar.Is(tokens[next], WordClass.PlaceNoun);
                var kept = cues.Where(c => c.RuleId.EndsWith(":demonym", StringComparison.Ordinal) == people).ToList();
                if (kept.Count > 0) cues = kept.Select(c => c with { Weight = c.Weight * match.Value.Count / kept.Count }).ToList();
            }
            // "Niger State", "Lebanon County, Pennsylvania": a country's name with the word for a division after it names
            // the division (Nigeria's state, a US county), not the country. (Not "Syria state media".)
            if (_grammar is not null && cues.Any(IsCountryName) && match.Last + 1 < tokens.Count
                && _grammar.Is(tokens[match.Last + 1], WordClass.Division)
                && (tokens[match.Last + 1].IsCapitalised || match.Last + 2 >= tokens.Count || !tokens[match.Last + 2].IsWord))
            {
                var divisions = cues.Where(c => c.RuleId.StartsWith("admin", StringComparison.Ordinal)).ToList();
                if (divisions.Count == 0 && _districts.TryGetValue(Gazetteer.CompactKey(Gazetteer.DivisionKey(Name(tokens, match.First, match.Count))), out var owners))
                    divisions = owners.Select(o => new CountryCue(o.Country, DistrictWeight / owners.Count, o.RuleId)).ToList();
                if (divisions.Count == 0) continue;
                cues = divisions;
            }
            // "Armenia, Quindio": a country's name that the text locates in a province of another country, where a town
            // of the name lies, is that town.
            if (cues.All(c => c.Weight >= CountryNameWeight) && TownOfCountryNameLocated(tokens, match.First, match.Count) is { } townCountry)
                cues = [new CountryCue(townCountry, PlaceWeight, $"places:{Name(tokens, match.First, match.Count)}")];
            // "Athens, Georgia": a country's name that is a province's elsewhere, closing a chain after a town that lies
            // in that province and not in the country, is the province (the United States' Georgia, not the country).
            if (ProvinceOfTownBefore(tokens, match.First, match.Last, cues) is { } province)
                cues = [province with { Weight = cues.Sum(c => c.Weight) }];
            foreach (var cue in cues)
                found.Add((match.First, match.Count, cue with { Weight = currency || ofPlace ? CountryNameWeight
                    : cue.Weight * factor * (asSide && cue.Weight >= CountryNameWeight ? DemonymWeight / CountryNameWeight : 1) }));
            // A division's name may be a big city's elsewhere: Gaza is a province of Mozambique and a city of Palestine.
            // The division slot of a locating parenthesis, "(Qaatabah, Ad Dali)", names the division: not Dali in China.
            // ("Central", "North": words divisions are named with are no city's name.)
            if (_gazetteer is not null && match.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))
                && !(match.First > 0 && tokens[match.First - 1].Text == "," && factor > 1) && !(match.Count == 1 && _generic.Contains(tokens[match.First].Text)))
            {
                var name = Name(tokens, match.First, match.Count);
                // The city outweighs the division a little: a bare name in news is more often the city; but not a
                // smaller namesake abroad of the division's own city (Homs is Syria's, not Libya's Al Khums).
                var namesakes = _gazetteer.Find(name);
                var home = namesakes.Where(p => match.Value.Any(c => c.Country == p.Country)).Select(p => p.Population).DefaultIfEmpty(0).Max();
                // ("in Ozqoqu, Antioquia": the name closing a chain after a place is the division, not Antakya, which
                // GeoNames also calls Antioquia.)
                var divisionSlot = ClosesChain(tokens, match.First, match.Last);
                // A division several countries have ("Cordoba"): the one whose city of the name is biggest.
                // (Not where the name closes a chain after a town the gazetteer knows in one of those countries:
                // "Santiago Nonualco, La Paz" is El Salvador's La Paz, whatever the size of Bolivia's city.)
                var homeCity = match.Value.Select(c => c.Country).Distinct().Count() > 1 && !(divisionSlot && AfterKnownTown(tokens, match.First, match.Value))
                    ? namesakes.Where(p => p.Population >= BigCity && p.Population == home && match.Value.Any(c => c.Country == p.Country)).Take(1)
                    : [];
                // "Trujillo state", "Beja governorate": the word for the division says it is no city.
                var divisionSaid = _grammar is not null && match.Last + 1 < tokens.Count && _grammar.Is(tokens[match.Last + 1], WordClass.Division);
                // Nor a city abroad that only an alternate name calls so where the division's own city bears it ("Puno"
                // is Peru's region and city, not India's Pune).
                var called = Gazetteer.NormalizeName(name);
                var homeCalled = namesakes.Any(p => match.Value.Any(c => c.Country == p.Country) && Gazetteer.IsCalled(p.Name, called));
                foreach (var city in namesakes.Where(p => !divisionSaid && !divisionSlot && p.Population >= BigCity && p.Population > home && match.Value.All(c => c.Country != p.Country)
                                                          && !(homeCalled && !Gazetteer.IsCalled(p.Name, called)))
                             .DistinctBy(p => p.Country))
                    found.Add((match.First, match.Count, new CountryCue(city.Country, PlaceWeight * CityOverDivision * factor, $"places:{name}")));
                // (The biggest city only breaks a tie: the story's other cues, a side's demonym, come first. "Colombian
                // soldiers clashed with FARC dissidents in X, Cordoba" is Colombia's Cordoba.)
                foreach (var city in homeCity)
                    found.Add((match.First, match.Count, new CountryCue(city.Country, PlaceWeight * HomeCityTieBreak * factor, $"places:{name}")));
                // "Cordoba municipality, Veracruz": the division the text gives picks the town of the name that lies in it.
                if (_divisions is not null && namesakes.Count > 0)
                {
                    var mention = new PlaceMention(match.First, match.Count, name, namesakes, InParenthesis(tokens, match.First));
                    var fitting = _divisions.Disambiguate(mention, tokens);
                    // "Maan town in Hama countryside": a town the text places in another country's province is not
                    // the province of its name either (Jordan's Ma'an).
                    if (fitting.Count == 0 && _divisions.ProvinceCountries(mention, tokens) is { Count: > 0 } owners)
                        // ("Valencia, Sangre Grande" is neither Venezuela's city nor Spain's province but a Trinidad town.)
                        found.RemoveAll(f => f.Item1 == match.First && (f.Item3.RuleId.StartsWith("admin1", StringComparison.Ordinal) || f.Item3.RuleId.StartsWith("places:", StringComparison.Ordinal))
                            && _gazetteer.CountryIso2Of(f.Item3.Country) is { } iso2 && !owners.Contains(iso2));
                    if (fitting.Count > 0 && fitting.Count < namesakes.Count)
                        foreach (var town in fitting.DistinctBy(p => p.Country))
                            found.Add((match.First, match.Count, new CountryCue(town.Country, PlaceWeight * CityOverDivision * factor, $"places:{name}")));
                }
            }
        }
        if (_gazetteer is not null && _grammar is not null)
        {
            var towns = Towns(tokens, covered).ToList();
            foreach (var town in towns)
                for (var k = town.First; k < town.First + town.Count; k++) covered.Add(k);
            found.AddRange(towns);
            found.AddRange(Districts(tokens, covered));
        }
        return DivisionOfTownBefore(tokens, found);
    }

    /// <summary>
    /// "Diapaga (Est)", "Aleksin (Tula)": a division's name closing a chain after a town the gazetteer knows, where the
    /// town lies in a division of that name in one country only, points at that country, not at the other countries
    /// with a division or city of the name (Cameroon's Est, Mexico's Tula).
    /// </summary>
    private List<(int First, int Count, CountryCue Cue)> DivisionOfTownBefore(IReadOnlyList<Token> tokens, List<(int First, int Count, CountryCue Cue)> found)
    {
        if (_gazetteer is null) return found;
        foreach (var group in found.GroupBy(f => (f.First, f.Count)).ToList())
        {
            var (first, count) = group.Key;
            var last = first + count - 1;
            // ("in Arjona district of Bolivar province": a district and the province it lies in, joined by "of".)
            // ("in San Cristobal village, San Jacinto district, Bolivar": or by a comma after the lower-case word.)
            var ofDistrict = first >= 3 && _grammar is not null && _grammar.Is(tokens[first - 2], WordClass.Division)
                && (tokens[first - 1].Lower == "of" || tokens[first - 1].Text == "," && !tokens[first - 2].IsCapitalised);
            if (first < 2 || !ClosesChain(tokens, first, last) && !ofDistrict) continue;
            // (A country's name is read by ProvinceOfTownBefore and DivisionContext: "Gori, Georgia".)
            if (group.Any(f => f.Cue.RuleId.StartsWith("countries.tsv", StringComparison.Ordinal))) continue;
            var name = Name(tokens, first, count);
            var countries = TownsBeforeIn(tokens, first, last).Select(p => p.Country).Distinct().ToList();
            // "(Nassau County, Florida)", "Pasco County, Florida": a district named with its kind word, in a province of
            // that name in one country only, points at that country too (not the Bahamas' capital, not Peru's Pasco).
            if (countries.Count == 0) countries = CountriesOfDistrictBefore(tokens, first, last);
            if (countries.Count != 1 || group.All(f => f.Cue.Country == countries[0])) continue;
            var weight = group.Sum(f => f.Cue.Weight);
            var rule = group.FirstOrDefault(f => f.Cue.Country == countries[0]).Cue?.RuleId ?? $"places:{name}";
            found.RemoveAll(f => f.First == first && f.Count == count);
            found.Add((first, count, new CountryCue(countries[0], weight, rule)));
        }
        return found;
    }

    /// <summary>
    /// How much each of a name's namesakes weighs: its population; where any of them is called so (GeoNames' main name),
    /// one called so counts at least the floor GeoNames' extracts keep (its size may simply not be given) and one only an
    /// alternate name calls so a fifth of its population; a city's quarter (PPLX) among namesakes that are towns counts a
    /// quarter of its own.
    /// </summary>
    internal static Func<GeoPlace, double> NamesakeWeight(IReadOnlyList<GeoPlace> namesakes, string name)
    {
        var called = Gazetteer.NormalizeName(name);
        // "Ciudad Bolivar" alone is Venezuela's city, not the bigger district of Bogota: a city's quarter counts a
        // quarter of its people against towns of its name.
        var quarter = namesakes.Any(p => p.FeatureCode != "PPLX") ? QuarterFactor : 1;
        double Size(GeoPlace p, double population) => p.FeatureCode == "PPLX" ? population * quarter : population;
        if (!namesakes.Any(p => Gazetteer.IsCalled(p.Name, called))) return p => Size(p, p.Population);
        return p => Size(p, Gazetteer.IsCalled(p.Name, called) ? Math.Max(p.Population, PopulationFloor) : p.Population * AlternateNameFactor);
    }

    /// <summary>
    /// Towns named where a place is expected ("in Hafizabad", "the village of Maryamin", "(Quetta, ...)"): each
    /// country with a place of that name gets a share of the weight by its largest such place's population.
    /// </summary>
    private IEnumerable<(int First, int Count, CountryCue Cue)> Towns(IReadOnlyList<Token> tokens, HashSet<int> covered)
    {
        // A spelling variant matches too loosely to say which country a story is in; it only places an event in the
        // country known otherwise.
        // Three-letter names ("Hat", "Nis") match too many places abroad to say which country a story is in.
        foreach (var mention in Places(tokens).Where(m => !m.IsVariant && m.Name.Length > 3 && !covered.Contains(m.First)
                     && !(m.First > 0 && _grammar!.Is(tokens[m.First - 1], WordClass.Origin))))
        {
            // "the Bethlehem district": a district's name with the word for it is the district (Palestine's), read
            // below, not the towns of the name abroad (Belem, Brazil, which GeoNames also calls "Bethlehem").
            if (mention.First + mention.Count < tokens.Count && _grammar!.Is(tokens[mention.First + mention.Count], WordClass.Division)
                && !tokens[mention.First + mention.Count].IsCapitalised && _districts.ContainsKey(Gazetteer.CompactKey(Gazetteer.DivisionKey(mention.Name))))
                continue;
            // "Panama City (Bella Vista)": one name alone in parentheses right after a place is a quarter of it, and
            // its namesakes abroad (Bella Vista, Paraguay) say nothing of the country.
            var end = mention.First + mention.Count;
            if (mention.InParenthesis && mention.First >= 2 && tokens[mention.First - 1].Text == "(" && tokens[mention.First - 2].IsCapitalised
                && end < tokens.Count && tokens[end].Text == ")"
                && !string.Equals(tokens[mention.First - 2].Text, tokens[end - 1].Text, StringComparison.OrdinalIgnoreCase)) // "El Aioun (El Aioun)": its district
                continue;
            var fitting = Disambiguate(mention, tokens);
            // "in Sao Domingos neighborhood": a quarter's namesakes that are towns say nothing of the country.
            if (end < tokens.Count && _grammar!.Is(tokens[end], WordClass.Quarter))
                fitting = fitting.Where(p => p.FeatureCode == "PPLX").ToList();
            // "El Alto, La Paz": namesakes the division given rules out (Mexico's El Alto) say nothing of the country.
            if (fitting.Count == 0 && mention.Places.Count > 0) continue;
            // "(Pobe-Mengao, Soum)": a district's name (Burkina Faso's Soum) is the district, read below, before towns of
            // the name whose size GeoNames does not give (a village of Senegal).
            if (fitting.All(p => p.Population == 0) && _districts.ContainsKey(Gazetteer.CompactKey(Gazetteer.DivisionKey(mention.Name)))) continue;
            // "Puno" is Peru's Puno before India's Pune, which GeoNames also lists as "Puno"; "Taum" a place of that name
            // before a Philippine town with "Taum" among its old names: a place called so outweighs namesakes that
            // are called so only in their alternate names, unless these are far bigger ("Odessa" is still Odesa).
            var weight = NamesakeWeight(fitting, mention.Name);
            var byCountry = fitting.GroupBy(p => p.Country).Select(g => (Country: g.Key, Population: Math.Max(PopulationFloor,
                g.Max(p => (long)weight(p))))).ToList();
            var total = (double)byCountry.Sum(c => c.Population);
            var factor = mention.InParenthesis ? ParenthesisFactor(tokens, mention.First) : 1;
            // "(Al Yarmouk, Al Ghafri) in Gaza City": many cities have a quarter of a name, so a quarter says little
            // of the country.
            if (fitting.All(p => p.FeatureCode == "PPLX")) factor *= QuarterFactor;
            foreach (var (country, population) in byCountry)
                yield return (mention.First, mention.Count, new CountryCue(country, PlaceWeight * factor * population / total, $"places:{mention.Name}"));
        }
    }

    /// <summary>
    /// Names where a place is expected that the gazetteer knows under no spelling, matched by a key of three letters
    /// to places of the story's country only ("Hasbaya" is Hasbaiya, Lebanon): the first such name with at most
    /// <see cref="MaxLooseNamesakes"/> places in the country, the most populous. A last resort, where nothing else
    /// places the event.
    /// </summary>
    /// <param name="tokens">The sentence.</param>
    /// <param name="country">The story's country.</param>
    /// <param name="places">The sentence's <see cref="Places"/>, already read.</param>
    public (int First, GeoPlace Place)? LoosePlace(IReadOnlyList<Token> tokens, string country, IReadOnlyList<PlaceMention> places)
    {
        if (_gazetteer is null || _grammar is null) return null;
        var known = places.Select(m => m.First).ToHashSet();
        foreach (var (first, run) in NameRuns(tokens))
        {
            if (known.Contains(first) || InParenthesis(tokens, first)) continue;
            var name = Name(tokens, first, run);
            if (run == 1 && _generic.Contains(name) || _cues.MatchAt(tokens, first) is not null) continue;
            // "held in Tyr" in a story about Lebanon: a three-letter name, too short to say a country, is a place of
            // the story's country that bears it.
            var local = name.Length == 3 ? _gazetteer.Find(name).Where(p => p.Country == country).ToList()
                : name.Length < 5 ? []
                : _gazetteer.FindShortVariant(name).Where(p => p.Country == country).ToList();
            if (local.Count is > 0 and <= MaxLooseNamesakes) return (first, local[0]);
        }
        return null;
    }

    /// <summary>A loose key matching more places than this in one country says too little.</summary>
    private const int MaxLooseNamesakes = 2;

    /// <summary>
    /// Populated places named where a place is expected ("in Hafizabad", "the village of Maryamin", "(Quetta, ...)"),
    /// with every gazetteer place of that name. The whole run of capitalised words is the name ("Adan Yabaal" is not
    /// Aden); a closing "City", "District" or "Camp" may be dropped ("Gaza City"). Empty without a gazetteer.
    /// </summary>
    public IReadOnlyList<PlaceMention> Places(IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        if (_gazetteer is null || _grammar is null) return found;
        foreach (var (first, run) in NameRuns(tokens))
        {
            // "in Kohgiluyeh and Boyer-Ahmad province", "Jammu and Kashmir": the first words of a division's longer name.
            if (_cues.MatchAt(tokens, first) is { } division && division.Count > run
                && division.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))) continue;
            // "in Rio Grande do Sul province", "Santiago de Cuba province": a province's name with the word for a
            // province after it is the province, not a town of the name (Rio Grande, which GeoNames also calls so).
            if (first + run < tokens.Count && !tokens[first + run].IsCapitalised && _grammar.Is(tokens[first + run], WordClass.Division)
                && _cues.MatchAt(tokens, first) is { } province && province.Count == run
                && province.Value.Any(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))) continue;
            // A name we do not know whole may be known by the words before its particle: "Mocimboa da Praia" is Mocímboa.
            var beforeParticle = Enumerable.Range(first + 1, Math.Max(0, run - 1)).FirstOrDefault(k => _grammar.Is(tokens[k], WordClass.NameParticle), -1);
            var readings = new List<(int Start, int Count)> { (first, run) };
            // ("in Wayne County, Tennessee": a capitalised word for a district after a district's name makes it the
            // district, not a town of its name, Wayne in New Jersey.)
            var kind = tokens[first + run - 1];
            if (_grammar.Is(kind, WordClass.PlaceNoun) && run > 1
                && !(kind.IsCapitalised && _grammar.Is(kind, WordClass.Division) && _districts.ContainsKey(Gazetteer.CompactKey(Gazetteer.DivisionKey(Name(tokens, first, run))))))
                readings.Add((first, run - 1));
            // Only a one-word stem: "San Juan de los Cerritos" is not San Juan; and not the stem of a province's name
            // ("Valle del Cauca" is no Valle).
            if (beforeParticle == first + 1 && !(_cues.MatchAt(tokens, first) is { } whole && whole.Count == run
                    && whole.Value.Any(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))))
                readings.Add((first, 1));
            // "Barangay Capihan", "Village Khairpur": a name the word for a place comes before.
            if (_grammar.Is(tokens[first], WordClass.PlaceNoun) && run > 1) readings.Add((first + 1, run - 1));
            // Every exact reading before any spelling variant: "Sidon City" is Sidon, not a variant of a longer name.
            PlaceMention? known = null;
            foreach (var variant in new[] { false, true })
            {
                known = readings.Select(r => Lookup(tokens, r.Start, r.Count, variant)).FirstOrDefault(m => m is not null);
                if (known is not null) break;
            }
            // "Shadadah in Al-Hasakeh": a short name spelled otherwise than the gazetteer spells it (Ash Shaddadah) is
            // the place of that spelling in the division the text names, where there is one. (A name the gazetteer
            // knows elsewhere, "Basira", is tried so by DivisionContext.Disambiguate.)
            if (_divisions is not null && known is null)
                foreach (var (start, count) in readings)
                {
                    var name = Name(tokens, start, count);
                    if (name.Length < 4 || count == 1 && _generic.Contains(name)) continue;
                    var loose = new PlaceMention(start, count, name, [], InParenthesis(tokens, start), IsVariant: true);
                    // "Badah town (Larkana, Sindh)": GeoNames may know the place only as "New Badah" or "Setharja Old".
                    if (_divisions.InNamedDivision(loose, tokens, () => _gazetteer.FindShortVariant(name)
                            .Concat(_grammar.WordsOf(WordClass.NameQualifier).SelectMany(q => _gazetteer.Find($"{q} {name}").Concat(_gazetteer.Find($"{name} {q}")))).ToList()) is not { Count: > 0 } fitting)
                        continue;
                    known = loose with { Places = fitting };
                    break;
                }
            if (known is not null) found.Add(known);
        }
        return found;
    }

    private PlaceMention? Lookup(IReadOnlyList<Token> tokens, int first, int count, bool variant)
    {
        var name = Name(tokens, first, count);
        // "Nis, Serbia", "Jos (Plateau)"; or closing a chain that locates a smaller place in it ("Ipekyolu, Van").
        var located = first + count + 1 < tokens.Count && tokens[first + count].Text is "," or "(" && tokens[first + count + 1].IsCapitalised
            || first >= 2 && tokens[first - 1].Text == "," && tokens[first - 2].IsCapitalised && tokens[first - 2].IsWord;
        // "in Ica city": the word for a place after the name locates it too; so does "in central Van".
        // ("Biu LGA (Borno)": so does the word for a division before a comma or a parenthesis.)
        located = located || first + count < tokens.Count && !tokens[first + count].IsCapitalised && _grammar!.Is(tokens[first + count], WordClass.PlaceNoun)
            || first + count + 1 < tokens.Count && _grammar!.Is(tokens[first + count], WordClass.Division) && tokens[first + count + 1].Text is "," or "("
            || first >= 2 && _grammar!.Is(tokens[first - 1], WordClass.RegionAdjective) && _grammar.Is(tokens[first - 2], WordClass.Locative)
            // "the town of Hit": the word for a place before "of"; "Hit in Al Anbar province": a province after "in".
            || first >= 2 && tokens[first - 1].Lower == "of" && !tokens[first - 2].IsCapitalised && _grammar!.Is(tokens[first - 2], WordClass.PlaceNoun)
            || first + count + 1 < tokens.Count && tokens[first + count].Lower == "in" && _cues.MatchAt(tokens, first + count + 1) is { } within
                && within.Value.Any(c => c.RuleId.StartsWith("admin", StringComparison.Ordinal));
        // "Barangay Central": a word divisions are named with ("Central", "North") is no town's name alone.
        if (name.Length < 3 || count == 1 && _generic.Contains(name)) return null;
        IReadOnlyList<GeoPlace> places;
        if (variant)
        {
            places = _gazetteer!.FindVariant(name);
        }
        else
        {
            places = _gazetteer!.Find(name);
            // "Mogadishu-Hodan": a big city and its district joined by a hyphen; the city is where it is ("Pobe-Mengao"
            // is one commune, not Pobe).
            if (places.Count == 0 && tokens[first].Text.IndexOf('-') is > 2 and var hyphen
                && hyphen + 1 < tokens[first].Text.Length && char.IsUpper(tokens[first].Text[hyphen + 1]))
            {
                places = _gazetteer.Find(tokens[first].Text[..hyphen]).Where(p => p.Population >= BigCity).ToList();
                // "the Halba-Qoubaiyat road", "the Birnin-Gwari-Kaduna highway": a way between towns, at the first the
                // gazetteer knows (a name may hold a hyphen of its own).
                // ("the Kahnuj-Ghale Ganj road": the other end may run on past the hyphenated word.)
                if (places.Count == 0 && first + count < tokens.Count && _grammar!.Is(tokens[first + count], WordClass.LocalWay))
                    places = WayEnds(tokens[first].Text).Select(_gazetteer.Find).FirstOrDefault(p => p.Count > 0) ?? [];
                places = InCountryOfOtherEnds(places, tokens[first].Text);
            }
            // "in Marikina": a city GeoNames knows only with the word "City" in its name ("Marikina City"), where
            // nothing is called by the name alone, right after a word that says a place follows.
            if (places.Count == 0 && tokens[first + count - 1].Lower != "city" && first > 0 && _grammar!.Is(tokens[first - 1], WordClass.Locative))
                places = _gazetteer.Find(name + " City");
        }
        // Three letters name a place only where the text locates it ("Nis, Serbia", "Jos (Plateau)"), a city of a
        // million ("Ufa"), or a city right after "in" or "near" ("in Kut", "near Ibb"; not "in Jan", nor an acronym):
        // shorter names match too many places.
        var afterLocative = first > 0 && _grammar!.Is(tokens[first - 1], WordClass.Locative) && !tokens[first].Text.All(char.IsUpper)
            && !Dates.DateMentions.IsMonth(name);
        if (name.Length == 3 && !located) places = places.Where(p => p.Population >= (afterLocative ? BigCity : MillionCity)).ToList();
        return places.Count == 0 ? null : new PlaceMention(first, count, name, places, InParenthesis(tokens, first), variant);
    }

    /// <summary>
    /// Runs of name words (tokens [First, First+Count)) where a place is expected, other than a country's own name
    /// ("Lebanon" is not Lebanon, Pennsylvania) and a facility's ("Al Quds hospital", "Beirut street").
    /// </summary>
    private IEnumerable<(int First, int Count)> NameRuns(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // ("in An Nukhayb desert": a capitalised "An" inside a sentence, before a name, is the Arabic article.)
            if (!StartsName(tokens, i) || _grammar!.Is(tokens[i], WordClass.Locative)
                || _grammar.IsDeterminer(tokens[i]) && !(i > 0 && tokens[i].IsCapitalised && Gazetteer.IsArticle(tokens[i].Text)
                    && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && tokens[i + 1].IsWord)) continue;
            var run = 1;
            // ("Ar Raydah Wa Qusayar district": an article, capitalised or not, is no word of the name's.)
            var words = IsArticleWord(tokens, i) || ArticleBeforeName(tokens, i) ? 0 : 1;
            while (i + run < tokens.Count && words < MaxPlaceWords && (StartsName(tokens, i + run) || JoinsName(tokens, i + run) || AbbreviationDot(tokens, i + run)
                || PossessiveInName(tokens, i, i + run)))
            {
                // "fired from Syria at Kiryat Shmona": after a country's name, "at" is the English word, not an article.
                if (!tokens[i + run].IsCapitalised && _cues.MatchAt(tokens, i) is { } countryName && countryName.Count == run
                    && countryName.Value.All(c => c.Weight >= CountryNameWeight)) break;
                // "San Jose del Monte": a particle inside a name is no word of its own; nor is the dot of "St. Petersburg".
                if (!IsArticleWord(tokens, i + run) && !ArticleBeforeName(tokens, i + run) && !JoinsName(tokens, i + run) && !AbbreviationDot(tokens, i + run)
                    && tokens[i + run].Text is not ("'s" or "’s")) words++;
                run++;
            }
            // "near Mine 6/7": a number closes a name the gazetteer knows with it (mines, quarters, camps numbered).
            var numbered = i + run;
            while (numbered < tokens.Count && numbered - i - run < 3 && (tokens[numbered].Text.All(char.IsAsciiDigit) || tokens[numbered].Text == "/")) numbered++;
            if (numbered > i + run && tokens[numbered - 1].Text.All(char.IsAsciiDigit) && _gazetteer is not null && _gazetteer.Find(Name(tokens, i, numbered - i)).Count > 0)
                run = numbered - i;
            // "under Dhing Police Station (Nagaon district, Assam)": the police station is named after its town.
            var namedPost = NamedPostAt(tokens, i + run);
            if (!namedPost && run > 2 && NamedPostAt(tokens, i + run - 2))
            {
                run -= 2;
                namedPost = true;
            }
            // "Ntarikon village", "Bamenda subdivision": a name the word for a place follows is one; so is a name the
            // text locates with a parenthesis ("residents of Kasoa (Awutu Efutu Senya, Central)").
            // "blocked the Zahle roundabout", "the Beddawi highway": a way named after the town it is at.
            // A way between two places ("blocked the Rashayya-Masnaa road") is at the first the gazetteer knows; not
            // one the text places ("the Ilya intersection in Sidon", "the Aleppo-Lattakia highway (M4) in Idleb").
            var localWay = i > 0 && tokens[i - 1].Lower == "the" && i + run < tokens.Count
                && (!tokens[i + run].IsCapitalised && _grammar.Is(tokens[i + run], WordClass.LocalWay) || WayToNamedEnd(tokens, i + run))
                && !PlacedAfter(tokens, i + run + 1)
                && !(run == 1 && (_generic.Contains(tokens[i].Text) || _grammar.Is(tokens[i], WordClass.PlaceNoun)));
            // "in the Chouf", "in the Bekaa": a region named with the article, where no noun follows ("the Jaru gathering").
            var next = i + run;
            var region = i >= 2 && tokens[i - 1].Lower == "the" && tokens[i - 2].Lower == "in"
                && (next >= tokens.Count || !tokens[next].IsWord || _grammar.Is(tokens[next], WordClass.Preposition) || _grammar.Is(tokens[next], WordClass.ClauseBreak));
            // "closed all of Afrin's entrances", "Gaza's eastern neighbourhoods": a name whose part the sentence names.
            var possessive = i + run + 1 < tokens.Count && tokens[i + run].Text is "'s" or "’s"
                && Enumerable.Range(i + run + 1, Math.Min(2, tokens.Count - i - run - 1)).Any(k => !tokens[k].IsCapitalised && _grammar.Is(tokens[k], WordClass.PlaceNoun));
            if (!PlaceExpected(tokens, i) && !localWay && !region && !namedPost && !possessive
                && !(i + run < tokens.Count && !tokens[i + run].IsCapitalised && _grammar.Is(tokens[i + run], WordClass.PlaceNoun))
                // ("Gaza - Nasr (Gaza City, Gaza Strip)": a quarter after its city's name is the city's, not a village.)
                // ("on the Nihm (Sanaa) frontline": a province alone locates a name as a fuller parenthesis does.)
                && !((LocatingParenthesisAt(tokens, i + run) || ProvinceParenthesisAt(tokens, i + run)) && !(i > 0 && tokens[i - 1].Text is "-" or "–")))
                continue;
            var facility = i + run < tokens.Count && _grammar!.Is(tokens[i + run], WordClass.Facility) && !localWay;
            // "hurled rocks at Police forces in Bohssas": a force's name, not the Polish town of Police.
            // ("an apartment (Sido family)": a family's name, not Sidon, which GeoNames also calls Sido.)
            if (!namedPost && i + run < tokens.Count && !tokens[i + run].IsCapitalised
                && (_grammar.Is(tokens[i + run], WordClass.Personnel) || _grammar.Is(tokens[i + run], WordClass.Kin)))
            {
                i += run - 1;
                continue;
            }
            // (A country's name is no town's, unless the text locates a town of the name in a province that has one:
            // "Armenia, Quindio" is Colombia's city.)
            var country = _cues.MatchAt(tokens, i) is { } named && named.Count == run && named.Value.All(c => c.Weight >= CountryNameWeight)
                && TownOfCountryNameLocated(tokens, i, run) is null;
            if (!facility && !country)
                yield return (i, run);
            i += run - 1;
        }
    }

    /// <summary>
    /// Districts (GeoNames admin2) named where a place is expected and not already read as a town or a province:
    /// "(Mezam, Nord-Ouest)", "(Qaatabah, Ad Dali)". A name several countries' districts share is split between them.
    /// </summary>
    private IEnumerable<(int First, int Count, CountryCue Cue)> Districts(IReadOnlyList<Token> tokens, HashSet<int> covered)
    {
        if (_districts.Count == 0) yield break;
        foreach (var (first, run) in NameRuns(tokens))
        {
            if (covered.Contains(first)) continue;
            foreach (var count in _grammar!.Is(tokens[first + run - 1], WordClass.PlaceNoun) && run > 1 ? new[] { run, run - 1 } : [run])
            {
                var key = Gazetteer.DivisionKey(Name(tokens, first, count));
                if (key.Length < 4 || !_districts.TryGetValue(Gazetteer.CompactKey(key), out var countries)) continue;
                var factor = ParenthesisFactor(tokens, first);
                foreach (var (country, rule) in countries)
                    yield return (first, count, new CountryCue(country, DistrictWeight * factor / countries.Count, rule));
                break;
            }
        }
    }

    /// <summary>"St. Petersburg", "Mt. Lebanon": the dot after an abbreviation that opens a name, another word after it.</summary>
    private bool AbbreviationDot(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text == "." && i > 0 && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && tokens[i + 1].IsWord
        && tokens[i - 1].IsCapitalised && _grammar!.Is(tokens[i - 1], WordClass.NameAbbreviation);

    /// <summary>
    /// A word a place name may start or go on with: a capitalised word, a capitalised word behind a lower-case
    /// Arabic article ("al-Hasakeh", "ez-Zor"), or a lower-case article before a capitalised word ("in el Mina").
    /// </summary>
    private static bool StartsName(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord) return false;
        if (token.IsCapitalised || Gazetteer.IsArticleJoined(token.Text)) return true;
        return IsArticleWord(tokens, i);
    }

    /// <summary>
    /// "Mocimboa da Praia", "Pinar del Rio", "San Juan de los Cerritos": lower-case particles between two capitalised
    /// words of one name.
    /// </summary>
    private bool JoinsName(IReadOnlyList<Token> tokens, int i) => JoinsName(tokens, i, _grammar!);

    /// <inheritdoc cref="JoinsName(IReadOnlyList{Token}, int)"/>
    internal static bool JoinsName(IReadOnlyList<Token> tokens, int i, Grammar grammar)
    {
        var start = i;
        while (start > 0 && grammar.Is(tokens[start - 1], WordClass.NameParticle) && !tokens[start - 1].IsCapitalised) start--;
        var end = i;
        while (end + 1 < tokens.Count && grammar.Is(tokens[end + 1], WordClass.NameParticle) && !tokens[end + 1].IsCapitalised && end - start < 2) end++;
        // ("Khabb wa ash Shaaf": a particle before an article and the name's next word.)
        return start > 0 && tokens[start - 1].IsCapitalised && grammar.Is(tokens[i], WordClass.NameParticle) && !tokens[i].IsCapitalised
            && end + 1 < tokens.Count && tokens[end + 1].IsWord && (tokens[end + 1].IsCapitalised || IsArticleWord(tokens, end + 1));
    }

    private static bool ArticleBeforeName(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsCapitalised && Gazetteer.IsArticle(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalised;

    private static bool IsArticleWord(IReadOnlyList<Token> tokens, int i) =>
        !tokens[i].IsCapitalised && Gazetteer.IsArticle(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalised;

    private bool PlaceExpected(IReadOnlyList<Token> tokens, int i, int depth = 0)
    {
        if (i == 0) return false;
        var previous = tokens[i - 1];
        if (_grammar!.Is(previous, WordClass.Locative) || _grammar.Is(previous, WordClass.TargetVerb) || previous.Text == "(") return true;
        // "in western Yemen", "in west Gaza City", "targeting northern Gaza City": a word for the part of a place between
        // the preposition (or the verb of a strike) and its name.
        if (i >= 2 && !previous.IsCapitalised && (_grammar.Is(previous, WordClass.RegionAdjective) || _grammar.Is(previous, WordClass.Nearby))
            && (_grammar.Is(tokens[i - 2], WordClass.Locative) || _grammar.Is(tokens[i - 2], WordClass.TargetVerb))) return true;
        if (previous.Lower == "of" && i >= 2 && (_grammar.Is(tokens[i - 2], WordClass.PlaceNoun) || _grammar.Is(tokens[i - 2], WordClass.Nearby)
            || !tokens[i - 2].IsCapitalised && _grammar.Is(tokens[i - 2], WordClass.Division)
            || _grammar.Is(tokens[i - 2], WordClass.Facility) && !tokens[i - 2].IsCapitalised)) return true; // "the hospital of Thessaloniki"
        // "the road between Faaour and Kafr Zabad", "in Chtaura or Zahle": the name after a place the text expects,
        // joined by "and" or "or", is a place too, whether or not the gazetteer knows the first.
        if (previous.Lower is "and" or "or" && depth < 3 && i >= 2 && StartsName(tokens, i - 2))
        {
            var start = i - 2;
            while (start > 0 && StartsName(tokens, start - 1)) start--;
            return PlaceExpected(tokens, start, depth + 1);
        }
        if (previous.Text != ",") return false;
        if (InParenthesis(tokens, i)) return true;
        // "On 29 April, Caripe, Monagas state, farmers blocked roads": a name the text places in a province by its
        // kind word is a place, wherever it stands.
        if (InNamedProvince(tokens, i)) return true;
        // "in Barangay Capihan, San Rafael, Bulacan": each name of a chain after a place is a place too, but a
        // province's name there is the province ("Benito Juarez, Nuevo Leon" is not the village of Nuevo León).
        if (_cues.MatchAt(tokens, i) is { } division && division.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))) return false;
        // ("near Thar Si Gone village, Rathedaung Township": the word for the place may close the name before; after
        // a division's word, "in Surobi district, Kabul", comes a larger division, not a town.)
        var last = i - 2;
        var overNoun = last > 0 && !tokens[last].IsCapitalised && _grammar.Is(tokens[last], WordClass.PlaceNoun) && !_grammar.Is(tokens[last], WordClass.Division);
        if (overNoun) last--;
        // ("Hpar Hpyo (Chin) village, Minbya Township": past a parenthesis inside the name.)
        if (overNoun && last > 0 && tokens[last].Text == ")" && InsideName(tokens, last - 1))
            while (last > 0 && tokens[last + 1].Text != "(") last--;
        var before = last;
        // ("at Hpar Hpyo village, Minbya": "at" before a name is the preposition, not the Arabic article.)
        // ("in Santa Cruz de Asia, Lima": past a particle inside the name.)
        while (before >= 0 && (StartsName(tokens, before) || JoinsName(tokens, before)) && !(!tokens[before].IsCapitalised && _grammar.Is(tokens[before], WordClass.Locative))) before--;
        // "in the Cano Raya community, Tibu, Norte de Santander": the article of a name the word for a place closes.
        if (overNoun && before + 1 <= last && before >= 1 && _grammar.IsDeterminer(tokens[before]) && _grammar.Is(tokens[before - 1], WordClass.Locative))
            return true;
        return depth < 3 && before + 1 <= last && PlaceExpected(tokens, before + 1, depth + 1);
    }

    /// <summary>
    /// Whether the name at <paramref name="i"/> is followed by a comma and a province with its kind word ("Caripe,
    /// Monagas state", "Tibu, Norte de Santander department").
    /// </summary>
    private bool InNamedProvince(IReadOnlyList<Token> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count && end - i < 6 && StartsName(tokens, end)) end++;
        if (end == i || end + 1 >= tokens.Count || tokens[end].Text != ",") return false;
        if (_cues.MatchAt(tokens, end + 1) is not { } division || !division.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))) return false;
        // (The cue may hold the kind word itself: "Norte de Santander department".)
        bool KindWord(int k) => k < tokens.Count && !tokens[k].IsCapitalised && _grammar!.Is(tokens[k], WordClass.Division);
        return KindWord(division.Last) || KindWord(division.Last + 1);
    }

    /// <summary>
    /// "the Tripoli-Beirut highway": of the namesakes of one end of a hyphenated name, those in a country another end
    /// lies in (Lebanon's Tripoli, not Libya's); all of them where no other end says.
    /// </summary>
    private IReadOnlyList<GeoPlace> InCountryOfOtherEnds(IReadOnlyList<GeoPlace> places, string name)
    {
        if (places.Select(p => p.Country).Distinct().Count() < 2) return places;
        var ids = places.Select(p => p.GeonameId).ToHashSet();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in name.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length < 4 || !char.IsUpper(part[0])) continue;
            var found = _gazetteer!.Find(part);
            if (found.Any(p => ids.Contains(p.GeonameId))) continue;
            countries.UnionWith(found.Select(p => p.Country));
        }
        var shared = places.Where(p => countries.Contains(p.Country)).ToList();
        return shared.Count > 0 ? shared : places;
    }

    /// <summary>
    /// An authority's post at a token ("police station", "Police Station", "police post"; grammar classes local-office
    /// and post): one named after the town it is in.
    /// </summary>
    private bool NamedPostAt(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && _grammar!.Is(tokens[k], WordClass.LocalOffice) && _grammar.Is(tokens[k + 1], WordClass.Post);

    /// <summary>The towns a hyphenated way's name may join, first town first: "Birnin-Gwari-Kaduna" is Birnin-Gwari, then Birnin, then Gwari-Kaduna, then Kaduna.</summary>
    private static IEnumerable<string> WayEnds(string name)
    {
        var hyphens = Enumerable.Range(0, name.Length).Where(k => name[k] == '-' && k > 0 && k + 1 < name.Length).ToList();
        foreach (var k in Enumerable.Reverse(hyphens)) yield return name[..k];
        foreach (var k in hyphens) yield return name[(k + 1)..];
    }

    /// <summary>"the Qabb Elias - Dahr el Baydar road": a dash, another name, and the word for a way after a name.</summary>
    private bool WayToNamedEnd(IReadOnlyList<Token> tokens, int k)
    {
        if (!(k + 1 < tokens.Count && tokens[k].Text is "-" or "–" && StartsName(tokens, k + 1))) return false;
        var end = k + 1;
        while (end < tokens.Count && end - k <= MaxPlaceWords + 1 && (StartsName(tokens, end) || JoinsName(tokens, end))) end++;
        return end < tokens.Count && !tokens[end].IsCapitalised && _grammar!.Is(tokens[end], WordClass.LocalWay);
    }

    /// <summary>"... in Sidon", "... (M4) in Idleb": a place the text gives right after a way, past a parenthesis.</summary>
    private bool PlacedAfter(IReadOnlyList<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Text == "(")
        {
            // "the Marib-Al Jawf road (Majzar, Marib)": a locating parenthesis places the way.
            if (LocatingParenthesisAt(tokens, k)) return true;
            while (k < tokens.Count && tokens[k].Text != ")") k++;
            k++;
        }
        return k + 1 < tokens.Count && _grammar!.Is(tokens[k], WordClass.Locative) && StartsName(tokens, k + 1);
    }

    /// <summary>"(Buenos Aires)": a parenthesis that holds a province's name alone, though the name is a city's too.</summary>
    internal bool ProvinceParenthesisAt(IReadOnlyList<Token> tokens, int open)
    {
        if (_gazetteer is null || open + 2 >= tokens.Count || tokens[open].Text != "(") return false;
        var close = open + 1;
        while (close < tokens.Count && close - open <= MaxPlaceWords + 1 && tokens[close].Text != ")") close++;
        return close < tokens.Count && tokens[close].Text == ")" && close > open + 1
            && _gazetteer.Admin1Countries(GeoNamesDivision(Name(tokens, open + 1, close - open - 1))).Count > 0;
    }

    /// <summary>
    /// A parenthesis of divisions at a token: "(Awutu Efutu Senya, Central)", "(Misrata)" where the one name is a
    /// province; not a group's name or acronym ("(CRPF)", "(Islamic State)").
    /// </summary>
    internal bool LocatingParenthesisAt(IReadOnlyList<Token> tokens, int open)
    {
        if (open + 1 >= tokens.Count || tokens[open].Text != "(" || !tokens[open + 1].IsCapitalised) return false;
        var close = open + 1;
        while (close < tokens.Count && close - open <= 10 && tokens[close].Text != ")") close++;
        if (close >= tokens.Count || tokens[close].Text != ")") return false;
        if (Enumerable.Range(open + 1, close - open - 1).Any(k => tokens[k].Text == ",")) return true;
        // ("Yangon (East) district": a word many divisions are named with says nothing.)
        return _cues.MatchAt(tokens, open + 1) is { } province && province.Count == close - open - 1
            && province.Value.All(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal))
            && !(province.Count == 1 && _generic.Contains(tokens[open + 1].Text));
    }

    /// <summary>
    /// How much a name counts for where it stands: <see cref="LocatingParenthesisFactor"/> inside a locating
    /// parenthesis ("(Pulwama district, J&amp;K)"), once elsewhere and inside one that describes ("(Pusqul area of
    /// Dara)": a name after "of" there is a smaller place's, not the division that locates the event).
    /// </summary>
    private static double ParenthesisFactor(IReadOnlyList<Token> tokens, int index)
    {
        if (!InParenthesis(tokens, index)) return 1;
        // ("City of Johannesburg, Gauteng": an "of" inside a division's name locates as the name does.)
        for (var i = index - 1; i > 0 && tokens[i].Text != "("; i--)
            if (tokens[i].Lower == "of" && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalised) return 1;
        return LocatingParenthesisFactor;
    }

    /// <summary>
    /// "Kalymnos, Greece": a comma after a place's name; not the comma after a date that opens a sentence ("On 30
    /// April 2020, Turkey and Russia conducted a joint patrol", "On Sunday, Israel struck").
    /// </summary>
    /// <summary>The words of tokens [first, first+count) joined by spaces, as a place's name is looked up.</summary>
    /// <remarks>A possessive "'s" the tokeniser split off is joined back: "Cox's Bazar".</remarks>
    private static string Name(IReadOnlyList<Token> tokens, int first, int count) =>
        string.Join(' ', tokens.Skip(first).Take(count).Select(t => t.Text)).Replace(" 's ", "'s ", StringComparison.Ordinal).Replace(" ’s ", "’s ", StringComparison.Ordinal);

    /// <summary>"Cox's Bazar": a possessive inside a name the gazetteer knows, between two capitalised words.</summary>
    private bool PossessiveInName(IReadOnlyList<Token> tokens, int first, int at) =>
        _gazetteer is not null && at > first && at + 1 < tokens.Count && tokens[at].Text is "'s" or "’s"
        && tokens[at - 1] is { IsWord: true, IsCapitalised: true } && tokens[at + 1] is { IsWord: true, IsCapitalised: true }
        && _gazetteer.Find(Name(tokens, first, at - first + 2)).Count > 0;

    /// <summary>
    /// The capitalised words that end just before the comma or parenthesis ahead of <paramref name="first"/>: the town
    /// a division closing a chain follows ("Athens" of "Athens, Georgia", "Diapaga" of "Diapaga (Est)").
    /// </summary>
    private static string NameBefore(IReadOnlyList<Token> tokens, int first)
    {
        var start = first - 2;
        while (start > 0 && tokens[start - 1].IsCapitalised && tokens[start - 1].IsWord && first - 1 - start < MaxPlaceWords) start--;
        return Name(tokens, start, first - 1 - start);
    }

    /// <summary>
    /// The country of a town that bears a country's name ("Armenia", "Montenegro") where a comma, parenthesis or "in"
    /// after it names a province the town lies in ("Armenia, Quindio", "near Montenegro in Quindio"); null otherwise.
    /// </summary>
    private string? TownOfCountryNameLocated(IReadOnlyList<Token> tokens, int first, int count)
    {
        var open = first + count;
        if (_gazetteer is null || open + 1 >= tokens.Count || tokens[open].Text is not ("," or "(" or "in") || !tokens[open + 1].IsCapitalised) return null;
        var towns = _gazetteer.Find(Name(tokens, first, count));
        if (towns.Count == 0) return null;
        foreach (var name in NamesAfter(tokens, open, afterIn: true))
        {
            var keys = DivisionKeys(name);
            if (towns.Where(p => p.Admin1 is { } a && keys.Contains(Gazetteer.DivisionKey(a))).Select(p => p.Country).Distinct().ToList() is [var country])
                return country;
        }
        return null;
    }

    /// <summary>
    /// The names a comma or parenthesis at <paramref name="open"/> may go on with, shortest first, up to
    /// <see cref="MaxPlaceWords"/> words ("Rio", "Rio Grande", "Rio Grande do Sul"): the division a chain closes with.
    /// With <paramref name="afterIn"/>, "in" may stand at <paramref name="open"/> too ("Montenegro in Quindio").
    /// </summary>
    internal IEnumerable<string> NamesAfter(IReadOnlyList<Token> tokens, int open, bool afterIn = false)
    {
        if (open + 1 >= tokens.Count || tokens[open].Text is not ("," or "(") && !(afterIn && tokens[open].Text == "in")) yield break;
        for (var n = 1; n <= MaxPlaceWords && open + n < tokens.Count && (tokens[open + n].IsCapitalised || _grammar is not null && JoinsName(tokens, open + n)); n++)
            if (tokens[open + n].IsCapitalised) yield return Name(tokens, open + 1, n);
    }

    /// <summary>
    /// The province cue of a country's name that is also a province elsewhere, where the name closes a chain after a town
    /// the gazetteer knows in that province and not in the country of the name; null otherwise.
    /// </summary>
    private CountryCue? ProvinceOfTownBefore(IReadOnlyList<Token> tokens, int first, int last, IReadOnlyList<CountryCue> cues)
    {
        if (_gazetteer is null || first < 2 || !cues.Any(c => c.RuleId.StartsWith("countries.tsv", StringComparison.Ordinal))
            || !cues.Any(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal)) || !ClosesChain(tokens, first, last)) return null;
        var countries = cues.Where(c => c.RuleId.StartsWith("countries.tsv", StringComparison.Ordinal)).Select(c => c.Country).ToHashSet(StringComparer.Ordinal);
        if (_gazetteer.Find(NameBefore(tokens, first)).Any(p => countries.Contains(p.Country))) return null;
        var inDivision = TownsBeforeIn(tokens, first, last);
        var inProvince = cues.Where(c => c.RuleId.StartsWith("admin1", StringComparison.Ordinal) && inDivision.Any(p => p.Country == c.Country)).ToList();
        return inProvince.Count == 1 ? inProvince[0] : null;
    }

    /// <summary>
    /// Whether the name before the comma ahead of <paramref name="first"/> is a town the gazetteer knows in one of the
    /// countries the name's cues point at ("Magangue, Bolivar": Colombia's town).
    /// </summary>
    private bool AfterKnownTown(IReadOnlyList<Token> tokens, int first, IReadOnlyList<CountryCue> cues)
    {
        if (_gazetteer is null || first < 2) return false;
        return _gazetteer.Find(NameBefore(tokens, first)).Any(p => cues.Any(c => c.Country == p.Country));
    }

    /// <summary>
    /// Whether a name closes a chain of names after a comma ("in Ozqoqu, Antioquia"; not one of a list, "in Madrid,
    /// Santander and Bilbao"): the division slot, where a province is meant and not a city of its name abroad.
    /// </summary>
    private bool ClosesChain(IReadOnlyList<Token> tokens, int first, int last) =>
        first > 0 && LocatingComma(tokens, first - 1) && (last + 1 >= tokens.Count || tokens[last + 1].Text != "," && tokens[last + 1].Lower != "and")
        // "in Blumenau (Santa Catarina)": the one name of a parenthesis right after a name is its division too; so is
        // a name with the word for a division after "in" right after a name ("the town of Turbaco in Bolivar province").
        || first > 1 && tokens[first - 2] is { IsWord: true, IsCapitalised: true } && last + 1 < tokens.Count
            && (tokens[first - 1].Text == "(" && tokens[last + 1].Text == ")"
                || tokens[first - 1].Lower == "in" && _grammar is not null && _grammar.Is(tokens[last + 1], WordClass.Division) && !tokens[last + 1].IsCapitalised)
        // ... or without that word, where the town before lies in a division of the name ("near Turbaco in Bolivar").
        || first > 1 && tokens[first - 1].Lower == "in" && tokens[first - 2] is { IsWord: true, IsCapitalised: true } && TownBeforeLiesIn(tokens, first, last);

    /// <summary>Whether the town before "in", a comma or a parenthesis lies in a division of the name at first..last.</summary>
    private bool TownBeforeLiesIn(IReadOnlyList<Token> tokens, int first, int last) => TownsBeforeIn(tokens, first, last).Count > 0;

    /// <summary>
    /// The places of the town's name before "in", a comma or a parenthesis that lie in a first- or second-level division
    /// of the name at first..last, as written or as the division a conflict-data name stands for ("Est" is Burkina Faso's
    /// Est and Cameroon's East).
    /// </summary>
    private List<GeoPlace> TownsBeforeIn(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (_gazetteer is null) return [];
        var keys = DivisionKeys(Name(tokens, first, last - first + 1));
        bool Named(string? division) => division is not null && keys.Contains(Gazetteer.DivisionKey(division));
        return _gazetteer.Find(NameBefore(tokens, first)).Where(p => Named(p.Admin1) || Named(p.Admin2) || Named(WithConflictNames(p).Admin1)).ToList();
    }

    /// <summary>
    /// The countries where the name before the comma, parenthesis or "of" ahead of first..last, closing with the word
    /// for a district ("Nassau County", "Arjona district"), is a district of the province of the name at first..last
    /// (one of several namesake districts of a country will do: Washington County of Maine).
    /// </summary>
    private List<string> CountriesOfDistrictBefore(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (_gazetteer is null || _grammar is null || first < 3 || !_grammar.Is(tokens[first - 2], WordClass.Division)) return [];
        var district = NameBefore(tokens, first);
        // ("Arjona district of Bolivar": the name before the lower-case word for a district.)
        if (!tokens[first - 2].IsCapitalised) district = NameBefore(tokens, first - 1);
        if (!_districts.TryGetValue(Gazetteer.CompactKey(Gazetteer.DivisionKey(district)), out var owners)) return [];
        var keys = DivisionKeys(Name(tokens, first, last - first + 1));
        return owners.Select(o => o.Country).Distinct()
            .Where(c => _gazetteer.ProvinceOfDistrict(c, district) is { } province && keys.Contains(Gazetteer.DivisionKey(province))
                || keys.Any(k => _gazetteer.LargestInDistrictOf(c, district, k) is not null)).ToList();
    }

    /// <summary>A division's key as written and as the GeoNames division a conflict-data name stands for.</summary>
    private string[] DivisionKeys(string name) => [Gazetteer.DivisionKey(name), Gazetteer.DivisionKey(GeoNamesDivision(name))];

    internal static bool LocatingComma(IReadOnlyList<Token> tokens, int comma) =>
        tokens[comma].Text == "," && comma > 0 && tokens[comma - 1] is { IsWord: true, IsCapitalised: true } before
        && !DateMentions.IsWeekday(before.Text);

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
    public IReadOnlyDictionary<string, double> Scores(IEnumerable<IReadOnlyList<Token>> texts) => Scores(texts, []);

    /// <summary>How strongly the cues of some texts, and cues read elsewhere (the actors named), point at each country.</summary>
    public IReadOnlyDictionary<string, double> Scores(IEnumerable<IReadOnlyList<Token>> texts, IEnumerable<CountryCue> more)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var cue in more)
            scores[cue.Country] = scores.GetValueOrDefault(cue.Country) + cue.Weight;
        var found = new List<(IReadOnlyList<Token> Tokens, int First, int Count, CountryCue Cue)>();
        foreach (var tokens in texts)
            foreach (var (first, count, cue) in Find(tokens))
                found.Add((tokens, first, count, cue));
        // Most texts point at one country, or name no capital or town that a namesake abroad could be, beside places
        // of another country: the cues' sum.
        var several = false;
        foreach (var f in found)
            several |= f.Cue.Country != found[0].Cue.Country;
        var groups = several && found.Exists(f => MayBeNamesake(f.Cue))
            ? found.GroupBy(f => (f.Tokens, f.First, f.Count)).Select(g => (g.Key, Cues: g.Select(f => f.Cue).ToList(), Support: SupportOf(g.Select(f => f.Cue)))).ToList()
            : [];
        if (!groups.Any(g => g.Cues.TrueForAll(c => c.Country == g.Cues[0].Country && MayBeNamesake(c))
                && groups.Any(o => o.Support is { } other && other.Country != g.Cues[0].Country)))
        {
            foreach (var f in found)
                scores[f.Cue.Country] = scores.GetValueOrDefault(f.Cue.Country) + f.Cue.Weight;
            return scores;
        }
        var names = groups.Select(g => (Name: Name(g.Key.Tokens, g.Key.First, g.Key.Count), g.Cues, g.Support))
            .Select(n => (n.Name, Key: Gazetteer.NormalizeName(n.Name), n.Cues, n.Support)).ToList();
        var support = new Dictionary<(string Name, string Country), double>();
        foreach (var (_, key, _, top) in names)
            if (top is { } named)
                support[(key, named.Country)] = support.GetValueOrDefault((key, named.Country)) + named.Weight;
        foreach (var (name, key, cues, _) in names)
        {
            if (Namesake(name, key, cues, support) is { } country) scores[country] = scores.GetValueOrDefault(country) + cues.Sum(c => c.Weight);
            else
                foreach (var cue in cues)
                    scores[cue.Country] = scores.GetValueOrDefault(cue.Country) + cue.Weight;
        }
        return scores;
    }

    /// <summary>
    /// The country of a namesake a name means where it points at one country that nothing else in the text names, and
    /// other places of the text lie in the namesake's country: "in Tripoli ... in Sidon" is Lebanon's Tripoli, not
    /// Libya's capital. Null where that is not so.
    /// </summary>
    private string? Namesake(string name, string key, List<CountryCue> cues, Dictionary<(string Name, string Country), double> support)
    {
        if (_gazetteer is null) return null;
        var own = cues[0].Country;
        // A division's name keeps its country ("Shakhta, Donetsk" is Ukraine's province, not Russia's town).
        foreach (var cue in cues)
            if (cue.Country != own || !MayBeNamesake(cue)) return null;
        // Support from the other names only: "Tripoli" named twice says no more of which Tripoli than once.
        var others = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ((other, country), weight) in support)
            if (other != key) others[country] = others.GetValueOrDefault(country) + weight;
        if (others.ContainsKey(own) || !others.Values.Any(w => w >= OneCountryShare * PlaceWeight)) return null;
        return _gazetteer.Find(name).Where(p => p.Country != own && Gazetteer.IsCalled(p.Name, key)).Select(p => p.Country).Distinct()
            .Select(c => (Country: c, Support: others.GetValueOrDefault(c))).Where(c => c.Support >= OneCountryShare * PlaceWeight)
            .OrderByDescending(c => c.Support).ThenBy(c => c.Country, StringComparer.Ordinal).Select(c => c.Country).FirstOrDefault();
    }

    /// <summary>
    /// What a name's cues say as support for the namesakes of other names: its country where the name's places lie
    /// (nearly all their weight) in one country; nothing for a people ("Israeli warplanes" over Gaza).
    /// </summary>
    private static (string Country, double Weight)? SupportOf(IEnumerable<CountryCue> cues)
    {
        var list = cues.ToList();
        if (list.Any(c => c.RuleId.EndsWith(":demonym", StringComparison.Ordinal))) return null;
        var top = list.GroupBy(c => c.Country).Select(g => (Country: g.Key, Weight: g.Sum(c => c.Weight))).MaxBy(g => g.Weight);
        return top.Weight >= OneCountryShare * list.Sum(c => c.Weight) ? top : null;
    }

    /// <summary>A capital's or a town's cue, which a namesake abroad may stand behind (not a division's or a people's).</summary>
    private static bool MayBeNamesake(CountryCue cue) =>
        cue.RuleId.EndsWith(":capital", StringComparison.Ordinal) || cue.RuleId.StartsWith("places:", StringComparison.Ordinal);

    /// <summary>
    /// The country of an event: its own sentences' cues count <paramref name="ownFactor"/> times as much as the
    /// story's (<see cref="Scores(IEnumerable{IReadOnlyList{Token}}, IEnumerable{CountryCue})"/> of the whole text, computed once per document), so a village the gazetteer knows
    /// only abroad does not outvote the story's country.
    /// </summary>
    public string? Resolve(IEnumerable<IReadOnlyList<Token>> own, IReadOnlyDictionary<string, double> story, double ownFactor) =>
        Resolve(own, [], story, ownFactor);

    /// <summary>As <see cref="Resolve(IEnumerable{IReadOnlyList{Token}}, IReadOnlyDictionary{string, double}, double)"/>, with cues read elsewhere in the event's own sentences.</summary>
    public string? Resolve(IEnumerable<IReadOnlyList<Token>> own, IEnumerable<CountryCue> ownMore, IReadOnlyDictionary<string, double> story, double ownFactor)
    {
        var scores = new Dictionary<string, double>(story, StringComparer.Ordinal);
        foreach (var (country, weight) in Scores(own, ownMore))
            scores[country] = scores.GetValueOrDefault(country) + weight * ownFactor;
        return scores.Count == 0 ? null : scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }
}
