using System.Text.Json;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Knowledge;

/// <summary>
/// The report that started the project (kept outside the repository in <c>shared/corpus</c>, its publisher's
/// copyright) read as published 2024-09-30: the events it reports are found with evidence at the right sentences,
/// and nothing comes from its pull quotes, duplicated caption, furniture, threats or tallies.
/// </summary>
public sealed class CorpusReportTests
{
    private static readonly string Report = Path.Combine(RepositoryPaths.SharedCorpus, "iraqi-front-2024-09.txt");

    [Fact]
    public void Extract_prints_one_line_with_the_reported_events_and_no_non_events()
    {
        if (!File.Exists(Report))
            return; // shared/ sits beside the checkout in development and CI; a bare clone has no corpus to read.

        var run = CliRunner.Run("extract", "--format", "jsonl", "--published", "2024-09-30", Report);
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutLines);
        using var json = JsonDocument.Parse(line);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        var evidence = events.SelectMany(e => e.GetProperty("evidence").EnumerateArray().Select(x => x.GetProperty("text").GetString()!)).ToList();

        var rockets = Assert.Single(events, e => e.GetProperty("sub_event_type").GetString() == "Shelling/artillery/missile attack");
        Assert.Equal("2024-09-30", rockets.GetProperty("date").GetString());
        Assert.Contains(rockets.GetProperty("evidence").EnumerateArray(), x => x.GetProperty("text").GetString()!.StartsWith("On Monday, three rockets were fired at the Victoria military base"));

        var eilat = Assert.Single(events, e => e.GetProperty("status").GetString() == "claimed");
        Assert.Equal("2024-09-29", eilat.GetProperty("date").GetString());
        Assert.Equal("Islamic Resistance in Iraq", eilat.GetProperty("claimed_by").GetString());

        var interception = Assert.Single(events, e => e.GetProperty("sub_event_type").GetString() == "Disrupted weapons use");
        Assert.Equal("2024-09-29", interception.GetProperty("date").GetString());
        Assert.Equal("intercepted", interception.GetProperty("status").GetString());
        // "the Israeli army said a Navy missile boat had intercepted a drone": the boat is Israel's, not the story's Iraq's.
        Assert.Equal("Military Forces of Israel", interception.GetProperty("actor1").GetString());

        // "The assassination of Hezbollah leader Hassan Nasrallah on Friday" and the caption's "killed in an Israeli air
        // strike in Beirut": one air strike on the Friday before publication, told more precisely by the caption.
        var nasrallah = Assert.Single(events, e => e.GetProperty("sub_event_type").GetString() == "Air/drone strike"
            && e.GetProperty("actor2").GetString() == "Hezbollah");
        Assert.Equal("2024-09-27", nasrallah.GetProperty("date").GetString());
        Assert.Equal("Military Forces of Israel", nasrallah.GetProperty("actor1").GetString());
        Assert.Equal("Lebanon", nasrallah.GetProperty("country").GetString());
        Assert.Contains(nasrallah.GetProperty("evidence").EnumerateArray(), x => x.GetProperty("text").GetString()!.StartsWith("The assassination of Hezbollah leader Hassan Nasrallah on Friday"));
        // The assassination the drones avenge is the story's background: the text gives it no date.
        Assert.DoesNotContain(evidence, text => text.Contains("in retaliation for Israel", StringComparison.Ordinal));

        // Offsets cut their sentence out of the cleaned text: check against the original, where the lead is verbatim.
        var first = rockets.GetProperty("evidence")[0];
        Assert.Equal(first.GetProperty("end").GetInt32() - first.GetProperty("start").GetInt32(), first.GetProperty("text").GetString()!.Length);

        string[] neverEvidence =
        [
            "ramp up in attacks in recent days",                 // pull quote
            "yet Iraqi factions are targeting Israel from Iraqi", // pull quote
            "would be attacked if",                               // threat
            "more than 200 attacks",                              // tally
            "have all attacked Israel",                           // habitual
            "expects Israeli air strikes",                        // expectation
            "font change", "Related Articles",                    // furniture
        ];
        foreach (var phrase in neverEvidence)
            Assert.DoesNotContain(evidence, text => text.Contains(phrase, StringComparison.Ordinal));
        // The caption printed twice is kept once: every piece of evidence from it points at the same copy.
        var captionStarts = events.SelectMany(e => e.GetProperty("evidence").EnumerateArray())
            .Where(x => x.GetProperty("text").GetString()!.StartsWith("Mourners march with a symbolic coffin", StringComparison.Ordinal))
            .Select(x => x.GetProperty("start").GetInt32())
            .Distinct();
        Assert.True(captionStarts.Count() <= 1);
    }
}
