using Sitrep.Events;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// Who did what to whom: actor1 and actor2 of a trigger from the sentence's structure (active or passive voice, "by"
/// agents, the demonym inside an event noun, targets in the trigger's clause, two sides joined before a verb of
/// fighting), whether a target is armed, and the sources a report is attributed to. Immutable and thread-safe.
/// </summary>
internal sealed class ArgumentRoles(EventPatterns patterns, Grammar grammar)
{
    /// <summary>How far after its trigger a target may stand, within the clause.</summary>
    private const int MaxTargetDistance = 16;

    public (Actor? Actor1, Actor? Actor2) Roles(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger,
        IReadOnlyList<ActorMention> mentions, IReadOnlyList<Reporter> reporters, IReadOnlyList<PhraseMatch<Cue>> cues)
    {
        // "launched in retaliation for the killing of a Kataib Hezbollah commander": the cause's people are not the target.
        var cause = cues.FirstOrDefault(c => c.Value.Kind == CueKind.Cause && c.First > trigger.Last);
        if (cause is not null)
            mentions = mentions.Where(m => m.First < cause.First).ToList();
        var (actor1, actor2, byAgent) = ReadRoles(tokens, trigger, mentions, reporters);
        // "Hezbollah said it fired anti-tank missiles at an Israeli army position": the source speaks of its own deed.
        if (actor1 is null && reporters.FirstOrDefault(r => r.Mention is { } m && m.Last < trigger.First && SaysItDid(tokens, m, cues, trigger.First)) is { Actor: { } speaker }
            && IsArmed(speaker) && speaker.Name != actor2?.Name)
            actor1 = speaker;
        // "JWS, which operates under OPS, shelled QSD positions": ACLED names the operation a force acts under as actor1.
        if (actor1 is not null && IsArmed(actor1) && Umbrella(tokens, mentions) is { } umbrella && umbrella.Name != actor2?.Name)
            actor1 = umbrella;
        // "Afghan forces repelled an attack by Taliban militants": ACLED codes the side that attacked as actor1 and
        // the side that fought it off as actor2.
        var defense = cues.FirstOrDefault(c => c.Value.Kind == CueKind.ArmedResistance && c.Last <= trigger.First && trigger.First - c.Last <= 3);
        if (defense is not null
            && mentions.FirstOrDefault(m => m.First > ClauseStart(tokens, defense.First) && m.Last < defense.First && !reporters.Any(r => r.Mention == m)
                && IsArmed(m.Actor) && !IsBareDemonym(m)) is { } defender)
        {
            // "Taliban militants were killed when Afghan forces repulsed their attacks": "their" is the side named before.
            var attacker = new[] { byAgent, actor1, actor2 }.FirstOrDefault(a => a is not null && a.Name != defender.Actor.Name && IsArmed(a))
                ?? (defense.Last + 1 < tokens.Count && tokens[defense.Last + 1].Lower is "their" or "its"
                    ? mentions.LastOrDefault(m => m.Last < defender.First && IsArmed(m.Actor) && m.Actor.Name != defender.Actor.Name && !IsBareDemonym(m))?.Actor
                    : null);
            if (attacker is not null)
                return (attacker, defender.Actor);
        }
        return (actor1, actor2);
    }

