using System.Globalization;
using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>Parses one JSONL line: <c>{"id", "text" | "html", "published", "title", "url", "outlet"}</c>.</summary>
internal static class JsonlDocument
{
    public static DocumentReadResult Parse(byte[] line, string location)
    {
        var decoded = TextDecoder.Decode(line);
        if (!decoded.Succeeded)
            return DocumentReadResult.Failed(location, decoded.Problem!, line.Length);

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text!);
        }
        catch (JsonException e)
        {
            return DocumentReadResult.Failed(location, $"broken JSON: {FirstSentence(e.Message)}", line.Length);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return DocumentReadResult.Failed(location, "a JSONL line must be a JSON object", line.Length);

            var id = String(root, "id") ?? location;
            var html = String(root, "html");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
                return DocumentReadResult.Failed(id == location ? location : $"{location} ({id})", "no \"text\" or \"html\"", line.Length);

            DateOnly? published = null;
            var publishedText = String(root, "published");
            if (publishedText is not null)
            {
                published = ParseDate(publishedText);
                if (published is null)
                    return DocumentReadResult.Failed($"{location} ({id})", $"\"published\" is not a date: \"{publishedText}\"", line.Length);
            }

            var metadata = new DocumentMetadata(String(root, "title"), String(root, "url"), String(root, "outlet"), published);
            var document = string.IsNullOrWhiteSpace(html)
                ? new SourceDocument(id, DocumentFormat.PlainText, text!, metadata)
                : new SourceDocument(id, DocumentFormat.Html, html, metadata);
            return DocumentReadResult.Read(document, line.Length);
        }
    }

    /// <summary>Accepts <c>YYYY-MM-DD</c> and ISO 8601 timestamps; the calendar day as written is the date.</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant))
            return DateOnly.FromDateTime(instant.DateTime);
        return null;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
