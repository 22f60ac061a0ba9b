namespace Sitrep.Cli;

/// <summary>The process exit codes, as documented in the README and in <c>sitrep --help</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every document was read and processed.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but some documents could not be read or processed; each was named on stderr.</summary>
    public const int SomeDocumentsFailed = 1;

    /// <summary>The command line was wrong: unknown option, bad date, missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>Nothing could run: the knowledge files or the database could not be opened.</summary>
    public const int CannotRun = 3;
}
