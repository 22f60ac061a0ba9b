using System.Text;

namespace Sitrep.Text;

/// <summary>
/// An article after cleaning: its title, and its kept blocks joined by blank lines into <see cref="Text"/>,
/// the text every evidence offset points into. Immutable.
/// </summary>
public sealed class CleanedDocument
{
    public const string BlockSeparator = "\n\n";

    public CleanedDocument(string? title, IReadOnlyList<(BlockKind Kind, RawBlock Block)> kept)
    {
        Title = title;
        var text = new StringBuilder();
        var blocks = new List<TextBlock>(kept.Count);
        foreach (var (kind, block) in kept)
        {
            if (text.Length > 0)
                text.Append(BlockSeparator);
            blocks.Add(new TextBlock(kind, text.Length, block.Text.Length, block));
            text.Append(block.Text);
        }
        Text = text.ToString();
        Blocks = blocks;
    }

    public string? Title { get; }
    public string Text { get; }
    public IReadOnlyList<TextBlock> Blocks { get; }

    public TextBlock? BlockAt(int offset) => Blocks.FirstOrDefault(b => offset >= b.Start && offset <= b.End);

    /// <summary>
    /// The offset in the document's original content that a cleaned-text offset came from: exact for plain text,
    /// the start of the element for blocks that markup cleaning rewrote. Null for the separators between blocks.
    /// </summary>
    public int? ToSourceOffset(int offset)
    {
        var block = BlockAt(offset);
        if (block is null)
            return null;
        return block.Source.Verbatim ? block.Source.SourceStart + (offset - block.Start) : block.Source.SourceStart;
    }

    /// <summary>The readable form used by expected-output files: blocks in order, captions marked.</summary>
    public string Render()
    {
        var output = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (output.Length > 0) output.Append(BlockSeparator);
            if (block.Kind == BlockKind.Caption) output.Append("[caption] ");
            output.Append(Text, block.Start, block.Length);
        }
        return output.Append('\n').ToString();
    }
}
