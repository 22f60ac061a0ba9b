using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Tests.Knowledge;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = new([("US", "country"), ("LeT", "group"), ("Hamas", "group")]);

    private static IReadOnlyList<string> Found(string text) =>
        Matcher.FindAll(Tokenizer.Tokenize(text)).Select(m => m.Value).ToList();

    [Theory]
    // An acronym in capitals, or a short word with a capital inside, matches only as written.
    [InlineData("US drones struck the hills.", new[] { "country" })]
    [InlineData("The officer told us nothing.", new string[0])]
    [InlineData("LeT militants attacked a post.", new[] { "group" })]
    [InlineData("Protesters asked to let the court decide.", new string[0])]
    // Other names match in any case.
    [InlineData("HAMAS and hamas fighters clashed.", new[] { "group", "group" })]
    public void Acronyms_match_only_as_written(string text, string[] values) => Assert.Equal(values, Found(text));
}
