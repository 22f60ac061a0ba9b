using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>
/// A real <c>sitrep ingest</c> process killed mid-run (SIGKILL, no chance to clean up) leaves every stored document
/// whole, with all its events and evidence, and a second run finishes the job without duplicating anything.
/// </summary>
public sealed class InterruptedIngestTests
{
    private const int Documents = 2000;

    [Fact]
    public void A_killed_ingest_leaves_only_whole_documents_and_a_rerun_completes_it()
    {
        using var folder = new TemporaryFolder();
        var article = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "kharkiv-missile-strike.txt"));
        var feed = folder.File("feed.jsonl");
        using (var writer = new StreamWriter(feed))
        {
            for (var i = 0; i < Documents; i++)
                writer.WriteLine(JsonSerializer.Serialize(new { id = $"doc-{i}", text = article.Replace("Kupiansk", $"Kupiansk-{i}"), published = "2024-03-03" }));
        }
        var expected = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build()
            .Process(new SourceDocument("x", DocumentFormat.PlainText, article, new DocumentMetadata(Published: new DateOnly(2024, 3, 3))));
        var eventsPerDocument = expected.Events.Count;
        var evidencePerDocument = expected.Events.Sum(e => e.Evidence.Count);
        Assert.True(eventsPerDocument > 0);

        var database = folder.File("events.db");
        using (var process = StartIngest(feed, database))
        {
            // Kill once some documents are in, whatever the machine's speed; if it finished first, nothing was tested.
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (StoredDocuments(database) < 20 && !process.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            Assert.False(process.HasExited, "the ingest finished before it could be interrupted");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var (stored, minEvents, maxEvents, evidence) = Census(database);
        Assert.InRange(stored, 20, Documents - 1);
        Assert.Equal(eventsPerDocument, minEvents);
        Assert.Equal(eventsPerDocument, maxEvents);
        Assert.Equal(evidencePerDocument * stored, evidence);

        using (var rerun = StartIngest(feed, database))
        {
            rerun.WaitForExit(180_000);
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"{Documents - stored} stored, 0 re-extracted, {stored} unchanged", rerun.StandardError.ReadToEnd());
        }
        var after = Census(database);
        Assert.Equal((Documents, eventsPerDocument, eventsPerDocument, evidencePerDocument * Documents), after);
    }

    private static Process StartIngest(string feed, string database)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "ingest", feed, "--db", database })
            start.ArgumentList.Add(argument);
        start.Environment["SITREP_DATA"] = RepositoryPaths.Data;
        return Process.Start(start)!;
    }

    private static long StoredDocuments(string database)
    {
        if (!File.Exists(database)) return 0;
        try
        {
            using var connection = Open(database);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    private static (long Stored, long MinEvents, long MaxEvents, long Evidence) Census(string database)
    {
        using var connection = Open(database);
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), MIN(n), MAX(n), (SELECT COUNT(*) FROM evidence)
            FROM (SELECT d.id, COUNT(e.id) AS n FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
