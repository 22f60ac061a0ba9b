using Sitrep.Geo;
using Sitrep.Text;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Geo;

/// <summary>Named facilities: the shipped file, files users add beside it, and how they are found in text.</summary>
public sealed class FacilitiesTests(ShippedGazetteer shipped) : IClassFixture<ShippedGazetteer>
{
    private readonly Gazetteer _gazetteer = shipped.Gazetteer;

    [Fact]
    public void The_shipped_facilities_load_with_their_divisions()
    {
        var facilities = Facilities.Load(RepositoryPaths.Data, _gazetteer);
        Assert.True(facilities.All.Count >= 50);
        var victory = Assert.Single(facilities.All, f => f.Name == "Victory Base Complex");
        Assert.Equal("Iraq", victory.Place.Country);
        Assert.Equal("Baghdad", victory.Place.Admin1);
        // Every facility lies in or near its country: its nearest place of that country is within 100 km.
        foreach (var facility in facilities.All)
        {
            var nearest = _gazetteer.Nearest(facility.Place.Latitude, facility.Place.Longitude, facility.Place.CountryIso2);
            Assert.NotNull(nearest);
            Assert.InRange(Sitrep.Evaluation.Evaluator.DistanceKm(facility.Place.Latitude, facility.Place.Longitude, nearest!.Latitude, nearest.Longitude), 0, 100);
        }
    }

    [Fact]
    public void Files_users_add_beside_the_shipped_one_are_read_too() => InDataFolder(
        ("facilities.tsv", "# made up\nX1\tCamp Anduin\tbase\tIraq\t33.30\t44.40\tAnduin base\n"),
        ("facilities-mine.tsv", "# mine\nX2\tFort Osgiliath\tbase\tSyria\t35.30\t40.10\tOsgiliath fort\n"),
        folder =>
        {
            var facilities = Facilities.Load(folder, _gazetteer);
            Assert.Equal(["Camp Anduin", "Fort Osgiliath"], facilities.All.Select(f => f.Name).Order());
            var found = Assert.Single(facilities.Find(Tokenizer.Tokenize("Drones struck Osgiliath fort on Sunday.")));
            Assert.Equal("X2", found.Value.Id);
        });

    [Fact]
    public void A_facility_row_with_an_unknown_country_is_an_error_naming_the_line() => InDataFolder(
        ("facilities.tsv", "# made up\nX1\tCamp Anduin\tbase\tGondor\t33.30\t44.40\t-\n"),
        ("facilities-none.tsv", "# empty\n"),
        folder =>
        {
            var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Facilities.Load(folder, _gazetteer));
            Assert.Contains("Gondor", error.Message);
        });

    /// <summary>Runs a check on a data folder holding only the given <c>geo/</c> files.</summary>
    private static void InDataFolder((string Name, string Text) one, (string Name, string Text) two, Action<string> check)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-facilities-");
        try
        {
            var geo = Directory.CreateDirectory(Path.Combine(folder.FullName, "geo")).FullName;
            File.WriteAllText(Path.Combine(geo, one.Name), one.Text);
            File.WriteAllText(Path.Combine(geo, two.Name), two.Text);
            check(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
