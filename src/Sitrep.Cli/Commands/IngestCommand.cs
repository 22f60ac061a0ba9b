using System.CommandLine;
using Sitrep.Runs;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest</c>: documents and their events into the database, each document in one transaction.</summary>
internal static class IngestCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = CommandContext.PathsArgument();
        var db = CommandContext.DatabaseOption();
        var published = CommandContext.PublishedOption();
        var maxSize = CommandContext.MaxSizeOption();
        var command = new Command("ingest", """
            Read documents, extract their events and store both. Ingesting the same document again changes nothing,
            unless the pipeline (code or knowledge files) changed since, in which case its events are re-extracted.

            Examples:
              sitrep ingest samples/
              sitrep ingest --db events.db --published 2024-09-30 article.txt feed.jsonl
            """)
        { paths, db, published, maxSize };

        command.SetAction(parse =>
        {
            var report = Ingest(context, parse.GetValue(paths)!, parse.GetValue(db)!,
                CommandContext.ParseDate(parse.GetValue(published), "--published"), parse.GetValue(maxSize));
            return report.AnyFailed ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        });
        return command;
    }

    public static RunReport Ingest(CommandContext context, IEnumerable<string> paths, string database, DateOnly? published, long maxDocumentMegabytes)
    {
        var console = context.Console;
        var pipeline = context.BuildPipeline();
        var reader = CommandContext.Reader(maxDocumentMegabytes);
        var files = reader.Expand(paths);
        using var store = context.OpenStore(database, mustExist: false);
        using var cancel = CommandContext.CancelOnCtrlC(console);
        var run = new DocumentRun(pipeline, reader);
        var report = ProgressDisplay.Run(console, files, "ingesting", display => run.Ingest(files, store, published, display, cancel.Token));
        console.Error.WriteLine(
            $"{report.Documents} documents: {report.Stored} stored, {report.Reextracted} re-extracted, {report.Unchanged} unchanged, " +
            $"{report.Failed} failed; {report.Events} events written to {database}");
        return report;
    }
}
