using System.Text;
using Sitrep.Documents;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Documents;

public sealed class DocumentReaderTests
{
    private static readonly DocumentReader Reader = new();

    [Fact]
    public void Directories_are_read_recursively_in_path_order_skipping_other_files_and_folder_notes()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b/second.html", "<html><body><article><p>Second.</p></article></body></html>");
        folder.Write("a/first.txt", "First.");
        folder.Write("a/notes.docx", "not an article");
        folder.Write("README.md", "About this folder.");
        folder.Write("c/third.md", "# Third\n\nThird.");

        var documents = Reader.Read(Reader.Expand([folder.Path])).Select(r => r.Document!).ToList();

        Assert.Equal(["first.txt", "second.html", "third.md"], documents.Select(d => Path.GetFileName(d.Id)).ToArray());
        Assert.Equal([DocumentFormat.PlainText, DocumentFormat.Html, DocumentFormat.Markdown], documents.Select(d => d.Format).ToArray());
    }

    [Fact]
    public void Jsonl_lines_carry_their_metadata_and_html_or_text()
    {
        using var folder = new TemporaryFolder();
        var feed = folder.Write("feed.jsonl",
            """
            {"id": "a", "text": "Rockets hit the base.", "published": "2024-09-30", "title": "T", "url": "https://example.org/a", "outlet": "Wire"}

            {"id": "b", "html": "<p>Drones struck.</p>", "published": "2024-09-29T23:30:00+03:00"}
            """);
        var documents = Reader.Read(Reader.Expand([feed])).Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count); // the blank line is no document
        Assert.Equal(new DocumentMetadata("T", "https://example.org/a", "Wire", new DateOnly(2024, 9, 30)), documents[0].Metadata);
        Assert.Equal(DocumentFormat.Html, documents[1].Format);
        Assert.Equal(new DateOnly(2024, 9, 29), documents[1].Metadata.Published); // the day as written, not converted to UTC
    }

    [Fact]
    public void Standard_input_is_one_document_sniffed_for_html()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Shelling hit the town.</p></body></html>"));
        var result = Assert.Single(Reader.Read(Reader.Expand(["-"]), () => input));
        Assert.Equal("-", result.Document!.Id);
        Assert.Equal(DocumentFormat.Html, result.Document.Format);
    }

    [Fact]
    public void Same_content_has_the_same_hash_whatever_its_id()
    {
        var a = new SourceDocument("a.txt", DocumentFormat.PlainText, "Rockets hit the base.", DocumentMetadata.None);
        var b = new SourceDocument("copy/a.txt", DocumentFormat.PlainText, "Rockets hit the base.", DocumentMetadata.None);
        var c = new SourceDocument("a.txt", DocumentFormat.PlainText, "Rockets hit the camp.", DocumentMetadata.None);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Fact]
    public void A_jsonl_line_without_text_or_html_and_a_bad_date_are_failures_with_their_line()
    {
        using var folder = new TemporaryFolder();
        var feed = folder.Write("feed.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\", \"text\": \"x\", \"published\": \"last Tuesday\"}\n[1, 2]\n");
        var failures = Reader.Read(Reader.Expand([feed])).Select(r => r.Failure!).ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(":1", failures[0].DocumentId);
        Assert.Contains("no \"text\" or \"html\"", failures[0].Message);
        Assert.Contains(":2", failures[1].DocumentId);
        Assert.Contains("not a date", failures[1].Message);
        Assert.Contains(":3", failures[2].DocumentId);
        Assert.Contains("JSON object", failures[2].Message);
    }
}
