using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// Markdown is read as plain text whose markers are then removed: heading marks, emphasis, link targets.
/// Blocks that lose markers are no longer verbatim, so their offsets map to the block's start only.
/// </summary>
public static partial class MarkdownBlockSplitter
{
    public static (string? Title, IReadOnlyList<RawBlock> Blocks) Split(string content)
    {
        string? title = null;
        var blocks = new List<RawBlock>();
        foreach (var block in PlainTextBlockSplitter.Split(content))
        {
            var heading = HeadingMark().Match(block.Text);
            var text = heading.Success ? block.Text[heading.Length..] : block.Text;
            text = Link().Replace(text, "$1");
            text = Emphasis().Replace(text, "$2");
            text = text.Trim();
            if (text.Length == 0)
                continue;
            if (heading.Success && heading.Groups[1].Length == 1 && title is null && blocks.Count == 0)
            {
                title = text;
                continue;
            }
            var verbatim = text == block.Text;
            blocks.Add(new RawBlock(text, block.SourceStart, block.SourceLength, verbatim, heading.Success ? BlockHint.Heading : BlockHint.None));
        }
        return (title, blocks);
    }

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();
}
