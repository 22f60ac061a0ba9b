using Sitrep.Documents;
using Sitrep.Runs;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>
/// Reports a run on stderr: each failure as one line "ID: message" at once, and a Spectre.Console progress bar
/// by bytes read when stderr is a terminal and the input is large enough for a bar to help.
/// </summary>
internal sealed class ProgressDisplay : IRunObserver
{
    /// <summary>Below this much input a run is over before a bar would be read.</summary>
    private const long BarThresholdBytes = 2 * 1024 * 1024;
    private const int BarThresholdFiles = 200;

    private readonly CliConsole _console;
    private ProgressTask? _task;

    private ProgressDisplay(CliConsole console) => _console = console;

    public int Failures { get; private set; }

    public static T Run<T>(CliConsole console, IReadOnlyList<InputFile> files, string verb, Func<ProgressDisplay, T> work)
    {
        var display = new ProgressDisplay(console);
        var total = files.Sum(f => f.Bytes);
        var wantsBar = console.ErrorIsTerminal && (total >= BarThresholdBytes || files.Count >= BarThresholdFiles);
        if (!wantsBar)
            return work(display);

        return console.Messages.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                display._task = context.AddTask(verb, maxValue: Math.Max(1, total));
                return work(display);
            });
    }

    public void Failed(DocumentFailure failure)
    {
        Failures++;
        if (_task is null)
            _console.Error.WriteLine($"error: {failure}");
        else
            _console.Messages.MarkupLineInterpolated($"[red]error:[/] {failure.ToString()}");
    }

    public void Advanced(long bytes, string documentId) => _task?.Increment(bytes);
}
