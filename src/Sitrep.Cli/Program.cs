using Sitrep.Cli;

return SitrepCli.Run(args, new CliConsole(Console.Out, Console.Error, Console.IsErrorRedirected, Console.IsOutputRedirected), TimeProvider.System);
