using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>
/// Where the CLI writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.
/// Progress is drawn only when stderr is a terminal, so pipes and CI logs stay clean.
/// </summary>
public sealed class CliConsole
{
    /// <summary>Tables written to a file or pipe are for reading later, not for a terminal's width.</summary>
    private const int RedirectedWidth = 220;

    public CliConsole(TextWriter output, TextWriter error, bool errorRedirected, bool outputRedirected = true)
    {
        Out = output;
        Error = error;
        ErrorIsTerminal = !errorRedirected;
        Results = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (outputRedirected)
            Results.Profile.Width = RedirectedWidth;
        Messages = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = errorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = errorRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public bool ErrorIsTerminal { get; }
    public IAnsiConsole Results { get; }
    public IAnsiConsole Messages { get; }
}
