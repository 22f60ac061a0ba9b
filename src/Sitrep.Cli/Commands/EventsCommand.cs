using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c> and <c>sitrep export</c> share these filters.</summary>
internal sealed class EventFilters
{
    public Option<string?> Since { get; } = new("--since") { Description = "Only events on or after this date (YYYY-MM-DD)", HelpName = "DATE" };
    public Option<string?> Until { get; } = new("--until") { Description = "Only events on or before this date (YYYY-MM-DD)", HelpName = "DATE" };
    public Option<string?> Type { get; } = new("--type") { Description = "Event type or sub-event type, as ACLED spells it", HelpName = "TYPE" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Part of an actor's name (actor1, actor2 or associated)", HelpName = "NAME" };
    public Option<string?> Country { get; } = new("--country") { Description = "Country where the event happened", HelpName = "COUNTRY" };
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many events", HelpName = "N" };

    public void AddTo(Command command)
    {
        command.Options.Add(Since);
        command.Options.Add(Until);
        command.Options.Add(Type);
        command.Options.Add(Actor);
        command.Options.Add(Country);
        command.Options.Add(Limit);
    }

    public EventQuery Read(ParseResult parse)
    {
        var since = CommandContext.ParseDate(parse.GetValue(Since), "--since");
        var until = CommandContext.ParseDate(parse.GetValue(Until), "--until");
        if (since > until)
            throw new UsageException("--since is after --until");
        var limit = parse.GetValue(Limit);
        if (limit is <= 0)
            throw new UsageException("--limit must be a positive number");
        return new EventQuery(since, until, parse.GetValue(Type), parse.GetValue(Actor), parse.GetValue(Country), limit);
    }
}

/// <summary><c>sitrep events</c>: query the stored events.</summary>
internal static class EventsCommand
{
    public static Command Create(CommandContext context)
    {
        var db = CommandContext.DatabaseOption();
        var filters = new EventFilters();
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var command = new Command("events", """
            List stored events, oldest first.

            Examples:
              sitrep events --since 2024-09-01 --until 2024-09-30
              sitrep events --type "Air/drone strike" --actor Hezbollah --format jsonl
              sitrep events --country Iraq --format csv > iraq.csv
            """)
        { db, format };
        filters.AddTo(command);

        command.SetAction(parse =>
        {
            var query = filters.Read(parse);
            using var store = context.OpenStore(parse.GetValue(db)!, mustExist: true);
            var events = store.Events(query);
            switch (parse.GetValue(format))
            {
                case "jsonl": EventExport.WriteJsonl(events, context.Console.Out); break;
                case "csv": EventExport.WriteCsv(events, context.Console.Out); break;
                default: EventTables.Write(context.Console.Results, events); break;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
