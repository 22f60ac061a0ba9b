using Sitrep.Events;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>Where an event happened: a gazetteer place and ACLED's geo precision (1 in the town, 2 near it).</summary>
public sealed record EventPlace(GeoPlace Place, int GeoPrecision, string RuleId);

/// <summary>
/// Places an event: the first populated place its own sentences name where a place is expected, not a launch site
/// ("from X") and not the locating parenthesis itself, which instead picks among places of the same name
/// ("Tahab (Pulwama district, J&amp;K)"); among what remains, a place in the country the story is about, then the most
/// populous. A district named with its kind word before any town comes first; a division named anywhere, then a name
/// spelled loosely in the story's country, come last. Immutable and thread-safe.
/// </summary>
public sealed class EventLocator(CountryResolver places, Gazetteer gazetteer, Grammar grammar)
{
    /// <summary>A loose spelling match this long places a story no other name places, if its places share a country.</summary>
    private const int MinLooseNameLength = 7;

    /// <summary>Below this, a sentence's cues for a country are a side's demonym or less, not a place's name.</summary>
    private const double WeakCountryScore = 1.0;

    /// <summary>A place this big is the event's even in a story the rest of the text places elsewhere.</summary>
    private const long BigCity = 500_000;

    /// <summary>The places of a line that stand for it (one place of its names in its province), by line and era.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Country, DateOnly From, DateOnly To), IReadOnlyList<(string Id, GeoPlace Place)>> _lineAnchors = new();

    /// <summary>A front-line place farther than this from the line's other places is behind it; nearer, on it.</summary>
    private const double LineKilometres = 10;

    /// <summary>
    /// "fired at the governmental positions near Bohdanivka, Donetsk" in a report on a line of contact: of the places
    /// of a front-line place's names in its province, the one on the line (within <see cref="LineKilometres"/> of the
    /// line's other places), where the place located lies behind it (the Bohdanivka by Volnovakha, not the one by
    /// Chasiv Yar, 20 km from the 2015-2022 line). The line's other places stand for it where a single place of
    /// their names lies in their province.
    /// </summary>
    /// <param name="located">Where the event was placed, in the front-line place's province.</param>
    /// <param name="line">The front-line place the event's sentences name.</param>
    /// <param name="all">Every front-line place.</param>
    public EventPlace OnLine(EventPlace located, FrontLinePlace line, IReadOnlyList<FrontLinePlace> all)
    {
        var namesakes = InProvince(line).ToList();
        if (namesakes.Count < 2 || !namesakes.Any(p => p.GeonameId == located.Place.GeonameId)) return located;
        var anchors = _lineAnchors.GetOrAdd((line.Country, line.From, line.To), _ => all
            .Where(f => f.Country == line.Country && f.From == line.From && f.To == line.To)
            .Select(f => (f.Id, Places: InProvince(f).ToList())).Where(f => f.Places.Count == 1)
            .Select(f => (f.Id, f.Places[0])).ToList());
        double FromLine(GeoPlace p) => anchors.Where(a => a.Id != line.Id)
            .Select(a => GreatCircle.Kilometres(p.Latitude, p.Longitude, a.Place.Latitude, a.Place.Longitude)).DefaultIfEmpty(double.MaxValue).Min();
        if (FromLine(located.Place) <= LineKilometres) return located;
        var onLine = namesakes.MinBy(FromLine)!;
        return FromLine(onLine) <= LineKilometres ? located with { Place = onLine, RuleId = $"line-place:{onLine.GeonameId}" } : located;
    }

    /// <summary>The places of a front-line place's names in its province.</summary>
    private IEnumerable<GeoPlace> InProvince(FrontLinePlace line) => line.Names.SelectMany(gazetteer.Find)
        .Where(p => p.Country == line.Country && string.Equals(p.Admin1, line.Admin1, StringComparison.OrdinalIgnoreCase))
        .DistinctBy(p => p.GeonameId);