    private (Actor? Actor1, Actor? Actor2, Actor? ByAgent) ReadRoles(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger,
        IReadOnlyList<ActorMention> mentions, IReadOnlyList<Reporter> reporters)
    {
        var reporterMentions = reporters.Select(r => r.Mention).OfType<ActorMention>().ToHashSet();
        // "a former military officer" is a civilian: no armed actor.
        bool Usable(ActorMention m) => !reporterMentions.Contains(m) && !IsBareDemonym(m) && !(IsFormer(tokens, m.First) && m.Actor.RuleId.StartsWith("generic.tsv", StringComparison.Ordinal));
        bool Adjective(ActorMention m) => IsBareDemonym(m) && m.Last < trigger.First && trigger.First - m.Last <= 2;

        // "Israeli warships continued to shell": a demonym before military kit names that army, as subject too.
        // "Turkish military convoys": an actor whose words run into the event noun ("Turkish military") is its subject too.
        var before = mentions.LastOrDefault(m => (m.Last < trigger.First || trigger.Value.Form == TriggerForm.Noun && m.First < trigger.First)
            && (Usable(m) || Adjective(m) || MilitaryDemonym(m)));
        // "Israeli forces killed two Palestinians and detained 15 others": after "and" the verb keeps the clause's subject.
        if (before is not null && Enumerable.Range(before.Last + 1, Math.Max(0, trigger.First - before.Last - 1)).Any(k => tokens[k].Lower == "and")
            && mentions.FirstOrDefault(m => m.Last < before.First && Usable(m)) is { } subject)
            before = subject;
        // The target is the first actor after the trigger in its clause: "fired grenade launchers and heavy machine
        // guns at the positions of the Donbass People's Militia".
        var clauseEnd = trigger.Last + 1;
        while (clauseEnd < tokens.Count && clauseEnd - trigger.Last <= MaxTargetDistance && tokens[clauseEnd].Text is not ("." or ";"))
            clauseEnd++;
        var after = mentions.FirstOrDefault(m => m.First > trigger.Last && m.First < clauseEnd && (Usable(m) || MilitaryDemonym(m)) && !ByAgent(tokens, m));
        // "Hamas and PIJ militants jointly clashed with Israeli troops": of sides joined as one subject against a
        // target, ACLED names the first as actor1.
        // "Turkey and Russia conducted a joint patrol": with no side acted on, the first named leads (a fight's two
        // joined sides are read below as its two sides).
        if (before is not null && (after is not null && !IsInstrument(after) || after is null && trigger.Value.EventType != AcledTypes.Battles))
            while (Coordinated(before) is { } earlier) before = earlier;
        // "by Y", "by the Y", "by two armed men", "by presumed LNA forces": up to two small words between.
        var byAgent = mentions.FirstOrDefault(m => m.First > trigger.Last && ByAgent(tokens, m) && !IsBareDemonym(m));
        // "killed in an Israeli air strike": the demonym inside the trigger's noun phrase names the actor.
        var inside = mentions.FirstOrDefault(m => IsBareDemonym(m) && m.First > trigger.Last && m.First - trigger.Last <= 4
            && FollowedByTrigger(tokens, m));

        // "clashes erupted between Hamas militants and Israeli troops": the two sides, in the order given.
        if (Between() is { } sides)
            return (sides.Item1, sides.Item2, null);

        var form = trigger.Value.Form == TriggerForm.Verb && IsPassive(tokens, trigger) ? TriggerForm.Passive : trigger.Value.Form;
        (Actor?, Actor?) roles = form switch
        {
            // "X was struck by Y" makes X the target; "rockets were fired at X" leaves no subject, so the target follows.
            TriggerForm.Passive => (byAgent?.Actor ?? inside?.Actor,
                before is not null && !IsBareDemonym(before) && !IsInstrument(before) ? before.Actor : after is not null && after != byAgent ? after.Actor : null),
            TriggerForm.Noun when before is not null && (Adjective(before) || trigger.First - before.Last <= 3) => (before.Actor, after?.Actor),
            // "Al Shabaab militants carried out an attack against an AMISOM base", "FARDC soldiers killed 4 ADF
            // militiamen during an offensive": the sentence's subject does what its event noun names, to its object.
            TriggerForm.Noun when byAgent is null && Subject() is { } agent => (agent.Actor,
                (mentions.FirstOrDefault(m => m.First > agent.Last && m.Last < trigger.First && Usable(m) && m.Actor != agent.Actor && VerbBetween(agent, m)) ?? after)?.Actor),
            TriggerForm.Noun => (byAgent?.Actor, after?.Actor),
            // "military forces of India and Pakistan exchanged fire": two sides joined before a verb of fighting.
            _ when after is null && before is not null && trigger.Value.EventType == AcledTypes.Battles && JoinedBefore(before) is { } first
                => (first.Actor, before.Actor),
            // "shells fired by presumed LNA forces struck a clinic": a participle with its agent, no form of "be".
            TriggerForm.Verb when byAgent is not null && byAgent.First - trigger.Last <= 3 => (byAgent.Actor, before is not null && before != byAgent ? before.Actor : after is not null && after != byAgent ? after.Actor : null),
            // "a burned car hit by an Israeli drone strike": the agent is the demonym's forces, the car's owners hit.
            TriggerForm.Verb when inside is not null && trigger.Last + 1 < tokens.Count && tokens[trigger.Last + 1].Lower == "by" && inside.First - trigger.Last <= 3
                => (inside.Actor, before is not null && !IsBareDemonym(before) ? before.Actor : null),
            _ => (before?.Actor, after?.Actor),
        };
        return (roles.Item1, roles.Item2, byAgent?.Actor);

        // "toward an Israeli Apache helicopter", "an Israeli tank": a demonym before military kit names that army.
        bool MilitaryDemonym(ActorMention m) => IsBareDemonym(m)
            // The kit may stand inside the mention itself ("Israeli military vehicles" reads "Israeli military").
            && Enumerable.Range(m.First + 1, m.Count + 1).Any(k => k < tokens.Count
                && (patterns.ArmedRoles.MatchAt(tokens, k) is not null || patterns.Weapons.MatchAt(tokens, k) is not null));

        // "The drones were launched": a weapon that was fired is not the target.
        bool IsInstrument(ActorMention m) => Enumerable.Range(m.First, m.Count).Any(k => patterns.Weapons.MatchAt(tokens, k) is not null);

        // The first actor of the sentence, before the trigger, that no preposition governs and no full stop parts from it.
        ActorMention? Subject()
        {
            var first = mentions.FirstOrDefault(m => m.Last < trigger.First && (Usable(m) || MilitaryDemonym(m)));
            if (first is null || AfterPreposition(first)) return null;
            for (var k = first.Last + 1; k < trigger.First; k++)
                if (tokens[k].Text is "." or ";" || grammar.Is(tokens[k], WordClass.ClauseBreak) && tokens[k].Lower != "and") return null;
            return first;
        }

        // "FARDC soldiers killed 4 ADF militiamen": a verb parts subject from object; "Boko Haram/IS" are one subject.
        bool VerbBetween(ActorMention subject, ActorMention @object) =>
            Enumerable.Range(subject.Last + 1, Math.Max(0, @object.First - subject.Last - 1))
                .Any(k => tokens[k].IsWord && !tokens[k].IsCapitalised && tokens[k].Lower is not ("and" or "or") && !char.IsDigit(tokens[k].Text[0]));

        bool AfterPreposition(ActorMention m)
        {
            for (var k = m.First - 1; k >= 0 && m.First - k <= 3; k--)
            {
                if (grammar.Is(tokens[k], WordClass.Preposition)) return true;
                if (!tokens[k].IsWord || tokens[k].IsCapitalised && k < m.First - 1) return false;
            }
            return false;
        }

        (Actor?, Actor?)? Between()
        {
            for (var k = trigger.Last + 1; k < tokens.Count && k - trigger.Last <= 4; k++)
            {
                if (tokens[k].Text is "." or ";" or ",") return null;
                if (!grammar.Is(tokens[k], WordClass.Between)) continue;
                var one = mentions.FirstOrDefault(m => m.First > k && m.First - k <= 3 && (Usable(m) || MilitaryDemonym(m)));
                if (one is null) return null;
                var and = one.Last + 1;
                var other = mentions.FirstOrDefault(m => m.First > one.Last && m.First - and <= 6 && (Usable(m) || MilitaryDemonym(m))
                    && Enumerable.Range(one.Last + 1, m.First - one.Last - 1).Any(j => tokens[j].Lower == "and"));
                return (one.Actor, other?.Actor);
            }
            return null;
        }

        // "Hamas and PIJ", "Hamas, PIJ, and Al Nasser Salah al Deen Brigades": the side listed just before; the
        // capitalised words of a name the dictionary does not know belong to the side after ("Amajid Brigade and
        // Hazamiyah Resistance forces").
        ActorMention? Coordinated(ActorMention next)
        {
            if (!IsArmed(next.Actor)) return null;
            var start = next.First;
            while (start > 0 && next.First - start < 3 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalised) start--;
            return mentions.LastOrDefault(m => m.Last < start && start - m.Last is >= 2 and <= 3 && Usable(m) && IsArmed(m.Actor)
                && Enumerable.Range(m.Last + 1, start - m.Last - 1).All(k => tokens[k].Text == "," || tokens[k].Lower == "and")
                && Enumerable.Range(m.Last + 1, start - m.Last - 1).Any(k => tokens[k].Text == "," || tokens[k].Lower == "and"));
        }

        ActorMention? JoinedBefore(ActorMention second) =>
            mentions.LastOrDefault(m => m.Last < second.First && second.First - m.Last == 2 && tokens[m.Last + 1].Lower == "and" && Usable(m));
    }

