using System.IO.Compression;
using System.Text;

namespace Sitrep.GazetteerBuilder;

/// <summary>
/// A table in the repository's knowledge-file format: '#' header lines (what, source, licence, columns), then one
/// tab-separated row a line. Written as UTF-8 without BOM with LF line ends; rows are sorted by the caller.
/// </summary>
public sealed class TsvTable
{
    private readonly IReadOnlyList<string> _header;
    private readonly IReadOnlyList<string> _columns;
    private readonly List<string[]> _rows = [];

    public TsvTable(IReadOnlyList<string> header, IReadOnlyList<string> columns)
    {
        _header = header;
        _columns = columns;
    }

    public int RowCount => _rows.Count;

    public void Add(params string[] values)
    {
        if (values.Length != _columns.Count)
            throw new InvalidOperationException($"row has {values.Length} values for {_columns.Count} columns: {string.Join(" | ", values)}");
        foreach (var value in values)
            if (value.Any(char.IsControl) || value != value.Trim())
                throw new InvalidOperationException($"value '{value}' would break the table (control character or outer spaces)");
        if (values[0].StartsWith('#'))
            throw new InvalidOperationException($"first value '{values[0]}' would read as a comment");
        _rows.Add(values);
    }

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var line in _header)
            text.Append("# ").Append(line).Append('\n');
        text.Append("# ").AppendJoin('\t', _columns).Append('\n');
        foreach (var row in _rows)
            text.AppendJoin('\t', row).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// The table as gzip, written the same way every time: the header GZipStream writes has no file name and no
    /// modification time (both zero), and its operating-system byte is set to 255 ("unknown") so that the bytes do
    /// not depend on the platform the tool ran on. The deflate stream itself is zlib's at its smallest-size level;
    /// a different zlib build may compress differently (the content is the same).
    /// </summary>
    public byte[] RenderGzip()
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render());
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        var result = compressed.ToArray();
        if (result.Length < 10 || result[0] != 0x1f || result[1] != 0x8b || result[3] != 0)
            throw new InvalidOperationException("GZipStream wrote an unexpected gzip header");
        if (result[4] != 0 || result[5] != 0 || result[6] != 0 || result[7] != 0)
            throw new InvalidOperationException("GZipStream wrote a modification time into the gzip header");
        result[9] = 0xff;
        return result;
    }

    /// <summary>Writes next to the target and then replaces it, so a failed run never leaves half a file.</summary>
    public void WriteTo(string path) =>
        WriteBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render()));

    /// <summary>Writes bytes (the table as <see cref="RenderGzip"/> gives it, say) as <see cref="WriteTo"/> does.</summary>
    public static void WriteBytes(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
