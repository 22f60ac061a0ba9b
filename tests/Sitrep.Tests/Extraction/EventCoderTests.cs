using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// The event coder over the made-up dictionaries in <c>testdata/dictionaries</c> (Arnor, Gondor), so these tests
/// check the code's rules, not the curation of the real knowledge files.
/// </summary>
public sealed class EventCoderTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.TestDictionaries).Build();

    // Published on a Monday: "on Sunday" is the day before, "on Monday" the same day.
    private static readonly DateOnly Published = new(2024, 9, 30);

    private static DocumentResult Code(string text, DateOnly? published = null) =>
        Pipeline.Process(new SourceDocument("test", DocumentFormat.PlainText, text, DocumentMetadata.None), published ?? Published);

    private static EventRecord Single(string text) => Assert.Single(Code(text).Events);

    [Fact]
    public void Active_voice_gives_actor_date_casualties_and_source()
    {
        var e = Single("The Gondorian army shelled a village near the river on Sunday, killing two civilians, local officials said.");
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Military Forces of Gondor", e.Actor1);
        Assert.Equal("2024-09-29", e.Date);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal(2, e.Fatalities);
        Assert.Equal(["local officials"], e.ReportedBy);
        Assert.Contains("TT03", e.RuleIds);
    }

    [Theory]
    // A regional convention names the unknown killers by the marks the paragraph bears, only where it holds.
    [InlineData("On Sunday, gunmen attacked villagers in Minas Tirith.", "Unidentified Armed Group (Gondor)")]
    [InlineData("On Sunday, gunmen attacked villagers in Minas Tirith in a drive-by.", "Unidentified Gang and/or Corsair Militia")]
    [InlineData("On Sunday, villagers were attacked in Minas Tirith. Police blame rival gangs.", "Unidentified Gang (Gondor)")]
    [InlineData("On Sunday, gunmen attacked villagers in Fornost in a drive-by.", "Unidentified Armed Group (Arnor)")]
    public void Crime_signs_name_an_unknown_perpetrator_by_the_country_s_convention(string text, string actor1) =>
        Assert.Equal(actor1, Single(text).Actor1);

    [Fact]
    public void Fire_at_a_front_line_place_with_no_side_named_came_from_across_the_line()
    {
        var e = Single("On Sunday, positions near Osgiliath were shelled.");
        Assert.Equal("Gondor", e.Country); // the place names its country where nothing else does
        Assert.Equal("Corsairs of Umbar", e.Actor1);
        Assert.Null(e.Actor2); // shells that fell near a place hit no one named
        Assert.Contains("LT01", e.RuleIds);
        // A side the text names stands, and the line holds only between its dates.
        Assert.Equal("Military Forces of Arnor", Single("On Sunday, Arnorian troops shelled positions near Osgiliath.").Actor1);
        Assert.Null(Single("On 20 August 2024, positions near Osgiliath were shelled.").Actor1);
    }

    [Fact]
    public void Passive_voice_makes_the_subject_the_target_and_counts_munitions()
    {
        var e = Single("On Monday, three rockets were fired at a base hosting Arnorian troops.");
        Assert.Null(e.Actor1);
        Assert.Equal("Military Forces of Arnor", e.Actor2);
        Assert.Equal("rocket", e.Weapon);
        Assert.Equal(3, e.Quantity);
        Assert.Equal("2024-09-30", e.Date);
    }

    [Fact]
    public void A_claim_names_the_claimant_as_actor_and_sets_the_status()
    {
        var e = Single("The Rangers claimed a drone attack on the port of Umbar on Sunday.");
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("claimed", e.Status);
        Assert.Equal("Rangers of the North", e.ClaimedBy);
        Assert.Equal("Rangers of the North", e.Actor1);
    }

    [Fact]
    public void An_interception_is_disrupted_weapons_use_with_the_intercepted_weapon()
    {
        var e = Single("On Sunday, the Gondorian navy said a catapult boat had intercepted a drone over the bay.");
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("intercepted", e.Status);
        Assert.Equal("Military Forces of Gondor", e.Actor1);
        Assert.Equal("drone", e.Weapon);
    }

    [Theory]
    [InlineData("The Corsairs would have struck the city if the army had advanced.")] // conditional
    [InlineData("The ministry expects an air strike on the harbour on Monday.")] // expectation
    [InlineData("Since March, the Rangers have clashed with the Corsairs five times.")] // running tally
    [InlineData("The Rangers have attacked Gondorian troops from Arnorian territory.")] // habitual, undated
    [InlineData("The Corsairs may yet open a front in the south, struck by their losses.")] // hypothetical
    [InlineData("Gondor sent ships to strike Umbar's harbour.")] // no trigger: a purpose, not an event
    public void Non_events_code_nothing(string sentence) => Assert.Empty(Code(sentence).Events);

    [Theory]
    [InlineData("\"The Gondorian army shelled our village on Sunday,\" said a farmer.")]
    [InlineData("Witnesses said: “The Gondorian army shelled our village on Sunday.”")]
    public void Words_inside_quotation_marks_code_nothing(string sentence) => Assert.Empty(Code(sentence).Events);

    [Fact]
    public void Background_long_before_publication_is_not_news()
    {
        var result = Code("Bree, which the Gondorian army shelled in March 2023, is quiet now.");
        Assert.Empty(result.Events);
        Assert.Contains(result.Warnings, w => w.Contains("background"));
    }

    [Fact]
    public void Plural_event_nouns_without_a_date_are_events_in_general()
    {
        Assert.Empty(Code("The region has endured setbacks, including air strikes on the northern hills.").Events);
        Assert.Single(Code("Two air strikes hit the northern hills on Sunday.").Events);
    }

    [Fact]
    public void Sentences_telling_one_event_merge_into_one_record_with_all_evidence()
    {
        var text = "On Monday, three rockets were fired at a base hosting Arnorian troops.\n\n" +
                   "The base, which hosts Arnorian troops, was struck by two rockets on Monday evening. No casualties were reported.";
        var result = Code(text);
        var e = Assert.Single(result.Events);
        // Both reports, and the sentence after the second that tells the toll.
        Assert.Equal(3, e.Evidence.Count);
        Assert.Equal("No casualties were reported.", e.Evidence[^1].Text);
        Assert.Equal(3, e.Quantity); // the lead's count
        Assert.Equal(0, e.Fatalities);
        Assert.Equal(0, e.Injuries);
        foreach (var evidence in e.Evidence)
            Assert.Equal(evidence.Text, result.Cleaned.Text[evidence.Start..evidence.End]);
    }

    [Fact]
    public void A_day_earlier_counts_from_the_event_told_before()
    {
        var result = Code("On Monday, three rockets were fired at a base hosting Arnorian troops. " +
                          "A day earlier, the Rangers claimed a drone attack on the port of Umbar.");
        Assert.Equal(["2024-09-29", "2024-09-30"], result.Events.Select(e => e.Date).Order().ToArray());
        Assert.Equal("2024-09-29", result.Events.Single(e => e.SubEventType == "Air/drone strike").Date);
    }

    [Fact]
    public void Relative_dates_without_a_publication_date_are_warned_about_not_invented()
    {
        var result = Pipeline.Process(new SourceDocument("test", DocumentFormat.PlainText,
            "The Gondorian army shelled a village near the river on Sunday.", DocumentMetadata.None));
        Assert.Empty(result.Events);
        Assert.Null(result.Published);
        Assert.Contains(result.Warnings, w => w.Contains("--published"));
    }

    [Fact]
    public void An_undated_event_gets_the_week_before_publication_at_precision_2()
    {
        var e = Single("The Gondorian army shelled a village near the river, killing dozens of people.");
        Assert.Equal("2024-09-24", e.Date);
        Assert.Equal("2024-09-30", e.DateEnd);
        Assert.Equal(2, e.TimePrecision);
        Assert.Equal(12, e.Fatalities); // ACLED: "dozens" = 12
    }

    [Fact]
    public void Captions_do_not_duplicate_body_events()
    {
        var text = "Fighting in the north\n\n" +
                   "The Gondorian army shelled the village of Bree on Sunday, killing two civilians.\n\n" +
                   "AFP\n" +
                   "Residents of Bree after the Gondorian army shelled the village on September 29, 2024.";
        var result = Code(text);
        var e = Assert.Single(result.Events);
        Assert.Equal("2024-09-29", e.Date);
        Assert.Equal(2, e.Fatalities);
    }
}

