using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep demo</c>: the bundled sample articles into a fresh database, then a summary.</summary>
internal static class DemoCommand
{
    public static Command Create(CommandContext context)
    {
        var db = new Option<string>("--db")
        {
            Description = "Database to create (replaced if it exists)",
            DefaultValueFactory = _ => "sitrep-demo.db",
            HelpName = "PATH",
        };
        var command = new Command("demo", """
            Ingest the bundled sample articles into a fresh database and print what was found.

            Example:
              sitrep demo
              sitrep events --db sitrep-demo.db --type "Armed clash"
            """)
        { db };

        command.SetAction(parse =>
        {
            var samples = DataLocator.SamplesDirectory()
                ?? throw new CannotRunException("the bundled samples were not found");
            var path = parse.GetValue(db)!;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);

            var report = IngestCommand.Ingest(context, [samples], path, published: null, maxDocumentMegabytes: 5);
            using var store = context.OpenStore(path, mustExist: true);
            var results = context.Console.Results;
            EventTables.WriteSummary(results, store.Summary());
            EventTables.Write(results, store.Events(Storage.EventQuery.All));
            context.Console.Out.WriteLine($"Explore further: sitrep events --db {path}");
            return report.AnyFailed ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        });
        return command;
    }
}
