using Sitrep.Extraction;
using Sitrep.Knowledge;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Extraction;

public sealed class CasualtyCounterTests
{
    private static readonly EventPatterns Patterns = EventPatterns.Load(RepositoryPaths.TestDictionaries);
    private static readonly CasualtyCounter Counter = new(Patterns, Grammar.Load(RepositoryPaths.TestDictionaries));

    [Theory]
    [InlineData("The strike hit a market, killing four people and wounding 12.", 4, 12)]
    [InlineData("Dozens of people were killed.", 12, null)] // ACLED: "dozens" = 12
    [InlineData("A civilian was killed in the blast.", 1, null)]
    [InlineData("Gunmen opened fire, killing a farmer.", 1, null)]
    [InlineData("Gunmen opened fire, killing a farmer and a teacher.", 2, null)] // victims joined by "and a"
    [InlineData("A man was killed and a woman was wounded.", 1, 1)] // "and a woman was injured" is a clause of its own
    [InlineData("No casualties were reported.", 0, 0)]
    [InlineData("A man was shot to death by two armed men.", 1, null)]
    [InlineData("A soldier was found dead in his house.", 1, null)] // a participle between "was" and the death word
    [InlineData("The base was hit on 3 May 2024.", 0, null)] // a date's numbers are no toll
    [InlineData("Gunmen opened fire, killing a farmer and wounding three others.", 1, 3)] // the number is the wounded's
    [InlineData("Gunmen opened fire, killing and wounding three soldiers.", 3, 3)] // "and" joins the two words
    [InlineData("Gunmen opened fire, killing or wounding three soldiers.", 0, 3)] // how many died is not told
    public void Counts_the_toll(string sentence, int fatalities, int? injuries)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var cues = Patterns.Cues.FindAll(tokens);
        Assert.Equal((fatalities, injuries), Counter.Count(tokens, cues, Counter.Numbers(tokens)));
    }
}
