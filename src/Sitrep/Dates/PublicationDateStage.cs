using Sitrep.Pipeline;

namespace Sitrep.Dates;

/// <summary>
/// Decides the publication date: the document's metadata, else the date the user gave, else one inferred from
/// the text (and marked so). Never the clock.
/// </summary>
public sealed class PublicationDateStage : IPipelineStage
{
    public string Name => "published";
    public IReadOnlySet<Annotation> Requires { get; } = new HashSet<Annotation> { Annotation.CleanedText };
    public IReadOnlySet<Annotation> Produces { get; } = new HashSet<Annotation> { Annotation.PublicationDate };

    public void Process(DocumentInProgress document)
    {
        if (document.Metadata.Published is { } own)
            document.Published = new PublicationDate(own, PublicationDateSource.Metadata);
        else if (document.FallbackPublished is { } given)
            document.Published = new PublicationDate(given, PublicationDateSource.Argument);
        else if (PublicationDateInference.Infer(document.Cleaned!) is { } inferred)
            document.Published = new PublicationDate(inferred, PublicationDateSource.Inferred);
        else
            document.Warnings.Add("no publication date in the document or its text: relative dates cannot be resolved (give --published)");
    }
}
