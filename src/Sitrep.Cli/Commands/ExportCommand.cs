using System.CommandLine;
using System.Text;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export</c>: all (or filtered) events as a file other tools read.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var db = CommandContext.DatabaseOption();
        var filters = new EventFilters();
        var format = new Option<string>("--format") { Description = "csv (ACLED's column names), jsonl or geojson", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl", "geojson");
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)", HelpName = "PATH" };
        var command = new Command("export", """
            Export stored events. CSV uses ACLED's column names first (event_id_cnty, event_date, ... fatalities),
            then Sitrep's own (injuries, weapon, status, ...). GeoJSON gives events without coordinates a null geometry.

            Examples:
              sitrep export --format csv --out events.csv
              sitrep export --format geojson --since 2024-09-01 --out september.geojson
            """)
        { db, format, output };
        filters.AddTo(command);

        command.SetAction(parse =>
        {
            var query = filters.Read(parse);
            using var store = context.OpenStore(parse.GetValue(db)!, mustExist: true);
            var events = store.Events(query);
            var path = parse.GetValue(output);
            // Written beside the target and moved over it, so a failed export never leaves half a file.
            var temporary = path is null ? null : path + ".partial";
            using (var writer = temporary is null ? null : new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                var target = writer ?? context.Console.Out;
                switch (parse.GetValue(format))
                {
                    case "csv": EventExport.WriteCsv(events, target); break;
                    case "jsonl": EventExport.WriteJsonl(events, target); break;
                    default: EventExport.WriteGeoJson(events, target); break;
                }
            }
            if (temporary is not null)
            {
                File.Move(temporary, path!, overwrite: true);
                context.Console.Error.WriteLine($"{events.Count} events written to {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
