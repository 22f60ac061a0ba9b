using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>The bundled samples ingested once into a temporary database, for the tests that only read it.</summary>
public sealed class SamplesDatabase : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SamplesDatabase()
    {
        Path = _folder.File("samples.db");
        var ingest = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Path);
        if (ingest.ExitCode != 0)
            throw new InvalidOperationException($"ingesting the samples failed ({ingest.ExitCode}): {ingest.Error}");
        Events = CommandTests.ListEvents(Path);
        if (Events.Count < 10)
            throw new InvalidOperationException($"the samples gave only {Events.Count} events, too few for the filter tests");
    }

    public string Path { get; }

    /// <summary>The unfiltered listing (<c>sitrep events --format jsonl</c>) the filtered ones are checked against.</summary>
    public IReadOnlyList<JsonObject> Events { get; }

    public void Dispose() => _folder.Dispose();
}

public sealed class CommandTests(SamplesDatabase samples) : IClassFixture<SamplesDatabase>
{
    private static readonly string Kharkiv = Path.Combine(RepositoryPaths.Samples, "kharkiv-missile-strike.txt");

    /// <summary>The event fields of shared/docs/event-json.md; none may be missing.</summary>
    private static readonly Dictionary<string, JsonValueKind[]> ContractFields = new()
    {
        ["event_type"] = [JsonValueKind.String],
        ["sub_event_type"] = [JsonValueKind.String],
        ["date"] = [JsonValueKind.String],
        ["date_end"] = [JsonValueKind.String, JsonValueKind.Null],
        ["time_precision"] = [JsonValueKind.Number],
        ["actor1"] = [JsonValueKind.String, JsonValueKind.Null],
        ["assoc_actor_1"] = [JsonValueKind.Array],
        ["actor2"] = [JsonValueKind.String, JsonValueKind.Null],
        ["assoc_actor_2"] = [JsonValueKind.Array],
        ["country"] = [JsonValueKind.String, JsonValueKind.Null],
        ["admin1"] = [JsonValueKind.String, JsonValueKind.Null],
        ["admin2"] = [JsonValueKind.String, JsonValueKind.Null],
        ["location"] = [JsonValueKind.String, JsonValueKind.Null],
        ["latitude"] = [JsonValueKind.Number, JsonValueKind.Null],
        ["longitude"] = [JsonValueKind.Number, JsonValueKind.Null],
        ["geo_precision"] = [JsonValueKind.Number],
        ["fatalities"] = [JsonValueKind.Number],
        ["injuries"] = [JsonValueKind.Number, JsonValueKind.Null],
        ["weapon"] = [JsonValueKind.String, JsonValueKind.Null],
        ["quantity"] = [JsonValueKind.Number, JsonValueKind.Null],
        ["status"] = [JsonValueKind.String],
        ["claimed_by"] = [JsonValueKind.String, JsonValueKind.Null],
        ["reported_by"] = [JsonValueKind.Array],
        ["evidence"] = [JsonValueKind.Array],
        ["confidence"] = [JsonValueKind.Number],
    };

    // ---- usage errors and help ----

