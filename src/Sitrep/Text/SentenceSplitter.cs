using Sitrep.Knowledge;

namespace Sitrep.Text;

/// <summary>A sentence of the cleaned text: offsets into <see cref="CleanedDocument.Text"/>.</summary>
public sealed record Sentence(int Index, int Start, int Length, string Text, int BlockIndex, BlockKind Kind)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into sentences at . ! ? followed by a space and a capital, a digit or a quote, except after a known
/// abbreviation ("Sept.", "Gen.", "U.S.") or a lone initial. The abbreviations are data
/// (<c>data/text/abbreviations.txt</c>). Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter(IEnumerable<string> abbreviations)
{
    private readonly HashSet<string> _abbreviations =
        new(abbreviations.Select(a => a.TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal);

    public static SentenceSplitter Load(string dataDirectory) =>
        new(DataFile.ReadList(Path.Combine(dataDirectory, "text", "abbreviations.txt")));

    /// <summary>Sentences of every block of a cleaned document, numbered in document order.</summary>
    public IReadOnlyList<Sentence> Split(CleanedDocument document)
    {
        var result = new List<Sentence>();
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            var text = document.Text.Substring(block.Start, block.Length);
            foreach (var (start, length) in Split(text))
                result.Add(new Sentence(result.Count, block.Start + start, length, text.Substring(start, length), b, block.Kind));
        }
        return result;
    }

    /// <summary>(start, length) of each sentence in <paramref name="text"/>, trimmed of surrounding spaces.</summary>
    public IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']') end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) break;
            if (!StartsSentence(text[next])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            Add(start, end);
            start = next;
            i = next - 1;
        }
        Add(start, text.Length);
        return spans;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) spans.Add((from, to - from));
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[';

    private bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial: "George W. Bush"
        return _abbreviations.Contains(word.ToLowerInvariant());
    }
}
