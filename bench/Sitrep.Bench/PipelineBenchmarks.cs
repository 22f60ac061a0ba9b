using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Throughput of the pipeline and the store on the bundled samples. The target behind these numbers: a year of
/// world news (about 500,000 articles) coded on one laptop in an evening, i.e. well over 100 articles a second.
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private SitrepPipeline _pipeline = null!;
    private SourceDocument[] _documents = [];
    private string _database = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _pipeline = new SitrepPipelineBuilder().UseDefaults(Path.Combine(root, "data")).Build();
        var reader = new DocumentReader();
        _documents = reader.Read(reader.Expand([Path.Combine(root, "samples")]))
            .Select(r => r.Document).OfType<SourceDocument>().ToArray();
        _database = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Environment.ProcessId}.db");
    }

    /// <summary>All sample documents through cleaning, sentences, dates and the event coder.</summary>
    [Benchmark]
    public int ProcessSamples()
    {
        var events = 0;
        foreach (var document in _documents)
            events += _pipeline.Process(document, new DateOnly(2024, 9, 30)).Events.Count;
        return events;
    }

    /// <summary>The samples processed and written to a fresh SQLite file, one transaction per document.</summary>
    [Benchmark]
    public int IngestSamples()
    {
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
        using var store = SqliteEventStore.Open(_database);
        var stored = 0;
        foreach (var document in _documents)
        {
            store.Save(_pipeline.Process(document, new DateOnly(2024, 9, 30)), _pipeline.Version);
            stored++;
        }
        return stored;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
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
