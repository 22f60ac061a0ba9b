using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// Writes stored events as CSV with ACLED's column names (then Sitrep's own columns), as JSONL event records,
/// or as a GeoJSON FeatureCollection (events without coordinates carry a null geometry, as GeoJSON allows).
/// </summary>
public static class EventExport
{
    /// <summary>ACLED's columns that Sitrep fills, in ACLED's order, then Sitrep's additions.</summary>
    public static readonly string[] CsvColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "date_end", "injuries", "weapon", "quantity", "status", "claimed_by", "reported_by", "confidence",
        "document_id", "url", "rule_ids",
        "origin_country", "origin_admin1", "origin_location", "origin_latitude", "origin_longitude", "origin_geo_precision",
    ];

    public static void WriteCsv(IEnumerable<StoredEvent> events, TextWriter output)
    {
        output.Write(string.Join(',', CsvColumns));
        output.Write('\n');
        foreach (var stored in events)
        {
            var e = stored.Event;
            string?[] values =
            [
                EventId(stored), e.Date, e.Date[..4], Int(e.TimePrecision), e.EventType, e.SubEventType,
                e.Actor1, string.Join("; ", e.AssocActor1), e.Actor2, string.Join("; ", e.AssocActor2),
                e.Country, e.Admin1, e.Admin2, e.Location, Number(e.Latitude), Number(e.Longitude), Int(e.GeoPrecision),
                Source(stored), string.Join(" ", e.Evidence.Select(x => x.Text)), Int(e.Fatalities),
                e.DateEnd, e.Injuries is { } i ? Int(i) : null, e.Weapon, e.Quantity is { } q ? Int(q) : null, e.Status, e.ClaimedBy,
                string.Join("; ", e.ReportedBy), e.Confidence.ToString("0.##", CultureInfo.InvariantCulture),
                stored.DocumentSourceId, stored.Url, string.Join(" ", e.RuleIds),
                e.Origin?.Country, e.Origin?.Admin1, e.Origin?.Location, Number(e.Origin?.Latitude), Number(e.Origin?.Longitude),
                e.Origin is { } origin ? Int(origin.GeoPrecision) : null,
            ];
            output.Write(string.Join(',', values.Select(Quote)));
            output.Write('\n');
        }
    }

    public static void WriteJsonl(IEnumerable<StoredEvent> events, TextWriter output)
    {
        foreach (var stored in events)
        {
            var node = JsonSerializer.SerializeToNode(stored.Event, EventJson.Options)!.AsObject();
            node["event_id"] = EventId(stored);
            node["document_id"] = stored.DocumentSourceId;
            output.Write(node.ToJsonString(EventJson.Options));
            output.Write('\n');
        }
    }

    public static void WriteGeoJson(IEnumerable<StoredEvent> events, TextWriter output)
    {
        var features = new JsonArray();
        foreach (var stored in events)
        {
            var e = stored.Event;
            var properties = JsonSerializer.SerializeToNode(e, EventJson.Options)!.AsObject();
            properties.Remove("latitude");
            properties.Remove("longitude");
            properties["event_id"] = EventId(stored);
            properties["document_id"] = stored.DocumentSourceId;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = EventId(stored),
                ["geometry"] = e.Latitude is { } lat && e.Longitude is { } lon
                    ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }
                    : null,
                ["properties"] = properties,
            });
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        output.Write(collection.ToJsonString(EventJson.Options));
        output.Write('\n');
    }

    /// <summary>Sitrep's event id in ACLED's column: "SR" and the store's number.</summary>
    public static string EventId(StoredEvent stored) => "SR" + stored.Id.ToString(CultureInfo.InvariantCulture);

    private static string Source(StoredEvent stored) =>
        string.Join("; ", new[] { stored.Outlet }.Concat(stored.Event.ReportedBy).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string? Number(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // Spreadsheets run cells that start with = + - @ as formulas; ACLED users open these files in Excel.
        if (value[0] is '=' or '+' or '@' || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
