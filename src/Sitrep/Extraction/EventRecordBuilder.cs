using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// Writes one contract record for a group of reports of one event: the lead's coding, gaps filled from the others,
/// generic actors given the event's country, ACLED's default actors, the lower of conflicting tolls, all evidence.
/// Immutable and thread-safe.
/// </summary>
internal sealed class EventRecordBuilder(ActorDictionary actors, ActorDefaults defaults)
{
    private Actor? AsCoalition(Actor? actor, string country, DateOnly day, List<string> ruleIds)
    {
        if (actor is null || defaults.Coalitions.For(actor.Name, country, day) is not { } membership || actors.Named(membership.Coalition) is not { } coalition)
            return actor;
        ruleIds.Add(membership.Id);
        return coalition;
    }

    /// <summary>One record for a group of reports of one event: the lead's coding, gaps filled from the others.</summary>
    /// <param name="group">The reports, the lead first.</param>
    /// <param name="country">The event's country, if known.</param>
    /// <param name="place">Where it happened, if known.</param>
    /// <param name="civilianPlaceHit">The evidence names a civilian place hit (a house, a school).</param>
    /// <param name="armedVictims">The evidence counts its dead or wounded among armed people ("three soldiers were
    /// wounded"): that toll is no harm to civilians.</param>
    /// <param name="paragraphCues">What the cues of the event's paragraphs say of it beyond its own sentences (the
    /// marks of criminal violence, gang rivalry).</param>
    /// <param name="militaryBefore">The last army the story named by the lead's sentence: "warplanes" where the
    /// event's country has none (Gaza) are that army's.</param>
    /// <param name="noOneHurt">The evidence says no one was killed or hurt, and counts no dead or wounded.</param>
    /// <param name="frontLine">The front-line place the evidence names, held on the event's day: fire there that
    /// names no side came from across the line.</param>
    /// <param name="mutualFight">The lead's trigger is a fight both sides wage ("exchanged fire"), with no attacker.</param>
    public EventRecord Build(List<CodedEvent> group, string? country, EventPlace? place = null, bool civilianPlaceHit = false, bool armedVictims = false,
        IReadOnlySet<CueKind>? paragraphCues = null, Actor? militaryBefore = null, FrontLinePlace? frontLine = null, bool noOneHurt = false,
        bool mutualFight = false)
    {
        // "a man was shot dead ... The victim had charges against him for drug trafficking": a killing of someone armed
        // or in an armed group the text does not name is a clash between armed sides, as ACLED codes it.
        if (group[0] is { EventType: AcledTypes.ViolenceAgainstCivilians, SubEventType: AcledTypes.Attack } attack
            && paragraphCues is not null && paragraphCues.Contains(CueKind.ArmedVictim) && (attack.Actor2 is null || attack.Actor2.Type == "Civilians"))
            group = [attack with { EventType = AcledTypes.Battles, SubEventType = AcledTypes.ArmedClash, Actor2 = null }, .. group.Skip(1)];
        var lead = group[0];
        // The most precise date any report gives; the reports already agree that their dates overlap.
        var date = group.Select(e => e.Date).OrderBy(d => d.Precision).ThenBy(d => d.Latest.DayNumber - d.Earliest.DayNumber).First();
        // Generic actors ("gunmen", "residents") take the event's country now that it is known.
        var actor1 = group.Select(e => e.Actor1).OfType<Actor>().Select(a => actors.WithCountry(a, country)).FirstOrDefault(a => a is not null)
            ?? (country is not null && group.Select(e => e.Actor1).OfType<Actor>().Any(a => a.IsGenericMilitary) ? militaryBefore : null);
        var actor2 = group.Select(e => e.Actor2).OfType<Actor>().Select(a => actors.WithCountry(a, country)).FirstOrDefault(a => a is not null);
        // Reports of one event that disagree on the toll: ACLED takes the lower credible figure.
        var fatalities = group.Select(e => e.Fatalities).Where(f => f > 0).DefaultIfEmpty(0).Min();
        // A protest the authorities did not fire on kills no one: deaths its text names are what it protests.
        if (lead.EventType == AcledTypes.Protests && lead.SubEventType != AcledTypes.ExcessiveForceAgainstProtesters)
            fatalities = 0;
        var injuries = group.Select(e => e.Injuries).FirstOrDefault(i => i is not null);
        // "The OSCE SMM observed 12 explosions near Avdiivka": fire at a front-line place with no side named fell on
        // it from across the line.
        if (frontLine is not null && lead.EventType is AcledTypes.Battles or AcledTypes.ExplosionsRemoteViolence && IsUnidentified(actor1)
            && actors.Named(frontLine.Facing) is { } facing)
        {
            actor1 = facing with { RuleId = frontLine.Id };
            // Fire exchanged is a fight between the two sides; shells that fell near a place hit no one ACLED names.
            if (lead.EventType == AcledTypes.Battles && IsUnidentified(actor2)) actor2 = actors.Named(frontLine.HeldBy);
        }
        var ruleIds = group.SelectMany(e => e.RuleIds).ToList();
        // "Saudi forces fired artillery" in Yemen: a member's forces act as the coalition there (actors/coalitions.tsv).
        if (country is not null)
        {
            actor1 = AsCoalition(actor1, country, date.Earliest, ruleIds);
            actor2 = AsCoalition(actor2, country, date.Earliest, ruleIds);
        }
        var associated1 = new List<string>();
        if (place is not null) ruleIds.Add(place.RuleId);
        if (actor1?.RuleId == frontLine?.Id && frontLine is not null) ruleIds.Add(frontLine.Id);
        // A peaceful protest has no actor2 in ACLED's coding: what it denounces is not a party to it.
        if (lead.SubEventType == AcledTypes.PeacefulProtest)
            actor2 = null;
        foreach (var standard in country is null ? [] : defaults.For(lead.EventType, lead.SubEventType).Where(d => d.AppliesIn(country)))
        {
            var current = standard.IsActor1 ? actor1 : actor2;
            var apply = standard.When switch
            {
                DefaultActorCondition.Always => true,
                DefaultActorCondition.IfEmpty => current is null,
                // A civilian place hit with no one hurt, as the text says ("no fatalities nor injuries"), harmed no civilians.
                DefaultActorCondition.IfEmptyCivilianHarm => current is null
                    && ((fatalities > 0 || injuries > 0) && !armedVictims || civilianPlaceHit && !noOneHurt),
                DefaultActorCondition.IfUnidentifiedWithCrimeSigns => IsUnidentified(current)
                    && paragraphCues is not null && (paragraphCues.Contains(CueKind.CrimeSign) || paragraphCues.Contains(CueKind.GangRivalry)),
                DefaultActorCondition.IfUnidentifiedWithGangRivalry => IsUnidentified(current) && paragraphCues is not null && paragraphCues.Contains(CueKind.GangRivalry),
                DefaultActorCondition.IfEmptyNotIntercepted => current is null && !group.Any(e => e.Status == "intercepted"),
                DefaultActorCondition.IfEmptySeizedByState => current is null && actor1?.Type == "State forces" && !civilianPlaceHit,
                DefaultActorCondition.IfEmptyArmedVictim => current is null && paragraphCues is not null && paragraphCues.Contains(CueKind.ArmedVictim),
                DefaultActorCondition.IfEmptyCivilianProperty => current is null && (actor1?.Type != "State forces" || civilianPlaceHit),
                _ => current is null && (fatalities > 0 || injuries > 0),
            };
            if (!apply) continue;
            var actor = standard.For(country!);
            if (standard.IsActor1)
            {
                // "police fired tear gas at the protesters": the force acting on the protest is its actor2.
                if (current is not null && current.Name != actor.Name && current.Type == "State forces" && actor2 is null && lead.SubEventType != AcledTypes.PeacefulProtest)
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
        // Country conventions of side order (actors/side-order.tsv), for fights whose two sides are known.
        if (lead.EventType == AcledTypes.Battles && country is not null && defaults.SideOrders.TryGetValue(country, out var order)
            && actor1 is not null && actor2 is not null
            && (order == SideOrder.DefenderFirst && lead.RuleIds.Contains(EventCoder.FoughtOff)
                || order == SideOrder.StateFirst && actor2.Type == "State forces" && actor1.Type != "State forces"))
            (actor1, actor2) = (actor2, actor1);
        // "military forces of India and Pakistan exchanged fire across the LoC at ... (Haveli district, AJK)": in a
        // fight two states' forces both wage, the forces of the country it happened in come first, as ACLED codes it.
        else if (mutualFight && lead.EventType == AcledTypes.Battles && country is not null && actor1 is { Type: "State forces", Country: { } home1 }
            && actor2 is { Type: "State forces" } && actor2.Country == country && home1 != country)
            (actor1, actor2) = (actor2, actor1);
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
            // The same name on both sides only where a default says the other side is another group of that kind
            // ("Unidentified Armed Group" against another in a shoot-out between unnamed sides).
            Actor2 = actor2?.Name is { } name && (name != actor1?.Name || actor2.RuleId.StartsWith("defaults.tsv", StringComparison.Ordinal)) ? name : null,
            Country = country,
            Admin1 = place?.Place.Admin1,
            Admin2 = place?.Place.Admin2,
            Location = place?.Place.Name,
            Latitude = place?.Place.Latitude,
            Longitude = place?.Place.Longitude,
            GeoPrecision = place?.GeoPrecision ?? 3,
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

    /// <summary>No one named, or a group the text does not identify ("armed men"): a convention may name it.</summary>
    private static bool IsUnidentified(Actor? actor) =>
        actor is null || !actor.IsNamedGroup && actor.Name.StartsWith("Unidentified ", StringComparison.Ordinal);
}
