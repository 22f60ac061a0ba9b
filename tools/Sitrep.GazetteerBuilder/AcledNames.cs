namespace Sitrep.GazetteerBuilder;

/// <summary>
/// ACLED's spelling of country names, by ISO 3166-1 alpha-2 code, where it differs from GeoNames' English name or is
/// pinned so that a GeoNames rename (as "Czech Republic" became "Czechia") cannot silently change what Sitrep writes
/// in the ACLED <c>country</c> column. Every other country gets its GeoNames name.
/// </summary>
/// <remarks>
/// Spellings checked against the <c>country</c> column of the ACLED-format evaluation file (which has
/// "Palestine", "Democratic Republic of Congo", "Ivory Coast", "Myanmar", "Russia", "Syria", "Iran", "Moldova",
/// "Bolivia", "Venezuela", "Turkey", "North Macedonia", "Bosnia and Herzegovina") and against ACLED's published list
/// of country names (for "Republic of Congo", "eSwatini", "East Timor", "Cape Verde", "Czech Republic",
/// "Caribbean Netherlands", "Saint-Barthelemy", "Saint-Martin", "Bailiwick of Guernsey", "Bailiwick of Jersey",
/// "Vatican City", "Virgin Islands, U.S."). Names only: no ACLED data is copied.
/// ACLED's own ISO3 for Kosovo is "KOS"; the tables keep GeoNames' "XKX".
/// </remarks>
public static class AcledNames
{
    public static readonly IReadOnlyDictionary<string, string> ByIso2 = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        // GeoNames spells these differently.
        ["BL"] = "Saint-Barthelemy",             // GeoNames: Saint Barthelemy
        ["BQ"] = "Caribbean Netherlands",        // GeoNames: Bonaire, Saint Eustatius and Saba
        ["CD"] = "Democratic Republic of Congo", // GeoNames: Democratic Republic of the Congo
        ["CG"] = "Republic of Congo",            // GeoNames: Republic of the Congo
        ["CV"] = "Cape Verde",                   // GeoNames: Cabo Verde
        ["CZ"] = "Czech Republic",               // GeoNames: Czechia
        ["GG"] = "Bailiwick of Guernsey",        // GeoNames: Guernsey
        ["JE"] = "Bailiwick of Jersey",          // GeoNames: Jersey
        ["MF"] = "Saint-Martin",                 // GeoNames: Saint Martin
        ["PS"] = "Palestine",                    // GeoNames: Palestinian Territory
        ["SZ"] = "eSwatini",                     // GeoNames: Eswatini
        ["TL"] = "East Timor",                   // GeoNames: Timor Leste
        ["VA"] = "Vatican City",                 // GeoNames: Vatican
        ["VI"] = "Virgin Islands, U.S.",         // GeoNames: U.S. Virgin Islands

        // The same in GeoNames today; pinned because the official or local names differ and GeoNames may follow them.
        ["BA"] = "Bosnia and Herzegovina",
        ["BN"] = "Brunei",
        ["BO"] = "Bolivia",
        ["CI"] = "Ivory Coast",
        ["FM"] = "Micronesia",
        ["IR"] = "Iran",
        ["KP"] = "North Korea",
        ["KR"] = "South Korea",
        ["LA"] = "Laos",
        ["MD"] = "Moldova",
        ["MK"] = "North Macedonia",
        ["MM"] = "Myanmar",
        ["RU"] = "Russia",
        ["SY"] = "Syria",
        ["TR"] = "Turkey",
        ["TZ"] = "Tanzania",
        ["VE"] = "Venezuela",
        ["VN"] = "Vietnam",
        ["XK"] = "Kosovo",
    };

    /// <summary>ACLED's name for the country: the table's, else GeoNames' English name.</summary>
    public static string For(Country country) =>
        ByIso2.TryGetValue(country.Iso2, out var name) ? name : country.Name;
}
