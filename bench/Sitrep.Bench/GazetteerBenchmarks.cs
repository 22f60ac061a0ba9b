using BenchmarkDotNet.Attributes;
using Sitrep.Geo;

namespace Sitrep.Bench;

/// <summary>
/// The offline gazetteer (data/geo/places.tsv.gz and the code tables): how long loading takes, how much managed memory
/// the loaded gazetteer holds, and the cost of a lookup. Targets: load well under a second, under 400 MB.
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*Gazetteer*' --job short</c>.
/// The retained memory is printed by the global setup (look for "Gazetteer retained").
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    // Names as news texts spell them: exact, transliteration variants, with articles, a country filter, and misses.
    private static readonly string[] Names =
    [
        "Baghdad", "Gaza", "Kharkov", "Khar'kiv", "Tripoli", "al-Fashir", "Deir el-Balah", "Ayn al-Asad", "Mosul",
        "Khan Younis", "Donetsk", "Goma", "Minas Tirith", "Springfield",
    ];

    private string _data = "";
    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = Path.Combine(FindRoot(), "data");
        // Managed memory held by a loaded gazetteer: the heap after a full collection, before and after loading. The
        // first load also keeps what the process sets up once (code, statics, buffer pools), so a second gazetteer,
        // loaded after the first, shows what one gazetteer itself holds.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _gazetteer = Gazetteer.Load(_data);
        var afterFirst = GC.GetTotalMemory(forceFullCollection: true);
        var second = Gazetteer.Load(_data);
        var afterSecond = GC.GetTotalMemory(forceFullCollection: true);
        // The division indexes are built on first use (LargestIn, LargestInDistrictOf, Admin1Countries,
        // ProvinceOfDistrict): in a running coder they are part of what the gazetteer holds.
        second.LargestIn("IQ", "Baghdad", admin2: false);
        second.LargestInDistrictOf("US", "Nassau", "Florida");
        second.Admin1Countries("Punjab");
        second.ProvinceOfDistrict("IQ", "Karkh");
        var withIndexes = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(second);
        Console.WriteLine(
            $"// Gazetteer retained {Megabytes(afterFirst - before)} MB of managed memory after the first load, " +
            $"{Megabytes(afterSecond - afterFirst)} MB for a second one, {Megabytes(withIndexes - afterFirst)} MB with its division indexes built " +
            $"({_gazetteer.Count} places, {_gazetteer.NameCount} normalised names)");
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reading and indexing the four files.</summary>
    [Benchmark]
    public int Load() => Gazetteer.Load(_data).Count;

    /// <summary>One lookup of each of the names (14 lookups).</summary>
    [Benchmark]
    public int Find()
    {
        var found = 0;
        foreach (var name in Names)
            found += _gazetteer.Find(name).Count;
        return found;
    }

    /// <summary>The same names, each in one country (14 lookups).</summary>
    [Benchmark]
    public int FindInCountry()
    {
        var found = 0;
        foreach (var name in Names)
            found += _gazetteer.Find(name, "Iraq").Count;
        return found;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sitrep.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("run the benchmarks from inside the Sitrep checkout");
    }
}
