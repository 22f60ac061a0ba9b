using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The command tree. Each command lives in <c>Commands/</c>; this file only assembles them and maps exit codes.</summary>
public static class SitrepCli
{
    public static int Run(string[] args, CliConsole console, TimeProvider time)
    {
        var context = new CommandContext(console, time);
        var root = new RootCommand("""
            Sitrep turns news reports about armed conflict into a sourced, dated, deduplicated event database
            with ACLED's event types and field names.

            Exit codes: 0 all went well; 1 some documents failed (each named on stderr); 2 usage error;
            3 could not run (knowledge files or database unusable).

            Examples:
              sitrep demo
              sitrep extract --format jsonl --published 2024-09-30 article.txt
              sitrep ingest news/ --db events.db
              sitrep events --db events.db --since 2024-09-01 --type "Air/drone strike"
              sitrep export --db events.db --format csv --out events.csv
            """);
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.Error.WriteLine($"usage error: {error.Message}");
            console.Error.WriteLine("Run 'sitrep --help' for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            // Our own exceptions carry exit codes; System.CommandLine's handler would print a stack trace and return 1.
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"usage error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (CannotRunException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.CannotRun;
        }
    }
}

/// <summary>A mistake on the command line found after parsing (a bad date, say). Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The run cannot start: knowledge files or the database are unusable. Exit code 3.</summary>
public sealed class CannotRunException(string message, Exception? inner = null) : Exception(message, inner);
