using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Reads documents from files, directories (recursively, in ordinal path order), JSONL files and standard input.
/// Never throws for bad input: each unreadable document becomes a <see cref="DocumentFailure"/> and reading goes on.
/// </summary>
public sealed class DocumentReader(DocumentReaderOptions options)
{
    public const string StandardInputPath = "-";

    public DocumentReader() : this(new DocumentReaderOptions()) { }

    /// <summary>Files a set of paths stands for, in reading order, with their sizes (for progress).</summary>
    public IReadOnlyList<InputFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                files.Add(new InputFile(path, 0, Exists: true));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => options.DirectoryExtensions.Contains(Path.GetExtension(f)) && !IsFolderNote(f))
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Select(f => new InputFile(f, new FileInfo(f).Length, Exists: true)));
            }
            else
            {
                var exists = File.Exists(path);
                files.Add(new InputFile(path, exists ? new FileInfo(path).Length : 0, exists));
            }
        }
        return files;
    }

    public IEnumerable<DocumentReadResult> Read(IEnumerable<InputFile> files, Func<Stream>? standardInput = null)
    {
        foreach (var file in files)
        {
            foreach (var result in ReadFile(file, standardInput))
                yield return result;
        }
    }

    private IEnumerable<DocumentReadResult> ReadFile(InputFile file, Func<Stream>? standardInput)
    {
        if (!file.Exists)
        {
            yield return DocumentReadResult.Failed(file.Path, "no such file or directory", 0);
            yield break;
        }
        if (file.Path != StandardInputPath && file.Bytes > options.MaxDocumentBytes && !IsJsonl(file.Path))
        {
            yield return DocumentReadResult.Failed(file.Path,
                $"{Megabytes(file.Bytes)} is larger than the {Megabytes(options.MaxDocumentBytes)} document limit", file.Bytes);
            yield break;
        }

        if (IsJsonl(file.Path))
        {
            foreach (var result in ReadJsonl(file))
                yield return result;
            yield break;
        }

        byte[] bytes;
        string? problem = null;
        try
        {
            bytes = file.Path == StandardInputPath
                ? ReadBounded(standardInput?.Invoke() ?? Console.OpenStandardInput())
                : File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            bytes = [];
            problem = e is InvalidDataException ? e.Message : $"cannot be read: {e.Message}";
        }
        if (problem is not null)
        {
            yield return DocumentReadResult.Failed(file.Path, problem, file.Bytes);
            yield break;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            yield return DocumentReadResult.Failed(file.Path, decoded.Problem!, bytes.Length);
            yield break;
        }
        var format = FormatOf(file.Path, decoded.Text!);
        yield return DocumentReadResult.Read(new SourceDocument(file.Path, format, decoded.Text!, DocumentMetadata.None), bytes.Length);
    }

    private IEnumerable<DocumentReadResult> ReadJsonl(InputFile file)
    {
        Stream stream;
        string? problem = null;
        try
        {
            stream = File.OpenRead(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = Stream.Null;
            problem = $"cannot be read: {e.Message}";
        }
        if (problem is not null)
        {
            yield return DocumentReadResult.Failed(file.Path, problem, 0);
            yield break;
        }

        using (stream)
        {
            var lineNumber = 0;
            foreach (var line in JsonlLines(stream, options.MaxDocumentBytes))
            {
                lineNumber++;
                var location = $"{file.Path}:{lineNumber}";
                if (line.TooLong)
                {
                    yield return DocumentReadResult.Failed(location,
                        $"line is larger than the {Megabytes(options.MaxDocumentBytes)} document limit", line.Bytes.Length);
                    continue;
                }
                if (line.Bytes.Length == 0 || line.Bytes.AsSpan().Trim(" \t\r"u8).IsEmpty)
                    continue;
                yield return JsonlDocument.Parse(line.Bytes, location);
            }
        }
    }

    private readonly record struct JsonlLine(byte[] Bytes, bool TooLong);

    /// <summary>Splits a stream into lines without ever holding more than one oversized line's limit in memory.</summary>
    private static IEnumerable<JsonlLine> JsonlLines(Stream stream, long limit)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(line, buffer, start, i - start, limit, ref tooLong);
                yield return new JsonlLine(tooLong ? [] : line.ToArray(), tooLong);
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
            }
            Append(line, buffer, start, read - start, limit, ref tooLong);
        }
        if (line.Length > 0 || tooLong)
            yield return new JsonlLine(tooLong ? [] : line.ToArray(), tooLong);
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, long limit, ref bool tooLong)
    {
        if (tooLong || count == 0) return;
        if (line.Length + count > limit)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }
        line.Write(buffer, start, count);
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > options.MaxDocumentBytes)
                throw new InvalidDataException($"standard input is larger than the {Megabytes(options.MaxDocumentBytes)} document limit");
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    /// <summary>A folder's README, LICENSE or NOTICE describes the articles; it is not one. Named explicitly, it is read.</summary>
    private static bool IsFolderNote(string path) =>
        Path.GetFileNameWithoutExtension(path).ToUpperInvariant() is "README" or "LICENSE" or "NOTICE" or "CHANGELOG";

    private static bool IsJsonl(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    internal static DocumentFormat FormatOf(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => DocumentFormat.Html,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".txt" => DocumentFormat.PlainText,
            _ => LooksLikeHtml(text) ? DocumentFormat.Html : DocumentFormat.PlainText,
        };
    }

    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}

/// <summary>One input file (or <c>-</c> for standard input) with its size in bytes.</summary>
public sealed record InputFile(string Path, long Bytes, bool Exists);
