using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Runs;

/// <summary>What a run did, for the closing line and the exit code.</summary>
public sealed record RunReport(int Documents, int Stored, int Unchanged, int Reextracted, int Failed, int Events)
{
    public bool AnyFailed => Failed > 0;
}

/// <summary>Hears about a run as it goes: failures to print at once, bytes read for a progress bar.</summary>
public interface IRunObserver
{
    void Failed(DocumentFailure failure);
    void Advanced(long bytes, string documentId);
}

/// <summary>
/// Runs documents through the pipeline, one at a time: bad input becomes a failure for that document and the run
/// goes on; cancellation is honoured between documents, so each document is either fully handled or not at all.
/// </summary>
public sealed class DocumentRun(SitrepPipeline pipeline, DocumentReader reader)
{
    /// <summary>Processes each document and hands the result (or the failure) to <paramref name="write"/>, in input order.</summary>
    public RunReport Extract(IReadOnlyList<InputFile> files, DateOnly? published, Action<DocumentResult?, DocumentFailure?> write,
        IRunObserver observer, CancellationToken cancellation = default)
    {
        int documents = 0, failed = 0, events = 0;
        foreach (var (result, failure) in Process(files, published, observer, cancellation))
        {
            documents++;
            if (failure is not null) failed++;
            events += result?.Events.Count ?? 0;
            write(result, failure);
        }
        return new RunReport(documents, 0, 0, 0, failed, events);
    }

    /// <summary>
    /// Stores each document with its events. A document already stored by this pipeline version is not processed
    /// again; one stored by another version is re-extracted and its events replaced.
    /// </summary>
    public RunReport Ingest(IReadOnlyList<InputFile> files, SqliteEventStore store, DateOnly? published,
        IRunObserver observer, CancellationToken cancellation = default)
    {
        int documents = 0, stored = 0, unchanged = 0, reextracted = 0, failed = 0, events = 0;
        var items = Process(files, published, observer, cancellation,
            alreadyDone: document => store.StoredPipelineVersion(document.ContentHash) == pipeline.Version);
        foreach (var (result, failure) in items)
        {
            documents++;
            if (failure is not null)
            {
                failed++;
                continue;
            }
            if (result is null)
            {
                unchanged++;
                continue;
            }
            switch (store.Save(result, pipeline.Version))
            {
                case IngestOutcome.Stored: stored++; break;
                case IngestOutcome.Reextracted: reextracted++; break;
            }
            events += result.Events.Count;
        }
        return new RunReport(documents, stored, unchanged, reextracted, failed, events);
    }

    /// <summary>
    /// Each input item as a result or a failure; (null, null) for a document <paramref name="alreadyDone"/> says
    /// needs no work. Progress is reported after the caller has handled the item, so it counts finished work.
    /// </summary>
    private IEnumerable<(DocumentResult? Result, DocumentFailure? Failure)> Process(IReadOnlyList<InputFile> files, DateOnly? published,
        IRunObserver observer, CancellationToken cancellation, Func<SourceDocument, bool>? alreadyDone = null)
    {
        foreach (var item in reader.Read(files))
        {
            if (cancellation.IsCancellationRequested) yield break;
            var id = item.Document?.Id ?? item.Failure!.DocumentId;
            if (item.Failure is { } readFailure)
            {
                observer.Failed(readFailure);
                yield return (null, readFailure);
            }
            else if (alreadyDone?.Invoke(item.Document!) == true)
            {
                yield return (null, null);
            }
            else
            {
                var (result, failure) = Run(item.Document!, published);
                if (failure is not null) observer.Failed(failure);
                yield return (result, failure);
            }
            observer.Advanced(item.BytesConsumed, id);
        }
    }

    private (DocumentResult?, DocumentFailure?) Run(SourceDocument document, DateOnly? published)
    {
        try
        {
            var result = pipeline.Process(document, published);
            if (result.Cleaned.Blocks.Count == 0)
                return (null, new DocumentFailure(document.Id, "no article text found (only markup, scripts or site furniture)"));
            return (result, null);
        }
#pragma warning disable CA1031 // One document's defect must not end a run over thousands; it is reported with its id.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, new DocumentFailure(document.Id, $"could not be processed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
