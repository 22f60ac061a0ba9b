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

    /// <summary>Writes next to the target and then replaces it, so a failed run never leaves half a file.</summary>
    public void WriteTo(string path)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render());
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
