using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Documents;

public sealed class TextDecoderTests
{
    private const string Sentence = "Shelling hit Kharkiv on “Sunday” – café owners said.";

    public static TheoryData<string, byte[]> ReadableEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(Sentence) },
            { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sentence)] },
            { "UTF-16LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sentence)] },
            { "UTF-16BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sentence)] },
            { "UTF-16LE without BOM", Encoding.Unicode.GetBytes(Sentence) },
            { "Windows-1252", Encoding.GetEncoding(1252).GetBytes(Sentence) },
        };
    }

    [Theory]
    [MemberData(nameof(ReadableEncodings))]
    public void Reads_common_news_encodings(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.True(decoded.Succeeded, $"{name}: {decoded.Problem}");
        Assert.Equal(Sentence, decoded.Text);
    }

    public static TheoryData<string, byte[], string> Unreadable() => new()
    {
        { "empty", [], "empty document" },
        { "whitespace only", "   \n\t\n"u8.ToArray(), "empty document" },
        { "NUL bytes", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00, 0xFF, 0x10], "binary" },
        { "valid UTF-8 then a stray byte", [.. Encoding.UTF8.GetBytes("café "), 0xFF, .. "x"u8.ToArray()], "invalid UTF-8 at byte 6" },
        { "control characters", [.. Enumerable.Repeat((byte)0x01, 50), .. "abc"u8.ToArray()], "binary" },
        { "bytes Windows-1252 leaves undefined", [0x41, 0x81, 0x8D, 0x42], "not Windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Refuses_what_is_not_text_with_a_reason(string name, byte[] bytes, string reason)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.False(decoded.Succeeded, name);
        Assert.Contains(reason, decoded.Problem);
    }
}
