using System.Text;

namespace Sitrep.Documents;

/// <summary>The outcome of turning bytes into text: the text, or why it is not a text document.</summary>
public readonly record struct DecodedText(string? Text, string? Problem, string EncodingName)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Decodes news files whose encoding nobody declared: BOMs first, then UTF-16 without a BOM,
/// then strict UTF-8, then Windows-1252 (the usual encoding of old scraped pages).
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return new(null, "empty document", "none");

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return DecodeUtf8(bytes[3..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return DecodeWith(Encoding.Unicode, bytes[2..], "UTF-16LE");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return DecodeWith(Encoding.BigEndianUnicode, bytes[2..], "UTF-16BE");

        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
            return DecodeWith(utf16, bytes, utf16.WebName);

        if (bytes.IndexOf((byte)0) >= 0)
            return new(null, "binary content (NUL bytes), not a text document", "none");

        return DecodeUtf8(bytes);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var invalidAt = FirstInvalidUtf8(bytes, out var sawMultiByte);
        if (invalidAt < 0)
            return Checked(StrictUtf8.GetString(bytes), "UTF-8");

        // A file that already holds valid multi-byte UTF-8 and then breaks it is corrupted, not Windows-1252.
        if (sawMultiByte)
            return new(null, $"invalid UTF-8 at byte {invalidAt}", "UTF-8");

        foreach (var b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
                return new(null, $"invalid UTF-8 at byte {invalidAt} and not Windows-1252 text either", "none");
        }
        return Checked(Windows1252.GetString(bytes), "windows-1252");
    }

    private static DecodedText DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return Checked(strict.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return new(null, $"invalid {name}", name);
        }
    }

    /// <summary>Rejects text that decoded but is mostly control characters: binary junk that happens to be valid.</summary>
    private static DecodedText Checked(string text, string encodingName)
    {
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
            return new(null, "empty document", encodingName);
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
                control++;
        }
        if (control > 0 && control * 100 > text.Length)
            return new(null, "binary content (control characters), not a text document", encodingName);
        return new(text, null, encodingName);
    }

    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
            return null;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            if (i % 2 == 0) zeroEven++; else zeroOdd++;
        }
        var pairs = sample.Length / 2;
        // Latin-script UTF-16 has a zero in nearly every other byte, always on the same side.
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05)
            return Encoding.Unicode;
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05)
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out bool sawMultiByte)
    {
        sawMultiByte = false;
        Span<char> scratch = stackalloc char[2048];
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            for (var j = i; j < i + read; j++)
            {
                if (bytes[j] >= 0x80) { sawMultiByte = true; break; }
            }
            i += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
                return i;
            if (status == System.Buffers.OperationStatus.Done)
                return -1;
        }
        return -1;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