    /// <param name="sentences">The event's sentences (place tokens).</param>
    /// <param name="country">The event's country, if known.</param>
    /// <param name="provinces">Provinces the story works in (a monitoring mission's), whose namesakes go first.</param>
    public EventPlace? Locate(IReadOnlyList<IReadOnlyList<Token>> sentences, string? country, IReadOnlySet<string>? provinces = null)
    {
        var division = new List<string>();
        var read = new List<(IReadOnlyList<Token> Tokens, IReadOnlyList<PlaceMention> Towns)>();
        foreach (var tokens in sentences)
        {
            var parenthesis = DivisionContext.ParenthesisNames(tokens, grammar).SelectMany(n => RunTogether(n, country)).ToList();
            division.AddRange(parenthesis);
            // "rockets were fired at the Victoria military base in Baghdad": a named facility before any town is where
            // it happened, not a launch site ("launched from Ain al-Asad").
            var facility = places.Facilities.Find(tokens)
                .FirstOrDefault(f => !(f.First > 0 && grammar.Is(tokens[f.First - 1], WordClass.Origin))
                    && !(f.First > 1 && grammar.IsDeterminer(tokens[f.First - 1]) && grammar.Is(tokens[f.First - 2], WordClass.Origin)));
            var towns = places.Places(tokens);
            read.Add((tokens, towns));
            var firstTown = towns.FirstOrDefault(m => !m.InParenthesis)?.First ?? int.MaxValue;
            if (facility is not null && facility.First <= firstTown)
                return new EventPlace(facility.Value.Place, Near(tokens, facility.First) ? 2 : 1, $"facility:{facility.Value.Id}");
            // "in Radman Al Awad district (Al Bayda) ... in Al Bayda governorate": a district named before any town is
            // where it happened, at its seat or largest place, as ACLED places district-level reports.
            foreach (var (first, name) in places.NamedDistricts(tokens))
            {
                // (A town of the district's name abroad, "La Matanza" of Peru, does not make it a town.)
                if (first > firstTown || towns.Any(m => m.First == first && (country is null || m.Places.Any(p => p.Country == country)))) break;
                // ("Wayne County, Tennessee": the province a chain names picks among namesake districts too.)
                if (ByDivision([name], country, [.. parenthesis, .. places.NamedDivisions(tokens)]) is { } district && district.RuleId.StartsWith("admin2", StringComparison.Ordinal))
                    return district;
            }
            foreach (var mention in towns)
            {
                if (mention.InParenthesis || FromOrigin(tokens, mention.First)) continue;
                if (TownOf(tokens, mention, towns, country, provinces) is { } town) return town;
            }
        }
        // "citizens from Redeyef (Gafsa) protested": where no other town places the event, the home its people came
        // from, where the text locates it; not a launch site ("rockets fired from Gaza").
        foreach (var (tokens, towns) in read)
            foreach (var mention in towns)
                if (!mention.InParenthesis && FromOrigin(tokens, mention.First) && !Launched(tokens, mention.First)
                    && LocatingParenthesisFollows(tokens, mention.First + mention.Count)
                    && TownOf(tokens, mention, towns, country, provinces) is { } home)
                    return home with { RuleId = $"people-origin:{home.Place.GeonameId}" };
        // No town places the event: a division. First a district named with its kind word ("in Shimilang village of
        // Mangu District (Plateau)", the village unknown), unless the parenthesis names a district and its province
        // ("San Jose (Upala, Alajuela)" is in Upala); then the locating parenthesis; then a province named elsewhere.
        var parenthesisDivision = division.Count > 0 ? ByDivision(division, country) : null;
        var districtsNamed = division.Count > 1 ? [] : sentences.SelectMany(places.NamedDistricts).Select(d => d.Name).ToList();
        var byDistrict = districtsNamed.Count > 0 ? ByDivision(districtsNamed, country, [.. division, .. sentences.SelectMany(places.NamedDivisions)]) : null;
        // (A district the gazetteer has no place in, "Tonj North county (Warrap state)", stands at its province's
        // largest place but keeps its name as the event's admin2.)
        var byDivision = (byDistrict is not null && byDistrict.RuleId.StartsWith("admin2", StringComparison.Ordinal)
                || byDistrict is not null && byDistrict.RuleId.StartsWith("district-province", StringComparison.Ordinal) && division.Count > 0 ? byDistrict : null)
            ?? parenthesisDivision ?? ByDivision(sentences.SelectMany(places.NamedDivisions).ToList(), country);
        if (byDivision is not null || country is null) return byDivision;
        // "gathered in Hasbaya" (GeoNames' Hasbaiya) in a story placed in Lebanon: a name spelled loosely, matched in
        // the story's country only, where nothing else places the event.
        foreach (var (tokens, towns) in read)
            if (places.LoosePlace(tokens, country, towns) is { } loose)
                return new EventPlace(loose.Place, Near(tokens, loose.First) ? 2 : 1, $"loose-place:{loose.Place.GeonameId}");
        return null;
    }

    /// <summary>
    /// The key (<see cref="Gazetteer.DivisionKey"/>) of another province of the country that a comma and its name follow
    /// a name with ("La Libertad, Arequipa"), or null.
    /// </summary>
    private string? ProvinceFollowing(IReadOnlyList<Token> tokens, PlaceMention mention, string iso2)
    {
        var comma = mention.First + mention.Count;
        if (comma >= tokens.Count || tokens[comma].Text != ",") return null;
        var own = Gazetteer.DivisionKey(places.GeoNamesDivision(mention.Name));
        foreach (var name in places.NamesAfter(tokens, comma))
        {
            var key = Gazetteer.DivisionKey(places.GeoNamesDivision(name));
            if (key != own && gazetteer.Admin1Countries(places.GeoNamesDivision(name)).Contains(iso2))
                return key;
        }
        return null;
    }

