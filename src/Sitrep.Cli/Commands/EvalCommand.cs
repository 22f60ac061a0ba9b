using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Evaluation;
using Sitrep.Events;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval</c>: per-field accuracy against ACLED-coded events, with the confusions and worst misses.</summary>
internal static class EvalCommand
{
    /// <summary>The targets the project set itself (issues 3 and 4), shown beside each figure.</summary>
    private static readonly Dictionary<EvaluatedField, double> Targets = new()
    {
        [EvaluatedField.EventType] = 0.90,
        [EvaluatedField.SubEventType] = 0.85,
        [EvaluatedField.Actor1] = 0.80,
        [EvaluatedField.Actor2] = 0.70,
        [EvaluatedField.Date] = 0.95,
        [EvaluatedField.Fatalities] = 0.85,
        [EvaluatedField.Country] = 0.97,
        [EvaluatedField.Admin1] = 0.85,
        [EvaluatedField.Location] = 0.85,
    };

    public static Command Create(CommandContext context)
    {
        var gold = new Argument<string>("gold") { Description = "ACLED-format CSV with notes (event_date, event_type, ..., notes, fatalities)" };
        var misses = new Option<int>("--misses") { Description = "How many of the worst misses to show", DefaultValueFactory = _ => 15 };
        var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N rows" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var field = new Option<string?>("--field") { Description = "List only the misses of this field (country, admin1, location_25km, actor1, ...)" };
        field.AcceptOnlyFromAmong(Enum.GetValues<EvaluatedField>().Select(Name).ToArray());
        var command = new Command("eval", """
            Measure extraction against events coded by ACLED. Each row's notes are read as a document published the
            day after its event_date; the coded event that best matches is compared field by field (actor names
            without period marks such as "(2022-)"; location right within 25 km of ACLED's coordinates).

            Examples:
              sitrep eval ../shared/eval/acled-dev.csv
              sitrep eval gold.csv --misses 40 --format json > report.json
              sitrep eval gold.csv --field location_25km --misses 100
            """)
        { gold, misses, limit, format, field };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
                throw new UsageException($"no such file: {path}");
            var count = parse.GetValue(misses);
            if (count < 0)
                throw new UsageException("--misses cannot be negative");
            List<GoldEvent> rows;
            using (var reader = new StreamReader(path))
                rows = GoldEvent.Read(reader).ToList();
            if (parse.GetValue(limit) is { } first)
                rows = rows.Take(first).ToList();
            if (rows.Count == 0)
                throw new UsageException($"{path} has no rows with event_date and notes");

            var report = new Evaluator(context.BuildPipeline()).Evaluate(rows);
            var only = parse.GetValue(field) is { } name ? Enum.GetValues<EvaluatedField>().First(f => Name(f) == name) : (EvaluatedField?)null;
            if (parse.GetValue(format) == "json")
                context.Console.Out.WriteLine(EventJson.Serialize(Json(report, count, only), indented: true));
            else
                WriteTables(context.Console.Results, report, count, only);
            context.Console.Error.WriteLine(SummaryLine(report));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line to paste into notes and docs/accuracy.md.</summary>
    public static string SummaryLine(EvaluationReport report) =>
        $"accuracy over {report.Rows.Count} rows ({report.RowsWithEvents} with an event): " +
        string.Join(", ", Enum.GetValues<EvaluatedField>().Select(f => $"{Name(f)} {report.Accuracy(f):0.000}"));

    private static void WriteTables(IAnsiConsole console, EvaluationReport report, int misses, EvaluatedField? only)
    {
        var fields = new Table().Border(TableBorder.Rounded)
            .Title($"{report.Rows.Count} rows, {report.RowsWithEvents} with at least one coded event")
            .AddColumns("field", "right", "accuracy", "target");
        foreach (var field in Enum.GetValues<EvaluatedField>())
        {
            var accuracy = report.Accuracy(field);
            var target = Targets[field];
            var colour = accuracy >= target ? "green" : "red";
            fields.AddRow(Name(field), report.Rows.Count(r => !r.Wrong.Contains(field)).ToString(CultureInfo.InvariantCulture),
                $"[{colour}]{accuracy:0.000}[/]", target.ToString("0.00", CultureInfo.InvariantCulture));
        }
        console.Write(fields);

        var confusion = new Table().Border(TableBorder.Rounded).Title("sub-event types: ACLED's against Sitrep's (largest first)")
            .AddColumns("ACLED", "Sitrep", "rows");
        foreach (var (goldType, coded, rows) in report.Confusion().Take(30))
            confusion.AddRow(Markup.Escape(goldType), goldType == coded ? $"[green]{Markup.Escape(coded)}[/]" : Markup.Escape(coded), rows.ToString(CultureInfo.InvariantCulture));
        console.Write(confusion);

        if (misses == 0) return;
        var worst = new Table().Border(TableBorder.Rounded).Title($"the {misses} worst misses")
            .AddColumns("row", "wrong", "ACLED", "Sitrep", "notes");
        foreach (var row in WorstMisses(report, misses, only))
        {
            var g = row.Gold;
            var m = row.Match;
            worst.AddRow(
                Markup.Escape(g.Id),
                Markup.Escape(string.Join(" ", row.Wrong.Where(f => only is not null || f < EvaluatedField.Country).Select(Name))),
                Markup.Escape($"{g.Date:yyyy-MM-dd} {g.SubEventType} | {g.Actor1} | {g.Actor2} | {g.Fatalities}"),
                Markup.Escape(m is null ? "(no event)" : $"{m.Date} {m.SubEventType} | {m.Actor1} | {m.Actor2} | {m.Fatalities}"),
                Markup.Escape(g.Notes.Length > 160 ? g.Notes[..157] + "..." : g.Notes));
        }
        console.Write(worst);
    }

    /// <summary>
    /// Rows that miss the most of the fields the coder owns (or, given a field, the rows that miss it), spread over
    /// sub-event types so one kind does not fill the list.
    /// </summary>
    private static IEnumerable<RowOutcome> WorstMisses(EvaluationReport report, int count, EvaluatedField? only) =>
        report.Rows
            .Select(r => (Row: r, Misses: only is { } f0
                ? (r.Wrong.Contains(f0) ? r.Wrong.Count : 0)
                : r.Wrong.Count(f => f < EvaluatedField.Country)))
            .Where(x => x.Misses > 0)
            .GroupBy(x => x.Row.Gold.SubEventType)
            .SelectMany(g => g.OrderByDescending(x => x.Misses).Select((x, rank) => (x.Row, x.Misses, Rank: rank)))
            .OrderBy(x => x.Rank).ThenByDescending(x => x.Misses).ThenBy(x => x.Row.Gold.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Row);

    private static JsonObject Json(EvaluationReport report, int misses, EvaluatedField? only) => new()
    {
        ["rows"] = report.Rows.Count,
        ["rows_with_events"] = report.RowsWithEvents,
        ["accuracy"] = new JsonObject(Enum.GetValues<EvaluatedField>()
            .Select(f => KeyValuePair.Create(Name(f), (JsonNode?)Math.Round(report.Accuracy(f), 4)))),
        ["confusion"] = new JsonArray(report.Confusion()
            .Select(c => (JsonNode?)new JsonObject { ["acled"] = c.Gold, ["sitrep"] = c.Coded, ["rows"] = c.Count }).ToArray()),
        ["worst_misses"] = new JsonArray(WorstMisses(report, misses, only)
            .Select(r => (JsonNode?)new JsonObject
            {
                ["id"] = r.Gold.Id,
                ["wrong"] = new JsonArray(r.Wrong.Select(f => (JsonNode?)Name(f)).ToArray()),
                ["coded"] = r.Match is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(r.Match, EventJson.Options),
            }).ToArray()),
    };

    private static string Name(EvaluatedField field) => field switch
    {
        EvaluatedField.EventType => "event_type",
        EvaluatedField.SubEventType => "sub_event_type",
        EvaluatedField.Actor1 => "actor1",
        EvaluatedField.Actor2 => "actor2",
        EvaluatedField.Date => "date",
        EvaluatedField.Fatalities => "fatalities",
        EvaluatedField.Country => "country",
        EvaluatedField.Admin1 => "admin1",
        _ => "location_25km",
    };
}
