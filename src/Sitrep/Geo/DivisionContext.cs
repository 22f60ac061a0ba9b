using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// The divisions a text gives around a place name, "Tahab (Pulwama district, J&amp;K)", "Sao Goncalo, Rio de Janeiro",
/// and which of the places of that name lie in them. Shared by the country resolver (a town's weight goes to the
/// countries whose places fit) and the event locator (which place it is). Immutable and thread-safe.
/// </summary>
/// <param name="gazetteer">The places and their divisions.</param>
/// <param name="grammar">The words inside a division's name ("Mato Grosso do Sul", "Rakhine State").</param>
/// <param name="conflictAdmin1">A place's first-level division as conflict data names it ("Dar'a" for Daraa), if otherwise.</param>
/// <param name="districtOf">Whether a division key names a district (admin2) of a country, by the district table.</param>
/// <param name="isGeneric">Whether a division key is a word many divisions are named with ("east", "central"): such a
/// name may pick among places that lie in it, never rule out those that do not.</param>
/// <param name="geoNamesName">A province's name as GeoNames has it, from another name texts give it ("J&amp;K").</param>
internal sealed class DivisionContext(Gazetteer gazetteer, Grammar? grammar, Func<GeoPlace, string?>? conflictAdmin1 = null,
    Func<string, string, bool>? districtOf = null, Func<string, bool>? isGeneric = null, Func<string, string>? geoNamesName = null)
{
    /// <summary>A sentence's locating parenthesis as tokens, read once per sentence however many names in it are placed.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Token>, List<Token>> ParenthesisTokens = new();

    /// <summary>The names of the first locating parenthesis, innermost division last: "(Pulwama district, J&amp;K)".</summary>
    /// <param name="tokens">The sentence.</param>
    /// <param name="grammar">Where given, a parenthesis inside a name, before the word for the place ("Hpar Hpyo (Chin)
    /// village": the Chin people's Hpar Hpyo, in Rakhine), locates nothing.</param>
    public static IEnumerable<string> ParenthesisNames(IReadOnlyList<Token> tokens, Grammar? grammar)
    {
        var open = -1;
        IEnumerable<string>? first = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == "(") open = i;
            else if (tokens[i].Text == ")" && open >= 0)
            {
                var inside = tokens.Skip(open + 1).Take(i - open - 1).ToList();
                // "(CRPF)", "(SDF)": a group's acronym, not the place's division.
                if (inside.Count == 0 || !inside[0].IsCapitalised || inside.Count == 1 && IsAcronym(inside[0].Text)) { open = -1; continue; }
                if (grammar is not null && InsideName(tokens, open, i, grammar)) { open = -1; continue; }
                var parts = string.Join(' ', inside.Select(t => t.Text)).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                // District before province: the smaller division first.
                var names = parts.Select(p => p.Replace(" district", "", StringComparison.OrdinalIgnoreCase).Replace(" province", "", StringComparison.OrdinalIgnoreCase));
                // "Mayi-Mayi militiamen (Simba) ... near Badengaido (Mambasa, Ituri)": a parenthesis that names a
                // group's faction comes before the one that locates; a district and its province, comma between,
                // locate before a lone name.
                if (parts.Length > 1) return names;
                first ??= names;
                open = -1;
            }
        }
        return first ?? [];
    }

    /// <summary>
    /// Whether the parenthesis from <paramref name="open"/> to <paramref name="close"/> stands inside a place's name,
    /// between the name and the word for a settlement: "Hpar Hpyo (Chin) village" is the Chin people's Hpar Hpyo, in
    /// Rakhine, not a place of Chin State.
    /// </summary>
    internal static bool InsideName(IReadOnlyList<Token> tokens, int open, int close, Grammar grammar) =>
        open > 0 && tokens[open - 1].IsCapitalised && close + 1 < tokens.Count && !tokens[close + 1].IsCapitalised
        && grammar.Is(tokens[close + 1], WordClass.Settlement);

    /// <summary>
    /// The division keys the text gives around a mention: its parenthesis, a comma chain, "in Y", the locating
    /// parenthesis; and those around the same name again in the sentence ("workers of Cigli municipality held a
    /// demonstration in Cigli, Izmir": the first Cigli is the one in Izmir).
    /// </summary>
    private HashSet<string> Names(PlaceMention mention, IReadOnlyList<Token> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        AddNamesAround(names, mention.First, mention.Count, tokens);
        for (var j = 0; j + mention.Count <= tokens.Count; j++)
        {
            if (j == mention.First || (j > 0 && tokens[j - 1].IsCapitalised && tokens[j - 1].IsWord)) continue;
            var same = true;
            for (var k = 0; k < mention.Count && same; k++)
                same = string.Equals(tokens[j + k].Text, tokens[mention.First + k].Text, StringComparison.OrdinalIgnoreCase);
            if (same && (j + mention.Count >= tokens.Count || !(tokens[j + mention.Count].IsCapitalised && tokens[j + mention.Count].IsWord)))
                AddNamesAround(names, j, mention.Count, tokens);
        }
        AddNames(names, ParenthesisTokens.GetValue(tokens, t => ParenthesisNames(t, grammar).SelectMany(n => Tokenizer.Tokenize(n + " ,")).ToList()));
        // A name in the locating parenthesis is not located by itself: "Panama City (Bella Vista)" is a quarter, not
        // the Bella Vista of Paraguay's district of that name.
        if (mention.InParenthesis) names.Remove(Gazetteer.DivisionKey(mention.Name));
        return names;
    }

    private void AddNamesAround(HashSet<string> names, int first, int count, IReadOnlyList<Token> tokens)
    {
        var next = first + count;
        // "Gaucha do Norte, Mato Grosso": a name read by its words before a particle is located after the whole name.
        if (grammar is not null && next + 1 < tokens.Count && !tokens[next].IsCapitalised && grammar.Is(tokens[next], WordClass.NameParticle) && tokens[next + 1].IsCapitalised)
            while (next < tokens.Count && tokens[next].IsWord && (tokens[next].IsCapitalised || grammar.Is(tokens[next], WordClass.NameParticle))) next++;
        // "Barangay Santo Nino Norte, Arevalo, Iloilo": past a compass word that ends a longer name of the place.
        if (next + 1 < tokens.Count && tokens[next].IsCapitalised && grammar is not null && grammar.Is(tokens[next], WordClass.Compass)
            && tokens[next + 1].Text is "," or "(") next++;
        // "Cordoba municipality, Veracruz", "Khakhanda village (Bokaro, Jharkhand)": past the word for the place.
        if (next < tokens.Count && !tokens[next].IsCapitalised && grammar is not null && grammar.Is(tokens[next], WordClass.PlaceNoun)) next++;
        // "the Yangi Kala area of Qaysar district, Faryab": the division after "of", and the chain that follows it.
        if (next + 1 < tokens.Count && next > first + count && tokens[next].Lower == "of" && tokens[next + 1].IsCapitalised)
        {
            var end = next + 1;
            while (end < tokens.Count && tokens[end].IsWord && (tokens[end].IsCapitalised || grammar is not null && grammar.Is(tokens[end], WordClass.Division)))
                end++;
            AddNames(names, tokens.Skip(next + 1).Take(end - next - 1));
            next = end;
        }
        if (next < tokens.Count && tokens[next].Text == "(")
        {
            var close = next + 1;
            while (close < tokens.Count && tokens[close].Text != ")") close++;
            AddNames(names, tokens.Skip(next + 1).Take(close - next - 1));
        }
        else
            AddCommaChain(names, tokens, next);
        // "Ash-Shajara town in Dar'a", "Al Bab city in the northern countryside of Aleppo": the division after "in";
        // and after a second "in" ("the Sukkariyah crossing in Al Bab city in ... Aleppo").
        var after = next;
        // "near Chautipan and San Vicente villages in Chilpancingo, Guerrero": past the other names of a list.
        // ("the road that connects Esperanza to Santa Catarina de los Reyes, Puebla": both ends of a way.)
        if (after + 1 < tokens.Count && tokens[after].Lower is "and" or "to" && tokens[after + 1].IsCapitalised)
        {
            after++;
            while (after < tokens.Count && tokens[after].IsWord && (IsNameWord(tokens[after]) || grammar is not null && CountryResolver.JoinsName(tokens, after, grammar))) after++;
            // "between Escobedo and Monterrey municipalities, Nuevo Leon": the chain after the list places each name.
            var chain = after;
            if (chain < tokens.Count && grammar is not null && !tokens[chain].IsCapitalised && grammar.Is(tokens[chain], WordClass.PlaceNoun)) chain++;
            AddCommaChain(names, tokens, chain);
        }
        for (var hop = 0; hop < 2; hop++)
        {
            if (after < tokens.Count && grammar is not null && !tokens[after].IsCapitalised
                && (grammar.Is(tokens[after], WordClass.PlaceNoun) || grammar.Is(tokens[after], WordClass.Facility) || grammar.Is(tokens[after], WordClass.LocalWay))) after++;
            if (!(after + 1 < tokens.Count && tokens[after].Lower == "in")) break;
            var start = after + 1;
            while (start < tokens.Count && start - after <= 5 && tokens[start].IsWord && !IsNameWord(tokens[start])) start++;
            var end = start;
            // ("near Rio Grande in Tierra del Fuego": a particle inside the division's name.)
            while (end < tokens.Count && tokens[end].IsWord && (IsNameWord(tokens[end])
                       || end > start && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && grammar is not null && grammar.Is(tokens[end], WordClass.NameParticle)))
                end++;
            if (end == start) break;
            AddNames(names, tokens.Skip(start).Take(end - start));
            // ("villages in Chilpancingo, Guerrero": and the chain after it.)
            after = AddCommaChain(names, tokens, end);
        }
    }

    /// <summary>
    /// ", Rio de Janeiro" or ", Donetsk region": the names of a comma chain from <paramref name="k"/> (capitalised words
    /// after each comma, up to the next comma or the end of them), none where "and" ends it as a list ("in Sidon,
    /// Tripoli, Matn and Zahle" locates none of them in the others). Returns where the chain ends.
    /// </summary>
    private int AddCommaChain(HashSet<string> names, IReadOnlyList<Token> tokens, int k)
    {
        var chain = new HashSet<string>(StringComparer.Ordinal);
        while (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].IsCapitalised && tokens[k + 1].IsWord)
        {
            var end = k + 1;
            // ("Maracas, Tunapuna/Piarco": two names joined by a slash are one division's.)
            while (end < tokens.Count && (tokens[end].IsWord && (tokens[end].IsCapitalised
                || end > k + 1 && grammar is not null && (grammar.Is(tokens[end], WordClass.NameParticle) || grammar.Is(tokens[end], WordClass.Division)))
                || tokens[end].Text == "/" && end > k + 1 && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised))
                end++;
            AddNames(chain, tokens.Skip(k + 1).Take(end - k - 1));
            k = end;
        }
        if (!(k + 1 < tokens.Count && tokens[k].Lower == "and" && tokens[k + 1].IsCapitalised)) names.UnionWith(chain);
        return k;
    }

    /// <summary>The countries (ISO2) that have a province of a name the text places a mention in.</summary>
    public IReadOnlySet<string> ProvinceCountries(PlaceMention mention, IReadOnlyList<Token> tokens) =>
        Refuting(Names(mention, tokens)).SelectMany(gazetteer.Admin1Countries).ToHashSet(StringComparer.Ordinal);

    private IEnumerable<string> Refuting(IEnumerable<string> names) => isGeneric is null ? names : names.Where(n => !isGeneric(n));

    /// <summary>
    /// The places whose division the text gives, where it gives one that fits: in the parenthesis after the name
    /// ("Tahab (Pulwama district, J&amp;K)"), after a comma ("Sao Goncalo, Rio de Janeiro"; "Kashtanove, Donetsk"), or
    /// in the sentence's locating parenthesis ("in Bidkin village of Paithan tehsil (Aurangabad, Maharashtra)").
    /// None where the text names a division of the country and no place of the name lies in it: those are namesakes.
    /// </summary>
    public IReadOnlyList<GeoPlace> Disambiguate(PlaceMention mention, IReadOnlyList<Token> tokens)
    {
        var names = Names(mention, tokens);
        int Fit(GeoPlace p) => FitTo(names, p);
        var best = mention.Places.Count == 0 ? 0 : mention.Places.Max(Fit);
        // "Bansure town (Alwar, Rajasthan)": a loose spelling match in the province (Banswara) but outside the district
        // the text names is another place.
        if (best > 0 && mention.IsVariant)
            return mention.Places.Where(p => Fit(p) == best && InNamedDistrict(names, p)).ToList();
        // "Owode (Egbado South LGA, Ogun)": a place of the name in the province but in another of its districts, as
        // GeoNames files it (Owode of Obafemi-Owode), is a namesake; the village meant is one the gazetteer lacks.
        if (best > 0) return mention.Places.Where(p => Fit(p) == best && (p.Admin2 is null || InNamedDistrict(names, p))).ToList();
        // "Tillaberi, Niger", "Gori, Georgia": the country named, where places of the name lie in it, picks them; it is no
        // province of its name elsewhere (Nigeria's Niger State, the United States' Georgia) that rules them out, nor a
        // province of the country's name ("Tehuacan, Mexico" is Puebla's Tehuacan, not Teotihuacan in the State of Mexico).
        var countryNames = names.Where(n => n.Length > 3).Select(n => gazetteer.CountryIso2Of(n)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (countryNames.Count > 0 && !mention.IsVariant && mention.Places.Where(p => countryNames.Contains(p.CountryIso2)).ToList() is { Count: > 0 } inCountry)
            return inCountry;
        // "Ash-Shajara town in Dar'a": where no place of the exact name lies in the division named, one spelled a
        // little otherwise that does ("Ash Shajarah", Daraa) is the place, not the namesake across the border.
        if (names.Count > 0 && !mention.IsVariant)
        {
            var variants = gazetteer.FindVariant(mention.Name);
            var bestVariant = variants.Count == 0 ? 0 : variants.Max(Fit);
            if (bestVariant > 0) return variants.Where(p => Fit(p) == bestVariant).ToList();
            // "Basira in the eastern countryside of Deir-ez-Zor" (Al Busayrah; Basira is a name elsewhere too): a key of
            // three letters, in the division named and not outside a district named.
            var loose = gazetteer.FindShortVariant(mention.Name).Where(p => InNamedDistrict(names, p)).ToList();
            var bestLoose = loose.Count == 0 ? 0 : loose.Max(Fit);
            if (bestLoose > 0) return loose.Where(p => Fit(p) == bestLoose).ToList();
        }
        // Divisions named but none fits: a namesake elsewhere ("Floresta, Parana" is not Floresta in Pernambuco), unless
        // none of the names is a division at all. "Kurla town (Mumbai Suburban, Maharashtra)": a province only other
        // countries have says the place is not the namesake abroad (Korla in China) but one the gazetteer lacks.
        var refuting = Refuting(names).ToList();
        if (refuting.Any(IsDivisionOfCountry(mention.Places))) return ByNamedDivision(mention, refuting);
        // "Handwara subdistrict (Kupwara district, J&K)": a loose spelling match (Hindoria, Madhya Pradesh) that lies
        // in none of the places the text locates it by is a guess the text refutes.
        if (mention.IsVariant && refuting.Any(n => gazetteer.Find(n).Count > 0 || gazetteer.Admin1Countries(n).Count > 0)) return [];
        // ("Banfora (Banfora, Comoe)": Comoé is a province of Burkina Faso as well as a district of the Ivory Coast.)
        return refuting.Any(n => gazetteer.Admin1Countries(n) is { Count: > 0 } owners
                && (mention.Places.Any(p => owners.Contains(p.CountryIso2)) || !mention.Places.Any(p => districtOf?.Invoke(n, p.Country) == true)))
            ? ByNamedDivision(mention, refuting) : mention.Places;
    }

    /// <summary>
    /// Where the divisions named rule out every place of a name: "Burgersfort (Sekhukhune, Limpopo)": GeoNames files some
    /// towns under a neighbouring province (a border drawn anew, a province split since), so the one place of the name
    /// in its country lying by the smallest division named (the district where one is named: Mehrabpur of Balochistan
    /// lies by Sindh, not by the district of Sindh the text names) is that town. None for a common name ("Barangay San
    /// Isidro, Rodriguez, Rizal": one of many San Isidros lying by Rizal is a guess).
    /// </summary>
    private IReadOnlyList<GeoPlace> ByNamedDivision(PlaceMention mention, IReadOnlyList<string> divisions)
    {
        if (mention.IsVariant) return [];
        var byDivision = new List<GeoPlace>();
        foreach (var country in mention.Places.GroupBy(p => p.Country))
        {
            if (country.Count() > MaxBorderNamesakes) continue;
            var districts = divisions.Where(n => IsDistrictOnly(n, country.First())).ToList();
            var nearest = districts.Count > 0 ? districts : divisions;
            foreach (var place in country)
                if (nearest.FirstOrDefault(n => gazetteer.KilometresToDivision(place, n) is <= BorderKilometres) is { } division)
                    byDivision.Add(InDivision(place, division));
        }
        if (byDivision.Count == 1) return byDivision;
        if (byDivision.Count > 1) return [];
        // "Mariupol, Zaporizhia", "Buni Yadi (Gujiba LGA, Borno)": a town, the one of its name in the country whose
        // province the text names, is that town in a province the text gets wrong, filed under the text's province as
        // conflict data mostly keeps it. Not where the text names a district the gazetteer knows, far from the town:
        // "Mehrabpur city (Naushahro Firoz, Sindh)" is a town the gazetteer lacks, not Balochistan's Mehrabpur. Not a name
        // that is a division of the country itself ("Sanaa (Nihm, Sanaa)") or a place's other name ("As Sadah fort" is no
        // Sa'dah).
        var called = Gazetteer.NormalizeName(mention.Name);
        var key = Gazetteer.DivisionKey(mention.Name);
        var misfiled = mention.Places.GroupBy(p => p.Country).Where(g => g.Count() == 1).Select(g => g.First())
            .Where(p => (p.Population >= MisfiledTownPopulation || p.FeatureCode is "PPLC" or "PPLA" or "PPLA2")
                && Gazetteer.IsCalled(p.Name, called) && !IsDivisionIn(key, p)
                && divisions.Any(n => IsDivisionIn(n, p)) && !divisions.Any(n => IsDistrictOnly(n, p))).ToList();
        return misfiled.Count == 1 ? [InDivision(misfiled[0], divisions.First(n => IsDivisionIn(n, misfiled[0])))] : [];
    }

    /// <summary>Whether a name is a province or district of a place's country.</summary>
    private bool IsDivisionIn(string division, GeoPlace place) =>
        gazetteer.Admin1Countries(division).Contains(place.CountryIso2) || districtOf?.Invoke(division, place.Country) == true
        || gazetteer.LargestIn(place.CountryIso2, division, admin2: true) is not null;

    /// <summary>
    /// A town this big (or a district's seat, whose size GeoNames may not give), the only one of its name in its country,
    /// is the town meant even where the text files it under another province: villages share names with places the
    /// gazetteer lacks, towns of this size seldom do.
    /// </summary>
    internal const long MisfiledTownPopulation = 20_000;

    /// <summary>A place filed under the division the text names (its district's province with it), as the text has it.</summary>
    private GeoPlace InDivision(GeoPlace place, string division) =>
        IsDistrictOnly(division, place) && gazetteer.LargestIn(place.CountryIso2, division, admin2: true) is { } district
            ? place with { Admin1 = district.Admin1, Admin2 = district.Admin2 }
            : gazetteer.LargestIn(place.CountryIso2, division, admin2: false) is { } province
                ? place with { Admin1 = province.Admin1, Admin2 = province.Admin1 == place.Admin1 ? place.Admin2 : null }
                : place;

    /// <summary>Whether a name is a district of a place's country and not a province of it too ("Sanaa").</summary>
    private bool IsDistrictOnly(string division, GeoPlace place) =>
        (districtOf?.Invoke(division, place.Country) == true || gazetteer.LargestIn(place.CountryIso2, division, admin2: true) is not null)
        && gazetteer.LargestIn(place.CountryIso2, division, admin2: false) is null;

    /// <summary>How near a division a place GeoNames files outside it may lie and still be the town a text places in it.</summary>
    private const double BorderKilometres = 15;

    /// <summary>A name more places of one country bear than this is too common to guess which a misplaced division means.</summary>
    private const int MaxBorderNamesakes = 2;

    /// <summary>
    /// How well a place fits the divisions named: 2 for its province, 1 for its district, 3 for both. A province that
    /// fits says more than a district: "Rafah (Rafah, North Sinai)" is in North Sinai, though the Palestinian Rafah lies
    /// in a district of that name. A province fits under GeoNames' name or conflict data's ("Dar'a" is Daraa).
    /// </summary>
    private int FitTo(HashSet<string> names, GeoPlace p)
    {
        bool Named(string? division) => division is not null && names.Contains(Gazetteer.DivisionKey(division));
        return (Named(p.Admin1) || Named(conflictAdmin1?.Invoke(p)) ? 2 : 0) + (Named(p.Admin2) ? 1 : 0);
    }

    /// <summary>
    /// Of some places, those in the divisions the text names around a mention, the best fitting; none where the text
    /// names no division or none of the places lies in one it names. "Shadadah in Al-Hasakeh": of the many places
    /// spelled "sh-d", Ash Shaddadah is the one in Al-Hasakeh.
    /// </summary>
    /// <param name="mention">The name, where it stands; its places are not read.</param>
    /// <param name="tokens">The sentence.</param>
    /// <param name="places">The places to choose among, asked for only where the text names a division.</param>
    public IReadOnlyList<GeoPlace> InNamedDivision(PlaceMention mention, IReadOnlyList<Token> tokens, Func<IReadOnlyList<GeoPlace>> places)
    {
        var names = Refuting(Names(mention, tokens)).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0) return [];
        var fitting = places().Where(p => InNamedDistrict(names, p)).ToList();
        var best = fitting.Count == 0 ? 0 : fitting.Max(p => FitTo(names, p));
        return best == 0 ? [] : fitting.Where(p => FitTo(names, p) == best).ToList();
    }

    /// <summary>A capitalised word, or one behind a lower-case Arabic article ("al-Hasakeh").</summary>
    private static bool IsNameWord(Token token) => token.IsCapitalised || Gazetteer.IsArticleJoined(token.Text);

    /// <summary>
    /// Whether a place lies in the district the text names, or the text names none of its country's: "Kakapora town
    /// (Pulwama district, J&amp;K)" rules out Kupwara, in J&amp;K but not in Pulwama. A province named like its
    /// district ("in Al-Hasakeh") is the province.
    /// </summary>
    /// <remarks>
    /// A district GeoNames names as a part of the one named ("Warangal Urban", split from Warangal district) is in it:
    /// "Warangal city (Warangal, TS)" is the city GeoNames files under Warangal Urban.
    /// </remarks>
    private bool InNamedDistrict(HashSet<string> names, GeoPlace p) =>
        (FitTo(names, p) & 1) == 1 || p.Admin2 is { } part && Gazetteer.DivisionKey(part) is var partKey
            && names.Any(n => (partKey.StartsWith(n + " ", StringComparison.Ordinal) || partKey.EndsWith(" " + n, StringComparison.Ordinal))
                && districtOf?.Invoke(n, p.Country) == true && !gazetteer.Admin1Countries(n).Contains(p.CountryIso2))
        || !names.Any(n => districtOf?.Invoke(n, p.Country) == true
            && !(p.Admin1 is { } a1 && Gazetteer.DivisionKey(a1) == n) && !(conflictAdmin1?.Invoke(p) is { } c1 && Gazetteer.DivisionKey(c1) == n));

    private static bool IsAcronym(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Whether a normalised name is a first- or second-level division of the countries of some places.</summary>
    private Func<string, bool> IsDivisionOfCountry(IReadOnlyList<GeoPlace> places) => name =>
        gazetteer.Find(name).Any(p => places.Any(q => q.Country == p.Country)
            && (p.Admin1 is { } a1 && Gazetteer.DivisionKey(a1) == name || p.Admin2 is { } a2 && Gazetteer.DivisionKey(a2) == name
                // "in Al-Hasakeh countryside": the province under conflict data's name.
                || conflictAdmin1?.Invoke(p) is { } c1 && Gazetteer.DivisionKey(c1) == name))
        // "Barangay Tuburan, Tulunan, Cotabato": a district of the country no place is named after (Cotabato's seat is
        // Kidapawan), where the country's namesakes all lie in other districts GeoNames gives (Tuburan of Basilan).
        || places.GroupBy(q => q.Country).Any(g => g.All(q => q.Admin2 is { } a2 && Gazetteer.DivisionKey(a2) != name)
            && gazetteer.LargestIn(g.Key, name, admin2: true) is not null);

    /// <summary>The comma-separated names in some tokens, as division keys ("Donetsk region" is "donetsk").</summary>
    private void AddNames(HashSet<string> names, IEnumerable<Token> tokens)
    {
        var text = string.Join(' ', tokens.Select(t => t.Text));
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Gazetteer.DivisionKey(part);
            if (key.Length > 0) names.Add(key);
            // "J&K" is Jammu and Kashmir: a province under another name of conflict data's, read under GeoNames'.
            if (geoNamesName?.Invoke(part.Replace(" & ", "&", StringComparison.Ordinal)) is { } other && Gazetteer.DivisionKey(other) is { Length: > 0 } otherKey)
                names.Add(otherKey);
        }
    }
}
