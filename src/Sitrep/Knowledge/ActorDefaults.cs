namespace Sitrep.Knowledge;

/// <summary>When a default actor applies.</summary>
public enum DefaultActorCondition
{
    /// <summary>Always: the default takes the role, and a named actor in it moves to the associated actors.</summary>
    Always,

    /// <summary>Only where the text names no one in that role.</summary>
    IfEmpty,

    /// <summary>Only where no one is named and people were killed or hurt.</summary>
    IfEmptyWithCasualties,

    /// <summary>Only where no one is named and people were killed or hurt or a civilian place was hit.</summary>
    IfEmptyCivilianHarm,

    /// <summary>
    /// Where no one or only an unidentified group is named and the paragraph bears the marks of criminal violence (a
    /// drive-by shooting, a body found bound or mutilated) or names gang rivalry as the motive.
    /// </summary>
    IfUnidentifiedWithCrimeSigns,

    /// <summary>Where no one or only an unidentified group is named and the paragraph names gang rivalry as the motive.</summary>
    IfUnidentifiedWithGangRivalry,

    /// <summary>
    /// Only where no one is named in the role and the property is civilians': anyone but a state's forces destroyed or
    /// took it, or it is a civilian place (houses, shops). Goods the police seize are not civilians'.
    /// </summary>
    IfEmptyCivilianProperty,

    /// <summary>Only where no one is named in the role and the paragraph says the victim was armed or in an armed group.</summary>
    IfEmptyArmedVictim,

    /// <summary>Only where no one is named in the role, a state's forces acted and no civilian place was hit (goods seized).</summary>
    IfEmptySeizedByState,

    /// <summary>Only where no one is named in the role and nothing was intercepted (an IED found and defused).</summary>
    IfEmptyNotIntercepted,
}

/// <summary>A default actor for an event type: the role it fills and its name template ("Protesters ({country})").</summary>
/// <remarks><c>Countries</c>: where the default holds; empty for everywhere.</remarks>
public sealed record DefaultActor(string EventType, bool IsActor1, string Template, string ActorType, DefaultActorCondition When, string RuleId)
{
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>();

    /// <summary>Whether the default holds in a country.</summary>
    public bool AppliesIn(string country) => Countries.Count == 0 || Countries.Contains(country);

    public Actor For(string country) => new(Template.Replace("{country}", country, StringComparison.Ordinal), ActorType, country, RuleId);
}

/// <summary>
/// ACLED's default actors by event type, from <c>actors/defaults.tsv</c>, and the sides of the front lines
/// (<c>actors/front-lines*.tsv</c>) that name who fired where the text names no side. Immutable.
/// </summary>
public sealed class ActorDefaults(IReadOnlyList<DefaultActor> defaults, FrontLines? frontLines = null)
{
    public FrontLines FrontLines { get; } = frontLines ?? FrontLines.None;

    /// <summary>Coalitions a state's forces act as in a country (<c>actors/coalitions*.tsv</c>).</summary>
    public Coalitions Coalitions { get; init; } = Coalitions.None;

    /// <summary>Countries whose coders name a fight's sides in an order of their own (<c>actors/side-order.tsv</c>).</summary>
    public IReadOnlyDictionary<string, SideOrder> SideOrders { get; init; } = new Dictionary<string, SideOrder>();

    /// <summary>The defaults of an event type and of a sub-event type ("Arrests").</summary>
    public IReadOnlyList<DefaultActor> For(string eventType, string subEventType) =>
        defaults.Where(d => d.EventType == eventType || d.EventType == subEventType).ToList();

    public static ActorDefaults Load(string dataDirectory) =>
        new(DataFile.Read(Path.Combine(dataDirectory, "actors", "defaults.tsv"), minimumFields: 5).Select(row => new DefaultActor(
            row[0],
            row[1] switch
            {
                "actor1" => true,
                "actor2" => false,
                _ => throw new KnowledgeFileException(row.File, row.Line, $"role must be actor1 or actor2, not \"{row[1]}\""),
            },
            row[2],
            row[3],
            row[4] switch
            {
                "always" => DefaultActorCondition.Always,
                "if-empty" => DefaultActorCondition.IfEmpty,
                "if-empty-with-casualties" => DefaultActorCondition.IfEmptyWithCasualties,
                "if-empty-civilian-harm" => DefaultActorCondition.IfEmptyCivilianHarm,
                "if-unidentified-crime-signs" => DefaultActorCondition.IfUnidentifiedWithCrimeSigns,
                "if-unidentified-gang-rivalry" => DefaultActorCondition.IfUnidentifiedWithGangRivalry,
                "if-empty-civilian-property" => DefaultActorCondition.IfEmptyCivilianProperty,
                "if-empty-armed-victim" => DefaultActorCondition.IfEmptyArmedVictim,
                "if-empty-seized-by-state" => DefaultActorCondition.IfEmptySeizedByState,
                "if-empty-not-intercepted" => DefaultActorCondition.IfEmptyNotIntercepted,
                _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown condition \"{row[4]}\""),
            },
            $"defaults.tsv:{row.Line}")
        {
            Countries = row[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
        }).ToList(), FrontLines.Load(dataDirectory))
        {
            SideOrders = DataFile.ReadFamily(Path.Combine(dataDirectory, "actors"), "side-order", minimumFields: 2).ToDictionary(
                row => row[0],
                row => row[1] switch
                {
                    "defender-first" => SideOrder.DefenderFirst,
                    "state-first" => SideOrder.StateFirst,
                    _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown side order \"{row[1]}\""),
                },
                StringComparer.Ordinal),
            Coalitions = Coalitions.Load(dataDirectory),
        };
}

/// <summary>How a country's coders order a fight's two sides where the text's order is not theirs.</summary>
public enum SideOrder
{
    /// <summary>The side that fought off an attack is actor1.</summary>
    DefenderFirst,

    /// <summary>State forces are actor1 in a clash with anyone else.</summary>
    StateFirst,
}
