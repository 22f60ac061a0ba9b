using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Splits the source into blocks by its format and cleans them; HTML metadata fills gaps in the input's.</summary>
public sealed class CleaningStage(ArticleCleaner cleaner, CleaningRules rules) : IPipelineStage
{
    public string Name => "clean";
    public IReadOnlySet<Annotation> Requires { get; } = new HashSet<Annotation> { Annotation.Source };
    public IReadOnlySet<Annotation> Produces { get; } = new HashSet<Annotation> { Annotation.CleanedText };

    public void Process(DocumentInProgress document)
    {
        var source = document.Source;
        switch (source.Format)
        {
            case DocumentFormat.Html:
            {
                var article = HtmlArticleParser.Parse(source.Content, rules.FurnitureClasses);
                var given = source.Metadata;
                document.Metadata = new DocumentMetadata(
                    given.Title ?? article.Metadata.Title,
                    given.Url ?? article.Metadata.Url,
                    given.Outlet ?? article.Metadata.Outlet,
                    given.Published ?? article.Metadata.Published);
                document.Cleaned = cleaner.Clean(article.Blocks, document.Metadata.Title, firstBlockMayBeTitle: false);
                break;
            }
            case DocumentFormat.Markdown:
            {
                var (title, blocks) = MarkdownBlockSplitter.Split(source.Content);
                document.Metadata = source.Metadata with { Title = source.Metadata.Title ?? title };
                document.Cleaned = cleaner.Clean(blocks, document.Metadata.Title, firstBlockMayBeTitle: title is null);
                break;
            }
            default:
                document.Cleaned = cleaner.Clean(PlainTextBlockSplitter.Split(source.Content), source.Metadata.Title, firstBlockMayBeTitle: true);
                document.Metadata = source.Metadata with { Title = document.Cleaned.Title };
                break;
        }
        if (document.Cleaned.Blocks.Count == 0)
            document.Warnings.Add("no article text left after cleaning");
    }
}

/// <summary>Splits the cleaned text into sentences.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IPipelineStage
{
    public string Name => "sentences";
    public IReadOnlySet<Annotation> Requires { get; } = new HashSet<Annotation> { Annotation.CleanedText };
    public IReadOnlySet<Annotation> Produces { get; } = new HashSet<Annotation> { Annotation.Sentences };

    public void Process(DocumentInProgress document) => document.Sentences = splitter.Split(document.Cleaned!);
}
