using Sitrep.Pipeline;

namespace Sitrep.Extraction;

/// <summary>Codes events from the sentences, dated against the publication date.</summary>
public sealed class EventCodingStage(EventCoder coder) : IPipelineStage
{
    public string Name => "events";
    public IReadOnlySet<Annotation> Requires { get; } = new HashSet<Annotation> { Annotation.Sentences, Annotation.PublicationDate };
    public IReadOnlySet<Annotation> Produces { get; } = new HashSet<Annotation> { Annotation.Events };

    public void Process(DocumentInProgress document)
    {
        var (events, warnings) = coder.Code(document.Sentences!, document.Published?.Date);
        document.Events = events;
        document.Warnings.AddRange(warnings);
    }
}
