using System.Text;

namespace Sitrep.Evaluation;

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Reads a header row first.</summary>
public static class CsvReader
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> ReadRecords(TextReader reader)
    {
        using var rows = ReadRows(reader).GetEnumerator();
        if (!rows.MoveNext())
            yield break;
        var header = rows.Current;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Count == 1 && row[0].Length == 0) continue;
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                record[header[i]] = i < row.Count ? row[i] : "";
            yield return record;
        }
    }

    public static IEnumerable<IReadOnlyList<string>> ReadRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