    [Theory]
    [InlineData("events --no-such-option")]
    [InlineData("extract")]
    [InlineData("extract --format xml KHARKIV")]
    [InlineData("events --format xml")]
    [InlineData("export --format xml")]
    public void Usage_errors_exit_2_with_a_usage_message_and_no_output(string commandLine)
    {
        var args = commandLine.Split(' ').Select(a => a == "KHARKIV" ? Kharkiv : a).ToArray();

        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage error: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void An_unknown_option_on_extract_is_a_usage_error()
    {
        var result = CliRunner.Run("extract", "--no-such-option", Kharkiv);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage error: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_published_date_not_in_iso_form_is_a_usage_error()
    {
        var result = CliRunner.Run("extract", "--published", "30/09/2024", Kharkiv);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("usage error: --published takes a date as YYYY-MM-DD, not \"30/09/2024\"", result.ErrorLines[0]);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Help_exits_0_and_shows_examples()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples", result.Out, StringComparison.Ordinal);
        Assert.Contains("sitrep ingest", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    // ---- ingest ----

    [Fact]
    public void Ingesting_the_samples_twice_stores_nothing_the_second_time_and_keeps_the_same_events()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("events.db");

        var first = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", db);
        Assert.Equal(0, first.ExitCode);
        var summary = Regex.Match(first.Error, @"(\d+) documents: \1 stored, 0 re-extracted, 0 unchanged, 0 failed; (\d+) events");
        Assert.True(summary.Success, first.Error);
        var documents = int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture);
        var firstListing = CliRunner.Run("events", "--db", db, "--format", "jsonl");
        Assert.Equal(summary.Groups[2].Value, firstListing.OutLines.Length.ToString(CultureInfo.InvariantCulture));

        var second = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"{documents} documents: 0 stored, 0 re-extracted, {documents} unchanged, 0 failed; 0 events", second.Error,
            StringComparison.Ordinal);
        var secondListing = CliRunner.Run("events", "--db", db, "--format", "jsonl");

        Assert.NotEmpty(firstListing.OutLines);
        Assert.Equal(firstListing.Out, secondListing.Out);
    }

    // ---- events ----

    [Fact]
    public void Events_since_keeps_exactly_the_events_that_end_on_or_after_the_date()
    {
        var since = samples.Events[samples.Events.Count / 2]["date"]!.GetValue<string>();

        var filtered = ListEvents(samples.Path, "--since", since);

        var expected = samples.Events.Where(e => string.CompareOrdinal(Str(e, "date_end") ?? Str(e, "date"), since) >= 0);
        AssertSameEvents(expected, filtered);
        Assert.InRange(filtered.Count, 1, samples.Events.Count - 1);
    }

    [Fact]
    public void Events_until_keeps_exactly_the_events_that_start_on_or_before_the_date()
    {
        var until = samples.Events[samples.Events.Count / 2]["date"]!.GetValue<string>();

        var filtered = ListEvents(samples.Path, "--until", until);

        AssertSameEvents(samples.Events.Where(e => string.CompareOrdinal(Str(e, "date"), until) <= 0), filtered);
        Assert.InRange(filtered.Count, 1, samples.Events.Count - 1);
        Assert.All(filtered, e => Assert.True(string.CompareOrdinal(Str(e, "date"), until) <= 0));
    }

    [Fact]
    public void Events_type_matches_a_sub_event_type_case_insensitively()
    {
        var subType = samples.Events.GroupBy(e => Str(e, "sub_event_type")!).OrderByDescending(g => g.Count()).First().Key;

        var filtered = ListEvents(samples.Path, "--type", subType.ToLowerInvariant());

        AssertSameEvents(samples.Events.Where(e => Str(e, "sub_event_type") == subType), filtered);
        Assert.InRange(filtered.Count, 1, samples.Events.Count - 1);
    }

    [Fact]
    public void Events_type_matches_an_event_type()
    {
        var type = samples.Events.GroupBy(e => Str(e, "event_type")!).OrderByDescending(g => g.Count()).First().Key;

        var filtered = ListEvents(samples.Path, "--type", type);

        AssertSameEvents(samples.Events.Where(e => Str(e, "event_type") == type), filtered);
        Assert.InRange(filtered.Count, 1, samples.Events.Count - 1);
    }

    [Fact]
    public void Events_actor_matches_part_of_any_actor_name()
    {
        // The last word of the commonest actor ("Russia" of "Military Forces of Russia"), in lower case.
        var actor = samples.Events.Select(e => Str(e, "actor1")).OfType<string>()
            .GroupBy(a => a).OrderByDescending(g => g.Count()).First().Key;
        var part = actor.Split(' ')[^1].ToLowerInvariant();

        var filtered = ListEvents(samples.Path, "--actor", part);

        AssertSameEvents(samples.Events.Where(e => Actors(e).Any(a => a.Contains(part, StringComparison.OrdinalIgnoreCase))), filtered);
        Assert.InRange(filtered.Count, 1, samples.Events.Count - 1);
        Assert.Contains(filtered, e => Str(e, "actor1") == actor);
    }

    [Fact]
    public void Events_filters_combine()
    {
        var since = samples.Events[samples.Events.Count / 3]["date"]!.GetValue<string>();
        var type = samples.Events.GroupBy(e => Str(e, "event_type")!).OrderByDescending(g => g.Count()).First().Key;

        var filtered = ListEvents(samples.Path, "--since", since, "--type", type, "--limit", "3");

        var expected = samples.Events
            .Where(e => string.CompareOrdinal(Str(e, "date_end") ?? Str(e, "date"), since) >= 0 && Str(e, "event_type") == type)
            .Take(3);
        AssertSameEvents(expected, filtered);
        Assert.Equal(3, filtered.Count);
    }

    [Fact]
    public void Events_on_a_missing_database_fail_without_creating_it()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("missing.db");

        var result = CliRunner.Run("events", "--db", db, "--format", "jsonl");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no database at " + db, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Events_on_a_missing_database_exit_3()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("missing.db");

        var result = CliRunner.Run("events", "--db", db);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: no database at " + db, line, StringComparison.Ordinal);
    }

    // ---- export ----

