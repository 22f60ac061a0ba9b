using System.CommandLine;
using System.Text.Json.Nodes;
using Sitrep.Events;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract</c>: events of each document to stdout, one JSON line per document; no database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = CommandContext.PathsArgument();
        var published = CommandContext.PublishedOption();
        var maxSize = CommandContext.MaxSizeOption();
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one line per document (the contract); json: one indented array; table: for reading",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table");

        var command = new Command("extract", """
            Extract events from documents and print them, without storing anything.
            Output follows the event contract: {"schema": 1, "id", "published", "events": [...], "errors": [...]}.

            Examples:
              sitrep extract --published 2024-09-30 article.txt
              cat feed.jsonl | sitrep extract --format table -
            """)
        { paths, published, format, maxSize };

        command.SetAction(parse =>
        {
            var console = context.Console;
            var pipeline = context.BuildPipeline();
            var reader = CommandContext.Reader(parse.GetValue(maxSize));
            var date = CommandContext.ParseDate(parse.GetValue(published), "--published");
            var files = reader.Expand(parse.GetValue(paths)!);
            var run = new Runs.DocumentRun(pipeline, reader);
            var kind = parse.GetValue(format)!;
            var collected = new JsonArray();
            var rows = new List<(string Id, EventRecord Event)>();
            using var cancel = CommandContext.CancelOnCtrlC(console);

            var report = ProgressDisplay.Run(console, files, "extracting", display => run.Extract(files, date, (result, failure) =>
            {
                var line = result is not null ? EventJson.Document(result) : EventJson.Failure(failure!);
                switch (kind)
                {
                    case "jsonl":
                        console.Out.WriteLine(EventJson.Serialize(line));
                        break;
                    case "json":
                        collected.Add(line);
                        break;
                    default:
                        if (result is not null) rows.AddRange(result.Events.Select(e => (result.Source.Id, e)));
                        break;
                }
            }, display, cancel.Token));

            if (kind == "json")
                console.Out.WriteLine(EventJson.Serialize(collected, indented: true));
            else if (kind == "table")
                EventTables.Write(console.Results, rows);
            return report.AnyFailed ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        });
        return command;
    }
}
