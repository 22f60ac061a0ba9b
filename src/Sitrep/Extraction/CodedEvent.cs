using Sitrep.Dates;
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