    [Fact]
    public void Csv_export_has_acled_columns_first_and_one_row_per_event()
    {
        var result = CliRunner.Run("export", "--db", samples.Path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1", result.Out, StringComparison.Ordinal);
        var rows = ParseCsv(result.Out);
        var header = rows[0];
        Assert.Equal(samples.Events.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var column = (string name) => Array.IndexOf(header, name);
        Assert.Equal(
            samples.Events.Select(e => (Str(e, "event_id"), Str(e, "date"), Str(e, "sub_event_type"))),
            rows.Skip(1).Select(r => ((string?)r[column("event_id_cnty")], (string?)r[column("event_date")], (string?)r[column("sub_event_type")])));
    }

    [Fact]
    public void Geojson_export_to_a_file_is_a_feature_collection_with_one_feature_per_event()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("events.geojson");

        var result = CliRunner.Run("export", "--db", samples.Path, "--format", "geojson", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"{samples.Events.Count} events written to {output}", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".partial"));
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(samples.Events.Select(e => Str(e, "event_id")), features.Select(f => f.GetProperty("id").GetString()));
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.True(geometry.ValueKind == JsonValueKind.Null || geometry.GetProperty("type").GetString() == "Point");
            Assert.False(string.IsNullOrEmpty(f.GetProperty("properties").GetProperty("event_type").GetString()));
        });
    }

    [Fact]
    public void Jsonl_export_lines_parse_and_carry_the_event_type()
    {
        var result = CliRunner.Run("export", "--db", samples.Path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(samples.Events.Count, lines.Count);
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(Str(l, "event_type"))));
        Assert.Equal(samples.Events.Select(e => Str(e, "event_type")), lines.Select(l => Str(l, "event_type")));
    }

    // ---- extract ----

    [Fact]
    public void Extract_prints_one_contract_line_whose_evidence_offsets_cut_the_cleaned_text()
    {
        var result = CliRunner.Run("extract", "--format", "jsonl", "--published", "2024-09-30", Kharkiv);

        Assert.Equal(0, result.ExitCode);
        var line = JsonNode.Parse(Assert.Single(result.OutLines))!.AsObject();
        Assert.Equal(1, line["schema"]!.GetValue<int>());
        Assert.Equal(Kharkiv, Str(line, "id"));
        foreach (var field in new[] { "published", "events", "errors" })
            Assert.True(line.ContainsKey(field), $"the document line has no \"{field}\"");
        Assert.Empty(line["errors"]!.AsArray());
        var events = line["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
            AssertContractEvent(e);

        var reader = new DocumentReader();
        var document = reader.Read(reader.Expand([Kharkiv])).Single().Document!;
        var processed = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build().Process(document, new DateOnly(2024, 9, 30));
        var cleaned = processed.Cleaned.Text;
        Assert.Equal(processed.Events.Count, events.Count);
        var evidence = events.SelectMany(e => e["evidence"]!.AsArray()).Select(x => x!.AsObject()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, x =>
        {
            var start = x["start"]!.GetValue<int>();
            var end = x["end"]!.GetValue<int>();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, cleaned.Length);
            Assert.Equal(Str(x, "text"), cleaned[start..end]);
        });
    }

    private static void AssertContractEvent(JsonObject e)
    {
        foreach (var (field, kinds) in ContractFields)
        {
            Assert.True(e.TryGetPropertyValue(field, out var value), $"event has no \"{field}\"");
            var kind = value?.GetValueKind() ?? JsonValueKind.Null;
            Assert.True(kinds.Contains(kind), $"\"{field}\" is {kind}, the contract allows {string.Join(" or ", kinds)}");
        }
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", Str(e, "date"));
        Assert.Contains(e["time_precision"]!.GetValue<int>(), new[] { 1, 2, 3 });
        Assert.Contains(e["geo_precision"]!.GetValue<int>(), new[] { 1, 2, 3 });
        Assert.True(e["fatalities"]!.GetValue<int>() >= 0);
        Assert.InRange(e["confidence"]!.GetValue<double>(), 0.0, 1.0);
        Assert.Contains(Str(e, "status"), new[] { "reported", "claimed", "confirmed", "denied", "intercepted" });
    }

    // ---- helpers ----

    internal static List<JsonObject> ListEvents(string db, params string[] filters)
    {
        var result = CliRunner.Run(["events", "--db", db, "--format", "jsonl", .. filters]);
        Assert.Equal(0, result.ExitCode);
        return result.OutLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static void AssertSameEvents(IEnumerable<JsonObject> expected, IReadOnlyList<JsonObject> actual) =>
        Assert.Equal(expected.Select(e => e.ToJsonString()), actual.Select(e => e.ToJsonString()));

    private static string? Str(JsonObject e, string field) => e[field]?.GetValue<string>();

    private static IEnumerable<string> Actors(JsonObject e) =>
        new[] { Str(e, "actor1"), Str(e, "actor2") }.OfType<string>()
            .Concat(e["assoc_actor_1"]!.AsArray().Select(a => a!.GetValue<string>()))
            .Concat(e["assoc_actor_2"]!.AsArray().Select(a => a!.GetValue<string>()));

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        Assert.False(quoted, "the CSV ends inside a quoted field");
        Assert.True(field.Length == 0 && row.Count == 0, "the CSV's last record has no line end");
        return rows;
    }
}
