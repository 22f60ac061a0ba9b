using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Knowledge;

/// <summary>
/// Runs every example of the spec files in <c>testdata/specs/*.md</c> through the pipeline with the real knowledge
/// files: readable sentences in, expected events out (the Markdig spec-file approach).
/// </summary>
public sealed partial class EventSpecTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build();

    public sealed record Spec(string File, string Title, DateOnly Published, string Text, IReadOnlyList<string[]> Events)
    {
        public override string ToString() => $"{Path.GetFileName(File)}: {Title}";
    }

    public static TheoryData<Spec> Specs()
    {
        var data = new TheoryData<Spec>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.TestData, "specs"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var section in File.ReadAllText(file).ReplaceLineEndings("\n").Split("\n## ").Skip(1))
            {
                var title = section[..section.IndexOf('\n')].Trim();
                var published = DateOnly.Parse(Published().Match(section).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var text = Block().Matches(section).Single(m => m.Groups[1].Value == "text").Groups[2].Value.Trim();
                var events = Block().Matches(section).Single(m => m.Groups[1].Value == "events").Groups[2].Value
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(l => l != "none")
                    .Select(l => l.Split('|').Select(f => f.Trim()).ToArray())
                    .ToList();
                data.Add(new Spec(file, title, published, text, events));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Codes_as_the_spec_says(Spec spec)
    {
        var result = Pipeline.Process(new SourceDocument(spec.Title, DocumentFormat.PlainText, spec.Text, DocumentMetadata.None), spec.Published);
        var coded = result.Events.Select(Fields).ToList();
        Assert.True(spec.Events.Count == coded.Count,
            $"expected {spec.Events.Count} events, coded {coded.Count}: {string.Join(" / ", coded.Select(c => string.Join(" | ", c)))}");
        foreach (var expected in spec.Events)
        {
            Assert.True(coded.Any(c => Matches(expected, c)),
                $"no event matches [{string.Join(" | ", expected)}]; coded: {string.Join(" / ", coded.Select(c => string.Join(" | ", c)))}");
        }
    }

    private static string[] Fields(EventRecord e) =>
        [e.SubEventType, e.Actor1 ?? "-", e.Actor2 ?? "-", e.Date, e.Fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static bool Matches(string[] expected, string[] coded) =>
        expected.Length == coded.Length && expected.Zip(coded).All(p => p.First == "*" || p.First == p.Second);

    [GeneratedRegex(@"^published:\s*(\d{4}-\d{2}-\d{2})", RegexOptions.Multiline)]
    private static partial Regex Published();

    [GeneratedRegex("```(\\w+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
