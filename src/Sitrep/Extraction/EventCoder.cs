using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>An event coded from one sentence, before it is merged with others of the same document.</summary>
internal sealed record CodedEvent(
    TriggerRule Trigger,
    Sentence Sentence,
    EventDate Date,
    Actor? Actor1,
    Actor? Actor2,
    int Fatalities,
    int? Injuries,
    string? Weapon,
    int? Quantity,
    string Status,
    Actor? ClaimedBy,
    IReadOnlyList<string> ReportedBy,
    IReadOnlyList<string> RuleIds,
    string SubEventType)
{
    /// <summary>The token of the sentence where the trigger stands.</summary>
    public int TriggerToken { get; init; }

    /// <summary>ACLED's event type of <see cref="SubEventType"/>; a weapon or the target may have changed both from the trigger's.</summary>
    public string EventType { get; init; } = Trigger.EventType;

    /// <summary>Sentences after the event's own that add to it (its toll), kept as evidence.</summary>
    public IReadOnlyList<Sentence> FollowUps { get; init; } = [];
}

/// <summary>
/// A first, sentence-level event coder: one event per trigger phrase (<c>triggers.tsv</c>) in a sentence that no
/// cue marks as a threat, expectation, hypothesis, negation, habit or tally; actors by voice (before an active verb,
/// after "by" for a passive), casualties next to death and injury words, weapons and counts, and a date from
/// <see cref="EventDateResolver"/>. Events of one document that tell the same thing are merged, and captions add
/// an event only where the body has none like it. Immutable and thread-safe.
/// </summary>
public sealed class EventCoder(EventPatterns patterns, ActorDictionary actors, CountryResolver countries, ActorDefaults defaults, Grammar grammar)
{
    private readonly EventDateResolver _dates = new(patterns.RelativeDates);

    /// <summary>The sub-event type of weapons delivered from the air, which take precedence over what they drop.</summary>
    private const string AirDelivered = "Air/drone strike";

    /// <summary>Events dated this many days or more before publication are the story's background.</summary>
    private const int BackgroundDays = 60;

    /// <summary>How far after its trigger a target may stand, within the clause.</summary>
    private const int MaxTargetDistance = 16;

    /// <summary>How many tokens after a death or injury word the count may stand ("killing at least four people").</summary>
    private const int CasualtyWindow = 5;

