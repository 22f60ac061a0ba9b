using Sitrep.Dates;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>Groups the events of one document that tell the same real event, body reports before captions.</summary>
internal static class EventMerger
{
    /// <summary>
    /// Several sentences of one article often tell one event; they become one record with all the evidence.
    /// Body sentences are grouped first, so a caption can only join an event the body tells or add one it lacks.
    /// </summary>
    public static List<List<CodedEvent>> Merge(List<CodedEvent> coded)
    {
        var merged = new List<List<CodedEvent>>();
        foreach (var @event in coded.OrderBy(e => e.Sentence.Kind == BlockKind.Caption ? 1 : 0))
        {
            var group = merged.FirstOrDefault(g => SameEvent(g[0], @event))
                ?? (@event.Sentence.Kind == BlockKind.Caption ? merged.FirstOrDefault(g => Illustrates(@event, g[0])) : null);
            if (group is null) merged.Add([@event]);
            else group.Add(@event);
        }
        // The report that names how it was done leads: "killed in an Israeli air strike" over "the assassination of".
        foreach (var group in merged)
        {
            var specific = group.FindIndex(e => !IsBareViolence(e));
            if (specific > 0)
            {
                var lead = group[specific];
                group.RemoveAt(specific);
                group.Insert(0, lead);
            }
        }
        return merged;
    }

    /// <summary>
    /// Same sub-event type, overlapping dates, no contradicting actor, and one positive sign: both pinned to the
    /// same day, or a named actor in common. An undated mention alone is not enough to fold two reports together.
    /// </summary>
    private static bool SameEvent(CodedEvent a, CodedEvent b)
    {
        // "The assassination of Hassan Nasrallah on Friday" and "Nasrallah, killed in an Israeli air strike": a bare
        // word for violence against the same target, on overlapping days, is the same event told less precisely.
        if (a.SubEventType != b.SubEventType && (IsBareViolence(a) || IsBareViolence(b)) && a.Date.Overlaps(b.Date)
            && a.Actor2 is not null && a.Actor2.Name == b.Actor2?.Name && Compatible(a.Actor1, b.Actor1))
            return true;
        if (a.SubEventType != b.SubEventType || !a.Date.Overlaps(b.Date)
            || !Compatible(a.Actor1, b.Actor1) || !Compatible(a.Actor2, b.Actor2))
            return false;
        var sameDay = a.Date.Precision == TimePrecision.Day && b.Date.Precision == TimePrecision.Day
            && !a.RuleIds.Contains("undated") && !b.RuleIds.Contains("undated");
        var sharedActor = (a.Actor1 is not null && a.Actor1.Name == b.Actor1?.Name) || (a.Actor2 is not null && a.Actor2.Name == b.Actor2?.Name);
        return sameDay || sharedActor;
    }

    /// <summary>
    /// "Mourners carry the coffins of two brothers killed in a drone strike ... on Aug. 19": a caption's event of the
    /// kind the story told a few days before, with no other sides, is that event pictured later, not a new one.
    /// </summary>
    private static bool Illustrates(CodedEvent caption, CodedEvent body) =>
        body.Sentence.Kind == BlockKind.Body && caption.SubEventType == body.SubEventType
        && Compatible(caption.Actor1, body.Actor1) && Compatible(caption.Actor2, body.Actor2)
        && caption.Date.Earliest >= body.Date.Earliest && caption.Date.Earliest.DayNumber - body.Date.Latest.DayNumber <= CaptionLagDays;

    /// <summary>How many days after an event a caption may picture it (funerals, damage seen the next days).</summary>
    private const int CaptionLagDays = 3;

    /// <summary>A trigger that names violence without its means ("assassination", "attack"), settled by its target alone.</summary>
    private static bool IsBareViolence(CodedEvent e) =>
        e.Trigger.DecidedBy == TriggerDecision.Target && e.Trigger.Weapon is null && !e.RuleIds.Any(id => id.StartsWith('W'));

    /// <summary>Two reports' actors agree where either is unknown or both name the same actor.</summary>
    internal static bool Compatible(Actor? a, Actor? b) => a is null || b is null || a.Name == b.Name;
}
