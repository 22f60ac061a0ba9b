namespace Sitrep.Text;

/// <summary>
/// Splits scraped plain text into blocks. Blank lines always separate blocks. A single newline separates blocks
/// where scraped pages put captions and credits on lines of their own (after sentence-final punctuation, or next to
/// a short line); elsewhere it is a soft wrap and becomes a space, which keeps every offset in place.
/// </summary>
public static class PlainTextBlockSplitter
{
    /// <summary>Lines shorter than this are credits, subheads or captions, never the middle of a wrapped paragraph.</summary>
    private const int ShortLine = 40;

    public static IReadOnlyList<RawBlock> Split(string content)
    {
        var lines = Lines(content);
        var blocks = new List<RawBlock>();
        var start = -1;
        var end = -1;
        (int Start, int End)? previous = null;

        foreach (var line in lines)
        {
            var text = content.AsSpan(line.Start, line.End - line.Start);
            if (text.IsWhiteSpace())
            {
                Flush();
                previous = null;
                continue;
            }
            if (previous is { } before && IsBreak(content.AsSpan(before.Start, before.End - before.Start), text))
                Flush();
            if (start < 0) start = line.Start;
            end = line.End;
            previous = line;
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (start < 0) return;
            var span = content.AsSpan(start, end - start);
            var leading = span.Length - span.TrimStart().Length;
            var trailing = span.Length - span.TrimEnd().Length;
            var blockStart = start + leading;
            var length = end - start - leading - trailing;
            var raw = content.Substring(blockStart, length);
            // Same-length replacement: soft line breaks become spaces so offsets stay one to one.
            var text = raw.Replace("\r\n", " \n").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
            blocks.Add(new RawBlock(text, blockStart, length, Verbatim: true));
            start = -1;
        }
    }

    private static bool IsBreak(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.Trim();
        after = after.Trim();
        return before.Length < ShortLine || after.Length < ShortLine || EndsSentence(before);
    }

    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (text.Length > 1 && text[^1] is '"' or '\'' or '”' or '’' or ')' or ']')
            text = text[..^1];
        return text.Length > 0 && text[^1] is '.' or '!' or '?';
    }

    private static List<(int Start, int End)> Lines(string content)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != '\n') continue;
            var end = i > start && content[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end));
            start = i + 1;
        }
        if (start < content.Length)
            lines.Add((start, content.Length));
        return lines;
    }
}
