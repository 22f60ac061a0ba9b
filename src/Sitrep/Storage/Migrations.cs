using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Versioned schema: numbered SQL scripts embedded in the assembly (<c>Storage/Migrations/NNNN_name.sql</c>),
/// each applied once, in order, in its own transaction, and recorded in <c>schema_migrations</c>.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Sitrep.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> All()
    {
        var assembly = typeof(Migrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[Prefix.Length..^4];
                var version = int.Parse(name[..name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (version, name, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)
            .ToList();
    }

    public static int LatestVersion => All().Max(m => m.Version);

    public static void Apply(SqliteConnection connection, TimeProvider time)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """);
        var applied = new HashSet<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_migrations";
            using var reader = command.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt64(0));
        }
        if (applied.Count > 0 && applied.Max() > LatestVersion)
            throw new InvalidOperationException($"the database has schema version {applied.Max()}, newer than this sitrep knows ({LatestVersion}); upgrade sitrep");

        foreach (var (version, name, sql) in All().Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", time.GetUtcNow().ToString("O"));
                record.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
