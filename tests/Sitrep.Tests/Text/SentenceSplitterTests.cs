using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = SentenceSplitter.Load(RepositoryPaths.TestDictionaries);

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "Rockets hit the base. No one was hurt.", ["Rockets hit the base.", "No one was hurt."] },
        { "Gen. Smith said the U.N. team left. It returned on Sept. 3.", ["Gen. Smith said the U.N. team left.", "It returned on Sept. 3."] },
        { "George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."] },
        { "\"We were hit,\" he said. \"Twice.\"", ["\"We were hit,\" he said.", "\"Twice.\""] },
        { "At 5:30 a.m. local time sirens sounded.", ["At 5:30 a.m. local time sirens sounded."] },
        { "It cost $2.8bn. Saudi Arabia bought ten.", ["It cost $2.8bn.", "Saudi Arabia bought ten."] },
        { "Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_at_sentence_ends_only(string text, string[] expected)
    {
        var spans = Splitter.Split(text);
        Assert.Equal(expected, spans.Select(s => text.Substring(s.Start, s.Length)).ToArray());
    }
}
