using Sitrep.Geo;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Extraction;

public sealed class CountryResolverTests
{
    private static readonly CountryResolver Resolver = CountryResolver.Load(RepositoryPaths.TestDictionaries);

    private static string? Resolve(string text) => Resolver.Resolve([Tokenizer.Tokenize(text)]);

    [Theory]
    [InlineData("Shelling hit a market in Gondor.", "Gondor")] // a country's name
    [InlineData("Shelling hit a market in Minas Tirith.", "Gondor")] // its capital
    [InlineData("Shelling hit a market in Tharbad (Eriador).", "Arnor")] // an admin1 name
    [InlineData("Gondorian artillery shelled a market in Tharbad (Eriador).", "Arnor")] // a place outweighs a demonym
    [InlineData("Arnorians fled the shelling.", "Arnor")] // a people
    [InlineData("Shelling hit the eriador road.", null)] // only capitalised names count
    [InlineData("Shelling hit Eriador Springs.", null)] // a name running into a longer one is another place
    [InlineData("Shelling hit a market in Lossarnach Lebennin.", "Gondor")] // a hyphenated province's words written apart
    [InlineData("Gondor-led coalition warplanes struck the hills.", null)] // who leads a coalition is not where it strikes
    [InlineData("Gondorian warplanes struck the hills.", "Gondor")]
    public void Resolves_the_country_a_text_points_at(string text, string? country) => Assert.Equal(country, Resolve(text));

    [Fact]
    public void A_district_given_twice_a_province_of_conflict_data_is_named_with_its_line()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.TestDictionaries, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(RepositoryPaths.TestDictionaries, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(folder.Path, "geo", "admin1-from-admin2.tsv"),
            "# Made up. CC0.\nGO\tAnorien\tNorth\nGO\tAnorien\tSouth\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => CountryResolver.Load(folder.Path));
        Assert.EndsWith("admin1-from-admin2.tsv", error.Path);
        Assert.Equal(3, error.Line);
    }

    private static readonly CountryResolver WithGrammar =
        CountryResolver.Load(RepositoryPaths.TestDictionaries, null, Sitrep.Knowledge.Grammar.Load(RepositoryPaths.TestDictionaries));

    [Theory]
    // Where people or a strike came from is not where the story happened, nor the country that place lies in.
    [InlineData("Herders from Gondor grazed cattle in the hills.", null)]
    [InlineData("Herders from Minas Tirith district of Gondor grazed cattle in the hills.", null)]
    [InlineData("Herders of Gondor grazed cattle in the hills.", "Gondor")]
    public void An_origin_is_no_cue(string text, string? country) => Assert.Equal(country, WithGrammar.Resolve([Tokenizer.Tokenize(text)]));

    [Theory]
    // A country's name that ends a firm's or a body's name names no place; after a word for a part of the country it does.
    [InlineData("A rocket fell on the road opposite the branch of Bank Saderat Gondor.", null)]
    [InlineData("A rocket fell on a road in Northern Gondor.", "Gondor")]
    public void A_name_ending_in_a_country_is_no_cue(string text, string? country) => Assert.Equal(country, WithGrammar.Resolve([Tokenizer.Tokenize(text)]));

    [Theory]
    // A people's name that is also another country's province (Ethiopia's Somali region): the people before a noun,
    // the province where a place is expected.
    [InlineData("A Dunedain army base was shelled in the hills.", "Gondor")]
    [InlineData("Clans clashed in Dunedain region.", "Arnor")]
    public void A_peoples_name_that_is_a_province_is_read_by_its_place(string text, string country) =>
        Assert.Equal(country, WithGrammar.Resolve([Tokenizer.Tokenize(text)]));
}
