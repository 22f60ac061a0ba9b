using System.Text;
using System.Text.Json.Nodes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>
/// Bad input next to a good article: the bad file is named once on stderr, the run exits 1, and the good article is
/// still extracted (by <c>extract</c>) and stored (by <c>ingest</c>).
/// </summary>
public sealed class BadInputTests
{
    private const string Published = "2024-08-19";
    private const string GoodSentence = "Turkish drones struck a village near Afrin on Sunday, killing two civilians, local officials said.";

    [Fact]
    public void A_binary_file_is_reported_and_the_good_article_still_processed()
    {
        using var folder = new TemporaryFolder();
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        Assert.Contains((byte)0, bytes);
        var junk = folder.Write("junk.txt", bytes);

        AssertBadFileSkipped(folder, junk, failedId: junk, problem: "binary content");
    }

    [Fact]
    public void A_broken_jsonl_line_is_reported_with_its_line_number_and_the_other_lines_processed()
    {
        using var folder = new TemporaryFolder();
        var feed = folder.Write("feed.jsonl", string.Join('\n',
            """{"id": "doc-1", "text": "Russian forces struck the city of Kharkiv with two missiles early on Sunday, killing three civilians, the regional governor said.", "published": "2024-03-03"}""",
            """{"id": "doc-2", "text": "Russian artillery shelled the town of Kupiansk on Saturday, wounding two men, local authorities said.", "published": "2024-03-03"}""",
            """{"id": "doc-3", "text": "this line is cut off""",
            """{"id": "doc-4", "text": "Israeli warplanes struck a house in Khan Younis on Monday, killing five people, health officials said.", "published": "2024-05-21"}""") + "\n");
        var good = WriteGood(folder);

        var ingest = Ingest(folder, feed, good);
        Assert.Equal(1, ingest.ExitCode);
        var error = SingleErrorLine(ingest);
        Assert.Contains("feed.jsonl:3", error);
        Assert.Contains("broken JSON", error);
        Assert.Contains("5 documents: 4 stored", ingest.Error);
        Assert.Contains(" 1 failed;", ingest.Error);
        var stored = StoredEvents(folder).Select(e => (string)e["document_id"]!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "doc-1", "doc-2", "doc-4", good }.Order(StringComparer.Ordinal), stored);

