using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Knowledge;

/// <summary>
/// The suite over the real knowledge files in <c>data/</c>: they load, their ids are unique, and team-written
/// sentences code as expected with them. Code tests use <c>testdata/dictionaries</c> instead.
/// </summary>
public sealed class RealKnowledgeFilesTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build();

    [Fact]
    public void Every_data_file_has_a_provenance_header()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories))
        {
            using var stream = file.EndsWith(".gz", StringComparison.Ordinal)
                ? (Stream)new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress)
                : File.OpenRead(file);
            using var reader = new StreamReader(stream);
            var header = new List<string>();
            while (reader.ReadLine() is { } line && line.StartsWith('#'))
                header.Add(line);
            Assert.True(header.Count > 0, $"{file} has no # header");
            Assert.Contains(header, l => l.Contains("Source", StringComparison.OrdinalIgnoreCase) || l.Contains("Licence", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("actors/actors.tsv")]
    [InlineData("events/triggers.tsv")]
    [InlineData("events/weapons.tsv")]
    [InlineData("events/cues.tsv")]
    public void Rule_ids_are_unique(string file)
    {
        var ids = DataFile.Read(Path.Combine(RepositoryPaths.Data, file)).Select(r => r[0]).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_alias_names_two_actors()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Read(Path.Combine(RepositoryPaths.Data, "actors", "actors.tsv")))
        {
            foreach (var alias in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(row[1]))
            {
                if (owners.TryGetValue(alias, out var owner) && owner != row[1])
                    Assert.Fail($"\"{alias}\" names both {owner} and {row[1]}");
                owners[alias] = row[1];
            }
        }
    }

    [Fact]
    public void The_real_files_load_into_a_pipeline() => Assert.Equal(4, Pipeline.Stages.Count);

    public static TheoryData<string, string, string?, string?> Sentences() => new()
    {
        // sentence (published 2024-09-30, a Monday) | sub-event type | actor1 | actor2
        { "Israeli warplanes struck a house in Khan Younis on Sunday, killing seven people, medics said.", "Air/drone strike", "Military Forces of Israel", null },
        { "Kata'ib Hizballah claimed a drone attack on a base in Syria on Saturday.", "Air/drone strike", "Kataib Hezbollah", null },
        { "Russian forces shelled the city of Kherson on Monday, killing three people and wounding 12.", "Shelling/artillery/missile attack", "Military Forces of Russia", null },
        { "Al-Shabaab fighters clashed with Somali troops near Jowhar on Sunday.", "Armed clash", "Al Shabaab", "Military Forces of Somalia" },
        { "The Houthis fired two ballistic missiles at a tanker in the Red Sea on Saturday.", "Shelling/artillery/missile attack", "Ansar Allah", null },
        { "A US destroyer shot down three Houthi drones over the Red Sea on Sunday.", "Disrupted weapons use", "Military Forces of the United States", null },
        { "Iraqi police arrested five suspects in Basra on Sunday.", "Arrests", "Police Forces of Iraq", null },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Team_written_sentences_code_as_expected(string sentence, string subEventType, string? actor1, string? actor2)
    {
        var result = Pipeline.Process(new SourceDocument("spec", DocumentFormat.PlainText, sentence, DocumentMetadata.None), new DateOnly(2024, 9, 30));
        var e = Assert.Single(result.Events);
        Assert.Equal(subEventType, e.SubEventType);
        Assert.Equal(actor1, e.Actor1);
        if (actor2 is not null) Assert.Equal(actor2, e.Actor2);
    }
}