    /// <summary>The place a town the sentence names stands for, or null where it is not the event's place.</summary>
    private EventPlace? TownOf(IReadOnlyList<Token> tokens, PlaceMention mention, IReadOnlyList<PlaceMention> towns, string? country, IReadOnlySet<string>? provinces)
    {
        // "Zap (Amadiya) region of Dahuk": a province after "region of" is the province the place before lies
        // in, not its city ("the Sheikh Maqsoud district of Aleppo" is a quarter of the city).
        if (mention.First >= 2 && tokens[mention.First - 1].Lower == "of" && grammar.Is(tokens[mention.First - 2], WordClass.ProvinceWord)
            && gazetteer.Admin1Countries(places.GeoNamesDivision(mention.Name)).Count > 0)
            return null;
        var candidates = places.Disambiguate(mention, tokens);
        // "a bar in Sao Domingos neighborhood": a quarter is a city's section, not a town of the name elsewhere.
        if (mention.First + mention.Count < tokens.Count && grammar.Is(tokens[mention.First + mention.Count], WordClass.Quarter))
            candidates = candidates.Where(p => p.FeatureCode == "PPLX").ToList();
        // "Bohdanivka, Donetsk" where the gazetteer knows Bohdanivkas elsewhere only: the division the text
        // gives is a better answer than a namesake.
        if (candidates.Count == 0)
            return null;
        // A loose spelling match in a story placed nowhere is a guess too far, unless all its places lie in one
        // country and the name is long enough to say so ("in the town of Svitlodarsk", GeoNames' Svetlodarsk).
        if (mention.IsVariant && country is null
            && (mention.Name.Length < MinLooseNameLength || candidates.Select(p => p.Country).Distinct().Count() != 1))
            return null;
        if (country is not null)
        {
            // A name found only abroad, in a story about another country, is more likely a local place the
            // gazetteer lacks ("Al Tuam area" of Gaza is not Tuam in Ireland) than the event's place.
            var local = candidates.Where(p => p.Country == country).ToList();
            // ... unless its own sentence says its country more than the story's ("A day earlier, the Islamic
            // Resistance in Iraq claimed a drone attack on the Israeli port city of Eilat", in a story on Iraq).
            // (More than the town's own name must say it: "in Hamas' national security" is not Hamm, which
            // GeoNames also calls Hamas.)
            if (local.Count == 0 && !mention.IsVariant && candidates.All(p => p.Population < BigCity)
                && places.Scores([tokens]) is var own && own.Count > 0
                && own.MaxBy(c => c.Value) is var top && top.Value > own.GetValueOrDefault(country) + OwnSentenceMargin
                && Gazetteer.NormalizeName(mention.Name) is var called
                && candidates.Any(p => p.Country == top.Key && Gazetteer.IsCalled(p.Name, called)))
                local = candidates.Where(p => p.Country == top.Key && Gazetteer.IsCalled(p.Name, called)).ToList();
            // A long loose spelling whose places all lie in one neighbouring country ("Bint Jbeil", GeoNames' Bent Jbaïl)
            // in a story that only a side's demonym places ("an Israeli drone struck a car in Bint Jbeil"): a strike
            // across a border lands next door.
            // So is a name spelled as the gazetteer spells it ("Israeli forces fired tear gas at farmers east of Khuzaa").
            // (A loose spelling only where it starts as the place's name does: "Qwertyvilla" is no Kiryat Yovel.)
            else if (local.Count == 0 && (!mention.IsVariant || mention.Name.Length >= MinLooseNameLength && candidates.Any(p => SameStart(p.Name, mention.Name)))
                && candidates.Select(p => p.Country).Distinct().Count() == 1 && gazetteer.AreNeighbours(country, candidates[0].Country)
                && places.Scores([tokens]).GetValueOrDefault(country) < WeakCountryScore)
                local = [.. candidates];
            else if (local.Count == 0 && (mention.IsVariant || candidates.All(p => p.Population < BigCity)))
                return null;
            if (local.Count > 0) candidates = local;
            // "in Ganeshpur area of Jalesar town, Etah": a place the text makes part of another lies by it; a
            // namesake far from every place of the other's name is not it, and the other is read next.
            if (WholeOf(tokens, mention, towns) is { Places.Count: > 0 } whole
                && !candidates.Any(p => whole.Places.Any(w => GreatCircle.Kilometres(p.Latitude, p.Longitude, w.Latitude, w.Longitude) <= PartOfWholeKm)))
                return null;
            // "Pakdi area of Ballia district (UP)": a name with the word for a district is the district of the
            // country where none of its namesakes lies in it (a village called Ballia in Bihar is not Ballia
            // district of Uttar Pradesh); the district is read below.
            var after = mention.First + mention.Count;
            var districtKey = Gazetteer.DivisionKey(places.GeoNamesDivision(mention.Name));
            if (after < tokens.Count && !tokens[after].IsCapitalised && grammar.Is(tokens[after], WordClass.Division)
                && !candidates.Any(p => p.Admin2 is { } a && Gazetteer.DivisionKey(a) == districtKey)
                && gazetteer.LargestIn(country, places.GeoNamesDivision(mention.Name), admin2: true) is not null)
                return null;
            // "in Nuevo Leon": a province's name is the province where none of its namesakes lies in it (the
            // village of Nuevo León in Baja California); "in Homs" is the city, which does.
            // A capital or a big city is the city, wherever the province of its name lies ("in Sofia").
            // ("in Tatarstan", conflict data's name for GeoNames' Tatarstan Republic, is no loosely spelled Trostan'.)
            // ("in La Libertad, Arequipa": not where a comma and another province of the country follow: the place of the
            // name in that province is meant.)
            // (Nor is a town that only an old or other name calls so, unless it is a province's seat: "Rio Grande do Sul"
            // is the state, not the city of Rio Grande, which GeoNames also calls so; "Idleb" is Idlib city.)
            if (gazetteer.CountryIso2Of(country) is { } iso2 && gazetteer.Admin1Countries(places.GeoNamesDivision(mention.Name)).Contains(iso2))
            {
                var spelled = Gazetteer.NormalizeName(mention.Name);
                var provinceKey = Gazetteer.DivisionKey(places.GeoNamesDivision(mention.Name));
                var calledSo = candidates.Where(p => p.FeatureCode is "PPLA" or "PPLC" || Gazetteer.IsCalled(p.Name, spelled)).ToList();
                if (!calledSo.Any(p => p.Admin1 is { } a && Gazetteer.DivisionKey(a) == provinceKey)
                    && !calledSo.Any(p => p.FeatureCode == "PPLC" || p.Population >= BigCity)
                    && !(ProvinceFollowing(tokens, mention, iso2) is { } following
                        && candidates.Any(p => p.Admin1 is { } a && Gazetteer.DivisionKey(places.GeoNamesDivision(a)) == following)))
                    return null;
            }
            // "near Vesele" in a ceasefire monitors' report: the Vesele on the line, not one elsewhere in the
            // country; where the gazetteer has none there, the place is one it lacks.
            if (provinces is { Count: > 0 })
            {
                var inside = candidates.Where(p => p.Admin1 is { } a && provinces.Contains(a)).ToList();
                if (inside.Count == 0) return null;
                candidates = inside;
            }
        }
        // "in Mineral Chico municipality, Hidalgo, a body was found near La Estanzuela": of namesakes the text does not
        // locate, those in a province the sentence names elsewhere.
        if (candidates.Select(p => p.Admin1).Distinct().Count() > 1 && places.NamedDivisions(tokens) is { Count: > 0 } named)
        {
            var keys = named.Select(n => Gazetteer.DivisionKey(places.GeoNamesDivision(n))).ToHashSet(StringComparer.Ordinal);
            var inNamed = candidates.Where(p => p.Admin1 is { } a && keys.Contains(Gazetteer.DivisionKey(a))).ToList();
            if (inNamed.Count > 0) candidates = inNamed;
        }
        // Namesakes of like size: the one its district is named after ("El Salto, Jalisco" is the seat of El
        // Salto municipality, not the village of Atenguillo).
        // A place called so outweighs namesakes only alternate names call so ("Novodanylivka" is the village of that
        // name, not Novobohdanivka, which GeoNames also calls so), a place called so whose size GeoNames does not give
        // counting at the floor its extracts keep (ties keep the gazetteer's order: known sizes first).
        var size = CountryResolver.NamesakeWeight(candidates, mention.Name);
        var place = candidates.OrderByDescending(p => size(p) * (SeatOfItsName(p) ? SeatWeight : 1)).First();
        // (An area or a mountain, "Haftanin region", is no settlement: the event is in it, near its point.)
        return new EventPlace(place, Near(tokens, mention.First) || NearAfter(tokens, mention.First + mention.Count) || place.FeatureCode is "AREA" or "MT" or "MTS" ? 2 : 1,
            $"place:{place.GeonameId}");
    }

