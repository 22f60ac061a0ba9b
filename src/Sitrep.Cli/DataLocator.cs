namespace Sitrep.Cli;

/// <summary>
/// Finds the knowledge files and the samples: <c>$SITREP_DATA</c>, else the copies built next to the binary,
/// else a <c>data/</c> folder in the current directory or one of its parents (a source checkout).
/// </summary>
public static class DataLocator
{
    public static string? DataDirectory() =>
        Environment.GetEnvironmentVariable("SITREP_DATA") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Find("data", marker: Path.Combine("cleaning", "furniture.tsv"));

    public static string? SamplesDirectory() => Find("samples", marker: "README.md");

    private static string? Find(string folder, string marker)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, folder);
        if (File.Exists(Path.Combine(beside, marker)))
            return beside;
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folder);
            if (File.Exists(Path.Combine(candidate, marker)))
                return candidate;
        }
        return null;
    }
}
