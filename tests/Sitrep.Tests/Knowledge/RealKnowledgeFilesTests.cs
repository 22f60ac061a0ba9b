using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Knowledge;

/// <summary>
/// The suite over the real knowledge files in <c>data/</c>: they load, carry their provenance, and their ids and aliases
/// are unique. <see cref="EventSpecTests"/> runs team-written sentences over them; code tests use
/// <c>testdata/dictionaries</c> instead.
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

    [Fact]
    public void Every_renamed_division_is_one_GeoNames_has()
    {
        // admin1-names.tsv keys its rows by GeoNames' name (without "Governorate" and the like): a row whose name
        // admin1.tsv lacks would never apply.
        var geonames = DataFile.Read(Path.Combine(RepositoryPaths.Data, "geo", "admin1.tsv"), minimumFields: 4)
            .Select(r => $"{r[0]}\t{Sitrep.Geo.Gazetteer.DivisionName(r[2], r[3])}").ToHashSet(StringComparer.Ordinal);
        foreach (var row in DataFile.Read(Path.Combine(RepositoryPaths.Data, "geo", "admin1-names.tsv"), minimumFields: 3))
            Assert.True(geonames.Contains($"{row[0]}\t{row[1]}"), $"admin1-names.tsv:{row.Line}: {row[0]} {row[1]} is not in admin1.tsv");
    }

    [Theory]
    [InlineData("actors/actors.tsv")]
    [InlineData("events/triggers.tsv")]
    [InlineData("events/weapons.tsv")]
    [InlineData("events/cues.tsv")]
    [InlineData("actors/front-lines.tsv")]
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

    [Theory]
    // file | column of the phrase
    [InlineData("actors/generic.tsv", 0)]
    [InlineData("events/triggers.tsv", 1)]
    [InlineData("events/cues.tsv", 1)]
    [InlineData("events/weapons.tsv", 1)]
    public void No_phrase_is_listed_twice(string file, int column)
    {
        var rows = DataFile.Read(Path.Combine(RepositoryPaths.Data, file), minimumFields: column + 1);
        var repeated = rows.GroupBy(r => r[column], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\" on lines {string.Join(", ", g.Select(r => r.Line))}").ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_coalition_and_member_is_a_known_actor_and_no_two_rows_overlap()
    {
        var actors = ActorDictionary.Load(RepositoryPaths.Data);
        var coalitions = Coalitions.Load(RepositoryPaths.Data);
        Assert.NotEmpty(coalitions.All);
        foreach (var row in coalitions.All)
        {
            Assert.NotNull(actors.Named(row.Member));
            Assert.Equal("External/Other forces", actors.Named(row.Coalition)?.Type);
            Assert.Same(row, coalitions.For(row.Member, row.Country, row.From));
        }
    }

    [Fact]
    public void Every_front_line_side_is_a_known_actor_and_every_name_one_place()
    {
        var actors = ActorDictionary.Load(RepositoryPaths.Data);
        var lines = FrontLines.Load(RepositoryPaths.Data);
        Assert.NotEmpty(lines.All);
        foreach (var place in lines.All)
        {
            Assert.NotNull(actors.Named(place.HeldBy));
            Assert.NotNull(actors.Named(place.Facing));
            Assert.NotEqual(place.HeldBy, place.Facing);
        }
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Read(Path.Combine(RepositoryPaths.Data, "actors", "front-lines.tsv"), minimumFields: 8))
            foreach (var name in row[1].Split('|'))
                Assert.True(owners.TryAdd(name, row[0]), $"\"{name}\" names both {owners.GetValueOrDefault(name)} and {row[0]}");
    }

    [Fact]
    public void Every_country_cue_names_a_country_the_gazetteer_has()
    {
        var countries = DataFile.Read(Path.Combine(RepositoryPaths.Data, "geo", "countries.tsv"), minimumFields: 5)
            .Select(r => r[3].Length > 0 ? r[3] : r[2]).ToHashSet(StringComparer.Ordinal);
        var cues = DataFile.Read(Path.Combine(RepositoryPaths.Data, "geo", "country-cues.tsv"), minimumFields: 2);
        Assert.NotEmpty(cues);
        Assert.All(cues, row => Assert.Contains(row[1], countries));
    }

    [Fact]
    public void The_real_files_load_into_a_pipeline() => Assert.Equal(4, Pipeline.Stages.Count);

    [Theory]
    // A strike by an armed side is an air or drone strike; a strike by workers is a protest (or nothing).
    [InlineData("On Sunday, an Israeli strike hit Houla in southern Lebanon, wounding two people.", "Air/drone strike")]
    [InlineData("On Sunday, workers held a general strike in Beirut to demand higher wages.", "Peaceful protest")]
    public void A_strike_is_coded_by_who_strikes(string text, string subEventType)
    {
        var result = Pipeline.Process(new SourceDocument("strike", DocumentFormat.PlainText, text, DocumentMetadata.None), new DateOnly(2024, 9, 30));
        Assert.Equal(subEventType, Assert.Single(result.Events).SubEventType);
    }
}
