namespace Sitrep.Knowledge;

/// <summary>
/// How a trigger phrase carries its event: a verb or a noun. <see cref="Passive"/> is not written in the data: the coder
/// reads it from the sentence ("was struck", "were reportedly fired").
/// </summary>
public enum TriggerForm
{
    Verb,
    Passive,
    Noun,
}

/// <summary>A trigger rule from <c>triggers.tsv</c>: a phrase that, in an event sentence, codes one sub-event type.</summary>
/// <summary>What settles a trigger's sub-event type beyond the row itself.</summary>
public enum TriggerDecision
{
    /// <summary>The row's types stand.</summary>
    Row,

    /// <summary>Only with a weapon named, whose sub-event type wins ("struck" with missiles, "threw" a grenade).</summary>
    Weapon,

    /// <summary>A weapon's sub-event type where one is named, else the row's ("destroyed" with warplanes, or not).</summary>
    WeaponElseRow,

    /// <summary>Only with some weapon named, and the row's types stand ("seized" rifles is disrupted weapons use).</summary>
    WeaponNamed,

    /// <summary>A weapon's where named; else Armed clash against an armed actor, Attack against anyone else.</summary>
    Target,

    /// <summary>A clash: a battle where anyone armed (or any firearm) is named, else mob violence between groups.</summary>
    Crowd,

    /// <summary>Only where the side acting is not armed: residents who "blocked" a road protest, soldiers who did are no protesters.</summary>
    Unarmed,

    /// <summary>Only where the side acting is armed: a cartel that "delivered food" changed its activity, a charity did not.</summary>
    Armed,
}

public sealed record TriggerRule(string Id, string Phrase, TriggerForm Form, string EventType, string SubEventType, string? Status, string? Weapon,
    TriggerDecision DecidedBy = TriggerDecision.Row)
{
    /// <summary>
    /// The sub-event type a weapon-named trigger codes where no weapon is named and the side acting is armed ("police
    /// seized five tons of marijuana" is looting/property destruction, "seized rifles" disrupted weapons use).
    /// </summary>
    public string? Otherwise { get; init; }

    /// <summary>True for the plural of a noun trigger ("air strikes"), which the coder treats as events in general unless pinned.</summary>
    public bool Plural { get; init; }

    /// <summary>
    /// True where the trigger is also a death or injury word ("killed"): it codes an event only where no other trigger
    /// of its sentence does, and after an event it tells that event's toll.
    /// </summary>
    public bool IsTollWord { get; init; }
}

/// <summary>A weapon phrase from <c>weapons.tsv</c>; where it is named, it may refine the sub-event type.</summary>
public sealed record WeaponRule(string Id, string Weapon, string? SubEventType);

/// <summary>What a cue word says about a sentence (<c>cues.tsv</c>).</summary>
public enum CueKind
{
    /// <summary>The sentence does not report a real event: a threat, condition, expectation, plan, hypothesis or negation.</summary>
    NonEvent,

    /// <summary>Counts since a starting point: a running tally, not an event.</summary>
    Tally,

    /// <summary>A perfect-tense auxiliary: "have attacked" tells what usually happens unless a date pins it.</summary>
    Perfect,

    /// <summary>An actor claimed the event.</summary>
    Claim,

    /// <summary>A source reports it: "said", "according to".</summary>
    Report,

    /// <summary>A source that comes after the cue: "according to X".</summary>
    ReportBefore,

    /// <summary>Death words: fatalities are counted next to them.</summary>
    Death,

    /// <summary>Injury words.</summary>
    Injury,

    /// <summary>"No casualties": fatalities and injuries are known to be zero.</summary>
    NoCasualties,

    /// <summary>Authorities acted against a protest: dispersed it, fired tear gas, made arrests.</summary>
    Intervention,

    /// <summary>Lethal or grave force against protesters: live fire, protesters killed.</summary>
    ExcessiveForce,

    /// <summary>A source confirms the event ("the army confirmed").</summary>
    Confirm,

    /// <summary>The accused denies it ("denied responsibility").</summary>
    Deny,

    /// <summary>The target fought back ("repulsed the attack", "returned fire"): the target was armed.</summary>
    ArmedResistance,

    /// <summary>"demanding", "to denounce": a crowd voicing a demand or grievance is demonstrating.</summary>
    Demand,

    /// <summary>"in retaliation for", "to avenge": what follows is an earlier event, background unless dated.</summary>
    Cause,

    /// <summary>The marks of criminal violence: a drive-by shooting, a body found bound, tortured or mutilated, a message left.</summary>
    CrimeSign,

    /// <summary>The story names rivalry between gangs as the motive ("a drug trafficking territorial dispute").</summary>
    GangRivalry,

    /// <summary>Fire both ways ("in both directions of the frontline"): shelling between two sides is a clash.</summary>
    Exchange,

    /// <summary>
    /// The victim was armed or in an armed group ("the victim was armed", "the victim was involved in a gang", "a
    /// drug trafficker was found dead"): ACLED codes the killing as a clash between armed sides.
    /// </summary>
    ArmedVictim,