    public (IReadOnlyList<EventRecord> Events, IReadOnlyList<string> Warnings) Code(IReadOnlyList<Sentence> sentences, DateOnly? published)
    {
        var coded = new List<CodedEvent>();
        var tokensOf = new Dictionary<int, IReadOnlyList<Token>>();
        Actor? antecedent = null;
        var warnings = new List<string>();
        EventDate? previous = null;
        var previousBlock = -1;
        EventDate? blockDate = null;

        foreach (var sentence in sentences)
        {
            if (sentence.BlockIndex != previousBlock)
            {
                previousBlock = sentence.BlockIndex;
                blockDate = null;
            }
            var text = WithoutDateline(sentence);
            var tokens = Tokenizer.Tokenize(text);
            tokensOf[sentence.Index] = tokens;
            var resolution = _dates.Resolve(text, tokens, published, previous);
            if (resolution.Date is not null)
                blockDate = resolution.Date;

            var mentions = ResolveAnaphors(actors.Find(tokens), antecedent);
            var candidates = ProtestResponse(CodeSentence(sentence, text, tokens, mentions).ToList(), tokens);
            antecedent = mentions.LastOrDefault(m => m.Actor.IsNamedGroup)?.Actor ?? antecedent;
            if (candidates.Count == 0 || (resolution.Date is null && candidates.All(IsTollOnly) && FollowsEvent(coded, sentence)))
            {
                AttachCasualties(coded, sentence, tokens);
                continue;
            }
            foreach (var candidate in candidates)
            {
                var date = resolution.Date ?? blockDate;
                var ruleIds = candidate.RuleIds;
                if (date is null)
                {
                    if (published is { } p && resolution.Miss == DateMiss.NoTimeExpression)
                    {
                        date = EventDateResolver.Undated(p);
                        ruleIds = [.. ruleIds, "undated"];
                    }
                    else
                    {
                        warnings.Add($"sentence {sentence.Index + 1}: {candidate.SubEventType} not coded, its date is unknown ({resolution.Miss switch
                        {
                            DateMiss.NoPublicationDate => "no publication date: give --published",
                            DateMiss.NoPreviousEvent => "relative to an earlier event the text does not date",
                            _ => "no date in the text and no publication date",
                        }})");
                        continue;
                    }
                }
                else if (resolution.RuleId is { } dateRule)
                {
                    ruleIds = [.. ruleIds, dateRule];
                }
                // A story's background ("Kherson, which Ukrainian forces recaptured in November 2022") is not its news.
                if (published is { } day && date.Latest < day.AddDays(-BackgroundDays))
                {
                    warnings.Add($"sentence {sentence.Index + 1}: {candidate.SubEventType} not coded, dated {date.Latest:yyyy-MM-dd}, long before publication (background)");
                    continue;
                }
                var @event = candidate with { Date = date, RuleIds = ruleIds };
                coded.Add(@event);
                if (resolution.Date is not null && sentence.Kind == BlockKind.Body)
                    previous = resolution.Date;
            }
        }
        // Where the text does not say for an event, the country most of the story points at.
        var documentCountry = countries.Resolve(sentences.Where(s => s.Kind == BlockKind.Body).Select(s => tokensOf[s.Index]));
        var records = Merge(coded).Select(group =>
        {
            var country = countries.Resolve(group.SelectMany(e => e.FollowUps.Prepend(e.Sentence)).Select(s => tokensOf[s.Index])) ?? documentCountry;
            return ToRecord(group, country);
        }).ToList();
        return (records, warnings);
    }

    /// <summary>
    /// A protest the authorities acted against is one event, not a protest and an arrest: "police dispersed the
    /// demonstrators with tear gas and arrested 12" is a protest with intervention; live fire on protesters is
    /// excessive force against protesters. The acting force becomes actor2.
    /// </summary>
    private List<CodedEvent> ProtestResponse(List<CodedEvent> candidates, IReadOnlyList<Token> tokens)
    {
        var protest = candidates.FirstOrDefault(c => c.EventType == "Protests");
        if (protest is null) return candidates;
        var cues = patterns.Cues.FindAll(tokens);
        // Demonstrators who also burn tyres make a riot, told once.
        if (candidates.Any(c => c.EventType == "Riots"))
            return candidates.Where(c => c.EventType != "Protests").ToList();
        // The response follows the protest in the telling; "protested against the arrest of ..." is a grievance.
        cues = cues.Where(c => c.First > protest.TriggerToken).ToList();
        // "opened fire, killing a protester": deaths among the protesters are excessive force.
        var protesterDeaths = cues.Any(c => c.Value.Kind is CueKind.Death or CueKind.Injury
            && actors.Find(tokens).Any(m => m.Actor.Type == "Protesters" && m.First > c.Last && m.First - c.Last <= 3));
        var kind = cues.Any(c => c.Value.Kind == CueKind.ExcessiveForce) || protesterDeaths ? "Excessive force against protesters"
            : cues.Any(c => c.Value.Kind == CueKind.Intervention) ? "Protest with intervention"
            : null;
        if (kind is null) return candidates;
        var responder = candidates.Where(c => c != protest).Select(c => c.Actor1).FirstOrDefault(a => a is not null)
            ?? protest.Actor2;
        var upgraded = protest with { SubEventType = kind, Actor2 = responder, RuleIds = [.. protest.RuleIds, "protest-response"] };
        return candidates.Where(c => c != protest && c.SubEventType != "Arrests" && c.EventType is not ("Violence against civilians" or "Battles" or "Protests"))
            .Prepend(upgraded).ToList();
    }

    /// <summary>"Two soldiers were killed." codes an event only by its death word; after an event it tells that event's toll.</summary>
    private bool IsTollOnly(CodedEvent candidate) => IsTollWord(candidate.Trigger.Phrase);

    private bool IsTollWord(string phrase) =>
        patterns.Cues.MatchAt(Tokenizer.Tokenize(phrase), 0) is { Value.Kind: CueKind.Death or CueKind.Injury };

    private static bool FollowsEvent(List<CodedEvent> coded, Sentence sentence) =>
        coded.Count > 0 && coded[^1].Sentence.BlockIndex == sentence.BlockIndex;

    /// <summary>
    /// "No casualties were reported." or "The attack killed five people." right after an event sentence, in the same
    /// paragraph, tells that event's toll; the sentence joins its evidence.
    /// </summary>
    private void AttachCasualties(List<CodedEvent> coded, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        if (coded.Count == 0) return;
        var last = coded[^1];
        var lastIndex = last.FollowUps.Count > 0 ? last.FollowUps[^1].Index : last.Sentence.Index;
        if (last.Sentence.BlockIndex != sentence.BlockIndex || sentence.Index - lastIndex > 1) return;
        var cues = patterns.Cues.FindAll(tokens);
        if (cues.Any(c => c.Value.Kind == CueKind.NonEvent)) return;
        if (!cues.Any(c => c.Value.Kind is CueKind.Death or CueKind.Injury or CueKind.NoCasualties)) return;
        var (fatalities, injuries) = Casualties(tokens, cues, FindNumbers(tokens));
        if (fatalities == 0 && injuries is null && !cues.Any(c => c.Value.Kind == CueKind.NoCasualties)) return;
        coded[^1] = last with
        {
            Fatalities = last.Fatalities > 0 ? last.Fatalities : fatalities,
            Injuries = last.Injuries ?? injuries,
            FollowUps = [.. last.FollowUps, sentence],
        };
    }

    /// <summary>
    /// The sentence as the coder reads it: a leading dateline ("KANO, Nigeria, Nov. 5 (Sitrep Wire) -") blanked out,
    /// since its place is where the reporter filed from and its date is publication, not the event's. Blanking keeps
    /// every offset.
    /// </summary>
    private static string WithoutDateline(Sentence sentence)
    {
        // Any paragraph may open with one (HTML pages put bylines first); the dateline shape is narrow enough.
        if (sentence.Kind != BlockKind.Body)
            return sentence.Text;
        var dateline = PublicationDateInference.Dateline(sentence.Text);
        if (dateline is null)
            return sentence.Text;
        var end = dateline.Length;
        while (end < sentence.Text.Length && sentence.Text[end] is ' ' or '-' or '—' or '–') end++;
        return new string(' ', end) + sentence.Text[end..];
    }

    /// <summary>
    /// Words inside quotation marks: witnesses' words ("They shot whoever was in the street") colour a report; the
    /// reporter's own sentences tell the events. A sentence that ends a quotation begun before it ("... shook," said
    /// a neighbour) is quoted up to the closing mark.
    /// </summary>
    private static bool[] QuotedTokens(string text, IReadOnlyList<Token> tokens)
    {
        var quoted = new bool[tokens.Count];
        var inside = false;
        var firstMark = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            if (t is "\"" or "“" or "”")
            {
                // A closing mark with no opening one before it closes a quotation the previous sentence opened.
                if (firstMark && (t == "”" || (t == "\"" && i > 0 && tokens[i - 1].Text is "," or "." or "!" or "?")))
                    Array.Fill(quoted, true, 0, i);
                inside = t == "“" || (t == "\"" && !inside);
                firstMark = false;
                continue;
            }
            quoted[i] = inside;
        }
        return quoted;
    }

    /// <summary>"the group" refers back to the group named last, earlier in the sentence or before it; unresolved, it names no one.</summary>
    private static List<ActorMention> ResolveAnaphors(IReadOnlyList<ActorMention> found, Actor? antecedent)
    {
        var resolved = new List<ActorMention>(found.Count);
        foreach (var mention in found)
        {
            if (!mention.Actor.IsAnaphor)
                resolved.Add(mention);
            else if ((resolved.LastOrDefault(m => m.Actor.IsNamedGroup)?.Actor ?? antecedent) is { } group)
                resolved.Add(mention with { Actor = group });
        }
        return resolved;
    }

    private IEnumerable<CodedEvent> CodeSentence(Sentence sentence, string text, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        var dateSpans = DateMentions.Find(text);
        bool InDate(int token) => dateSpans.Any(d => tokens[token].Start >= d.Start && tokens[token].Start < d.Start + d.Length);
        // "On 1 March 2024" holds no march, "May" no hypothesis: words inside a date are not triggers or cues.
        var quoted = QuotedTokens(text, tokens);
        var triggers = patterns.Triggers.FindAll(tokens).Where(t => !InDate(t.First) && !quoted[t.First]).ToList();
        if (triggers.Count == 0)
            yield break;
        // "killed in an Israeli air strike": the death is the strike's toll, not an event of its own.
        if (triggers.Any(t => !IsTollWord(t.Value.Phrase)))
            triggers = triggers.Where(t => !IsTollWord(t.Value.Phrase)).ToList();
        // "Air defences shot down 14 of 17 drones launched by Russia": the attack that was stopped is the
        // interception's, not an event of its own.
        if (triggers.Any(t => t.Value.Status == "intercepted"))
            triggers = triggers.Where(t => t.Value.EventType != "Explosions/Remote violence").ToList();

        var cues = patterns.Cues.FindAll(tokens).Where(c => !InDate(c.First)).ToList();

        var numbers = FindNumbers(tokens);
        // "recently" or "days ago" does not pin "air strikes" to one event; a day, a weekday or "yesterday" does.
        var dated = dateSpans.Count > 0 || patterns.RelativeDates.FindAll(tokens).Any(r => r.Value.Unit != "recent") || tokens.Any(IsWeekday);
        if (cues.Any(c => c.Value.Kind == CueKind.Tally) && numbers.Any(n => n.Value >= 2) && !dated)
            yield break;

        var weapons = patterns.Weapons.FindAll(tokens).Where(w => !patterns.NotWeapons.Contains(w.Value.Id)).ToList();
        var reporters = Reporters(tokens, cues, mentions);
        var claim = cues.FirstOrDefault(c => c.Value.Kind == CueKind.Claim);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var trigger in triggers)
        {
            var rule = trigger.Value;
            if (!IsEventMention(tokens, trigger, numbers, cues, dated))
                continue;

            var ruleIds = new List<string> { rule.Id };
            // What was intercepted comes after the verb. Elsewhere an aircraft or drone named delivers the rest
            // ("dropped a grenade from a drone" is an air strike), else the first weapon named is the one used.
            var weaponMatch = rule.Status == "intercepted"
                ? weapons.FirstOrDefault(w => w.First > trigger.Last) ?? weapons.FirstOrDefault()
                : weapons.FirstOrDefault(w => w.Value.SubEventType == AirDelivered) ?? weapons.FirstOrDefault();
            var implied = weaponMatch?.Value.SubEventType;
            var (actor1, actor2) = Roles(tokens, trigger, mentions, reporters);

            string eventType = rule.EventType, subEventType = rule.SubEventType;
            switch (rule.DecidedBy)
            {
                case TriggerDecision.Weapon when implied is null:
                    continue; // "police fired tear gas" is no shelling; "struck a deal" no attack
                case TriggerDecision.WeaponNamed when weaponMatch is null:
                    continue; // "seized control" is no seizure of weapons
                case TriggerDecision.Weapon or TriggerDecision.WeaponElseRow or TriggerDecision.Target when implied is not null:
                    subEventType = implied;
                    eventType = patterns.EventTypes[implied];
                    break;
                case TriggerDecision.Target:
                    var armed = actor2 is not null ? IsArmed(actor2) : ArmedTarget(tokens, trigger);
                    (eventType, subEventType) = armed ? ("Battles", "Armed clash") : ("Violence against civilians", "Attack");
                    break;
            }
            var weapon = rule.Form == TriggerForm.Noun && rule.Weapon is not null ? rule.Weapon : weaponMatch?.Value.Weapon ?? rule.Weapon;
            if (weaponMatch is not null) ruleIds.Add(weaponMatch.Value.Id);
            if (!seen.Add(subEventType))
                continue;

            var status = rule.Status ?? "reported";
            Actor? claimedBy = null;
            if (claim is not null && claim.First < trigger.First)
            {
                claimedBy = mentions.LastOrDefault(m => m.Last < claim.First)?.Actor;
                if (claimedBy is not null)
                {
                    status = "claimed";
                    actor1 ??= claimedBy;
                    ruleIds.Add(claim.Value.Id);
                }
            }
            if (status == "reported" && cues.Any(c => c.Value.Kind == CueKind.Deny)) status = "denied";
            else if (status == "reported" && cues.Any(c => c.Value.Kind == CueKind.Confirm)) status = "confirmed";
            if (actor1 is null && rule.Status == "intercepted")
                actor1 = reporters.FirstOrDefault(r => r.Actor is not null)?.Actor;

            var quantity = weaponMatch is null ? null
                : numbers.LastOrDefault(n => n.Last < weaponMatch.First && weaponMatch.First - n.Last <= 3)?.Value;
            var (fatalities, injuries) = Casualties(tokens, cues, numbers);
            ruleIds.AddRange(new[] { actor1?.RuleId, actor2?.RuleId }.OfType<string>());

            yield return new CodedEvent(rule, sentence, EventDate.Day(DateOnly.MinValue), actor1, actor2, fatalities, injuries,
                weapon, quantity, status, claimedBy, reporters.Select(r => r.Name).Distinct().ToList(), ruleIds, subEventType)
            {
                EventType = eventType,
                TriggerToken = trigger.First,
            };
        }
    }

    /// <summary>Whether a trigger reports one event here, rather than a habit, a purpose or events in general.</summary>
    private bool IsEventMention(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger,
        IReadOnlyList<PhraseMatch<int>> numbers, IReadOnlyList<PhraseMatch<Cue>> cues, bool dated)
    {
        // "would be attacked if", "expects air strikes", "plans to strike": a threat, condition or expectation governs
        // the trigger when it comes before it. One that comes after ("protested, denouncing plans to ...") does not.
        if (cues.Any(c => c.Value.Kind == CueKind.NonEvent && c.Last < trigger.First))
            return false;
        var before = trigger.First > 0 ? tokens[trigger.First - 1].Lower : "";
        var beforeThat = trigger.First > 1 ? tokens[trigger.First - 2].Lower : "";
        if (before == "to" && !(trigger.First > 1 && grammar.Is(tokens[trigger.First - 2], WordClass.Aspect)))
            return false; // "to strike Western ships": a purpose, not an event; "continued to shell" is one
        // "offering to join the battle", "to launch an attack": an event noun as the object of an infinitive is an aim.
        if (trigger.Value.Form == TriggerForm.Noun)
        {
            if (before == "as")
                return false; // "troops sent as reinforcements": a role, not an event
            for (var k = Math.Max(0, trigger.First - 4); k <= trigger.First - 2; k++)
            {
                if (tokens[k].Lower == "to" && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalised
                    && !grammar.IsDeterminer(tokens[k + 1])
                    && (k == 0 || !grammar.Is(tokens[k - 1], WordClass.Aspect)))
                    return false;
            }
        }
        if (cues.Any(c => c.Value.Kind == CueKind.Perfect && c.Last < trigger.First && trigger.First - c.Last <= 2) && !dated)
            return false; // "have attacked Israel", "has been fighting": a habit unless a date pins it
        if (trigger.Value.Form == TriggerForm.Noun)
        {
            var plural = trigger.Value.Plural;
            var counted = numbers.Any(n => n.Last < trigger.First && trigger.First - n.Last <= 2);
            if (plural && !dated && !counted)
                return false; // "air strikes on southern Lebanon": events in general
        }
        return true;
    }

    private (Actor? Actor1, Actor? Actor2) Roles(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger,
        IReadOnlyList<ActorMention> mentions, IReadOnlyList<Reporter> reporters)
    {
        var reporterMentions = reporters.Select(r => r.Mention).OfType<ActorMention>().ToHashSet();
        bool Usable(ActorMention m) => !reporterMentions.Contains(m) && !IsBareDemonym(m);
        bool Adjective(ActorMention m) => IsBareDemonym(m) && m.Last < trigger.First && trigger.First - m.Last <= 2;

        var before = mentions.LastOrDefault(m => m.Last < trigger.First && (Usable(m) || Adjective(m)));
        // "Israeli forces killed two Palestinians and detained 15 others": after "and" the verb keeps the clause's subject.
        if (before is not null && Enumerable.Range(before.Last + 1, Math.Max(0, trigger.First - before.Last - 1)).Any(k => tokens[k].Lower == "and")
            && mentions.FirstOrDefault(m => m.Last < before.First && Usable(m)) is { } subject)
            before = subject;
        // The target is the first actor after the trigger in its clause: "fired grenade launchers and heavy machine
        // guns at the positions of the Donbass People's Militia".
        var clauseEnd = trigger.Last + 1;
        while (clauseEnd < tokens.Count && clauseEnd - trigger.Last <= MaxTargetDistance && tokens[clauseEnd].Text is not ("." or ";"))
            clauseEnd++;
        var after = mentions.FirstOrDefault(m => m.First > trigger.Last && m.First < clauseEnd && Usable(m));
        // "by Y", "by the Y", "by two armed men"
        var byAgent = mentions.FirstOrDefault(m => m.First > trigger.Last && m.First >= 1 && tokens[m.First - 1].Lower == "by" && !IsBareDemonym(m)
            || m.First > trigger.Last && m.First >= 2 && tokens[m.First - 2].Lower == "by"
                && (grammar.IsDeterminer(tokens[m.First - 1]) || char.IsDigit(tokens[m.First - 1].Text[0]) || patterns.Numbers.MatchAt(tokens, m.First - 1) is not null));
        // "killed in an Israeli air strike": the demonym inside the trigger's noun phrase names the actor.
        var inside = mentions.FirstOrDefault(m => IsBareDemonym(m) && m.First > trigger.Last && m.First - trigger.Last <= 4
            && FollowedByTrigger(tokens, m));

        var form = trigger.Value.Form == TriggerForm.Verb && IsPassive(tokens, trigger.First) ? TriggerForm.Passive : trigger.Value.Form;
        return form switch
        {
            // "X was struck by Y" makes X the target; "rockets were fired at X" leaves no subject, so the target follows.
            TriggerForm.Passive => (byAgent?.Actor ?? inside?.Actor,
                before is not null && !IsBareDemonym(before) ? before.Actor : after is not null && after != byAgent ? after.Actor : null),
            TriggerForm.Noun => (
                before is not null && (Adjective(before) || trigger.First - before.Last <= 3) ? before.Actor : byAgent?.Actor,
                after?.Actor),
            // "military forces of India and Pakistan exchanged fire": two sides joined before a verb of fighting.
            _ when after is null && before is not null && trigger.Value.EventType == "Battles" && JoinedBefore(before) is { } first
                => (first.Actor, before.Actor),
            _ => (before?.Actor, after?.Actor),
        };

        ActorMention? JoinedBefore(ActorMention second) =>
            mentions.LastOrDefault(m => m.Last < second.First && second.First - m.Last == 2 && tokens[m.Last + 1].Lower == "and" && Usable(m));
    }

    /// <summary>
    /// Whether the target the text describes without naming an actor is armed: "shot dead a soldier", "an attack on
    /// the checkpoint", or in the passive "two policemen were killed".
    /// </summary>
    private bool ArmedTarget(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger)
    {
        var passive = trigger.Value.Form == TriggerForm.Verb && IsPassive(tokens, trigger.First);
        var (from, to) = passive
            ? (Math.Max(0, trigger.First - 8), trigger.First - 1)
            : (trigger.Last + 1, Math.Min(tokens.Count - 1, trigger.Last + 8));
        for (var i = from; i <= to; i++)
        {
            if (!passive && tokens[i].Text is "," or "." or ";" && i > trigger.Last + 1) break;
            if (patterns.ArmedRoles.MatchAt(tokens, i) is not null) return true;
        }
        return false;
    }

    /// <summary>Actors that carry arms: fighting them is a battle, not violence against civilians.</summary>
    private static bool IsArmed(Actor actor) => actor.Type is not ("Civilians" or "Protesters" or "Rioters");

    /// <summary>"was struck", "were reportedly fired", "had been shelled": a form of "be" before the verb, adverbs allowed between.</summary>
    private bool IsPassive(IReadOnlyList<Token> tokens, int verb)
    {
        for (var i = verb - 1; i >= 0 && verb - i <= 3; i--)
        {
            var word = tokens[i].Lower;
            if (grammar.Is(tokens[i], WordClass.Be))
                return true;
            if (!word.EndsWith("ly", StringComparison.Ordinal) && !grammar.Is(tokens[i], WordClass.Adverb))
                return false;
        }
        return false;
    }

    private static bool FollowedByTrigger(IReadOnlyList<Token> tokens, ActorMention mention) =>
        mention.Last + 1 < tokens.Count && tokens[mention.Last + 1].IsWord;

    private static bool IsBareDemonym(ActorMention mention) => mention.Actor.RuleId.EndsWith(":demonym", StringComparison.Ordinal);

    private sealed record Reporter(string Name, Actor? Actor, ActorMention? Mention);

    /// <summary>Sources the sentence attributes its report to: "X said", "according to X".</summary>
    private IReadOnlyList<Reporter> Reporters(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<Cue>> cues, IReadOnlyList<ActorMention> mentions)
    {
        var found = new List<Reporter>();
        foreach (var cue in cues)
        {
            if (cue.Value.Kind == CueKind.Report)
            {
                var mention = mentions.LastOrDefault(m => m.Last < cue.First && cue.First - m.Last <= 1);
                if (mention is not null)
                    found.Add(new Reporter(mention.Actor.Name, mention.Actor, mention));
                else if (NounPhraseBefore(tokens, cue.First) is { } phrase)
                    found.Add(new Reporter(phrase, null, null));
            }
            else if (cue.Value.Kind == CueKind.ReportBefore)
            {
                var mention = mentions.FirstOrDefault(m => m.First > cue.Last && m.First - cue.Last <= 2);
                if (mention is not null)
                    found.Add(new Reporter(mention.Actor.Name, mention.Actor, mention));
                else if (NounPhraseAfter(tokens, cue.Last + 1) is { } phrase)
                    found.Add(new Reporter(phrase, null, null));
            }
        }
        return found;
    }

    /// <summary>"local officials said" gives "local officials": the words back to a comma, a verb-like break or the start.</summary>
    private string? NounPhraseBefore(IReadOnlyList<Token> tokens, int cue)
    {
        var start = cue;
        while (start > 0 && tokens[start - 1].IsWord && cue - start < 4 && !grammar.Is(tokens[start - 1], WordClass.ClauseBreak))
            start--;
        if (start == cue) return null;
        var words = tokens.Skip(start).Take(cue - start).Select(t => t.Text).ToArray();
        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words = words[1..];
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    private static string? NounPhraseAfter(IReadOnlyList<Token> tokens, int first)
    {
        var end = first;
        while (end < tokens.Count && tokens[end].IsWord && end - first < 5) end++;
        if (end == first) return null;
        var words = tokens.Skip(first).Take(end - first).Select(t => t.Text).ToArray();
        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words = words[1..];
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Numbers in words or digits, with "at least", "more than" taken at their stated floor.</summary>
    private IReadOnlyList<PhraseMatch<int>> FindNumbers(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<int>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text.Replace(",", "");
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && !(value is >= 1900 and <= 2100 && i > 0 && IsMonth(tokens[i - 1])))
            {
                found.Add(new PhraseMatch<int>(i, 1, value));
                continue;
            }
            var word = patterns.Numbers.MatchAt(tokens, i);
            if (word is null) continue;
            // "a" and "an" count only right before a weapon or casualty noun; elsewhere they are articles.
            if (word.Count == 1 && grammar.Is(tokens[i], WordClass.Indefinite))
                continue;
            found.Add(word);
            i = word.Last;
        }
        return found;
    }

    private (int Fatalities, int? Injuries) Casualties(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<Cue>> cues, IReadOnlyList<PhraseMatch<int>> numbers)
    {
        if (cues.Any(c => c.Value.Kind == CueKind.NoCasualties))
            return (0, 0);
        int? Count(CueKind kind)
        {
            foreach (var cue in cues.Where(c => c.Value.Kind == kind))
            {
                // "killing four", "four people were killed", "4 dead"
                var afterCue = numbers.FirstOrDefault(n => n.First > cue.Last && n.First - cue.Last <= CasualtyWindow
                    && !tokens.Skip(cue.Last + 1).Take(n.First - cue.Last - 1).Any(t => t.Text is "," or "." or ";"));
                var beforeCue = numbers.LastOrDefault(n => n.Last < cue.First && cue.First - n.Last <= CasualtyWindow
                    && !tokens.Skip(n.Last + 1).Take(cue.First - n.Last - 1).Any(t => t.Text is "," or "." or ";"));
                var lower = cue.Value.Phrase.ToLowerInvariant();
                var pick = lower.EndsWith("ing") ? afterCue ?? beforeCue : beforeCue ?? afterCue;
                if (pick is not null) return pick.Value;
                if (OneVictim(tokens, cue)) return 1;
            }
            return null;
        }
        return (Count(CueKind.Death) ?? 0, Count(CueKind.Injury));
    }

    /// <summary>
    /// A single victim named without a number: "killing a protester", "shot dead a soldier", "a civilian was killed",
    /// "an elderly man was wounded".
    /// </summary>
    private bool OneVictim(IReadOnlyList<Token> tokens, PhraseMatch<Cue> cue)
    {
        if (cue.Last + 1 < tokens.Count && grammar.Is(tokens[cue.Last + 1], WordClass.Indefinite))
            return true;
        // "killing Hassan Nasrallah": a person's name, two capitalised words closing the phrase.
        if (cue.Last + 2 < tokens.Count && tokens[cue.Last + 1].IsCapitalised && tokens[cue.Last + 2].IsCapitalised && tokens[cue.Last + 2].IsWord
            && (cue.Last + 3 >= tokens.Count || !tokens[cue.Last + 3].IsWord || !tokens[cue.Last + 3].IsCapitalised))
            return true;
        var be = cue.First - 1;
        while (be >= 0 && tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal)) be--;
        if (be < 0 || !grammar.Is(tokens[be], WordClass.Be) || tokens[be].Lower is not ("was" or "is")) return false;
        for (var i = be - 1; i >= 0 && be - i <= 6; i--)
        {
            if (tokens[i].Text is "," or ";" or ".") return false;
            if (grammar.Is(tokens[i], WordClass.Indefinite)) return true;
        }
        return false;
    }

    /// <summary>
    /// Several sentences of one article often tell one event; they become one record with all the evidence.
    /// Body sentences are grouped first, so a caption can only join an event the body tells or add one it lacks.
    /// </summary>
    private static List<List<CodedEvent>> Merge(List<CodedEvent> coded)
    {
        var merged = new List<List<CodedEvent>>();
        foreach (var @event in coded.OrderBy(e => e.Sentence.Kind == BlockKind.Caption ? 1 : 0))
        {
            var group = merged.FirstOrDefault(g => SameEvent(g[0], @event));
            if (group is null) merged.Add([@event]);
            else group.Add(@event);
        }
        return merged;
    }

    /// <summary>
    /// Same sub-event type, overlapping dates, no contradicting actor, and one positive sign: both pinned to the
    /// same day, or a named actor in common. An undated mention alone is not enough to fold two reports together.
    /// </summary>
    private static bool SameEvent(CodedEvent a, CodedEvent b)
    {
        if (a.SubEventType != b.SubEventType || !a.Date.Overlaps(b.Date)
            || !Compatible(a.Actor1, b.Actor1) || !Compatible(a.Actor2, b.Actor2))
            return false;
        var sameDay = a.Date.Precision == TimePrecision.Day && b.Date.Precision == TimePrecision.Day
            && !a.RuleIds.Contains("undated") && !b.RuleIds.Contains("undated");
        var sharedActor = (a.Actor1 is not null && a.Actor1.Name == b.Actor1?.Name) || (a.Actor2 is not null && a.Actor2.Name == b.Actor2?.Name);
        return sameDay || sharedActor;
    }

    private static bool Compatible(Actor? a, Actor? b) => a is null || b is null || a.Name == b.Name;

    /// <summary>One record for a group of reports of one event: the lead's coding, gaps filled from the others.</summary>
    private EventRecord ToRecord(List<CodedEvent> group, string? country)
    {
        var lead = group[0];
        // The most precise date any report gives; the reports already agree that their dates overlap.
        var date = group.Select(e => e.Date).OrderBy(d => d.Precision).ThenBy(d => d.Latest.DayNumber - d.Earliest.DayNumber).First();
        // Generic actors ("gunmen", "residents") take the event's country now that it is known.
        var actor1 = group.Select(e => e.Actor1).OfType<Actor>().Select(a => actors.WithCountry(a, country)).FirstOrDefault(a => a is not null);
        var actor2 = group.Select(e => e.Actor2).OfType<Actor>().Select(a => actors.WithCountry(a, country)).FirstOrDefault(a => a is not null);
        // Reports of one event that disagree on the toll: ACLED takes the lower credible figure.
        var fatalities = group.Select(e => e.Fatalities).Where(f => f > 0).DefaultIfEmpty(0).Min();
        var injuries = group.Select(e => e.Injuries).FirstOrDefault(i => i is not null);
        var associated1 = new List<string>();
        var ruleIds = group.SelectMany(e => e.RuleIds).ToList();
        foreach (var standard in country is null ? [] : defaults.For(lead.EventType))
        {
            var current = standard.IsActor1 ? actor1 : actor2;
            var apply = standard.When switch
            {
                DefaultActorCondition.Always => true,
                DefaultActorCondition.IfEmpty => current is null,
                _ => current is null && (fatalities > 0 || injuries > 0),
            };
            if (!apply) continue;
            var actor = standard.For(country!);
            if (standard.IsActor1)
            {
                // "police fired tear gas at the protesters": the force acting on the protest is its actor2.
                if (current is not null && current.Name != actor.Name && current.Type == "State forces" && actor2 is null && lead.SubEventType != "Peaceful protest")
                    actor2 = current;
                else if (current is not null && current.Name != actor.Name)
                    associated1.Add(current.Name);
                actor1 = actor;
            }
            else
            {
                actor2 = actor;
            }
            ruleIds.Add(standard.RuleId);
        }
        var status = new[] { "intercepted", "claimed", "denied", "confirmed" }.FirstOrDefault(s => group.Any(e => e.Status == s)) ?? lead.Status;
        var evidence = group.SelectMany(e => e.FollowUps.Prepend(e.Sentence)).DistinctBy(s => s.Index).OrderBy(s => s.Index)
            .Select(s => new Evidence(s.Text, s.Start, s.End)).ToList();
        var confidence = 0.4
            + (actor1 is not null ? 0.15 : 0)
            + (date.Precision == TimePrecision.Day ? 0.15 : 0)
            + (lead.Trigger.Form != TriggerForm.Noun ? 0.1 : 0.05)
            + Math.Min(0.15, 0.05 * (evidence.Count - 1));
        return new EventRecord
        {
            EventType = lead.EventType,
            SubEventType = lead.SubEventType,
            Date = date.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateEnd = date.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimePrecision = (int)date.Precision,
            Actor1 = actor1?.Name,
            AssocActor1 = associated1,
            Actor2 = actor2?.Name is { } name && name != actor1?.Name ? name : null,
            Country = country,
            Fatalities = fatalities,
            Injuries = injuries,
            Weapon = group.Select(e => e.Weapon).FirstOrDefault(w => w is not null),
            Quantity = group.Select(e => e.Quantity).FirstOrDefault(q => q is not null),
            Status = status,
            ClaimedBy = group.Select(e => e.ClaimedBy).FirstOrDefault(c => c is not null)?.Name,
            ReportedBy = group.SelectMany(e => e.ReportedBy).Distinct().ToList(),
            Evidence = evidence,
            Confidence = Math.Round(Math.Min(confidence, 0.95), 2),
            RuleIds = ruleIds.Distinct().ToList(),
        };
    }

    private static bool IsWeekday(Token token) =>
        token.IsCapitalised && Enum.GetNames<DayOfWeek>().Contains(token.Text, StringComparer.Ordinal);

    private static bool IsMonth(Token token) =>
        System.Globalization.DateTimeFormatInfo.InvariantInfo.MonthNames.Contains(token.Text, StringComparer.OrdinalIgnoreCase)
        || System.Globalization.DateTimeFormatInfo.InvariantInfo.AbbreviatedMonthNames.Contains(token.Text.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
}
