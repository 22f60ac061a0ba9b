using System.Globalization;

namespace Sitrep.GazetteerBuilder;

/// <summary>The GeoNames dump files this tool reads (https://download.geonames.org/export/dump/).</summary>
public static class GeoNamesFiles
{
    public const string CountryInfo = "countryInfo.txt";
    public const string Admin1CodesAscii = "admin1CodesASCII.txt";
    public const string Admin2Codes = "admin2Codes.txt";
}

/// <summary>One row of countryInfo.txt, trimmed and checked.</summary>
public sealed record Country(
    string Iso2, string Iso3, string Name, string Capital, long Population, string Continent,
    IReadOnlyList<string> Neighbours, long GeonameId);

/// <summary>One row of admin1CodesASCII.txt: the key "CC.code" split into the country and the code.</summary>
public sealed record Admin1(string CountryIso2, string Code, string Name, string AsciiName, long GeonameId);

/// <summary>One row of admin2Codes.txt: the key "CC.admin1.admin2" split into its parts.</summary>
public sealed record Admin2(string CountryIso2, string Admin1Code, string Code, string Name, string AsciiName, long GeonameId);

/// <summary>An input file that is missing or does not have the shape GeoNames documents.</summary>
public sealed class GazetteerInputException(string message) : Exception(message);

