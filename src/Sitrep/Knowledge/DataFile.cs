namespace Sitrep.Knowledge;

/// <summary>One row of a knowledge file, with where it stands so errors and rule ids can point at it.</summary>
public sealed record DataRow(string File, int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}

/// <summary>
/// Reads the project's plain-text knowledge files: UTF-8, one record a line, fields separated by tabs,
/// lines starting with <c>#</c> (the provenance header among them) and blank lines ignored.
/// </summary>
public static class DataFile
{
    public static IReadOnlyList<DataRow> Read(string path, int minimumFields = 1)
    {
        if (!File.Exists(path))
            throw new KnowledgeFileException(path, 0, "knowledge file is missing");
        var rows = new List<DataRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var fields = line.Split('\t').Select(f => f.Trim()).ToArray();
            if (fields.Length < minimumFields)
                throw new KnowledgeFileException(path, lineNumber, $"expected at least {minimumFields} tab-separated fields, found {fields.Length}");
            rows.Add(new DataRow(path, lineNumber, fields));
        }
        return rows;
    }

    /// <summary>
    /// The rows of a knowledge file and of every file a user adds beside it ("facilities.tsv" and "facilities-*.tsv"),
    /// in file-name order; none where the folder is missing.
    /// </summary>
    public static IEnumerable<DataRow> ReadFamily(string folder, string stem, int minimumFields = 1) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, stem + "*.tsv").Order(StringComparer.Ordinal).SelectMany(file => Read(file, minimumFields))
            : [];

    /// <summary>The first field of every row: for word and phrase lists.</summary>
    public static IReadOnlyList<string> ReadList(string path) => Read(path).Select(r => r[0]).ToArray();
}

/// <summary>A knowledge file that is missing or malformed: a defect of the installation, not of the input.</summary>
public sealed class KnowledgeFileException(string path, int line, string message)
    : Exception(line > 0 ? $"{path}:{line}: {message}" : $"{path}: {message}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
}
