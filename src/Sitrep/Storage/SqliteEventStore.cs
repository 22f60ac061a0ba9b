using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>
/// The embedded store: one SQLite file. Each document is written with its events and evidence in one transaction,
/// so an interrupted run leaves every finished document whole and none half-written. Not thread-safe: one store
/// per thread (SQLite's WAL mode lets several processes read while one writes).
/// </summary>
public sealed class SqliteEventStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    private SqliteEventStore(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    public static SqliteEventStore Open(string path, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
            pragma.ExecuteNonQuery();
        }
        Migrations.Apply(connection, time);
        return new SqliteEventStore(connection, time);
    }

    public int SchemaVersion
    {
        get
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The pipeline version a document was last extracted with, or null if it is not stored.</summary>
    public string? StoredPipelineVersion(string contentHash)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT pipeline_version FROM documents WHERE content_hash = $h";
        command.Parameters.AddWithValue("$h", contentHash);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Stores a processed document with its events, or replaces the events of a stored one, atomically.</summary>
    public IngestOutcome Save(DocumentResult result, string pipelineVersion)
    {
        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        long? existing;
        using (var find = Command(transaction, "SELECT id FROM documents WHERE content_hash = $h"))
        {
            find.Parameters.AddWithValue("$h", result.Source.ContentHash);
            existing = find.ExecuteScalar() is long id ? id : null;
        }

        long documentId;
        if (existing is { } known)
        {
            documentId = known;
            using var delete = Command(transaction, "DELETE FROM events WHERE document_id = $d");
            delete.Parameters.AddWithValue("$d", documentId);
            delete.ExecuteNonQuery();
            using var update = Command(transaction, """
                UPDATE documents SET title = $title, url = $url, outlet = $outlet, published = $published,
                    published_source = $published_source, cleaned_text = $text, warnings = $warnings,
                    pipeline_version = $version, extracted_at = $now
                WHERE id = $id
                """);
            AddDocumentParameters(update, result, pipelineVersion, now);
            update.Parameters.AddWithValue("$id", documentId);
            update.ExecuteNonQuery();
        }
        else
        {
            using var insert = Command(transaction, """
                INSERT INTO documents (content_hash, source_id, format, title, url, outlet, published, published_source,
                    cleaned_text, warnings, pipeline_version, ingested_at, extracted_at)
                VALUES ($hash, $source_id, $format, $title, $url, $outlet, $published, $published_source,
                    $text, $warnings, $version, $now, $now)
                RETURNING id
                """);
            AddDocumentParameters(insert, result, pipelineVersion, now);
            insert.Parameters.AddWithValue("$hash", result.Source.ContentHash);
            insert.Parameters.AddWithValue("$source_id", result.Source.Id);
            insert.Parameters.AddWithValue("$format", result.Source.Format.ToString());
            documentId = (long)insert.ExecuteScalar()!;
        }

        for (var i = 0; i < result.Events.Count; i++)
            InsertEvent(transaction, documentId, i, result.Events[i]);
        transaction.Commit();
        return existing is null ? IngestOutcome.Stored : IngestOutcome.Reextracted;
    }

    private static void AddDocumentParameters(SqliteCommand command, DocumentResult result, string pipelineVersion, string now)
    {
        command.Parameters.AddWithValue("$title", (object?)result.Metadata.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)result.Metadata.Url ?? DBNull.Value);
        command.Parameters.AddWithValue("$outlet", (object?)result.Metadata.Outlet ?? DBNull.Value);
        command.Parameters.AddWithValue("$published", (object?)result.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$published_source", (object?)result.Published?.SourceName ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", result.Cleaned.Text);
        command.Parameters.AddWithValue("$warnings", JsonSerializer.Serialize(result.Warnings, EventJson.Options));
        command.Parameters.AddWithValue("$version", pipelineVersion);
        command.Parameters.AddWithValue("$now", now);
    }

    private void InsertEvent(SqliteTransaction transaction, long documentId, int ordinal, EventRecord e)
    {
        using var insert = Command(transaction, """
            INSERT INTO events (document_id, ordinal, event_type, sub_event_type, date, date_end, time_precision,
                actor1, assoc_actor_1, actor2, assoc_actor_2, country, admin1, admin2, location, latitude, longitude,
                geo_precision, fatalities, injuries, weapon, quantity, status, claimed_by, reported_by, confidence, rule_ids, origin)
            VALUES ($document_id, $ordinal, $event_type, $sub_event_type, $date, $date_end, $time_precision,
                $actor1, $assoc_actor_1, $actor2, $assoc_actor_2, $country, $admin1, $admin2, $location, $latitude, $longitude,
                $geo_precision, $fatalities, $injuries, $weapon, $quantity, $status, $claimed_by, $reported_by, $confidence, $rule_ids, $origin)
            RETURNING id
            """);
        object Value(object? value) => value ?? DBNull.Value;
        var p = insert.Parameters;
        p.AddWithValue("$document_id", documentId);
        p.AddWithValue("$ordinal", ordinal);
        p.AddWithValue("$event_type", e.EventType);
        p.AddWithValue("$sub_event_type", e.SubEventType);
        p.AddWithValue("$date", e.Date);
        p.AddWithValue("$date_end", Value(e.DateEnd));
        p.AddWithValue("$time_precision", e.TimePrecision);
        p.AddWithValue("$actor1", Value(e.Actor1));
        p.AddWithValue("$assoc_actor_1", JsonSerializer.Serialize(e.AssocActor1, EventJson.Options));
        p.AddWithValue("$actor2", Value(e.Actor2));
        p.AddWithValue("$assoc_actor_2", JsonSerializer.Serialize(e.AssocActor2, EventJson.Options));
        p.AddWithValue("$country", Value(e.Country));
        p.AddWithValue("$admin1", Value(e.Admin1));
        p.AddWithValue("$admin2", Value(e.Admin2));
        p.AddWithValue("$location", Value(e.Location));
        p.AddWithValue("$latitude", Value(e.Latitude));
        p.AddWithValue("$longitude", Value(e.Longitude));
        p.AddWithValue("$geo_precision", e.GeoPrecision);
        p.AddWithValue("$fatalities", e.Fatalities);
        p.AddWithValue("$injuries", Value(e.Injuries));
        p.AddWithValue("$weapon", Value(e.Weapon));
        p.AddWithValue("$quantity", Value(e.Quantity));
        p.AddWithValue("$status", e.Status);
        p.AddWithValue("$claimed_by", Value(e.ClaimedBy));
        p.AddWithValue("$reported_by", JsonSerializer.Serialize(e.ReportedBy, EventJson.Options));
        p.AddWithValue("$confidence", e.Confidence);
        p.AddWithValue("$rule_ids", JsonSerializer.Serialize(e.RuleIds, EventJson.Options));
        p.AddWithValue("$origin", e.Origin is null ? DBNull.Value : JsonSerializer.Serialize(e.Origin, EventJson.Options));
        var eventId = (long)insert.ExecuteScalar()!;

        for (var i = 0; i < e.Evidence.Count; i++)
        {
            using var evidence = Command(transaction, "INSERT INTO evidence (event_id, ordinal, text, start, \"end\") VALUES ($e, $o, $t, $s, $x)");
            evidence.Parameters.AddWithValue("$e", eventId);
            evidence.Parameters.AddWithValue("$o", i);
            evidence.Parameters.AddWithValue("$t", e.Evidence[i].Text);
            evidence.Parameters.AddWithValue("$s", e.Evidence[i].Start);
            evidence.Parameters.AddWithValue("$x", e.Evidence[i].End);
            evidence.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var sql = new StringBuilder("""
            SELECT e.id, e.document_id, d.source_id, d.title, d.url, d.outlet, d.published,
                e.event_type, e.sub_event_type, e.date, e.date_end, e.time_precision, e.actor1, e.assoc_actor_1,
                e.actor2, e.assoc_actor_2, e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude,
                e.geo_precision, e.fatalities, e.injuries, e.weapon, e.quantity, e.status, e.claimed_by,
                e.reported_by, e.confidence, e.rule_ids, e.origin
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE 1 = 1
            """);
        using var command = _connection.CreateCommand();
        if (query.Since is { } since)
        {
            sql.Append(" AND COALESCE(e.date_end, e.date) >= $since");
            command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.Until is { } until)
        {
            sql.Append(" AND e.date <= $until");
            command.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            sql.Append(" AND (e.event_type = $type COLLATE NOCASE OR e.sub_event_type = $type COLLATE NOCASE)");
            command.Parameters.AddWithValue("$type", query.Type.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            sql.Append(" AND (e.actor1 LIKE $actor OR e.actor2 LIKE $actor OR e.assoc_actor_1 LIKE $actor OR e.assoc_actor_2 LIKE $actor)");
            command.Parameters.AddWithValue("$actor", "%" + query.Actor.Trim() + "%");
        }
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND e.country = $country COLLATE NOCASE");
            command.Parameters.AddWithValue("$country", query.Country.Trim());
        }
        sql.Append(" ORDER BY e.date, e.id");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }
        command.CommandText = sql.ToString();

        var rows = new List<(long Id, StoredEvent Event)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                IReadOnlyList<string> L(int i) => JsonSerializer.Deserialize<string[]>(reader.GetString(i)) ?? [];
                var record = new EventRecord
                {
                    EventType = reader.GetString(7),
                    SubEventType = reader.GetString(8),
                    Date = reader.GetString(9),
                    DateEnd = S(10),
                    TimePrecision = reader.GetInt32(11),
                    Actor1 = S(12),
                    AssocActor1 = L(13),
                    Actor2 = S(14),
                    AssocActor2 = L(15),
                    Country = S(16),
                    Admin1 = S(17),
                    Admin2 = S(18),
                    Location = S(19),
                    Latitude = reader.IsDBNull(20) ? null : reader.GetDouble(20),
                    Longitude = reader.IsDBNull(21) ? null : reader.GetDouble(21),
                    GeoPrecision = reader.GetInt32(22),
                    Fatalities = reader.GetInt32(23),
                    Injuries = reader.IsDBNull(24) ? null : reader.GetInt32(24),
                    Weapon = S(25),
                    Quantity = reader.IsDBNull(26) ? null : reader.GetInt32(26),
                    Status = reader.GetString(27),
                    ClaimedBy = S(28),
                    ReportedBy = L(29),
                    Confidence = reader.GetDouble(30),
                    RuleIds = L(31),
                    Origin = reader.IsDBNull(32) ? null : JsonSerializer.Deserialize<LaunchOrigin>(reader.GetString(32), EventJson.Options),
                    Evidence = [],
                };
                var id = reader.GetInt64(0);
                rows.Add((id, new StoredEvent(id, reader.GetInt64(1), reader.GetString(2), S(3), S(4), S(5), S(6), record)));
            }
        }

        var evidence = EvidenceFor(rows.Select(r => r.Id).ToList());
        return rows.Select(r => r.Event with { Event = r.Event.Event with { Evidence = evidence.GetValueOrDefault(r.Id) ?? [] } }).ToList();
    }

    private Dictionary<long, List<Evidence>> EvidenceFor(IReadOnlyList<long> eventIds)
    {
        var result = new Dictionary<long, List<Evidence>>();
        foreach (var chunk in eventIds.Chunk(500))
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT event_id, text, start, \"end\" FROM evidence WHERE event_id IN ({string.Join(',', chunk)}) ORDER BY event_id, ordinal";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!result.TryGetValue(id, out var list)) result[id] = list = [];
                list.Add(new Evidence(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }
        return result;
    }

    public StoreSummary Summary()
    {
        int Scalar(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        var byType = new List<(string, string, int, int)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT event_type, sub_event_type, COUNT(*), SUM(fatalities) FROM events
                GROUP BY event_type, sub_event_type ORDER BY COUNT(*) DESC, event_type, sub_event_type
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                byType.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }
        return new StoreSummary(
            Scalar("SELECT COUNT(*) FROM documents"),
            Scalar("SELECT COUNT(*) FROM events"),
            Scalar("SELECT COALESCE(SUM(fatalities), 0) FROM events"),
            byType);
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public void Dispose() => _connection.Dispose();
}
