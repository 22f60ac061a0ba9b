namespace Sitrep.Text;

/// <summary>A word or punctuation mark with its offsets in the text it came from.</summary>
public readonly record struct Token(string Text, int Start)
{
    public int End => Start + Text.Length;
    public string Lower => Text.ToLowerInvariant();
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>
/// Splits English text into words and punctuation. Hyphens and apostrophes inside a word stay in it
/// ("Iraq-based", "Sa'ar"); a possessive "'s" becomes its own token so "Israel's" matches "Israel".
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(text[i].ToString(), i));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
                i++;
            var word = text[start..i];
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                tokens.Add(new Token(word[..^2], start));
                tokens.Add(new Token(word[^2..], start + word.Length - 2));
            }
            else
            {
                tokens.Add(new Token(word, start));
            }
        }
        return tokens;
    }

    /// <summary>A hyphen, apostrophe or digit separator between two letters or digits belongs to the word.</summary>
    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '\'' or '’' or ',' or '.'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
        && (text[i] is not (',' or '.') || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
}