/// <summary>Actors the text names by role, resolved with the country the text points at (made-up dictionaries).</summary>
public sealed class EventCoderActorTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.TestDictionaries).Build();

    private static EventRecord Single(string text) =>
        Assert.Single(Pipeline.Process(new SourceDocument("test", DocumentFormat.PlainText, text, DocumentMetadata.None), new DateOnly(2024, 9, 30)).Events);

    [Fact]
    public void Generic_actors_take_the_country_the_text_points_at()
    {
        var e = Single("Gunmen attacked villagers in Eriador on Sunday, killing a man.");
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Unidentified Armed Group (Arnor)", e.Actor1);
        Assert.Equal("Civilians (Arnor)", e.Actor2);
        Assert.Equal("Arnor", e.Country);
        Assert.Equal(1, e.Fatalities); // one victim named without a number
    }

    [Fact]
    public void An_attack_on_an_armed_target_is_a_battle()
    {
        var e = Single("Gunmen attacked an army checkpoint in Eriador on Sunday.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void Protests_have_the_country_s_protesters_as_actor1_and_named_groups_associated()
    {
        var e = Single("The Rangers protested in Minas Tirith on Sunday.");
        Assert.Equal("Protesters (Gondor)", e.Actor1);
        Assert.Equal(["Rangers of the North"], e.AssocActor1);
        Assert.Equal("Gondor", e.Country); // the capital outweighs the group's home country
    }

    [Fact]
    public void A_death_sentence_after_an_event_is_its_toll_not_a_new_event()
    {
        var e = Single("The Gondorian army shelled Bree on Sunday. Two villagers were killed.");
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(2, e.Fatalities);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void A_demonym_before_a_generic_word_names_that_country_s_force_and_before_a_place_noun_it_does_not()
    {
        Assert.Equal("Military Forces of Gondor", Single("Gondorian warplanes struck a village in Eriador on Sunday with rockets.").Actor1);
        Assert.Null(Single("Rockets were fired at an army base in Eriador on Sunday.").Actor2);
    }

    [Theory]
    [InlineData("Protesters protested in Minas Tirith on Sunday until the Gondorian police dispersed them.", "Protest with intervention")]
    [InlineData("Protesters protested in Minas Tirith on Sunday and the Gondorian police fired live ammunition.", "Excessive force against protesters")]
    [InlineData("Villagers dispersed by floods protested in Minas Tirith on Sunday.", "Peaceful protest")] // the response follows the protest
    public void Authorities_acting_against_a_protest_change_its_sub_event_type(string sentence, string subEventType) =>
        Assert.Equal(subEventType, Single(sentence).SubEventType);

    [Fact]
    public void A_leader_named_as_target_stands_for_the_group() =>
        Assert.Equal("Rangers of the North", Single("Gondorian warplanes struck a convoy carrying Aragorn in Eriador on Sunday with rockets.").Actor2);

    [Fact]
    public void The_group_refers_back_to_the_group_named_before()
    {
        var result = Pipeline.Process(new SourceDocument("test", DocumentFormat.PlainText,
            "The Rangers have long opposed Gondor. On Sunday, the group attacked an army checkpoint in Eriador.", DocumentMetadata.None),
            new DateOnly(2024, 9, 30));
        Assert.Equal("Rangers of the North", Assert.Single(result.Events).Actor1);
    }

    [Theory]
    [InlineData("The Gondorian army shelled Bree on Sunday, officials confirmed.", "confirmed")]
    [InlineData("The Gondorian army shelled Bree on Sunday, but the army denied responsibility.", "denied")]
    [InlineData("The Gondorian army shelled Bree on Sunday.", "reported")]
    public void Confirmations_and_denials_set_the_status(string sentence, string status) =>
        Assert.Equal(status, Single(sentence).Status);

    [Theory]
    [InlineData("Two groups of villagers clashed in Eriador on Sunday over a land dispute.", "Mob violence")]
    [InlineData("Gunmen clashed with Gondorian troops in Eriador on Sunday.", "Armed clash")]
    [InlineData("Two groups clashed in Eriador on Sunday, firing rifles.", "Armed clash")] // a firearm makes it a battle
    public void A_clash_without_anyone_armed_is_mob_violence(string sentence, string subEventType) =>
        Assert.Equal(subEventType, Single(sentence).SubEventType);

    [Fact]
    public void An_intervention_told_after_a_protest_changes_that_protest()
    {
        var result = Pipeline.Process(new SourceDocument("test", DocumentFormat.PlainText,
            "Protesters protested in Minas Tirith on Sunday. The Gondorian police dispersed them.", DocumentMetadata.None), new DateOnly(2024, 9, 30));
        var e = Assert.Single(result.Events);
        Assert.Equal("Protest with intervention", e.SubEventType);
        Assert.Equal("Police Forces of Gondor", e.Actor2);
        Assert.Equal(2, e.Evidence.Count);
    }
}
