using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>A phrase found in a token list: tokens [<see cref="First"/>, <see cref="First"/>+<see cref="Count"/>).</summary>
public sealed record PhraseMatch<T>(int First, int Count, T Value)
{
    public int Last => First + Count - 1;
}

/// <summary>
/// Finds the longest known phrase starting at each token, case-insensitively. Built once from data, then
/// immutable and thread-safe. Phrases are tokenised like text, so "Kata'ib Hizballah" matches as written.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);
        public T? Value { get; set; }
        public bool Terminal { get; set; }
    }

    private readonly Node _root = new();

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var node = _root;
            foreach (var token in Tokenizer.Tokenize(phrase))
            {
                var key = token.Lower;
                if (!node.Next.TryGetValue(key, out var next))
                    node.Next[key] = next = new Node();
                node = next;
            }
            if (node == _root || node.Terminal) continue; // the first entry of a phrase wins
            node.Terminal = true;
            node.Value = value;
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
            if (node.Terminal)
                best = new PhraseMatch<T>(first, i - first + 1, node.Value!);
        }
        return best;
    }

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