/// <summary>
/// Reads the GeoNames tab-separated dumps. Lenient about what GeoNames itself varies (comment lines, a header line with
/// or without '#', stray spaces around values, missing trailing empty fields); strict about everything the tables rely
/// on (code shapes, numbers, unique keys, references between the tables), failing with file:line.
/// </summary>
public static class GeoNamesReader
{
    private static readonly HashSet<string> Continents = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];

    // countryInfo.txt columns, by the names of its header line; the fallback positions are GeoNames' documented order
    // (ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area, Population, Continent, tld, CurrencyCode, CurrencyName,
    // Phone, Postal Code Format, Postal Code Regex, Languages, geonameid, neighbours, EquivalentFipsCode).
    private static readonly (string Header, int Fallback)[] CountryColumns =
    [
        ("ISO", 0), ("ISO3", 1), ("Country", 4), ("Capital", 5), ("Population", 7), ("Continent", 8),
        ("geonameid", 16), ("neighbours", 17),
    ];

    public static IReadOnlyList<Country> ReadCountries(string path)
    {
        var columns = CountryColumns.ToDictionary(c => c.Header, c => c.Fallback, StringComparer.Ordinal);
        var countries = new List<Country>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var fields = line.Split('\t');
            var first = fields[0].TrimStart('#').Trim();
            if (first == "ISO" && fields.Any(f => f.Trim() == "ISO3"))
            {
                columns = HeaderColumns(path, lineNumber, fields);
                continue;
            }
            if (line[0] == '#')
                continue;

            string Field(string header) => Get(fields, columns[header]);
            var where = $"{path}:{lineNumber}";
            var iso2 = Code(where, "ISO", Field("ISO"), 2);
            var country = new Country(
                Iso2: iso2,
                Iso3: Code(where, "ISO3", Field("ISO3"), 3),
                Name: Text(where, "Country", Field("Country"), required: true),
                Capital: Text(where, "Capital", Field("Capital"), required: false),
                Population: Number(where, "Population", Field("Population"), allowZero: true),
                Continent: Continents.Contains(Field("Continent"))
                    ? Field("Continent")
                    : throw new GazetteerInputException($"{where}: continent '{Field("Continent")}' is not one of {string.Join(", ", Continents.Order(StringComparer.Ordinal))}"),
                Neighbours: Field("neighbours").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(n => Code(where, "neighbours", n, 2)).ToArray(),
                GeonameId: Number(where, "geonameid", Field("geonameid"), allowZero: false));
            if (!seen.TryAdd(iso2, lineNumber))
                throw new GazetteerInputException($"{where}: country {iso2} already given on line {seen[iso2]}");
            countries.Add(country);
        }
        if (countries.Count == 0)
            throw new GazetteerInputException($"{path}: no country rows");

        foreach (var country in countries)
            foreach (var neighbour in country.Neighbours)
                if (!seen.ContainsKey(neighbour))
                    throw new GazetteerInputException($"{path}:{seen[country.Iso2]}: neighbour {neighbour} of {country.Iso2} is not a country of the file");
        return countries;
    }

    /// <summary>The rows of an admin code table (key, name, ASCII name, geonameid), each with where it stands.</summary>
    private static IEnumerable<(string Where, int Line, string[] Fields)> CodeRows(string path)
    {
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
                continue;
            var where = $"{path}:{lineNumber}";
            var fields = line.Split('\t');
            if (fields.Length < 4)
                throw new GazetteerInputException($"{where}: expected 4 tab-separated fields (code, name, ascii name, geonameid), found {fields.Length}");
            yield return (where, lineNumber, fields);
        }
    }

    public static IReadOnlyList<Admin1> ReadAdmin1(string path, IReadOnlyList<Country> countries)
    {
        var known = countries.Select(c => c.Iso2).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Admin1>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (where, lineNumber, fields) in CodeRows(path))
        {

            var key = fields[0].Trim();
            var dot = key.IndexOf('.');
            if (dot < 0 || dot == key.Length - 1)
                throw new GazetteerInputException($"{where}: admin1 key '{key}' is not of the form CC.code");
            var iso2 = Code(where, "country part of the admin1 key", key[..dot], 2);
            if (!known.Contains(iso2))
                throw new GazetteerInputException($"{where}: admin1 {key} names country {iso2}, which {GeoNamesFiles.CountryInfo} does not have");
            var code = Text(where, "admin1 code", key[(dot + 1)..], required: true);
            if (!seen.TryAdd(key, lineNumber))
                throw new GazetteerInputException($"{where}: admin1 {key} already given on line {seen[key]}");

            rows.Add(new Admin1(
                iso2, code,
                Name: Text(where, "name", fields[1], required: true),
                AsciiName: Text(where, "ascii name", fields[2], required: true),
                GeonameId: Number(where, "geonameid", fields[3].Trim(), allowZero: false)));
        }
        if (rows.Count == 0)
            throw new GazetteerInputException($"{path}: no admin1 rows");
        return rows;
    }

    public static IReadOnlyList<Admin2> ReadAdmin2(string path, IReadOnlyList<Admin1> admin1)
    {
        var knownAdmin1 = admin1.Select(a => a.CountryIso2 + "." + a.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Admin2>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (where, lineNumber, fields) in CodeRows(path))
        {

            // "CC.admin1.admin2": the country and admin1 codes hold no dot; the admin2 code is the rest.
            var key = fields[0].Trim();
            var parts = key.Split('.', 3);
            if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
                throw new GazetteerInputException($"{where}: admin2 key '{key}' is not of the form CC.admin1.admin2");
            var iso2 = Code(where, "country part of the admin2 key", parts[0], 2);
            if (!knownAdmin1.Contains(parts[0] + "." + parts[1]))
                throw new GazetteerInputException($"{where}: admin2 {key} names admin1 {parts[0]}.{parts[1]}, which {GeoNamesFiles.Admin1CodesAscii} does not have");
            if (!seen.TryAdd(key, lineNumber))
                throw new GazetteerInputException($"{where}: admin2 {key} already given on line {seen[key]}");

            rows.Add(new Admin2(
                iso2, parts[1],
                Code: Text(where, "admin2 code", parts[2], required: true),
                Name: Text(where, "name", fields[1], required: true),
                AsciiName: Text(where, "ascii name", fields[2], required: true),
                GeonameId: Number(where, "geonameid", fields[3].Trim(), allowZero: false)));
        }
        if (rows.Count == 0)
            throw new GazetteerInputException($"{path}: no admin2 rows");
        return rows;
    }

    internal static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
            throw new GazetteerInputException($"{path}: file not found (download it from https://download.geonames.org/export/dump/)");
        // UTF-8, as GeoNames publishes; a BOM, if any, is skipped. Both LF and CRLF line ends are accepted.
        return File.ReadLines(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    private static Dictionary<string, int> HeaderColumns(string path, int lineNumber, string[] fields)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
            byName.TryAdd(fields[i].TrimStart('#').Trim(), i);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (header, _) in CountryColumns)
            columns[header] = byName.TryGetValue(header, out var index)
                ? index
                : throw new GazetteerInputException($"{path}:{lineNumber}: header line has no '{header}' column");
        return columns;
    }

    private static string Get(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    internal static string Code(string where, string what, string value, int length)
    {
        if (value.Length != length || !value.All(char.IsAsciiLetterUpper))
            throw new GazetteerInputException($"{where}: {what} '{value}' is not {length} capital letters");
        return value;
    }

    internal static string Text(string where, string what, string value, bool required)
    {
        var trimmed = value.Trim();
        if (required && trimmed.Length == 0)
            throw new GazetteerInputException($"{where}: {what} is empty");
        if (trimmed.Any(char.IsControl))
            throw new GazetteerInputException($"{where}: {what} '{trimmed}' holds a control character");
        return trimmed;
    }

    internal static long Number(string where, string what, string value, bool allowZero)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (!allowZero && number == 0))
            throw new GazetteerInputException($"{where}: {what} '{value}' is not a {(allowZero ? "whole number" : "positive whole number")}");
        return number;
    }
}
