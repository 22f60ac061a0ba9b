using Microsoft.Extensions.Time.Testing;
using Sitrep.Cli;

namespace Sitrep.Tests.Support;

/// <summary>What a CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the real CLI in-process with captured output, as a pipe would see it, and a fixed clock.</summary>
public static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2024, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args)
    {
        Environment.SetEnvironmentVariable("SITREP_DATA", RepositoryPaths.Data);
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, errorRedirected: true, outputRedirected: true);
        var code = SitrepCli.Run(args, console, new FakeTimeProvider(Now));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
