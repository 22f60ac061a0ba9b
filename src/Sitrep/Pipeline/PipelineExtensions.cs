using Sitrep.Dates;
using Sitrep.Extraction;
using Sitrep.Geo;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>The <c>UseX()</c> switches that put stages into a pipeline, each loading its knowledge from a data folder.</summary>
public static class PipelineExtensions
{
    /// <summary>Cleaning and sentence splitting, with the rules in <c>data/cleaning</c> and <c>data/text</c>.</summary>
    public static SitrepPipelineBuilder UseCleaning(this SitrepPipelineBuilder builder, CleaningRules rules, SentenceSplitter sentences) =>
        builder.Add(new CleaningStage(new ArticleCleaner(rules, sentences), rules)).Add(new SentenceStage(sentences));

    public static SitrepPipelineBuilder UsePublicationDates(this SitrepPipelineBuilder builder) =>
        builder.Add(new PublicationDateStage());

    public static SitrepPipelineBuilder UseEventCoder(this SitrepPipelineBuilder builder, EventPatterns patterns, ActorDictionary actors,
        CountryResolver countries, ActorDefaults defaults, Grammar grammar) =>
        builder.Add(new EventCodingStage(new EventCoder(patterns, actors, countries, defaults, grammar)));

    /// <summary>The gazetteer is the one large knowledge file: loaded once per data folder and shared, being immutable.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Gazetteer?>> Gazetteers = new(StringComparer.Ordinal);

    private static Gazetteer? SharedGazetteer(string dataDirectory) =>
        Gazetteers.GetOrAdd(Path.GetFullPath(dataDirectory), path => new Lazy<Gazetteer?>(() =>
            File.Exists(Path.Combine(path, "geo", "places.tsv.gz")) ? Gazetteer.Load(path) : null)).Value;

    /// <summary>The standard pipeline over the knowledge files of <paramref name="dataDirectory"/>.</summary>
    public static SitrepPipelineBuilder UseDefaults(this SitrepPipelineBuilder builder, string dataDirectory)
    {
        var sentences = SentenceSplitter.Load(dataDirectory);
        var grammar = Grammar.Load(dataDirectory);
        return builder
            .UseCleaning(CleaningRules.Load(dataDirectory), sentences)
            .UsePublicationDates()
            .UseEventCoder(EventPatterns.Load(dataDirectory), ActorDictionary.Load(dataDirectory),
                CountryResolver.Load(dataDirectory, SharedGazetteer(dataDirectory), grammar), ActorDefaults.Load(dataDirectory), grammar)
            .AddKnowledgeFingerprint(dataDirectory);
    }
}