        var extract = Extract(feed, good);
        Assert.Equal(1, extract.ExitCode);
        error = SingleErrorLine(extract);
        Assert.Contains("feed.jsonl:3", error);
        var lines = ExtractLines(extract);
        Assert.Equal(new[] { "doc-1", "doc-2", feed + ":3", "doc-4", good }, lines.Select(l => (string)l["id"]!));
        foreach (var index in new[] { 0, 1, 3, 4 })
            Assert.NotEmpty(lines[index]["events"]!.AsArray());
        Assert.Empty(lines[2]["events"]!.AsArray());
        Assert.Single(lines[2]["errors"]!.AsArray());
    }

    [Fact]
    public void An_empty_file_is_reported_and_the_good_article_still_processed()
    {
        using var folder = new TemporaryFolder();
        var empty = folder.Write("empty.txt", []);

        AssertBadFileSkipped(folder, empty, failedId: empty, problem: "empty document");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_without_being_read()
    {
        using var folder = new TemporaryFolder();
        var huge = folder.Write("huge.txt", new string('a', 50 * 1024 * 1024));

        var error = AssertBadFileSkipped(folder, huge, failedId: huge, problem: "is larger than the");
        Assert.Contains("5 MB document limit", error);
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_good_article_still_processed()
    {
        using var folder = new TemporaryFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf\u00e9 owners near Afrin said the market was hit "), 0xFF, .. "on Sunday.\n"u8];
        var broken = folder.Write("broken-utf8.txt", bytes);

        AssertBadFileSkipped(folder, broken, failedId: broken, problem: "invalid UTF-8");
    }

    [Fact]
    public void An_html_page_of_scripts_only_is_reported_as_having_no_article_text()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Write("scripts.html", """
            <!doctype html>
            <html><head><script>var tracking = "Turkish drones struck a village near Afrin on Sunday";</script></head>
            <body><script src="app.js"></script><script>window.render({killed: 2});</script></body></html>
            """);

        AssertBadFileSkipped(folder, page, failedId: page, problem: "no article text");
    }

    [Fact]
    public void A_nonexistent_path_is_reported_and_the_good_article_still_processed()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.File("no-such-article.txt");

        AssertBadFileSkipped(folder, missing, failedId: missing, problem: "no such file");
    }

    [Fact]
    public void Script_text_in_a_real_html_article_is_left_out_and_is_not_an_error()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Write("article.html", $"""
            <!doctype html>
            <html><head><title>Drone strike near Afrin</title>
            <script>var SCRIPT_IN_HEAD = "analytics-7f3a";</script></head>
            <body>
            <p>{GoodSentence}</p>
            <script>document.write("SCRIPT_IN_BODY drones struck");</script>
            <p>The strike hit a car on the edge of the village, a local council official said.</p>
            </body></html>
            """);

        var extract = Extract(page);

        Assert.Equal(0, extract.ExitCode);
        Assert.DoesNotContain(extract.ErrorLines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        var line = Assert.Single(ExtractLines(extract));
        Assert.Equal(page, (string?)line["id"]);
        Assert.Empty(line["errors"]!.AsArray());
        var events = line["events"]!.AsArray();
        Assert.Contains(events, e => EvidenceTexts(e!).Contains(GoodSentence));
        Assert.DoesNotContain("SCRIPT_IN_HEAD", extract.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics-7f3a", extract.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT_IN_BODY", extract.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", extract.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_le_article_with_a_bom_is_decoded()
    {
        using var folder = new TemporaryFolder();
        var text = "Turkish drones struck a village near Afrin on Sunday, killing two civilians, the \u201cvillage council\u201d said.\r\n";
        var article = folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        AssertDecodedRight(article, "the \u201cvillage council\u201d said.");
    }

    [Fact]
    public void A_windows_1252_article_with_curly_quotes_is_decoded()
    {
        using var folder = new TemporaryFolder();
        byte[] bytes =
        [
            .. "Turkish drones struck a village near Afrin on Sunday, killing two civilians, the "u8,
            0x93, .. "village council"u8, 0x94, .. " said.\r\n"u8,
        ];
        var article = folder.Write("cp1252.txt", bytes);

        AssertDecodedRight(article, "the \u201cvillage council\u201d said.");
    }

    private static void AssertDecodedRight(string article, string expectedText)
    {
        var extract = Extract(article);

        Assert.Equal(0, extract.ExitCode);
        Assert.Equal("", extract.Error);
        var line = Assert.Single(ExtractLines(extract));
        var events = line["events"]!.AsArray();
        Assert.NotEmpty(events);
        var evidence = events.SelectMany(e => EvidenceTexts(e!)).ToList();
        Assert.Contains(evidence, t => t.Contains(expectedText, StringComparison.Ordinal));
        Assert.DoesNotContain(evidence, t => t.Contains('\uFFFD') || t.Contains('\0'));
    }

    /// <summary>
    /// Runs <c>ingest</c> and <c>extract</c> over the bad file then a good article, and checks both runs report the bad
    /// file alone and still handle the good one. Returns the ingest error line for further checks.
    /// </summary>
    private static string AssertBadFileSkipped(TemporaryFolder folder, string badPath, string failedId, string problem)
    {
        var good = WriteGood(folder);
        var fileName = Path.GetFileName(badPath);

        var ingest = Ingest(folder, badPath, good);
        Assert.Equal(1, ingest.ExitCode);
        var ingestError = SingleErrorLine(ingest);
        Assert.Contains(fileName, ingestError);
        Assert.Contains(problem, ingestError);
        Assert.Contains("2 documents: 1 stored", ingest.Error);
        Assert.Contains(" 1 failed;", ingest.Error);
        var stored = StoredEvents(folder);
        Assert.Contains(stored, e => (string?)e["document_id"] == good && EvidenceTexts(e).Contains(GoodSentence));
        Assert.DoesNotContain(stored, e => (string?)e["document_id"] == failedId);

        var extract = Extract(badPath, good);
        Assert.Equal(1, extract.ExitCode);
        var extractError = SingleErrorLine(extract);
        Assert.Contains(fileName, extractError);
        Assert.Contains(problem, extractError);
        var lines = ExtractLines(extract);
        Assert.Equal(new[] { failedId, good }, lines.Select(l => (string)l["id"]!));
        Assert.Empty(lines[0]["events"]!.AsArray());
        Assert.Contains(problem, (string)Assert.Single(lines[0]["errors"]!.AsArray())!, StringComparison.Ordinal);
        Assert.Contains(lines[1]["events"]!.AsArray(), e => EvidenceTexts(e!).Contains(GoodSentence));
        return ingestError;
    }

    private static string WriteGood(TemporaryFolder folder) => folder.Write("good.txt", GoodSentence + "\n");

    private static CliResult Ingest(TemporaryFolder folder, params string[] paths) =>
        CliRunner.Run(["ingest", .. paths, "--db", folder.File("events.db"), "--published", Published]);

    private static CliResult Extract(params string[] paths) =>
        CliRunner.Run(["extract", "--format", "jsonl", "--published", Published, .. paths]);

    private static List<JsonObject> StoredEvents(TemporaryFolder folder)
    {
        var events = CliRunner.Run("events", "--db", folder.File("events.db"), "--format", "jsonl");
        Assert.Equal(0, events.ExitCode);
        return events.OutLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static List<JsonObject> ExtractLines(CliResult result) =>
        result.OutLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static List<string> EvidenceTexts(JsonNode e) =>
        e["evidence"]!.AsArray().Select(x => (string)x!["text"]!).ToList();

    private static string SingleErrorLine(CliResult result) =>
        Assert.Single(result.ErrorLines, l => l.StartsWith("error: ", StringComparison.Ordinal));
}
