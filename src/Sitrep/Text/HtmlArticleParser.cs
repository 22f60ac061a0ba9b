using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>What an HTML page yields before cleaning: its metadata and the candidate blocks of its article body.</summary>
public sealed record HtmlArticle(DocumentMetadata Metadata, IReadOnlyList<RawBlock> Blocks);

/// <summary>
/// Finds the article in a news page: metadata from meta tags, JSON-LD and <c>&lt;time&gt;</c>; body blocks from the
/// <c>&lt;article&gt;</c> (else <c>&lt;main&gt;</c>, else <c>&lt;body&gt;</c>) with scripts, navigation and site
/// furniture removed. Thread-safe: each call uses its own parser.
/// </summary>
public static partial class HtmlArticleParser
{
    private static readonly string[] RemovedElements =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "form", "iframe", "svg", "button", "select"];

    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

    /// <param name="html">The page.</param>
    /// <param name="furnitureMarks">Class or id fragments that mark page furniture (<c>cleaning/furniture-classes.txt</c>).</param>
    public static HtmlArticle Parse(string html, IReadOnlyCollection<string> furnitureMarks)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);

        var metadata = new DocumentMetadata(
            Title: FirstNonEmpty(
                Meta(document, "og:title"),
                Collapse(document.QuerySelector("h1")?.TextContent),
                Collapse(document.Title)),
            Url: FirstNonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(document, "og:url")),
            Outlet: Meta(document, "og:site_name"),
            Published: PublishedDate(document));

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
            return new HtmlArticle(metadata, []);

        foreach (var element in root.QuerySelectorAll("*").ToArray())
        {
            if (RemovedElements.Contains(element.LocalName) || IsFurniture(element, furnitureMarks) || element.LocalName == "h1")
                element.Remove();
        }

        var blocks = new List<RawBlock>();
        foreach (var element in root.QuerySelectorAll(BlockSelector))
        {
            if (element.QuerySelector(BlockSelector) is not null)
                continue; // the inner blocks speak for it
            var hint = element.LocalName switch
            {
                "figcaption" => BlockHint.Caption,
                "blockquote" => BlockHint.Quote,
                "h2" or "h3" or "h4" or "h5" or "h6" => BlockHint.Heading,
                _ => BlockHint.None,
            };
            if (hint == BlockHint.Caption)
            {
                foreach (var credit in element.QuerySelectorAll("*").Where(IsCreditElement).ToArray())
                    credit.Remove();
            }
            Add(element, hint);
        }

        if (blocks.Count == 0)
        {
            // Pages that put paragraphs in bare <div>s: take the innermost elements that hold text.
            foreach (var element in root.QuerySelectorAll("div, section, td"))
            {
                if (element.Children.Any(c => c.LocalName is "div" or "section" or "table"))
                    continue;
                Add(element, BlockHint.None);
            }
        }
        return new HtmlArticle(metadata, blocks);

        void Add(IElement element, BlockHint hint)
        {
            var text = Collapse(element.TextContent);
            if (string.IsNullOrEmpty(text))
                return;
            var start = element.SourceReference?.Position.Position ?? 0;
            var length = Math.Max(0, EndOf(element, html) - start);
            blocks.Add(new RawBlock(text, start, length, Verbatim: false, hint));
        }
    }

    private static int EndOf(IElement element, string html)
    {
        var start = element.SourceReference?.Position.Position ?? 0;
        var close = html.IndexOf("</" + element.LocalName, start, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return start;
        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool IsFurniture(IElement element, IReadOnlyCollection<string> furnitureMarks)
    {
        var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
        if (marks.Length <= 1) return false;
        foreach (var mark in furnitureMarks)
        {
            if (marks.Contains(mark, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsCreditElement(IElement element)
    {
        var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
        return marks.Contains("credit", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("copyright", StringComparison.OrdinalIgnoreCase)
            || element.LocalName == "small";
    }

    private static DateOnly? PublishedDate(IDocument document)
    {
        string?[] candidates =
        [
            Meta(document, "article:published_time"),
            Meta(document, "og:published_time"),
            Meta(document, "date"),
            Meta(document, "pubdate"),
            Meta(document, "publishdate"),
            Meta(document, "dc.date.issued"),
            Meta(document, "dc.date"),
            document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"),
            JsonLdDatePublished(document),
            (document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[pubdate]") ?? document.QuerySelector("time[datetime]"))
                ?.GetAttribute("datetime"),
        ];
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var date = JsonlDocument.ParseDate(candidate);
            if (date is not null) return date;
        }
        return null;
    }

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var found = FindProperty(json.RootElement, "datePublished");
                if (found is not null) return found;
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other sources of the date remain.
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                        return property.Value.GetString();
                    var inner = FindProperty(property.Value, name);
                    if (inner is not null) return inner;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    var inner = FindProperty(item, name);
                    if (inner is not null) return inner;
                }
                break;
        }
        return null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
        }
        return null;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    internal static string Collapse(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
