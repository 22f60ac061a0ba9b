using Sitrep.Events;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Tables for people: events one a row, and the summary the demo prints.</summary>
internal static class EventTables
{
    public static void Write(IAnsiConsole console, IEnumerable<(string Source, EventRecord Event)> events)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("date", "sub-event type", "actor 1", "actor 2", "fatalities", "status", "evidence", "source");
        foreach (var (source, e) in events)
        {
            var evidence = e.Evidence.Count == 0 ? "" : e.Evidence[0].Text;
            if (evidence.Length > 90) evidence = evidence[..87] + "...";
            table.AddRow(
                Markup.Escape(e.DateEnd is null ? e.Date : $"{e.Date}..{e.DateEnd}"),
                Markup.Escape(e.SubEventType),
                Markup.Escape(e.Actor1 ?? ""),
                Markup.Escape(e.Actor2 ?? ""),
                e.Fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(e.Status),
                Markup.Escape(evidence),
                Markup.Escape(Path.GetFileName(source)));
        }
        console.Write(table);
    }

    public static void Write(IAnsiConsole console, IEnumerable<StoredEvent> events) =>
        Write(console, events.Select(s => (s.DocumentSourceId, s.Event)));

    public static void WriteSummary(IAnsiConsole console, StoreSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{summary.Documents} documents, {summary.Events} events, {summary.Fatalities} fatalities")
            .AddColumns("event type", "sub-event type", "events", "fatalities");
        foreach (var (type, subType, count, fatalities) in summary.ByType)
            table.AddRow(Markup.Escape(type), Markup.Escape(subType), count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
    }
}
