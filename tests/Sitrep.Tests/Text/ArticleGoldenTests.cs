using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// Every folder under <c>testdata/articles/</c> is one case: <c>source.*</c> in, the cleaned blocks
/// (<c>expected.txt</c>, captions marked) and the metadata (<c>expected-metadata.json</c>) out, and where present
/// the events (<c>expected-events.json</c>). Cleaning runs with the real cleaning rules, which are site conventions
/// rather than curated knowledge.
/// </summary>
public sealed class ArticleGoldenTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryPaths.TestData, "articles")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cleaned_text_matches_expected(string name)
    {
        var result = Process(name);
        var expected = File.ReadAllText(Path.Combine(Folder(name), "expected.txt")).ReplaceLineEndings("\n");
        Assert.Equal(expected, result.Cleaned.Render());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metadata_matches_expected(string name)
    {
        var result = Process(name);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(name), "expected-metadata.json")));
        var root = expected.RootElement;
        Assert.Equal(root.GetProperty("title").GetString(), result.Metadata.Title);
        var published = root.GetProperty("published");
        Assert.Equal(published.ValueKind == JsonValueKind.Null ? null : published.GetString(), result.Published?.Date.ToString("yyyy-MM-dd"));
        var source = root.GetProperty("published_source").GetString();
        Assert.Equal(source == "none" ? null : source, result.Published?.SourceName);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verbatim_blocks_map_back_to_the_source(string name)
    {
        var result = Process(name);
        foreach (var block in result.Cleaned.Blocks.Where(b => b.Source.Verbatim))
        {
            var original = result.Source.Content.Substring(block.Source.SourceStart, block.Source.SourceLength);
            // Soft line breaks became spaces; every other character sits where it was.
            Assert.Equal(original.Replace("\r\n", " \n").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), block.Source.Text);
            Assert.Equal(block.Source.SourceStart + 3, result.Cleaned.ToSourceOffset(block.Start + 3));
        }
    }

    private static string Folder(string name) => Path.Combine(RepositoryPaths.TestData, "articles", name);

    private static DocumentResult Process(string name)
    {
        var source = Directory.GetFiles(Folder(name), "source.*").Single();
        var reader = new DocumentReader();
        var item = reader.Read(reader.Expand([source])).Single();
        Assert.Null(item.Failure);
        return Pipeline.Process(item.Document!);
    }
}
