namespace Sitrep.Text;

/// <summary>
/// Turns an article's raw blocks into <see cref="CleanedDocument"/>: drops repeated headlines, photo credits,
/// duplicated captions, pull quotes and site furniture, and marks captions so they are read apart from the body.
/// Immutable and thread-safe.
/// </summary>
public sealed class ArticleCleaner(CleaningRules rules, SentenceSplitter sentences)
{
    /// <summary>A first block longer than this is the story's lead, not its headline.</summary>
    private const int MaxHeadlineWords = 20;

    private const int MaxPullQuoteWords = 60;

    /// <summary>Pull quotes are sentences; below this many distinct words a block is a subheading.</summary>
    private const int MinPullQuoteDistinctWords = 4;

    private const double PullQuoteOverlap = 0.6;

    /// <param name="raw">The blocks as split from the source, in document order.</param>
    /// <param name="title">The title the metadata gave, if any.</param>
    /// <param name="firstBlockMayBeTitle">True for plain text, where the headline is the first line.</param>
    public CleanedDocument Clean(IReadOnlyList<RawBlock> raw, string? title, bool firstBlockMayBeTitle)
    {
        var blocks = raw.ToList();
        if (firstBlockMayBeTitle && blocks.Count > 1 && LooksLikeHeadline(blocks[0].Text))
        {
            title ??= blocks[0].Text;
            if (Same(blocks[0].Text, title))
                blocks.RemoveAt(0);
        }

        var cut = blocks.FindIndex(b => rules.CutMarkers.Contains(CleaningRules.Normalize(b.Text)));
        if (cut >= 0)
            blocks.RemoveRange(cut, blocks.Count - cut);

        var kinds = new BlockKind?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (IsFurniture(text) || IsCredit(text) || (title is not null && Same(text, title)))
                continue;
            kinds[i] = blocks[i].Hint == BlockHint.Caption ? BlockKind.Caption : BlockKind.Body;
        }

        // A credit line sits between a photo and its caption: the block after it is the caption, and a block before
        // it that says the same thing is the caption printed twice.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsCredit(blocks[i].Text)) continue;
            if (i + 1 < blocks.Count && kinds[i + 1] is not null)
            {
                kinds[i + 1] = BlockKind.Caption;
                if (i > 0 && kinds[i - 1] is not null && Same(blocks[i - 1].Text, blocks[i + 1].Text))
                    kinds[i - 1] = null;
            }
        }

        var captionsSeen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<(BlockKind, RawBlock)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (kinds[i] is not { } kind) continue;
            var block = blocks[i];
            if (kind == BlockKind.Caption)
            {
                block = WithoutTrailingCredit(block);
                if (!captionsSeen.Add(CleaningRules.Normalize(block.Text))) continue;
            }
            else if (IsPullQuote(i, blocks, kinds))
            {
                continue;
            }
            kept.Add((kind, block));
        }
        return new CleanedDocument(title, kept);
    }

    public bool IsCredit(string text)
    {
        var normalized = CleaningRules.Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 120)
            return false;
        if (rules.Agencies.Contains(normalized))
            return true;
        foreach (var prefix in rules.CreditPrefixes)
        {
            if (normalized.StartsWith(CleaningRules.Normalize(prefix), StringComparison.Ordinal))
                return true;
        }
        // "NAME / AGENCY", "NAME/AGENCY", "NAME via AGENCY"
        var separator = normalized.LastIndexOf('/');
        var via = normalized.LastIndexOf(" via ", StringComparison.Ordinal);
        var (left, right) = separator > 0
            ? (normalized[..separator], normalized[(separator + 1)..])
            : via > 0 ? (normalized[..via], normalized[(via + 5)..]) : ("", "");
        if (left.Length == 0) return false;
        right = right.Trim();
        var agencyNamed = rules.Agencies.Contains(right)
            || right.Split(" via ").All(part => rules.Agencies.Contains(part.Trim()));
        var wordsLeft = left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return agencyNamed && wordsLeft <= 6 && !PlainTextBlockSplitter.EndsSentence(left);
    }

    private bool IsFurniture(string text)
    {
        var normalized = CleaningRules.Normalize(text);
        if (rules.Furniture.Contains(normalized))
            return true;
        foreach (var prefix in rules.FurniturePrefixes)
        {
            if (normalized.StartsWith(CleaningRules.Normalize(prefix), StringComparison.Ordinal) && normalized.Length < 100)
                return true;
        }
        return false;
    }

    /// <summary>Captions often end with their credit: "... on Sunday. (JANE DOE / AFP)".</summary>
    private RawBlock WithoutTrailingCredit(RawBlock block)
    {
        var text = block.Text.TrimEnd();
        var cut = -1;
        if (text.EndsWith(')'))
            cut = text.LastIndexOf('(');
        else
        {
            var lastStop = text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, text.Length - 2));
            if (lastStop > 0) cut = lastStop + 1;
        }
        if (cut <= 0 || !IsCredit(text[cut..]))
            return block;
        var kept = text[..cut].TrimEnd();
        return block with { Text = kept, Verbatim = block.Verbatim, SourceLength = block.Verbatim ? kept.Length : block.SourceLength };
    }

    private bool IsPullQuote(int index, List<RawBlock> blocks, BlockKind?[] kinds)
    {
        var text = blocks[index].Text;
        if (PlainTextBlockSplitter.EndsSentence(text) && blocks[index].Hint != BlockHint.Quote)
            return false;
        if (sentences.Split(text).Count != 1)
            return false;
        var words = Words(text);
        if (words.Count < MinPullQuoteDistinctWords || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxPullQuoteWords)
            return false;
        for (var j = 0; j < blocks.Count; j++)
        {
            if (j == index || kinds[j] != BlockKind.Body || blocks[j].Text.Length < text.Length / 2) continue;
            var other = Words(blocks[j].Text);
            var shared = words.Count(other.Contains);
            if (shared >= PullQuoteOverlap * words.Count)
                return true;
        }
        return false;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                if (i - start >= 3) words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    private static bool LooksLikeHeadline(string text) =>
        !PlainTextBlockSplitter.EndsSentence(text)
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords;

    private static bool Same(string a, string b) =>
        string.Equals(CleaningRules.Normalize(a), CleaningRules.Normalize(b), StringComparison.Ordinal);
}