    /// <summary>"left from previous fighting", "remnants of the war": the event named next is an earlier one, dated or not.</summary>
    Earlier,

    /// <summary>"a police officer who was off duty": the officer named was not armed on duty, a civilian when hit.</summary>
    OffDuty,
}

public sealed record Cue(string Id, CueKind Kind, string Phrase);

/// <summary>
/// The event coder's rules: trigger phrases, weapons, cue words, number words and relative dates, all data.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class EventPatterns
{
    public EventPatterns(IReadOnlyList<DataRow> triggers, IReadOnlyList<DataRow> weapons, IReadOnlyList<DataRow> cues,
        IReadOnlyList<DataRow> numbers, IReadOnlyList<DataRow> relativeDates, IReadOnlyList<DataRow> ontology,
        IReadOnlyList<DataRow> armedRoles, IReadOnlyList<DataRow> civilianTargets)
    {
        CivilianTargets = new PhraseMatcher<string>(civilianTargets.Select(r => (r[0], $"civilian-targets.txt:{r.Line}")));
        ArmedRoles = new PhraseMatcher<string>(armedRoles.Select(r => (r[0], $"armed-roles.txt:{r.Line}")));
        EventTypes = ontology.ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);
        // A noun listed in the plural ("explosions", "clashes") is plural too: events in general unless dated or counted.
        var rules = triggers.Select(row => new TriggerRule(row[0], row[1], ParseForm(row), row[3], row[4], NullIfDash(row[5]), NullIfDash(row[6]),
            ParseDecision(row)) { Plural = ParseForm(row) == TriggerForm.Noun && IsPluralNoun(row[1]), Otherwise = ParseOtherwise(row) }).ToList();
        foreach (var row in triggers.Where(r => ParseOtherwise(r) is { } otherwise && !EventTypes.ContainsKey(otherwise)))
            throw new KnowledgeFileException(row.File, row.Line, $"unknown sub-event type \"{ParseOtherwise(row)}\"");
        // Noun triggers are listed in the singular; their regular plural is derived here rather than listed twice.
        var plurals = rules.Where(r => r.Form == TriggerForm.Noun && !r.Phrase.EndsWith('s'))
            .Select(r => r with { Phrase = Pluralise(r.Phrase), Plural = true });
        Cues = new PhraseMatcher<Cue>(cues.Select(row => (row[1], new Cue(row[0], ParseCue(row), row[1]))));
        bool TollWord(string phrase) => Cues.MatchAt(Text.Tokenizer.Tokenize(phrase), 0) is { Value.Kind: CueKind.Death or CueKind.Injury };
        Triggers = new PhraseMatcher<TriggerRule>(rules.Concat(plurals).Select(r => (r.Phrase, r with { IsTollWord = TollWord(r.Phrase) })));
        Weapons = new PhraseMatcher<WeaponRule>(weapons.Select(row => (row[1], new WeaponRule(row[0], row[2], NullIfDash(row[3])))));
        NotWeapons = weapons.Where(row => row[2] == "-").Select(row => row[0]).ToHashSet(StringComparer.Ordinal);
        Numbers = new PhraseMatcher<int>(numbers.Select(row => (row[0], int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture))));
        RelativeDates = new PhraseMatcher<RelativeDateRule>(relativeDates.Select(row => (row[0], new RelativeDateRule(
            $"relative-dates.tsv:{row.Line}", row[0], row[1] == "previous", row[2], int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture)))));
    }

    /// <summary>ACLED's event type of each sub-event type.</summary>
    public IReadOnlyDictionary<string, string> EventTypes { get; }

    public PhraseMatcher<TriggerRule> Triggers { get; }

    /// <summary>Words naming civilian people and places ("houses", "a mosque"): a strike on them harms civilians.</summary>
    public PhraseMatcher<string> CivilianTargets { get; }

    /// <summary>Words naming armed people or military targets ("soldiers", "checkpoint"): fighting them is a battle.</summary>
    public PhraseMatcher<string> ArmedRoles { get; }
    public PhraseMatcher<WeaponRule> Weapons { get; }

    /// <summary>Ids of weapon-table rows that name a platform ("missile boat"), matched only so their words are not taken for a weapon.</summary>
    public IReadOnlySet<string> NotWeapons { get; }
    public PhraseMatcher<Cue> Cues { get; }
    public PhraseMatcher<int> Numbers { get; }
    public PhraseMatcher<RelativeDateRule> RelativeDates { get; }

    public static EventPatterns Load(string dataDirectory)
    {
        var events = Path.Combine(dataDirectory, "events");
        var text = Path.Combine(dataDirectory, "text");
        var ontologyRows = DataFile.Read(Path.Combine(events, "sub-event-types.tsv"), minimumFields: 2);
        var ontology = ontologyRows.Select(r => (r[0], r[1])).ToHashSet();
        var triggers = DataFile.Read(Path.Combine(events, "triggers.tsv"), minimumFields: 5);
        foreach (var row in triggers.Where(r => !ontology.Contains((r[3], r[4]))))
            throw new KnowledgeFileException(row.File, row.Line, $"\"{row[3]}\" / \"{row[4]}\" is not an ACLED event type and sub-event type pair");
        var weapons = DataFile.Read(Path.Combine(events, "weapons.tsv"), minimumFields: 3);
        var subEventTypes = ontology.Select(p => p.Item2).ToHashSet();
        foreach (var row in weapons.Where(r => r[3] is not ("" or "-") && !subEventTypes.Contains(r[3])))
            throw new KnowledgeFileException(row.File, row.Line, $"\"{row[3]}\" is not an ACLED sub-event type");
        return new EventPatterns(
            triggers,
            weapons,
            DataFile.Read(Path.Combine(events, "cues.tsv"), minimumFields: 3),
            DataFile.Read(Path.Combine(text, "numbers.tsv"), minimumFields: 2),
            DataFile.Read(Path.Combine(text, "relative-dates.tsv"), minimumFields: 4),
            ontologyRows,
            DataFile.Read(Path.Combine(events, "armed-roles.txt")),
            DataFile.Read(Path.Combine(events, "civilian-targets.txt")));
    }

    /// <summary>The regular English plural of a phrase's last word: "strike" → "strikes", "clash" → "clashes".</summary>
    private static bool IsPluralNoun(string phrase) =>
        phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.Ordinal) && !phrase.EndsWith("us", StringComparison.Ordinal)
        && !phrase.Contains(" of", StringComparison.Ordinal);

    internal static string Pluralise(string phrase)
    {
        var last = phrase.LastIndexOf(' ') + 1;
        var word = phrase[last..];
        var plural = word switch
        {
            _ when word.EndsWith("sh") || word.EndsWith("ch") || word.EndsWith('x') || word.EndsWith('z') => word + "es",
            _ when word.Length > 1 && word.EndsWith('y') && !"aeiou".Contains(word[^2]) => word[..^1] + "ies",
            _ => word + "s",
        };
        return phrase[..last] + plural;
    }

    private const string WeaponNamedElse = "weapon-named-else:";

    private static string? ParseOtherwise(DataRow row) =>
        row[7].StartsWith(WeaponNamedElse, StringComparison.Ordinal) ? row[7][WeaponNamedElse.Length..] : null;

    private static TriggerDecision ParseDecision(DataRow row) => row[7] switch
    {
        _ when row[7].StartsWith(WeaponNamedElse, StringComparison.Ordinal) => TriggerDecision.WeaponNamed,
        "" or "-" => TriggerDecision.Row,
        "weapon" => TriggerDecision.Weapon,
        "weapon-else-row" => TriggerDecision.WeaponElseRow,
        "weapon-named" => TriggerDecision.WeaponNamed,
        "target" => TriggerDecision.Target,
        "crowd" => TriggerDecision.Crowd,
        "unarmed" => TriggerDecision.Unarmed,
        "armed" => TriggerDecision.Armed,
        _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown decision \"{row[7]}\" (-, weapon, weapon-else-row, weapon-named, target or crowd)"),
    };

    private static TriggerForm ParseForm(DataRow row) => row[2] switch
    {
        "verb" => TriggerForm.Verb,
        "noun" => TriggerForm.Noun,
        _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown trigger form \"{row[2]}\" (verb or noun; the passive is read from the sentence)"),
    };

    private static CueKind ParseCue(DataRow row) => row[2] switch
    {
        "non-event" => CueKind.NonEvent,
        "tally" => CueKind.Tally,
        "perfect" => CueKind.Perfect,
        "claim" => CueKind.Claim,
        "report" => CueKind.Report,
        "report-before" => CueKind.ReportBefore,
        "death" => CueKind.Death,
        "injury" => CueKind.Injury,
        "no-casualties" => CueKind.NoCasualties,
        "intervention" => CueKind.Intervention,
        "excessive-force" => CueKind.ExcessiveForce,
        "confirm" => CueKind.Confirm,
        "deny" => CueKind.Deny,
        "armed-resistance" => CueKind.ArmedResistance,
        "cause" => CueKind.Cause,
        "demand" => CueKind.Demand,
        "crime-sign" => CueKind.CrimeSign,
        "gang-rivalry" => CueKind.GangRivalry,
        "exchange" => CueKind.Exchange,
        "off-duty" => CueKind.OffDuty,
        "earlier" => CueKind.Earlier,
        "armed-victim" => CueKind.ArmedVictim,
        _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown cue kind \"{row[2]}\""),
    };

    private static string? NullIfDash(string value) => value is "" or "-" ? null : value;
}

/// <summary>A relative time expression: resolved against the publication date or the event told just before.</summary>
public sealed record RelativeDateRule(string Id, string Phrase, bool FromPreviousEvent, string Unit, int Offset);
