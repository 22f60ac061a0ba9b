using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>What every command shares: the console, the clock, and how to build the pipeline and open the store.</summary>
public sealed class CommandContext(CliConsole console, TimeProvider time)
{
    public CliConsole Console { get; } = console;
    public TimeProvider Time { get; } = time;

    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = "SQLite database file (created if missing)",
        DefaultValueFactory = _ => "sitrep.db",
        HelpName = "PATH",
    };

    public static Option<string?> PublishedOption() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for documents that carry none",
        HelpName = "DATE",
    };

    public static Option<long> MaxSizeOption() => new("--max-document-mb")
    {
        Description = "Largest document accepted, in MB; larger ones are reported and skipped",
        DefaultValueFactory = _ => 5,
        HelpName = "MB",
    };

    public static Argument<string[]> PathsArgument()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt .md .html .jsonl), directories (read recursively), or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        // An unknown option would otherwise be taken for a file name; a file that starts with "-" can be given as ./-name.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                result.AddError($"unknown option {token.Value}");
        });
        return paths;
    }

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new UsageException($"{option} takes a date as YYYY-MM-DD, not \"{text}\"");
    }

    public SitrepPipeline BuildPipeline()
    {
        var data = DataLocator.DataDirectory()
            ?? throw new CannotRunException("the knowledge files (data/) were not found; set SITREP_DATA to the data folder");
        try
        {
            return new SitrepPipelineBuilder().UseDefaults(data).Build();
        }
        catch (KnowledgeFileException e)
        {
            throw new CannotRunException(e.Message, e);
        }
    }

    public static DocumentReader Reader(long maxDocumentMegabytes)
    {
        if (maxDocumentMegabytes <= 0)
            throw new UsageException("--max-document-mb must be a positive number");
        return new DocumentReader(new DocumentReaderOptions { MaxDocumentBytes = maxDocumentMegabytes * 1024 * 1024 });
    }

    public SqliteEventStore OpenStore(string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
            throw new CannotRunException($"no database at {path}: run 'sitrep ingest' first, or give --db");
        try
        {
            return SqliteEventStore.Open(path, Time);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new CannotRunException($"cannot open the database {path}: {e.Message}", e);
        }
    }

    /// <summary>Cancels on the first Ctrl-C so the current document finishes and is stored whole; a second one kills.</summary>
    public static CancellationTokenSource CancelOnCtrlC(CliConsole console)
    {
        var source = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            if (source.IsCancellationRequested) return;
            e.Cancel = true;
            source.Cancel();
            console.Error.WriteLine("interrupted: finishing the current document, then stopping (Ctrl-C again to abort)");
        };
        return source;
    }
}
