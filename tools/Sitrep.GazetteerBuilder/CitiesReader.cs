using System.Globalization;

namespace Sitrep.GazetteerBuilder;

/// <summary>One row of cities500.txt, with the columns the places table keeps (alternate names already filtered).</summary>
public sealed record City(
    int GeonameId, string Name, string AsciiName, IReadOnlyList<string> AlternateNames,
    double Latitude, double Longitude, string FeatureCode, string CountryIso2, string Admin1Code, string Admin2Code,
    long Population, string ModificationDate);

/// <summary>What reading cities500 found that a reviewer should know about; none of it stops the build.</summary>
public sealed record CitiesReport(
    int Rows, int EmptyFeatureCodes, int EmptyAsciiNames, int UnknownAdmin1, int UnknownAdmin2, string LatestModification,
    AlternateNameStatistics AlternateNames);

/// <summary>
/// Reads GeoNames cities500.txt (the 19-column "geoname" table of https://download.geonames.org/export/dump/, UTF-8,
/// no header): checks the file against the pinned release, then every row's shape, numbers, unique ids, and country
/// (which must be in countryInfo.txt). Admin1 and admin2 codes that the code tables lack (GeoNames writes "00" for
/// "none", e.g. for West Bank villages and German states without Regierungsbezirke) are kept as they are and counted.
/// </summary>
public static class CitiesReader
{
    private const int FieldCount = 19;

    /// <summary>Throws unless the file is <see cref="CitiesSource.Cities500"/>.</summary>
    public static void CheckIsPinnedRelease(string path) => PinnedFile.Check(path, CitiesSource.Cities500);

    public static (IReadOnlyList<City> Cities, CitiesReport Report) Read(
        string path, IReadOnlyList<Country> countries, IReadOnlyList<Admin1> admin1, IReadOnlyList<Admin2> admin2)
    {
        var knownCountries = countries.Select(c => c.Iso2).ToHashSet(StringComparer.Ordinal);
        var knownAdmin1 = admin1.Select(a => a.CountryIso2 + "." + a.Code).ToHashSet(StringComparer.Ordinal);
        var knownAdmin2 = admin2.Select(a => a.CountryIso2 + "." + a.Admin1Code + "." + a.Code).ToHashSet(StringComparer.Ordinal);
        var filter = new AlternateNameFilter();
        var cities = new List<City>(capacity: 200_000);
        var seen = new Dictionary<int, int>();
        int emptyFeatureCodes = 0, emptyAsciiNames = 0, unknownAdmin1 = 0, unknownAdmin2 = 0;
        var latest = "";
        var lineNumber = 0;
        foreach (var line in GeoNamesReader.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
                continue;
            var where = $"{path}:{lineNumber}";
            var fields = line.Split('\t');
            if (fields.Length != FieldCount)
                throw new GazetteerInputException($"{where}: expected {FieldCount} tab-separated fields, found {fields.Length}");

            var id = (int)Math.Min(GeoNamesReader.Number(where, "geonameid", fields[0].Trim(), allowZero: false), int.MaxValue);
            if (!seen.TryAdd(id, lineNumber))
                throw new GazetteerInputException($"{where}: geonameid {id} already given on line {seen[id]}");
            var name = GeoNamesReader.Text(where, "name", fields[1], required: true);
            var asciiName = GeoNamesReader.Text(where, "ascii name", fields[2], required: false);
            if (name.Contains('|') || asciiName.Contains('|'))
                throw new GazetteerInputException($"{where}: a name holds '|', the separator of the alternate names column");
            if (asciiName.Length == 0)
                emptyAsciiNames++;

            var featureClass = fields[6].Trim();
            if (featureClass != "P")
                throw new GazetteerInputException($"{where}: feature class '{featureClass}' is not P (populated place), which cities500 holds only");
            var featureCode = GeoNamesReader.Text(where, "feature code", fields[7], required: false);
            if (featureCode.Length == 0)
                emptyFeatureCodes++;
            else if (!featureCode.All(char.IsAsciiLetterOrDigit) || !featureCode.StartsWith("PP", StringComparison.Ordinal) && featureCode != "STLMT")
                throw new GazetteerInputException($"{where}: feature code '{featureCode}' is not a GeoNames populated-place code");

            var iso2 = GeoNamesReader.Code(where, "country code", fields[8].Trim(), 2);
            if (!knownCountries.Contains(iso2))
                throw new GazetteerInputException($"{where}: country {iso2} is not in {GeoNamesFiles.CountryInfo}");
            var admin1Code = GeoNamesReader.Text(where, "admin1 code", fields[10], required: false);
            var admin2Code = GeoNamesReader.Text(where, "admin2 code", fields[11], required: false);
            if (admin1Code.Length > 0 && !knownAdmin1.Contains(iso2 + "." + admin1Code))
                unknownAdmin1++;
            if (admin2Code.Length > 0 && !knownAdmin2.Contains(iso2 + "." + admin1Code + "." + admin2Code))
                unknownAdmin2++;

            var modified = fields[18].Trim();
            if (!DateOnly.TryParseExact(modified, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new GazetteerInputException($"{where}: modification date '{modified}' is not yyyy-MM-dd");
            if (string.CompareOrdinal(modified, latest) > 0)
                latest = modified;

            cities.Add(new City(
                id, name, asciiName,
                AlternateNames: filter.Select(name, asciiName, fields[3]),
                Latitude: Coordinate(where, "latitude", fields[4], 90),
                Longitude: Coordinate(where, "longitude", fields[5], 180),
                featureCode, iso2, admin1Code, admin2Code,
                Population: GeoNamesReader.Number(where, "population", fields[14].Trim(), allowZero: true),
                ModificationDate: modified));
        }
        if (cities.Count == 0)
            throw new GazetteerInputException($"{path}: no rows");
        return (cities, new CitiesReport(cities.Count, emptyFeatureCodes, emptyAsciiNames, unknownAdmin1, unknownAdmin2, latest, filter.Statistics));
    }

    internal static double Coordinate(string where, string what, string value, double limit)
    {
        if (!double.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number < -limit || number > limit)
            throw new GazetteerInputException($"{where}: {what} '{value}' is not a number from -{limit} to {limit}");
        return number;
    }
}
