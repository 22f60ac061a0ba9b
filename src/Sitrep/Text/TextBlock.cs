namespace Sitrep.Text;

/// <summary>What a block of an article is. Captions are kept apart because they repeat body events and carry dates.</summary>
public enum BlockKind
{
    Body,
    Caption,
}

/// <summary>What the markup said about a block before cleaning judged it.</summary>
public enum BlockHint
{
    None,
    Caption,
    Heading,
    Quote,
}

/// <summary>
/// A block as split from the source, before cleaning. <see cref="SourceStart"/> and <see cref="SourceLength"/> locate it
/// in the document's content; when <see cref="Verbatim"/> its text has exactly that length and each character sits at
/// the same offset (soft line breaks become spaces), so offsets map one to one.
/// </summary>
public sealed record RawBlock(string Text, int SourceStart, int SourceLength, bool Verbatim, BlockHint Hint = BlockHint.None);

/// <summary>A block of the cleaned text: <see cref="Start"/> and <see cref="Length"/> are offsets into the cleaned text.</summary>
public sealed record TextBlock(BlockKind Kind, int Start, int Length, RawBlock Source)
{
    public int End => Start + Length;
}
