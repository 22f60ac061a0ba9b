namespace Sitrep.Documents;

/// <summary>How a document's content is written, which decides how it is split into blocks.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}

/// <summary>What the input said about a document besides its content. Every field may be missing.</summary>
public sealed record DocumentMetadata(
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    DateOnly? Published = null)
{
    public static DocumentMetadata None { get; } = new();
}

/// <summary>
/// A document as read from its source, decoded to text but not yet cleaned.
/// <paramref name="Id"/> is the caller's id (a JSONL <c>id</c>) or the path it came from.
/// </summary>
public sealed record SourceDocument(string Id, DocumentFormat Format, string Content, DocumentMetadata Metadata)
{
    /// <summary>SHA-256 of the content and format: two reads of the same article share it.</summary>
    public string ContentHash { get; } = ComputeHash(Format, Content);

    private static string ComputeHash(DocumentFormat format, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(format + "\n" + content);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }
}

/// <summary>A document that could not be read, with a message fit for one line on stderr.</summary>
public sealed record DocumentFailure(string DocumentId, string Message)
{
    public override string ToString() => $"{DocumentId}: {Message}";
}

/// <summary>One item of input: either a document or the reason it could not be read.</summary>
public readonly record struct DocumentReadResult
{
    private DocumentReadResult(SourceDocument? document, DocumentFailure? failure, long bytesConsumed)
    {
        Document = document;
        Failure = failure;
        BytesConsumed = bytesConsumed;
    }

    public SourceDocument? Document { get; }
    public DocumentFailure? Failure { get; }

    /// <summary>Bytes of input this item accounts for, so progress can be shown by size.</summary>
    public long BytesConsumed { get; }

    public static DocumentReadResult Read(SourceDocument document, long bytes) => new(document, null, bytes);
    public static DocumentReadResult Failed(string id, string message, long bytes) => new(null, new DocumentFailure(id, message), bytes);
}
