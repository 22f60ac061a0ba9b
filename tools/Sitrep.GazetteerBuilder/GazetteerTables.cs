using System.Globalization;

namespace Sitrep.GazetteerBuilder;

/// <summary>The tables under data/geo/: what each holds, its header, its columns, its row order.</summary>
public static class GazetteerTables
{
    private const string Source =
        "Source: GeoNames (https://www.geonames.org/), countryInfo.txt and admin1CodesASCII.txt, CC BY 4.0";
    private const string Licence =
        "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as the source; see NOTICE";
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
}
