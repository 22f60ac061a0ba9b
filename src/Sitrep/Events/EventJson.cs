using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>The JSON shapes of the contract: the per-document line of <c>sitrep extract</c> and the event record.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    /// <summary>The extract line for a processed document.</summary>
    public static JsonObject Document(DocumentResult result) => new()
    {
        ["schema"] = DocumentResult.SchemaVersion,
        ["id"] = result.Source.Id,
        ["published"] = result.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["published_source"] = result.Published?.SourceName,
        ["title"] = result.Metadata.Title,
        ["url"] = result.Metadata.Url,
        ["events"] = JsonSerializer.SerializeToNode(result.Events, Options),
        ["errors"] = new JsonArray(),
        ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    /// <summary>The extract line for a document that could not be read: its id, no events, the reason.</summary>
    public static JsonObject Failure(DocumentFailure failure) => new()
    {
        ["schema"] = DocumentResult.SchemaVersion,
        ["id"] = failure.DocumentId,
        ["published"] = null,
        ["events"] = new JsonArray(),
        ["errors"] = new JsonArray(JsonValue.Create(failure.Message)),
    };

    public static string Serialize(JsonNode node, bool indented = false) => node.ToJsonString(indented ? Indented : Options);

    public static string Serialize(EventRecord record) => JsonSerializer.Serialize(record, Options);
}
