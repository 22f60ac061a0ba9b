using System.Text.Json.Serialization;

namespace Sitrep.Events;

/// <summary>A sentence that supports an event: offsets into the cleaned text of its document.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

/// <summary>
/// Where an attack was launched from, where the text says ("a drone launched from Iraq"): a second place beside the
/// event's own, which is where it struck. Coordinates are null where the text names a country only.
/// </summary>
public sealed record LaunchOrigin(
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("admin1")] string? Admin1,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("latitude")] double? Latitude,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("geo_precision")] int GeoPrecision);

/// <summary>
/// One event in the shape of the contract (<c>shared/docs/event-json.md</c>): ACLED field names and meanings.
/// Fields are never renamed or dropped without a version bump of <c>DocumentResult.SchemaVersion</c>.
/// </summary>
public sealed record EventRecord
{
    [JsonPropertyName("event_type")] public required string EventType { get; init; }
    [JsonPropertyName("sub_event_type")] public required string SubEventType { get; init; }
    [JsonPropertyName("date")] public required string Date { get; init; }
    [JsonPropertyName("date_end")] public string? DateEnd { get; init; }
    [JsonPropertyName("time_precision")] public required int TimePrecision { get; init; }
    [JsonPropertyName("actor1")] public string? Actor1 { get; init; }
    [JsonPropertyName("assoc_actor_1")] public IReadOnlyList<string> AssocActor1 { get; init; } = [];
    [JsonPropertyName("actor2")] public string? Actor2 { get; init; }
    [JsonPropertyName("assoc_actor_2")] public IReadOnlyList<string> AssocActor2 { get; init; } = [];
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; init; }
    [JsonPropertyName("admin2")] public string? Admin2 { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("latitude")] public double? Latitude { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
    [JsonPropertyName("geo_precision")] public int GeoPrecision { get; init; } = 3;
    [JsonPropertyName("fatalities")] public int Fatalities { get; init; }
    [JsonPropertyName("injuries")] public int? Injuries { get; init; }
    [JsonPropertyName("weapon")] public string? Weapon { get; init; }
    [JsonPropertyName("quantity")] public int? Quantity { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("claimed_by")] public string? ClaimedBy { get; init; }
    [JsonPropertyName("reported_by")] public IReadOnlyList<string> ReportedBy { get; init; } = [];
    [JsonPropertyName("evidence")] public required IReadOnlyList<Evidence> Evidence { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }

    /// <summary>Added to the contract: where the attack was launched from, or null where the text does not say.</summary>
    [JsonPropertyName("origin")] public LaunchOrigin? Origin { get; init; }

    /// <summary>Added to the contract: the ids of the knowledge rules that made this coding, for audit.</summary>
    [JsonPropertyName("rule_ids")] public IReadOnlyList<string> RuleIds { get; init; } = [];
}