    /// <summary>
    /// The places a sentence lists, each with its own locating parenthesis ("took control of Al Amir (As Sawmaah, Al
    /// Bayda) and Dhirwah (Mukayras, Al Bayda)", "on the Nihm (Sanaa) and Qaniyah (Mahliyah, Marib) frontlines") or
    /// named as a province ("shelled pro-Hadi groups in Al Jawf, Ad Dali and Taizz governorates", "in various
    /// locations in Hajjah governorate"): ACLED codes one event at each. Empty unless there are two or more.
    /// </summary>
    public IReadOnlyList<EventPlace> LocateEach(IReadOnlyList<Token> tokens, string? country)
    {
        var found = new List<EventPlace>();
        var provinces = new List<EventPlace>();
        void Add(EventPlace place)
        {
            if (!found.Any(f => f.Place.GeonameId == place.Place.GeonameId && f.Place.Name == place.Place.Name)) found.Add(place);
        }
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (grammar.Is(tokens[i], WordClass.ProvinceWord) && !tokens[i].IsCapitalised)
            {
                foreach (var name in ProvincesListedBefore(tokens, i, country))
                    if (ByDivision([name], country) is { } province)
                    {
                        Add(province);
                        provinces.Add(province);
                    }
                continue;
            }
            if (tokens[i].Text != "(") continue;
            var close = i + 1;
            while (close < tokens.Count && tokens[close].Text != ")") close++;
            if (close >= tokens.Count) break;
            if ((places.LocatingParenthesisAt(tokens, i) || places.ProvinceParenthesisAt(tokens, i)) && Locate([tokens.Skip(start).Take(close + 1 - start).ToList()], country) is { } place)
                Add(place);
            start = close + 1;
            i = close;
        }
        // "in Abs district (Hajjah) ... across Hajjah governorate": a province that holds another place listed is
        // that place's, no place of its own.
        found.RemoveAll(p => provinces.Contains(p)
            && found.Any(o => o != p && string.Equals(o.Place.Country, p.Place.Country, StringComparison.Ordinal)
                && string.Equals(o.Place.Admin1, p.Place.Admin1, StringComparison.OrdinalIgnoreCase)));
        return found.Count >= 2 ? found : [];
    }

    /// <summary>
    /// The provinces named right before a word for a province: one before "governorate", all of a list before
    /// "governorates" ("Al Jawf, Ad Dali and Taizz governorates"). Only provinces of the event's country, where known.
    /// </summary>
    private List<string> ProvincesListedBefore(IReadOnlyList<Token> tokens, int word, string? country)
    {
        var names = new List<string>();
        if (word == 0) return names;
        var plural = tokens[word].Lower.EndsWith('s');
        var cues = places.Find(tokens).Where(c => c.Cue.RuleId.StartsWith("admin1", StringComparison.Ordinal)
            && (country is null || c.Cue.Country == country)).ToList();
        var end = word;
        var first = word;
        while (cues.FirstOrDefault(c => c.First + c.Count == end) is { Count: > 0 } cue)
        {
            names.Insert(0, string.Join(" ", tokens.Skip(cue.First).Take(cue.Count).Select(t => t.Text)));
            first = cue.First;
            if (!plural || cue.First < 2 || tokens[cue.First - 1].Text is not ("," or "and")) break;
            end = cue.First - 1;
            // "Ad Dali, and Taizz": a serial comma before "and".
            if (tokens[end].Text == "and" && end > 0 && tokens[end - 1].Text == ",") end--;
        }
        // "in Hajjah governorate", not "from the Amhara region" nor "toward Afar region".
        var before = first > 0 && grammar.IsDeterminer(tokens[first - 1]) ? first - 2 : first - 1;
        var placed = before >= 0 && grammar.Is(tokens[before], WordClass.Locative) && !grammar.Is(tokens[before], WordClass.Origin);
        return !placed || plural && names.Count < 2 ? [] : names;
    }

    /// <summary>
    /// Where an attack came from, where a sentence says ("a drone launched from Iraq", "rockets fired from the Ain
    /// al-Asad base"): the facility, town or country named right after "from". A country alone has no coordinates.
    /// </summary>
    public LaunchOrigin? LocateOrigin(IEnumerable<IReadOnlyList<Token>> sentences, EventPlace? struck)
    {
        foreach (var tokens in sentences)
        {
            IReadOnlyList<PhraseMatch<Facility>>? facilities = null;
            IReadOnlyList<PlaceMention>? towns = null;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                // "launched from Iraq", "rockets fired from the base": a word of launching just before "from" ("1.5
                // kilometres away from Al Shifa hospital" and "civilians from Iran" say nothing of a launch).
                if (!grammar.Is(tokens[i], WordClass.Origin) || !LaunchWordBefore(tokens, i, 3))
                    continue;
                var k = i + 1;
                if (k + 1 < tokens.Count && grammar.IsDeterminer(tokens[k])) k++;
                LaunchOrigin? origin = null;
                facilities ??= places.Facilities.Find(tokens);
                if (facilities.FirstOrDefault(f => f.First == k) is { Value: { } facility })
                    origin = Origin(facility.Place, 1);
                else if (places.CountryNamedAt(tokens, k) is { } country)
                    origin = new LaunchOrigin(country, null, null, null, null, 3);
                else if ((towns ??= places.Places(tokens)).FirstOrDefault(m => m.First == k && !m.IsVariant) is { } town
                         && places.Disambiguate(town, tokens).OrderByDescending(p => p.Population).FirstOrDefault() is { } place)
                    origin = Origin(place, 1);
                if (origin is not null && !(struck is not null && origin.Location == struck.Place.Name && origin.Country == struck.Place.Country))
                    return origin;
            }
        }
        return null;
    }

    private LaunchOrigin Origin(GeoPlace place, int precision)
    {
        var named = places.WithConflictNames(place);
        return new LaunchOrigin(named.Country, named.Admin1, named.Name, named.Latitude, named.Longitude, precision);
    }

    /// <summary>
    /// A country its sentences name ("in Venezuela", not "from Lebanon" nor a group's home ground), at its capital
    /// (precision 3), as conflict data code national-level events.
    /// </summary>
    public EventPlace? LocateCountry(IEnumerable<IReadOnlyList<Token>> sentences, string country)
    {
        // Named where a place is expected ("in Venezuela", "across northern Iraq"), not as a side ("United States
        // reconnaissance planes"), in a name ("Bank Saderat Iran") or as where someone came from.
        bool Located(IReadOnlyList<Token> tokens, int k) =>
            k > 0 && !grammar.Is(tokens[k - 1], WordClass.Origin)
            && (grammar.Is(tokens[k - 1], WordClass.Locative)
                || k > 1 && grammar.Is(tokens[k - 1], WordClass.RegionAdjective) && grammar.Is(tokens[k - 2], WordClass.Locative) && !grammar.Is(tokens[k - 2], WordClass.Origin)
                // "in Nezahualcoyolt, Mexico": the country closing a chain after a place the gazetteer lacks.
                || CountryResolver.LocatingComma(tokens, k - 1));
        var named = sentences.Any(tokens => Enumerable.Range(0, tokens.Count).Any(k => places.CountryNamedAt(tokens, k) == country && Located(tokens, k)));
        return named && places.CapitalOf(country) is { } capital ? new EventPlace(capital, 3, $"country-capital:{capital.GeonameId}") : null;
    }

    /// <summary>A province or district of a country alone, at its seat (precision 3 for a province, 2 for a district).</summary>
    public EventPlace? LocateDivision(string name, string country) => ByDivision([name], country);

    /// <summary>
    /// Where no town the gazetteer knows is named, the division the locating parenthesis gives ("(Pulwama district,
    /// J&amp;K)"): its seat stands for it, at ACLED's precision 2 for a district and 3 for a province; or the town it
    /// gives ("(Gaza City, Gaza Strip)"), at precision 2.
    /// </summary>
    /// <param name="names">Division names, the first that places the event winning.</param>
    /// <param name="country">The event's country, if known.</param>
    /// <param name="provinces">Other names the text locates them by, read only for the province they name.</param>
    private EventPlace? ByDivision(IReadOnlyList<string> names, string? country, IReadOnlyList<string>? provinces = null)
    {
        // "Benito Juarez, Nuevo Leon": a district elsewhere in the country (Mexico City's Benito Juárez) is not the
        // one meant where the text names the province.
        var provinceKeys = country is null ? [] : names.Concat(provinces ?? []).Select(n => Gazetteer.DivisionKey(places.GeoNamesDivision(n)))
            .Where(k => gazetteer.LargestIn(country, k, admin2: false) is not null).ToHashSet(StringComparer.Ordinal);
        bool InNamedProvince(GeoPlace p) => provinceKeys.Count == 0 || p.Admin1 is { } a && provinceKeys.Contains(Gazetteer.DivisionKey(a));
        EventPlace? districtOnly = null;
        foreach (var name in names)
        {
            var key = Gazetteer.DivisionKey(places.GeoNamesDivision(name));
            // "(Sucre, Trujillo)": a province's name that is also a district of the other province named is that
            // district (Venezuela's Sucre municipality of Trujillo), not the province of Sucre 700 km away.
            if (country is not null && provinceKeys.Contains(key)
                && provinceKeys.Where(k => k != key).Select(k => gazetteer.LargestInDistrictOf(country, places.GeoNamesDivision(name), k)).FirstOrDefault(p => p is not null) is { } district)
                return new EventPlace(district, 2, $"admin2-largest:{district.GeonameId}");
            // "Konduga LGA" is found as Konduga; in the story's country, "Shopian" as GeoNames' "Shupiyan".
            var named = places.IsGenericDivisionWord(name) ? []
                : gazetteer.Find(name).Concat(gazetteer.Find(key)).Where(p => country is null || p.Country == country).Distinct().ToList();
            var loose = false;
            if (named.Count == 0 && country is not null)
            {
                named = gazetteer.FindVariant(key).Where(p => p.Country == country).ToList();
                loose = true;
            }
            bool Same(string division) => Gazetteer.DivisionKey(division) == key || loose && Gazetteer.SameVariant(division, key);
            var admin2 = named.Where(p => p.Admin2 is { } a && Same(a) && InNamedProvince(p)).OrderByDescending(p => p.Population).FirstOrDefault();
            if (admin2 is not null)
                return new EventPlace(admin2 with { Name = name }, 2, $"admin2-seat:{admin2.GeonameId}");
            // (A village of the province's name whose size GeoNames does not give, Maule in Chile's Maule region, does
            // not stand for the province: its largest place, Talca, does.)
            var admin1 = named.Where(p => p.Admin1 is { } a && Same(a) && (p.Population > 0 || p.FeatureCode is "PPLA" or "PPLC"))
                .OrderByDescending(p => p.Population).FirstOrDefault();
            if (admin1 is not null)
                return new EventPlace(admin1 with { Name = name, Admin2 = null }, 3, $"admin1-seat:{admin1.GeonameId}");
            // "Napula (Macomia, Cabo Delgado)": a district the gazetteer has no town of that name for stands by its
            // largest place; a province likewise, at precision 3 ("Nuevo Leon" is the province, not a village of
            // that name in Baja California).
            // ("Nassau County, Florida": of namesake districts in one country, the one in the province named.)
            var largestInDistrict = country is null ? null : gazetteer.LargestIn(country, places.GeoNamesDivision(name), admin2: true);
            if (country is not null && largestInDistrict is not null && !InNamedProvince(largestInDistrict))
                largestInDistrict = provinceKeys.Select(k => gazetteer.LargestInDistrictOf(country, places.GeoNamesDivision(name), k)).FirstOrDefault(p => p is not null);
            if (country is not null && largestInDistrict is { } inDistrict && InNamedProvince(inDistrict))
            {
                // "Jaffna district": the town of the district's name in its province, where GeoNames gives the town
                // no district, is its seat before the district's largest other place.
                var seat = named.Where(p => p.Admin2 is null && p.Admin1 == inDistrict.Admin1 && Gazetteer.DivisionKey(p.Name) == key)
                    .OrderByDescending(p => p.Population).FirstOrDefault();
                if (seat is not null)
                    return new EventPlace(seat with { Name = name }, 2, $"admin2-seat:{seat.GeonameId}");
                return new EventPlace(inDistrict, 2, $"admin2-largest:{inDistrict.GeonameId}");
            }
            if (country is not null && gazetteer.LargestIn(country, places.GeoNamesDivision(name), admin2: false) is { } inProvince)
                return new EventPlace(inProvince with { Admin2 = null }, 3, $"admin1-largest:{inProvince.GeonameId}");
            // "(Maritimepattu, Mullaitivu district)": a district the gazetteer has no place in stands at its province's
            // largest place, precision 3 (the province, at least, is right), where no other name places the event.
            if (districtOnly is null && country is not null && gazetteer.ProvinceOfDistrict(country, places.GeoNamesDivision(name)) is { } province
                && gazetteer.LargestIn(country, province, admin2: false) is { } ofDistrict)
                // (The district stays the event's: conflict data may name the province by it, Nepal's "Rolpa" in Mid-Western.)
                districtOnly = new EventPlace(ofDistrict with { Admin2 = gazetteer.DistrictName(country, places.GeoNamesDivision(name)) }, 3,
                    $"district-province:{ofDistrict.GeonameId}");
            // "Tal el Hawa (Gaza City, Gaza Strip)": a quarter or village the gazetteer lacks, in the town the parenthesis names.
            // (Not a loose spelling in another district than the parenthesis names: "(Sreepur, Gazipur)" is no Swarpur
            // of Dhaka district.)
            var districtKeys = loose && country is not null
                ? names.Where(n => n != name).Select(n => Gazetteer.DivisionKey(places.GeoNamesDivision(n)))
                    .Where(k => gazetteer.LargestIn(country, k, admin2: true) is not null).ToHashSet(StringComparer.Ordinal)
                : [];
            bool InNamedDistrict(GeoPlace p) => districtKeys.Count == 0 || p.Admin2 is not { } district || districtKeys.Contains(Gazetteer.DivisionKey(district));
            if (country is not null && named.Where(p => InNamedProvince(p) && InNamedDistrict(p)).ToList() is { Count: > 0 } inProvinceNamed)
            {
                var town = inProvinceNamed.OrderByDescending(p => p.Population).First();
                return new EventPlace(town, 2, $"parenthesis-town:{town.GeonameId}");
            }
        }
        return districtOnly;
    }

    /// <summary>
    /// "(Vadodara Gujarat)": a district and its province written without a comma, as two names; any other name as it is.
    /// </summary>
    private IEnumerable<string> RunTogether(string name, string? country)
    {
        if (!name.Contains(' ') || country is null || gazetteer.CountryIso2Of(country) is not { } iso2) return [name];
        // ("Norte de Santander" is one province, not "Norte de" in Santander.)
        if (gazetteer.Admin1Countries(places.GeoNamesDivision(name)).Contains(iso2)) return [name];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            if (grammar.Is(new Token(words[k - 1], 0), WordClass.NameParticle)) continue;
            var province = string.Join(' ', words.Skip(k));
            if (!places.IsGenericDivisionWord(province) && gazetteer.Admin1Countries(places.GeoNamesDivision(province)).Contains(iso2))
                return gazetteer.Find(name).Count == 0 ? [string.Join(' ', words.Take(k)), province] : [name];
        }
        return [name];
    }

    /// <summary>
    /// "launched from Yemen", "protesters from Beirut, Jal el Dib and Aarsal gathered in Tripoli": a place where people or
    /// weapons came from, alone or in a list after the word.
    /// </summary>
    private bool FromOrigin(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        // A comma joins a list only where "and" ends it ("from Beirut, Jal el Dib and Aarsal"), not a chain of a
        // place and its divisions ("from Barangay Camudlas, Bindoy, Negros Oriental").
        var list = first > 0 && tokens[first - 1].Lower == "and";
        for (var j = first; j < tokens.Count && !list; j++)
        {
            if (tokens[j].Lower == "and") { list = true; break; }
            if (!(tokens[j].Text == "," || NameWord(tokens[j]))) break;
        }
        while (k >= 0)
        {
            if (grammar.Is(tokens[k], WordClass.Origin)) return true;
            if (!(tokens[k].Text == "," && list) && tokens[k].Lower != "and") return false;
            k--;
            if (k < 0 || !tokens[k].IsCapitalised) return false;
            while (k >= 0 && NameWord(tokens[k])) k--;
        }
        return false;
    }

    /// <summary>Whether a word of launching ("fired", "launched") stands in the few words before a place after "from".</summary>
    private bool Launched(IReadOnlyList<Token> tokens, int first) => LaunchWordBefore(tokens, first, 6);

    /// <summary>Whether a word of launching stands among the <paramref name="words"/> tokens before <paramref name="index"/>.</summary>
    private bool LaunchWordBefore(IReadOnlyList<Token> tokens, int index, int words) =>
        Enumerable.Range(Math.Max(0, index - words), Math.Min(words, index)).Any(j => grammar.Is(tokens[j], WordClass.Launch));

    /// <summary>"Redeyef (Gafsa)": a parenthesis opening on a name right after the place.</summary>
    private static bool LocatingParenthesisFollows(IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text == "(" && tokens[end + 1].IsCapitalised;

    /// <summary>A word of a place's name: capitalised, a particle or an article ("Jal el Dib").</summary>
    private bool NameWord(Token token) =>
        token.IsWord && (token.IsCapitalised || grammar.Is(token, WordClass.NameParticle) || Gazetteer.IsArticle(token.Text));

    /// <summary>How much more than the story's country a sentence's own cues must say a town's country, beyond the town.</summary>
    private const double OwnSentenceMargin = 1.0;

    /// <summary>How much a town named like its district outweighs a namesake of its size.</summary>
    private const int SeatWeight = 2;

    /// <summary>How far from its town a place the text calls part of it ("X area of Y") may lie.</summary>
    private const double PartOfWholeKm = 30;

    /// <summary>
    /// "Ganeshpur area of Jalesar town", "the Aqbet al Khalidiyah neighbourhood of Jerusalem": the place a name followed
    /// by the word for a place and "of" belongs to, where the gazetteer knows it; or the town a place, way or crossing is
    /// said to be in ("Al-Sukkariyah crossing in Al Bab city").
    /// </summary>
    private PlaceMention? WholeOf(IReadOnlyList<Token> tokens, PlaceMention part, IReadOnlyList<PlaceMention> towns)
    {
        var noun = part.First + part.Count;
        // "the West Zone of Rio de Janeiro": a name that ends in the word for a place, then "of" and the whole.
        if (noun + 1 < tokens.Count && tokens[noun].Lower == "of" && grammar.Is(tokens[noun - 1], WordClass.PlaceNoun)
            && !grammar.Is(tokens[noun - 1], WordClass.Division))
        {
            var whole = grammar.IsDeterminer(tokens[noun + 1]) ? noun + 2 : noun + 1;
            return towns.FirstOrDefault(m => m.First == whole && !m.IsVariant);
        }
        // (Not "Cukurca district of Hakkari": a district lies in a province, whose seat may be far.)
        if (noun + 2 >= tokens.Count || tokens[noun].IsCapitalised || grammar.Is(tokens[noun], WordClass.Division)
            || !grammar.Is(tokens[noun], WordClass.PlaceNoun) && !grammar.Is(tokens[noun], WordClass.Facility) && !grammar.Is(tokens[noun], WordClass.LocalWay))
            return null;
        var next = grammar.IsDeterminer(tokens[noun + 2]) ? noun + 3 : noun + 2;
        // "the Sukkariyah crossing in Al Bab city": a part said to be in a town, the word for a settlement after it.
        if (tokens[noun + 1].Lower == "in")
            return towns.FirstOrDefault(m => m.First == next && !m.IsVariant && m.First + m.Count < tokens.Count
                && grammar.Is(tokens[m.First + m.Count], WordClass.Settlement));
        if (tokens[noun + 1].Lower != "of" || !grammar.Is(tokens[noun], WordClass.PlaceNoun)) return null;
        return towns.FirstOrDefault(m => m.First == next && !m.IsVariant);
    }

    /// <summary>Whether two spellings of a name open with the same letter (articles and accents aside).</summary>
    private static bool SameStart(string one, string other) =>
        Gazetteer.NormalizeName(one) is { Length: > 0 } a && Gazetteer.NormalizeName(other) is { Length: > 0 } b && a[0] == b[0];

    private static bool SeatOfItsName(GeoPlace place) =>
        place.Admin2 is { } district && Gazetteer.DivisionKey(district) == Gazetteer.DivisionKey(place.Name);

    /// <summary>"in Hama countryside", "in Kabul outskirts": the word for the area around a place right after its name.</summary>
    private bool NearAfter(IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && !tokens[next].IsCapitalised && grammar.Is(tokens[next], WordClass.Nearby)
        && !(next + 1 < tokens.Count && tokens[next + 1].Lower == "of");

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
