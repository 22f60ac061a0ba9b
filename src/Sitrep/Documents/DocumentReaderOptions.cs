namespace Sitrep.Documents;

/// <summary>Limits and defaults for reading input.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>Largest document accepted. News articles are kilobytes; anything near this is a dump or junk.</summary>
    public long MaxDocumentBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>File endings read when a directory is walked. A file named explicitly is read whatever its ending.</summary>
    public IReadOnlySet<string> DirectoryExtensions { get; init; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".jsonl" };
}
