using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

public sealed class SqliteEventStoreTests
{
    private static readonly DateTimeOffset Start = new(2024, 10, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<SitrepPipeline> Pipeline = new(() => new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build());

    [Fact]
    public void Migrations_create_the_latest_schema_version_once()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("events.db");
        var clock = new FakeTimeProvider(Start);

        using (var store = SqliteEventStore.Open(path, clock))
            Assert.Equal(2, store.SchemaVersion);
        clock.Advance(TimeSpan.FromDays(3));
        using (var store = SqliteEventStore.Open(path, clock))
            Assert.Equal(2, store.SchemaVersion);

        var migrations = Query(path, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
        Assert.Equal(2, migrations.Count);
        Assert.Equal(1L, migrations[0][0]);
        Assert.Equal("0001_initial", migrations[0][1]);
        Assert.Equal("0002_launch_origin", migrations[1][1]);
        // Each migration applied once, when the store was first opened, not again three days later.
        Assert.All(migrations, m => Assert.Equal(Start.ToString("O", CultureInfo.InvariantCulture), m[2]));
        var tables = Query(path, "SELECT name FROM sqlite_master WHERE type = 'table'").Select(r => (string)r[0]!).ToList();
        Assert.Superset(new HashSet<string> { "documents", "events", "evidence", "schema_migrations" }, tables.ToHashSet());
    }

    [Fact]
    public void A_new_document_is_stored_and_its_events_come_back_unchanged()
    {
        using var folder = new TemporaryFolder();
        var result = Process("kharkiv-missile-strike.txt");
        Assert.NotEmpty(result.Events);
        Assert.Contains(result.Events, e => e.Evidence.Count > 0);
        using var store = Open(folder);

        Assert.Equal(IngestOutcome.Stored, store.Save(result, "v1"));

        var stored = store.Events(EventQuery.All).OrderBy(e => e.Id).ToList();
        Assert.Equal(Json(result.Events), Json(stored.Select(s => s.Event)));
        Assert.All(stored, s => Assert.Equal(result.Source.Id, s.DocumentSourceId));
        Assert.Single(stored.Select(s => s.DocumentId).Distinct());
        Assert.Equal("v1", store.StoredPipelineVersion(result.Source.ContentHash));
        Assert.Equal(result.Events.Sum(e => e.Evidence.Count), Count(folder, "evidence"));
    }

    [Fact]
    public void An_attacks_launch_site_comes_back_from_the_store()
    {
        using var folder = new TemporaryFolder();
        var result = Pipeline.Value.Process(new SourceDocument("origin", DocumentFormat.PlainText,
            "On Sunday, rockets fired from the Ain al-Asad base hit a village near Hit.", DocumentMetadata.None), new DateOnly(2024, 9, 30));
        var origin = Assert.Single(result.Events).Origin;
        Assert.NotNull(origin);
        using var store = Open(folder);
        store.Save(result, "v1");

        Assert.Equal(origin, Assert.Single(store.Events(EventQuery.All)).Event.Origin);
    }

    [Fact]
    public void Saving_a_document_again_with_another_pipeline_version_reextracts_without_duplicating()
    {
        using var folder = new TemporaryFolder();
        var result = Process("kharkiv-missile-strike.txt");
        using var store = Open(folder);
        store.Save(result, "v1");
        var documentId = store.Events(EventQuery.All)[0].DocumentId;

        Assert.Equal(IngestOutcome.Reextracted, store.Save(result, "v2"));

        var stored = store.Events(EventQuery.All).OrderBy(e => e.Id).ToList();
        Assert.Equal(Json(result.Events), Json(stored.Select(s => s.Event)));
        Assert.All(stored, s => Assert.Equal(documentId, s.DocumentId));
        Assert.Equal("v2", store.StoredPipelineVersion(result.Source.ContentHash));
        Assert.Equal(1, store.Summary().Documents);
        Assert.Equal(result.Events.Sum(e => e.Evidence.Count), Count(folder, "evidence"));
    }

    [Fact]
    public void Reextraction_replaces_the_documents_events_and_leaves_other_documents_alone()
    {
        using var folder = new TemporaryFolder();
        var other = Process("afrin-drone-strike.txt");
        var result = Process("kharkiv-missile-strike.txt");
        Assert.True(result.Events.Count > 2);
        using var store = Open(folder);
        store.Save(other, "v1");
        store.Save(result, "v1");
        var otherBefore = Json(EventsOf(store, other));
        var changed = result with { Events = [result.Events[0] with { Fatalities = 42, Weapon = "glide bomb" }, result.Events[1]] };

        Assert.Equal(IngestOutcome.Reextracted, store.Save(changed, "v2"));

        Assert.Equal(Json(changed.Events), Json(EventsOf(store, result)));
        Assert.Equal(otherBefore, Json(EventsOf(store, other)));
        Assert.Equal(other.Events.Count + 2, store.Events(EventQuery.All).Count);
        Assert.Equal(2, store.Summary().Documents);
    }

    [Fact]
    public void A_document_that_fails_mid_write_leaves_nothing_behind()
    {
        using var folder = new TemporaryFolder();
        var earlier = Process("afrin-drone-strike.txt");
        var result = Process("kharkiv-missile-strike.txt");
        using var store = Open(folder);
        store.Save(earlier, "v1");
        var earlierEvents = Json(store.Events(EventQuery.All).Select(s => s.Event));
        var evidenceRows = Count(folder, "evidence");
        var broken = result with { Events = [result.Events[0], result.Events[1] with { TimePrecision = 7 }] };

        var error = Assert.Throws<SqliteException>(() => store.Save(broken, "v1"));

        Assert.Contains("CHECK constraint", error.Message, StringComparison.Ordinal);
        Assert.Null(store.StoredPipelineVersion(result.Source.ContentHash));
        Assert.Equal(earlierEvents, Json(store.Events(EventQuery.All).Select(s => s.Event)));
        Assert.Equal(1, store.Summary().Documents);
        Assert.Equal(evidenceRows, Count(folder, "evidence"));

        // The store is still usable, and the document can be stored whole afterwards.
        Assert.Equal(IngestOutcome.Stored, store.Save(result, "v1"));
        Assert.Equal(Json(result.Events), Json(EventsOf(store, result)));
    }

    [Fact]
    public void A_reextraction_that_fails_mid_write_keeps_the_old_events()
    {
        using var folder = new TemporaryFolder();
        var result = Process("kharkiv-missile-strike.txt");
        using var store = Open(folder);
        store.Save(result, "v1");
        var before = store.Events(EventQuery.All);
        var broken = result with { Events = [result.Events[0], result.Events[1] with { TimePrecision = 7 }] };

        Assert.Throws<SqliteException>(() => store.Save(broken, "v2"));

        Assert.Equal("v1", store.StoredPipelineVersion(result.Source.ContentHash));
        var after = store.Events(EventQuery.All);
        Assert.Equal(before.Select(e => e.Id), after.Select(e => e.Id));
        Assert.Equal(Json(before.Select(e => e.Event)), Json(after.Select(e => e.Event)));
    }

    [Theory]
    [InlineData("People's Defense Force", "People's Defense")]
    [InlineData("Ejército de Liberación Nacional", "Ejército")]
    public void The_actor_filter_finds_associated_actors_whose_names_json_would_escape(string associated, string query)
    {
        using var folder = new TemporaryFolder();
        var result = Process("kharkiv-missile-strike.txt");
        var withAssociate = result with { Events = [result.Events[0] with { AssocActor1 = [associated] }] };
        using var store = Open(folder);
        store.Save(withAssociate, "v1");

        var found = store.Events(new EventQuery(Actor: query));

        var stored = Assert.Single(found);
        Assert.Equal(new[] { associated }, stored.Event.AssocActor1);
    }

    [Fact]
    public void The_actor_filter_finds_an_associated_actor()
    {
        using var folder = new TemporaryFolder();
        var result = Process("kharkiv-missile-strike.txt");
        var withAssociate = result with { Events = [result.Events[0] with { AssocActor1 = ["Azov Brigade"] }, result.Events[1]] };
        Assert.DoesNotContain("Azov", withAssociate.Events[1].Actor1 ?? "", StringComparison.Ordinal);
        using var store = Open(folder);
        store.Save(withAssociate, "v1");

        var found = store.Events(new EventQuery(Actor: "azov"));

        var stored = Assert.Single(found);
        Assert.Equal(new[] { "Azov Brigade" }, stored.Event.AssocActor1);
    }

    private static DocumentResult Process(string sample)
    {
        var reader = new DocumentReader();
        var document = reader.Read(reader.Expand([Path.Combine(RepositoryPaths.Samples, sample)])).Single().Document!;
        return Pipeline.Value.Process(document);
    }

    private static SqliteEventStore Open(TemporaryFolder folder) =>
        SqliteEventStore.Open(folder.File("events.db"), new FakeTimeProvider(Start));

    private static List<EventRecord> EventsOf(SqliteEventStore store, DocumentResult result) =>
        store.Events(EventQuery.All).Where(s => s.DocumentSourceId == result.Source.Id).OrderBy(s => s.Id).Select(s => s.Event).ToList();

    /// <summary>Events as their contract JSON, which covers every field and the evidence (records compare lists by reference).</summary>
    private static List<string> Json(IEnumerable<EventRecord> events) => events.Select(e => EventJson.Serialize(e)).ToList();

    private static long Count(TemporaryFolder folder, string table) =>
        (long)Query(folder.File("events.db"), $"SELECT COUNT(*) FROM {table}").Single()[0]!;

    private static List<object?[]> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