    /// <summary>
    /// Whether the target the text describes without naming an actor is armed: "shot dead a soldier", "an attack on
    /// the checkpoint", or in the passive "two policemen were killed".
    /// </summary>
    public bool ArmedTarget(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger)
    {
        var passive = trigger.Value.Form == TriggerForm.Verb && IsPassive(tokens, trigger);
        var (from, to) = passive
            ? (Math.Max(0, trigger.First - 8), trigger.First - 1)
            : (trigger.Last + 1, Math.Min(tokens.Count - 1, trigger.Last + MaxTargetDistance));
        var agent = false;
        for (var i = from; i <= to; i++)
        {
            if (!passive && tokens[i].Text is "," or "." or ";" && i > trigger.Last + 1) break;
            // "a shooting ... by an armed man": the attacker, not the target; "attacks by Taliban militants on 3 check
            // points": the target follows the attacker.
            if (!passive && tokens[i].Lower == "by") { agent = true; continue; }
            // ("by at least three gunmen": "at least" counts the attackers, it names no target.)
            if (agent && (tokens[i].Lower is "on" or "at" or "targeting" || grammar.Is(tokens[i], WordClass.Against))
                && !(i + 1 < tokens.Count && grammar.Is(tokens[i + 1], WordClass.Bound))) agent = false;
            if (!agent && patterns.ArmedRoles.MatchAt(tokens, i) is not null && !IsFormer(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the verb's own object is armed: "attacked a police checkpoint, leaving ... 3 civilians dead" hit the
    /// checkpoint, whoever else the sentence names later.
    /// </summary>
    public bool ArmedObject(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger)
    {
        if (trigger.Value.Form != TriggerForm.Verb || IsPassive(tokens, trigger)) return false;
        for (var i = trigger.Last + 1; i < tokens.Count && i - trigger.Last <= 4; i++)
        {
            if (!tokens[i].IsWord || grammar.Is(tokens[i], WordClass.Preposition) || grammar.Is(tokens[i], WordClass.ClauseBreak)) return false;
            if (patterns.ArmedRoles.MatchAt(tokens, i) is not null) return !IsFormer(tokens, i);
        }
        return false;
    }

    /// <summary>"former", "retired", "off-duty" within two words before: a civilian now.</summary>
    private bool IsFormer(IReadOnlyList<Token> tokens, int first) =>
        Enumerable.Range(Math.Max(0, first - 2), Math.Min(2, first)).Any(k => grammar.Is(tokens[k], WordClass.Former));

    private bool ByAgent(IReadOnlyList<Token> tokens, ActorMention mention)
    {
        for (var k = mention.First - 1; k >= 0 && mention.First - k <= 5; k--)
        {
            if (tokens[k].Lower == "by") return true;
            if (!tokens[k].IsWord || tokens[k].IsCapitalised) return false;
        }
        // "by a group of four armed members of the WAM": the group whose members did it.
        if (mention.First >= 3 && tokens[mention.First - 1].Lower is "the" or "of" && Enumerable.Range(Math.Max(0, mention.First - 3), 3).Any(k => grammar.Is(tokens[k], WordClass.GroupPart)))
        {
            for (var k = mention.First - 1; k >= 0 && mention.First - k <= 9; k--)
            {
                if (tokens[k].Lower == "by") return true;
                if (!tokens[k].IsWord && !char.IsDigit(tokens[k].Text[0]) || tokens[k].IsCapitalised) return false;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence names armed people or military targets anywhere ("soldiers", "checkpoint").</summary>
    public bool NamesArmed(IReadOnlyList<Token> tokens) => patterns.ArmedRoles.FindAll(tokens).Count > 0;

    /// <summary>The operation the sentence's forces act under: "operating under OPS", "which operates under Operation Peace Spring".</summary>
    private static Actor? Umbrella(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].Lower.StartsWith("operat", StringComparison.Ordinal) || tokens[k + 1].Lower != "under") continue;
            var next = tokens[k + 2].Lower == "the" ? k + 3 : k + 2;
            if (mentions.FirstOrDefault(m => m.First == next) is { } operation && IsArmed(operation.Actor)) return operation.Actor;
        }
        return null;
    }

    /// <summary>
    /// Where the clause holding a word begins: after the last subordinator before it ("Taliban militants were killed
    /// when Afghan forces repulsed their attacks"), else -1.
    /// </summary>
    private int ClauseStart(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0; k--)
            if (grammar.Is(tokens[k], WordClass.Subordinator)) return k;
        return -1;
    }

    /// <summary>Actors that carry arms: fighting them is a battle, not violence against civilians.</summary>
    public static bool IsArmed(Actor actor) => actor.Type is not ("Civilians" or "Protesters" or "Rioters");

    /// <summary>A verb trigger in the passive, by the words before it or its own ("body was found").</summary>
    private bool IsPassive(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger) =>
        IsPassive(tokens, trigger.First) || Enumerable.Range(trigger.First + 1, trigger.Count - 1).Any(i => grammar.Is(tokens[i], WordClass.Be));

    /// <summary>"was struck", "were reportedly fired", "had been shelled": a form of "be" before the verb, adverbs allowed between.</summary>
    public bool IsPassive(IReadOnlyList<Token> tokens, int verb)
    {
        // "was killed and found wrapped in plastic": a verb joined to a passive one is passive too.
        // So is one in a list of them: "were killed, injured or captured".
        if (verb >= 2 && tokens[verb - 1].Lower is "and" or "or" or "," && tokens[verb - 2].IsWord && !tokens[verb - 2].IsCapitalised
            && !grammar.Is(tokens[verb - 2], WordClass.Be) && IsPassive(tokens, verb - 2))
            return true;
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

    public static bool IsBareDemonym(ActorMention mention) => mention.Actor.RuleId.EndsWith(":demonym", StringComparison.Ordinal);

    public sealed record Reporter(string Name, Actor? Actor, ActorMention? Mention);

    /// <summary>Sources the sentence attributes its report to: "X said", "according to X".</summary>
    public IReadOnlyList<Reporter> Reporters(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<Cue>> cues, IReadOnlyList<ActorMention> mentions)
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

    /// <summary>"X said it fired", "X said that it struck", "X says they shelled": up to the trigger, the source is the subject.</summary>
    private static bool SaysItDid(IReadOnlyList<Token> tokens, ActorMention source, IReadOnlyList<PhraseMatch<Cue>> cues, int trigger)
    {
        if (cues.FirstOrDefault(c => c.First == source.Last + 1 && c.Value.Kind is CueKind.Report or CueKind.Claim) is not { } says) return false;
        var k = says.Last + 1;
        if (k < trigger && tokens[k].Lower == "that") k++;
        return k < trigger && tokens[k].Lower is "it" or "they" && trigger - k <= 3;
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
}
