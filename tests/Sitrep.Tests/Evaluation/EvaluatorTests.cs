using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Theory]
    [InlineData("Military Forces of Israel (2022-)", "Military Forces of Israel", true)]
    [InlineData("Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen Supreme Political Council", true)]
    [InlineData("NAF: United Armed Forces of Novorossiya", "United Armed Forces of Novorossiya", true)]
    [InlineData("NAF: United Armed Forces of Novorossiya", "NAF", true)]
    [InlineData("Civilians (Palestine)", "civilians (palestine)", true)]
    [InlineData("Civilians (Palestine)", "Civilians (Israel)", false)]
    [InlineData("", null, true)]
    [InlineData("Hamas Movement", null, false)]
    public void Actor_names_compare_without_period_marks_and_by_either_part(string gold, string? coded, bool same) =>
        Assert.Equal(same, ActorNames.Same(gold, coded));

    [Fact]
    public void Csv_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var rows = CsvReader.ReadRows(new StringReader("a,b\n\"x, \"\"y\"\"\",\"line\nbreak\"\n")).ToList();
        Assert.Equal(["x, \"y\"", "line\nbreak"], rows[1]);
    }

    [Fact]
    public void Each_row_is_matched_and_compared_field_by_field()
    {
        var pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.TestData, "eval", "mini.csv"));
        var report = new Evaluator(pipeline).Evaluate(GoldEvent.Read(reader));

        Assert.Equal(3, report.Rows.Count);
        var shelling = report.Rows.Single(r => r.Gold.Id == "TST1");
        Assert.DoesNotContain(EvaluatedField.SubEventType, shelling.Wrong);
        Assert.DoesNotContain(EvaluatedField.Actor1, shelling.Wrong); // period mark ignored
        Assert.DoesNotContain(EvaluatedField.Date, shelling.Wrong);
        Assert.DoesNotContain(EvaluatedField.Fatalities, shelling.Wrong);
        var meeting = report.Rows.Single(r => r.Gold.Id == "TST3"); // a meeting is no protest: nothing coded, all wrong
        Assert.Null(meeting.Match);
        Assert.Equal(Enum.GetValues<EvaluatedField>().Length, meeting.Wrong.Count);
        Assert.Contains(report.Confusion(), c => c is { Gold: "Peaceful protest", Coded: "(none)", Count: 1 });
        Assert.Equal(report.Rows.Count(r => !r.Wrong.Contains(EvaluatedField.Date)) / 3.0, report.Accuracy(EvaluatedField.Date));
    }

    [Fact]
    public void The_cli_prints_json_with_accuracy_per_field()
    {
        var run = CliRunner.Run("eval", Path.Combine(RepositoryPaths.TestData, "eval", "mini.csv"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetInt32());
        Assert.True(json.RootElement.GetProperty("accuracy").GetProperty("sub_event_type").GetDouble() > 0);
        Assert.StartsWith("accuracy over 3 rows", run.ErrorLines.Last());
    }

    [Fact]
    public void The_cli_lists_the_misses_of_one_field()
    {
        var run = CliRunner.Run("eval", Path.Combine(RepositoryPaths.TestData, "eval", "mini.csv"), "--format", "json", "--field", "location_25km");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var wrong = 3 - (int)Math.Round(3 * json.RootElement.GetProperty("accuracy").GetProperty("location_25km").GetDouble());
        var misses = json.RootElement.GetProperty("worst_misses").EnumerateArray().ToList();
        Assert.Equal(wrong, misses.Count);
        Assert.All(misses, m => Assert.Contains(m.GetProperty("wrong").EnumerateArray(), f => f.GetString() == "location_25km"));

        Assert.NotEqual(0, CliRunner.Run("eval", Path.Combine(RepositoryPaths.TestData, "eval", "mini.csv"), "--field", "colour").ExitCode);
    }

    [Fact]
    public void Distances_are_great_circle_kilometres() =>
        Assert.InRange(Evaluator.DistanceKm(33.3152, 44.3661, 33.2625, 44.2346), 12, 15); // central Baghdad to its airport
}
