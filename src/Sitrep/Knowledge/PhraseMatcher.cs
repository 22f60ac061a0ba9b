using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>A phrase found in a token list: tokens [<see cref="First"/>, <see cref="First"/>+<see cref="Count"/>).</summary>
public sealed record PhraseMatch<T>(int First, int Count, T Value)
{
    public int Last => First + Count - 1;
}

/// <summary>
/// Finds the longest known phrase starting at each token, case-insensitively, except that a word written in capitals
/// in the data (an acronym: "US", "IS", "KH", or "LeT") matches only as written, so "told us" is not the United States.
/// Built once from data, then immutable and thread-safe. Phrases are tokenised like text.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);
        public T? Value { get; set; }
        public bool Terminal { get; set; }

        /// <summary>Per token of the phrase: the exact spelling required (an acronym), or null for any case.</summary>
        public string?[]? ExactSpelling { get; set; }
    }

    private readonly Node _root = new();

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var node = _root;
            var phraseTokens = Tokenizer.Tokenize(phrase);
            foreach (var token in phraseTokens)
            {
                var key = token.Lower;
                if (!node.Next.TryGetValue(key, out var next))
                    node.Next[key] = next = new Node();
                node = next;
            }
            if (node == _root || node.Terminal) continue; // the first entry of a phrase wins
            node.Terminal = true;
            node.Value = value;
            var exact = phraseTokens.Select(t => IsAcronym(t.Text) ? t.Text : null).ToArray();
            node.ExactSpelling = exact.Any(e => e is not null) ? exact : null;
        }
    }

    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int first)
    {
        var node = _root;
        PhraseMatch<T>? best = null;
        for (var i = first; i < tokens.Count; i++)
        {
            if (!node.Next.TryGetValue(tokens[i].Lower, out var next))
                break;
            node = next;
            if (node.Terminal && SpelledAsRequired(node, tokens, first))
                best = new PhraseMatch<T>(first, i - first + 1, node.Value!);
        }
        return best;
    }

    private static bool SpelledAsRequired(Node node, IReadOnlyList<Token> tokens, int first)
    {
        if (node.ExactSpelling is not { } exact) return true;
        for (var k = 0; k < exact.Length; k++)
        {
            if (exact[k] is { } spelling && !string.Equals(tokens[first + k].Text, spelling, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <remarks>
    /// A short word with a capital inside ("LeT", "JeM": Lashkar-e-Taiba, Jaish-e-Mohammed) is one too: "to let the court
    /// decide" names no group.
    /// </remarks>
    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper)
        || word.Length is >= 2 and <= 4 && word.All(char.IsLetter) && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsUpper);

    /// <summary>Non-overlapping longest matches, left to right.</summary>
    public IReadOnlyList<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var match = MatchAt(tokens, i);
            if (match is null) continue;
            found.Add(match);
            i = match.Last;
        }
        return found;
    }
}
