using Sitrep.Dates;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// The event coder. For each sentence it matches triggers (<c>triggers.tsv</c>), keeps those no cue marks as a threat,
/// expectation, hypothesis, habit, aim, quotation, tally or background, settles each trigger's sub-event type by the
/// weapon or the target named, and takes actors from <see cref="ArgumentRoles"/>, the toll from
/// <see cref="CasualtyCounter"/> and the date from <see cref="EventDateResolver"/>. Reports of one event are merged by
/// <see cref="EventMerger"/> and written by <see cref="EventRecordBuilder"/> with the country <see cref="CountryResolver"/>
/// reads. Immutable and thread-safe.
/// </summary>
public sealed class EventCoder(EventPatterns patterns, ActorDictionary actors, CountryResolver countries, ActorDefaults defaults, Grammar grammar)
{
    /// <summary>The sub-event type of weapons delivered from the air, which take precedence over what they drop.</summary>
    private const string AirDelivered = AcledTypes.AirDroneStrike;

    /// <summary>Small arms among heavier weapons mean the sides fought at close range: a clash.</summary>
    private const string CloseCombat = AcledTypes.ArmedClash;

    /// <summary>How much more an event's own sentences say about its country than the rest of the story.</summary>
    private const double OwnSentencesFactor = 3;

    /// <summary>Events dated this many days or more before publication are the story's background.</summary>
    private const int BackgroundDays = 60;

    private readonly EventDateResolver _dates = new(patterns.RelativeDates);
    private readonly ArgumentRoles _roles = new(patterns, grammar);
    private readonly CasualtyCounter _casualties = new(patterns, grammar);
    private readonly EventRecordBuilder _records = new(actors, defaults);
    private readonly EventLocator? _locator = countries.Gazetteer is { } gazetteer ? new(countries, gazetteer, grammar) : null;

    /// <summary>Whether each trigger is a fight both sides wage, read once per trigger rather than per event.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _mutual = new(StringComparer.Ordinal);

    /// <summary>"exchanged fire", "clashed": a trigger holding a word of the grammar's mutual class.</summary>
    private bool IsMutual(TriggerRule trigger) =>
        _mutual.GetOrAdd(trigger.Id, _ => Tokenizer.Tokenize(trigger.Phrase).Any(t => grammar.Is(t, WordClass.Mutual)));

    public (IReadOnlyList<EventRecord> Events, IReadOnlyList<string> Warnings) Code(IReadOnlyList<Sentence> sentences, DateOnly? published)
    {
        var coded = new List<CodedEvent>();
        var tokensOf = new Dictionary<int, IReadOnlyList<Token>>();
        var mentionsOf = new Dictionary<int, IReadOnlyList<ActorMention>>();
        var cuesOf = new Dictionary<int, IReadOnlyList<PhraseMatch<Cue>>>();
        Sentence? lastSentence = null;
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
            var paragraphDated = blockDate is not null;
            if (resolution.Date is not null)
                blockDate = resolution.Date;

            var reading = Read(sentence, text, tokens, ResolveAnaphors(actors.Find(tokens), antecedent)) with { ParagraphDated = paragraphDated };
            mentionsOf[sentence.Index] = reading.Mentions;
            cuesOf[sentence.Index] = reading.Cues;
            var candidates = ProtestResponse(CodeSentence(reading).ToList(), reading);
            if (InterventionAfterProtest(coded, reading, candidates) || ViolenceAfterProtest(coded, reading, candidates, resolution.Date is null))
                continue;
            antecedent = reading.Mentions.LastOrDefault(m => m.Actor.IsNamedGroup)?.Actor ?? antecedent;
            var previousSentence = lastSentence;
            lastSentence = sentence;
            if (candidates.Count == 0)
            {
                AttachCasualties(coded, reading);
                continue;
            }
            if ((resolution.Date is null && FollowsEvent(coded, sentence)
                    && candidates.All(c => c.Trigger.IsTollWord || RefersBack(c, reading) || OpensWithLastKind(c, coded[^1])))
                || (resolution.Date is null && blockDate is null && TellsMoreOfLast(coded, candidates, reading)))
            {
                JoinLast(coded, reading, candidates);
                continue;
            }
            // "The Military Police carried out an operation in the community. A shoot-out broke out": a fight whose
            // sentence names no side is fought by the armed actors the sentence before named, in the same paragraph.
            if (previousSentence is { } before && before.BlockIndex == sentence.BlockIndex)
                candidates = candidates.Select(c => c.EventType == AcledTypes.Battles && c.Actor1 is null && c.Actor2 is null
                    ? WithActorsOf(c, mentionsOf[before.Index]) : c).ToList();
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
        // An event's country: what its own sentences say, weighed with what the rest of the story says.
        var body = sentences.Where(s => s.Kind == BlockKind.Body).ToList();
        // "the Islamic Resistance in Iraq claimed a drone attack on Eilat": a place inside a group's name is not where
        // anything happened; the group counts for its home ground once, as an actor.
        var placesOf = new Dictionary<int, IReadOnlyList<Token>>();
        IReadOnlyList<Token> Places(Sentence s) =>
            placesOf.TryGetValue(s.Index, out var p) ? p : placesOf[s.Index] = WithoutGroupNames(tokensOf[s.Index], mentionsOf[s.Index]);
        var story = countries.Scores(body.Select(Places), body.SelectMany(s => ActorCues(mentionsOf[s.Index])));
        var records = EventMerger.Merge(coded).SelectMany(group =>
        {
            var evidenceSentences = group.SelectMany(e => e.FollowUps.Prepend(e.Sentence)).ToList();
            var evidence = evidenceSentences.Select(Places).ToList();
            var country = countries.Resolve(evidence, evidenceSentences.SelectMany(s => ActorCues(mentionsOf[s.Index])), story, OwnSentencesFactor);
            // "The OSCE SMM observed 12 explosions near Opytne": a front-line place names its country where nothing else does.
            var frontLine = evidenceSentences.SelectMany(s => defaults.FrontLines.Find(tokensOf[s.Index])).Select(m => m.Value)
                .FirstOrDefault(f => (country is null || f.Country == country) && f.HeldOn(group[0].Date.Earliest));
            country ??= frontLine?.Country;
            // The place the event's own sentences name decides its country where there is one.
            // Where the event's own sentences name no place, the paragraph's earlier sentences may ("On 3 May, in Nova
            // Iguacu, traffickers invaded the community. A shoot-out broke out."), the nearest first.
            var lead = evidenceSentences[0];
            var earlier = sentences.Where(x => x.BlockIndex == lead.BlockIndex && x.Index < lead.Index).Reverse().Select(Places).ToList();
            var provinces = countries.ProvincesOf(evidence);
            // "... set fire to a vehicle. The incident occurred in Thessaloniki.": else a later sentence of the paragraph.
            var later = sentences.Where(x => x.BlockIndex == lead.BlockIndex && x.Index > evidenceSentences.Max(e => e.Index)).Select(Places).ToList();
            var ownPlace = _locator?.Locate(evidence, country, provinces);
            var located = ownPlace ?? (earlier.Count > 0 ? _locator?.Locate(earlier, country, provinces) : null)
                ?? (later.Count > 0 && country is not null ? _locator?.Locate(later, country, provinces) : null);
            // The front-line file says which province its place is in: a namesake or spelling match elsewhere is not it;
            // the place of the name in that province is, where the gazetteer has one, else the province.
            // ("Mariupol, Zaporizhia": the front-line town itself, which the text files under another province, is in the
            // file's. Not a village: the front line's Novooleksandrivka is not one of its namesakes elsewhere.)
            if (frontLine is not null && located is not null && located.Place.Country == frontLine.Country && located.Place.Population >= DivisionContext.MisfiledTownPopulation
                && !string.Equals(located.Place.Admin1, frontLine.Admin1, StringComparison.OrdinalIgnoreCase)
                && frontLine.Names.Any(n => Gazetteer.IsCalled(located.Place.Name, Gazetteer.NormalizeName(n))))
                located = located with { Place = located.Place with { Admin1 = frontLine.Admin1, Admin2 = null } };
            if (frontLine is not null && (located is null || located.Place.Country == frontLine.Country
                    && !string.Equals(located.Place.Admin1, frontLine.Admin1, StringComparison.OrdinalIgnoreCase)))
                located = (_locator?.Locate(evidence, frontLine.Country, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { frontLine.Admin1 }) is { } onLine
                              && string.Equals(onLine.Place.Admin1, frontLine.Admin1, StringComparison.OrdinalIgnoreCase) ? onLine : null)
                          ?? _locator?.LocateDivision(frontLine.Admin1, frontLine.Country) ?? located;
            // "near Bohdanivka, Donetsk": of the front-line place's namesakes in the province, the one on the line.
            if (frontLine is not null && located is not null && _locator is not null
                && string.Equals(located.Place.Admin1, frontLine.Admin1, StringComparison.OrdinalIgnoreCase))
                located = _locator.OnLine(located, frontLine, defaults.FrontLines.All);
            // "In Venezuela, the regime blocked a website": a country named alone stands at its capital.
            located ??= country is not null ? _locator?.LocateCountry(evidence, country) : null;
            var place = located is null ? null : located with { Place = countries.WithConflictNames(located.Place) };
            var civilianPlaceHit = evidence.Any(tokens => patterns.CivilianTargets.FindAll(tokens).Count > 0);
            var armedVictims = evidenceSentences.Any(s => ArmedVictims(tokensOf[s.Index], mentionsOf[s.Index], cuesOf[s.Index]).Any());
            var blocks = evidenceSentences.Select(s => s.BlockIndex).ToHashSet();
            var paragraphCues = sentences.Where(s => blocks.Contains(s.BlockIndex) && cuesOf.ContainsKey(s.Index))
                .SelectMany(s => cuesOf[s.Index]).Select(c => c.Value.Kind).ToHashSet();
            var militaryBefore = sentences.Where(s => s.Index <= lead.Index && mentionsOf.ContainsKey(s.Index))
                .SelectMany(s => mentionsOf[s.Index]).LastOrDefault(m => m.Actor.Type == "State forces" && !m.Actor.AwaitsCountry
                    && m.Actor.Name.StartsWith("Military Forces of", StringComparison.Ordinal))?.Actor;
            var eventCountry = place?.Place.Country ?? country;
            var evidenceCues = evidenceSentences.SelectMany(s => cuesOf[s.Index]).Select(c => c.Value.Kind).ToHashSet();
            var noOneHurt = evidenceCues.Contains(CueKind.NoCasualties) && !evidenceCues.Contains(CueKind.Death) && !evidenceCues.Contains(CueKind.Injury);
            var record = _records.Build(group, eventCountry, place, civilianPlaceHit, armedVictims, paragraphCues, militaryBefore,
                frontLine?.Country == eventCountry ? frontLine : null, noOneHurt,
                mutualFight: IsMutual(group[0].Trigger));
            // "a drone launched from Iraq struck Eilat": the place struck is the event's, the launch site a second place.
            if ((record.EventType == AcledTypes.ExplosionsRemoteViolence || record.SubEventType == AcledTypes.DisruptedWeaponsUse)
                && _locator?.LocateOrigin(evidence, located) is { } origin)
                record = record with { Origin = origin, RuleIds = [.. record.RuleIds, "launch-origin"] };
            // "took control of Al Amir (As Sawmaah, Al Bayda) and Dhirwah (Mukayras, Al Bayda)": one event at each place
            // the lead sentence locates, as ACLED codes them; the toll is split between them as ACLED splits it (nine
            // killed at two places: five and four), so totals still add up.
            // ("... shelled pro-Hadi groups in Al Jawf, Ad Dali and Taizz governorates. Pro-Hadi forces fired back":
            // the reply is at each place too, where its own sentence names none.)
            var listing = ownPlace is null && located is not null ? earlier.FirstOrDefault(s => _locator!.Locate([s], country, provinces) is not null) : null;
            var each = _locator?.LocateEach(listing ?? Places(lead), country) ?? [];
            if (each.Count < 2 || each.Any(p => p.Place.Country != eventCountry)) return [record];
            return each.Select((p, k) => WithPlace(record, countries.WithConflictNames(p.Place), p, k, each.Count));
        }).ToList();
        return (records, warnings);
    }

    /// <summary>The rule id that marks roles read from a side fighting off an attack.</summary>
    internal const string FoughtOff = "fought-off";

    /// <summary>The share of a toll the <paramref name="index"/>th of <paramref name="places"/> events gets: even, the first ones one more where it does not divide.</summary>
    internal static int ShareOf(int toll, int index, int places) => toll / places + (index < toll % places ? 1 : 0);

    private static EventRecord WithPlace(EventRecord record, GeoPlace place, EventPlace located, int index, int places) => record with
    {
        Admin1 = place.Admin1,
        Admin2 = place.Admin2,
        Location = place.Name,
        Latitude = place.Latitude,
        Longitude = place.Longitude,
        GeoPrecision = located.GeoPrecision,
        Fatalities = ShareOf(record.Fatalities, index, places),
        Injuries = record.Injuries is { } injured ? ShareOf(injured, index, places) : null,
        RuleIds = [.. record.RuleIds.Where(r => !IsPlaceRule(r)), located.RuleId, "one-of-several-places"],
    };

    private static bool IsPlaceRule(string ruleId) =>
        ruleId.StartsWith("place:", StringComparison.Ordinal) || ruleId.StartsWith("admin", StringComparison.Ordinal)
        || ruleId.StartsWith("parenthesis-town:", StringComparison.Ordinal) || ruleId.StartsWith("facility:", StringComparison.Ordinal);

    private static CodedEvent WithActorsOf(CodedEvent fight, IReadOnlyList<ActorMention> mentions)
    {
        var armed = mentions.Where(m => ArgumentRoles.IsArmed(m.Actor) && !ArgumentRoles.IsBareDemonym(m)).Select(m => m.Actor).DistinctBy(a => a.Name).ToList();
        if (armed.Count == 0) return fight;
        return fight with { Actor1 = armed[0], Actor2 = armed.Count > 1 ? armed[1] : null, RuleIds = [.. fight.RuleIds, "previous-sentence-actors"] };
    }

    private static IReadOnlyList<Token> WithoutGroupNames(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        if (!mentions.Any(m => m.Actor.IsNamedGroup && m.Count > 1)) return tokens;
        var masked = tokens.ToArray();
        foreach (var mention in mentions.Where(m => m.Actor.IsNamedGroup && m.Count > 1))
            for (var k = mention.First; k <= mention.Last; k++)
                masked[k] = new Token("_", tokens[k].Start);
        return masked;
    }

    /// <summary>How much a named armed group says of where a story happened: less than a demonym, since groups cross borders.</summary>
    private const double HomeGroundWeight = 0.3;

    /// <summary>
    /// Non-state groups fight mostly at home: "Al Shabaab militants", "the Houthis", "NAF" point at their country. State
    /// forces do not (Israeli warplanes over Gaza), and their demonym is already read as such.
    /// </summary>
    private static IEnumerable<CountryCue> ActorCues(IEnumerable<ActorMention> mentions) =>
        mentions.Where(m => m.Actor.Country is not null && m.Actor.IsNamedGroup)
            .Select(m => new CountryCue(m.Actor.Country!, HomeGroundWeight, $"{m.Actor.RuleId}:home"));

    /// <summary>
    /// A protest the authorities acted against is one event, not a protest and an arrest: "police dispersed the
    /// demonstrators with tear gas and arrested 12" is a protest with intervention; live fire on protesters is
    /// excessive force against protesters. The acting force becomes actor2.
    /// </summary>
    private List<CodedEvent> ProtestResponse(List<CodedEvent> candidates, SentenceReading reading)
    {
        var protest = candidates.FirstOrDefault(c => c.EventType == AcledTypes.Protests);
        if (protest is null) return candidates;
        // "the police dispersed a demonstration of workers": the force acting on a protest is its actor2, never its actor1.
        if (protest.Actor1 is { Type: "State forces" } force)
        {
            var corrected = protest with { Actor1 = null, Actor2 = force };
            candidates = candidates.Select(c => c == protest ? corrected : c).ToList();
            protest = corrected;
        }
        var tokens = reading.Tokens;
        var cues = reading.Cues;
        // "teachers protested, demanding the arrest of people who set fire to wheat crops": violence told in a relative
        // clause after the protest is its grievance, not its deed.
        // So is an event noun in the demand itself: "demanding the arrest of", "demanding the release of".
        // So is what it is "against": "held a protest ... against the unjust arrest of the editor".
        var demand = cues.FirstOrDefault(c => c.Value.Kind == CueKind.Demand && c.First > protest.TriggerToken);
        var grievance = Enumerable.Range(protest.TriggerToken + 1, Math.Max(0, tokens.Count - protest.TriggerToken - 1))
            .Where(k => grammar.Is(tokens[k], WordClass.Against) || demand is not null && k == demand.Last).Cast<int?>().FirstOrDefault();
        // "demanding the release of two people that were arrested": an event inside the demand or grievance happened
        // before; a comma, semicolon or subordinator ends the grievance, as does the main verb resuming ("citizens who
        // had blocked the road to demand elections were dispersed").
        bool InGrievance(int first) => grievance is { } g && first > g
            && !Enumerable.Range(g + 1, first - g - 1).Any(k => tokens[k].Text is ";" or "," || grammar.Is(tokens[k], WordClass.Subordinator)
                || grammar.Is(tokens[k], WordClass.Be) && !grammar.Is(tokens[k - 1], WordClass.Relative));
        candidates = candidates.Where(c => c == protest || c.TriggerToken < protest.TriggerToken
            || !(c.TriggerToken >= 1 && grammar.Is(tokens[c.TriggerToken - 1], WordClass.Relative))
                && !(grievance is { } g && c.Trigger.Form == TriggerForm.Noun && c.TriggerToken > g) && !InGrievance(c.TriggerToken)).ToList();
        // Demonstrators who also burn tyres make a riot, told once.
        if (candidates.Any(c => c.EventType == AcledTypes.Riots && c.SubEventType != AcledTypes.MobViolence))
            return candidates.Where(c => c.EventType != AcledTypes.Protests).ToList();
        // "locals demonstrated, shouted slogans and clashed with police": the demonstrators' fight is a violent
        // demonstration, its other side actor2.
        if (candidates.FirstOrDefault(c => c.TriggerToken > protest.TriggerToken && c.SubEventType is AcledTypes.ArmedClash or AcledTypes.MobViolence) is { } fight)
        {
            var other = new[] { fight.Actor2, fight.Actor1 }.FirstOrDefault(a => a is not null && a.Type != "Protesters" && a.Type != "Rioters" && ArgumentRoles.IsArmed(a));
            var riot = protest with
            {
                EventType = AcledTypes.Riots, SubEventType = AcledTypes.ViolentDemonstration, Actor2 = other,
                Fatalities = Math.Max(protest.Fatalities, fight.Fatalities), RuleIds = [.. protest.RuleIds, .. fight.RuleIds, "protest-fight"],
            };
            return candidates.Where(c => c != protest && c != fight && c.EventType is not (AcledTypes.Protests or AcledTypes.Battles)).Prepend(riot).ToList();
        }
        // The response follows the protest in the telling ("protested against the arrest of ..." is a grievance), or
        // governs it closely: "police intervened to disperse a demonstration".
        // So does a response whose object the protest describes: "used force against locals who had gathered",
        // "detained 3 members taking part in an unauthorised protest".
        cues = cues.Where(c => c.First > protest.TriggerToken && !(c.Value.Kind == CueKind.Intervention && InGrievance(c.First))
            || (c.Last < protest.TriggerToken && Enumerable.Range(c.Last + 1, protest.TriggerToken - c.Last - 1).All(k => grammar.IsDeterminer(tokens[k])))
            || (c.Last < protest.TriggerToken && Enumerable.Range(c.Last + 1, protest.TriggerToken - c.Last - 1)
                .Any(k => grammar.Is(tokens[k], WordClass.Participation))
                // "arrested youths accused of having taken part in a protest": a protest before, not this one.
                && !Enumerable.Range(c.Last + 1, protest.TriggerToken - c.Last - 1).Any(k => grammar.Is(tokens[k], WordClass.Prior)))
            // "used force against locals protesting at ...": the people acted on are the ones protesting.
            || (c.Last < protest.TriggerToken && protest.TriggerToken - c.Last <= 4 && grammar.Is(tokens[c.Last + 1], WordClass.Preposition)
                && Enumerable.Range(c.Last + 1, protest.TriggerToken - c.Last - 1).All(k => tokens[k].IsWord && !tokens[k].IsCapitalised))).ToList();
        // "opened fire, killing a protester": deaths among the protesters are excessive force.
        var protesterDeaths = cues.Any(c => c.Value.Kind is CueKind.Death or CueKind.Injury
            && reading.Mentions.Any(m => m.Actor.Type == "Protesters" && m.First > c.Last && m.First - c.Last <= 3));
        var kind = cues.Any(c => c.Value.Kind == CueKind.ExcessiveForce) || protesterDeaths ? AcledTypes.ExcessiveForceAgainstProtesters
            : cues.Any(c => c.Value.Kind == CueKind.Intervention) ? AcledTypes.ProtestWithIntervention
            : null;
        if (kind is null) return candidates;
        // The force that acted: a state force the sentence names, not the people the protest is made of.
        var responder = candidates.Where(c => c != protest).SelectMany(c => new[] { c.Actor1, c.Actor2 }).Append(protest.Actor2)
                .FirstOrDefault(a => a is { Type: "State forces" })
            ?? reading.Mentions.Select(m => m.Actor).FirstOrDefault(a => a.Type == "State forces");
        var upgraded = protest with { SubEventType = kind, Actor2 = responder, RuleIds = [.. protest.RuleIds, "protest-response"] };
        return candidates.Where(c => c != protest && c.SubEventType != AcledTypes.Arrests && c.EventType is not (AcledTypes.ViolenceAgainstCivilians or AcledTypes.Battles or AcledTypes.Protests))
            .Prepend(upgraded).ToList();
    }

    /// <summary>
    /// "Police arrested 23 demonstrators." right after a peaceful protest in the same paragraph: the protest met an
    /// intervention, and the sentence is its evidence rather than an arrest of its own.
    /// </summary>
    private bool InterventionAfterProtest(List<CodedEvent> coded, SentenceReading reading, List<CodedEvent> candidates)
    {
        var sentence = reading.Sentence;
        if (coded.Count == 0 || coded[^1] is not { SubEventType: AcledTypes.PeacefulProtest } protest || protest.Sentence.BlockIndex != sentence.BlockIndex)
            return false;
        if (candidates.Any(c => c.SubEventType is not (AcledTypes.Arrests or AcledTypes.ProtestWithIntervention or AcledTypes.PeacefulProtest)))
            return false;
        var cues = reading.Cues;
        var intervened = cues.Any(c => c.Value.Kind is CueKind.Intervention or CueKind.ExcessiveForce) || candidates.Any(c => c.SubEventType == AcledTypes.Arrests);
        if (!intervened) return false;
        // "He was arrested in connection with ...": one person the sentence starts with is the one the protest was
        // for, not the crowd.
        if (reading.Tokens.Count > 0 && grammar.Is(reading.Tokens[0], WordClass.PersonSubject))
            return false;
        var responder = candidates.Select(c => c.Actor1).FirstOrDefault(a => a is not null && a.Type == "State forces")
            ?? reading.Mentions.Select(m => m.Actor).FirstOrDefault(a => a.Type == "State forces");
        coded[^1] = protest with
        {
            SubEventType = cues.Any(c => c.Value.Kind == CueKind.ExcessiveForce) ? AcledTypes.ExcessiveForceAgainstProtesters : AcledTypes.ProtestWithIntervention,
            Actor2 = protest.Actor2 ?? responder,
            FollowUps = [.. protest.FollowUps, sentence],
            RuleIds = [.. protest.RuleIds, "protest-response"],
        };
        return true;
    }

    /// <summary>
    /// An undated sentence after an event that tells more of it rather than a new one: "the attack", "the clash" (a
    /// definite event noun refers back), or arrests made in its course ("One was killed and 4 arrested").
    /// </summary>
    private bool RefersBack(CodedEvent candidate, SentenceReading reading)
    {
        if (candidate.SubEventType == AcledTypes.Arrests)
            return true;
        if (candidate.Trigger.Form != TriggerForm.Noun)
            return false;
        var tokens = reading.Tokens;
        for (var k = candidate.TriggerToken - 1; k >= 0 && candidate.TriggerToken - k <= 2; k--)
        {
            if (grammar.Is(tokens[k], WordClass.Determiner)) return true; // "the attack", "this clash", "their offensive"
            if (!tokens[k].IsWord || grammar.Is(tokens[k], WordClass.Indefinite)) return false;
        }
        return false;
    }

    /// <summary>
    /// "On 30 April, tribesmen clashed in As Sirrah. Clashes resulted in 1 tribesman killed": an undated sentence of
    /// the same paragraph that opens with the bare noun for the kind of event just told tells more of it.
    /// </summary>
    private static bool OpensWithLastKind(CodedEvent candidate, CodedEvent last) =>
        candidate.Trigger.Form == TriggerForm.Noun && candidate.TriggerToken == 0 && candidate.SubEventType == last.SubEventType;

    /// <summary>
    /// "... staged a demonstration and blocked the road. They threw rocks at buses.": violence the next undated
    /// sentence of the paragraph tells makes the protest a violent demonstration, told once.
    /// </summary>
    private static bool ViolenceAfterProtest(List<CodedEvent> coded, SentenceReading reading, List<CodedEvent> candidates, bool undated)
    {
        if (!undated || candidates.Count == 0 || coded.Count == 0
            || coded[^1] is not { EventType: AcledTypes.Protests } protest || protest.Sentence.BlockIndex != reading.Sentence.BlockIndex
            || protest.SubEventType == AcledTypes.ExcessiveForceAgainstProtesters)
            return false;
        // Deeds ("threw rocks", "set fire to"), not the words for them ("the riots in the prisons" is background); or a
        // fight with a state's forces in which the sentence names no other side ("Clashes with the police broke out").
        static bool FightWithForces(CodedEvent c) => c.SubEventType is AcledTypes.ArmedClash or AcledTypes.MobViolence
            && (c.Actor1 is null || c.Actor2 is null) && (c.Actor1 ?? c.Actor2) is { Type: "State forces" };
        if (!candidates.All(c => c.SubEventType is AcledTypes.ViolentDemonstration or AcledTypes.MobViolence or AcledTypes.LootingPropertyDestruction
                && c.Trigger.Form == TriggerForm.Verb && !c.Trigger.IsTollWord || FightWithForces(c)))
            return false;
        var forces = candidates.Where(FightWithForces).Select(c => c.Actor1 ?? c.Actor2).FirstOrDefault();
        coded[^1] = protest with
        {
            EventType = AcledTypes.Riots,
            SubEventType = AcledTypes.ViolentDemonstration,
            Actor2 = protest.Actor2 ?? forces,
            FollowUps = [.. protest.FollowUps, reading.Sentence],
            RuleIds = [.. protest.RuleIds, .. candidates[0].RuleIds.Take(1), "violence-after-protest"],
        };
        return true;
    }

    /// <summary>
    /// "The attack began at around 6 p.m. ... Explosive devices dropped by drones hit the roof of the station": a
    /// sentence the story does not date, in a later paragraph, tells more of the dated event before it when it
    /// refers back to it or codes the same kind of event with no other sides.
    /// </summary>
    private bool TellsMoreOfLast(List<CodedEvent> coded, List<CodedEvent> candidates, SentenceReading reading)
    {
        if (coded.Count == 0 || coded[^1].RuleIds.Contains("undated")) return false;
        var last = coded[^1];
        return candidates.All(c => c.Trigger.IsTollWord || RefersBack(c, reading)
            || (c.EventType == last.EventType || c.EventType == AcledTypes.ExplosionsRemoteViolence && last.EventType == AcledTypes.Battles)
                && EventMerger.Compatible(c.Actor2, last.Actor2) && c.Actor1 is null);
    }

    private static bool FollowsEvent(List<CodedEvent> coded, Sentence sentence) =>
        coded.Count > 0 && coded[^1].Sentence.BlockIndex == sentence.BlockIndex;

    /// <summary>
    /// A sentence that tells more of the event before it joins its evidence, adds a toll it gives, and names the side
    /// that acted where the event had none ("The police attributed the attack to the Jaime Martínez front").
    /// </summary>
    private void JoinLast(List<CodedEvent> coded, SentenceReading reading, List<CodedEvent> candidates)
    {
        var last = coded[^1];
        var (fatalities, injuries) = _casualties.Count(reading.Tokens, reading.Cues, reading.Numbers);
        var named = candidates.SelectMany(c => new[] { c.Actor1, c.Actor2 })
            .FirstOrDefault(a => a is not null && a.IsNamedGroup && a.Name != last.Actor2?.Name);
        coded[^1] = WithToll(last, fatalities, injuries, reading.Sentence) with { Actor1 = last.Actor1 ?? named };
    }

    /// <summary>
    /// "No casualties were reported." or "The attack killed five people." after an event sentence, in the same paragraph
    /// with no other event between, tells that event's toll; the sentence joins its evidence.
    /// </summary>
    private void AttachCasualties(List<CodedEvent> coded, SentenceReading reading)
    {
        var sentence = reading.Sentence;
        if (coded.Count == 0) return;
        var last = coded[^1];
        if (last.Sentence.BlockIndex != sentence.BlockIndex) return;
        var cues = reading.Cues;
        if (cues.Any(c => c.Value.Kind == CueKind.NonEvent)) return;
        if (!cues.Any(c => c.Value.Kind is CueKind.Death or CueKind.Injury or CueKind.NoCasualties)) return;
        var (fatalities, injuries) = _casualties.Count(reading.Tokens, cues, reading.Numbers);
        if (fatalities == 0 && injuries is null && !cues.Any(c => c.Value.Kind == CueKind.NoCasualties)) return;
        coded[^1] = WithToll(last, fatalities, injuries, sentence);
    }

    /// <summary>An event with a later sentence as evidence, taking the toll it gives where the event had none.</summary>
    private static CodedEvent WithToll(CodedEvent @event, int fatalities, int? injuries, Sentence sentence) => @event with
    {
        Fatalities = @event.Fatalities > 0 ? @event.Fatalities : fatalities,
        Injuries = @event.Injuries ?? injuries,
        FollowUps = [.. @event.FollowUps, sentence],
    };

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
    private static bool[] QuotedTokens(IReadOnlyList<Token> tokens)
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

    /// <summary>
    /// "killed in an Israeli air strike": a death word is the toll of the sentence's other event, and codes an event of
    /// its own only where no other trigger of the sentence does.
    /// </summary>
    private IEnumerable<CodedEvent> CodeSentence(SentenceReading reading)
    {
        var events = CodeTriggers(reading, tollWords: false).ToList();
        if (events.Count == 0) return CodeTriggers(reading, tollWords: true);
        // "A shoot-out broke out and a suspect was shot and died": shooting by no one named, beside a clash in the same
        // sentence, is the clash's.
        if (events.FirstOrDefault(e => e.SubEventType == AcledTypes.ArmedClash) is { } clash)
        {
            var absorbed = events.Where(e => e.SubEventType == AcledTypes.Attack && e.Actor1 is null).ToList();
            if (absorbed.Count > 0)
            {
                var index = events.IndexOf(clash);
                events[index] = clash with { Fatalities = Math.Max(clash.Fatalities, absorbed.Max(e => e.Fatalities)) };
                events.RemoveAll(absorbed.Contains);
            }
        }
        return events;
    }

    /// <summary>
    /// What the coder reads in a sentence before coding anything: its actors, cue words, numbers, weapons, and which
    /// words stand inside a date or a quotation. Read once; both passes over the triggers and the follow-up rules use it.
    /// </summary>
    private SentenceReading Read(Sentence sentence, string text, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        var dateSpans = DateMentions.Find(text);
        var inDate = tokens.Select(t => dateSpans.Any(d => t.Start >= d.Start && t.Start < d.Start + d.Length)).ToArray();
        var quoted = QuotedTokens(tokens);
        // "On 1 March 2024" holds no march, "May" no hypothesis: words inside a date are not triggers or cues.
        var triggers = patterns.Triggers.FindAll(tokens).Where(t => !inDate[t.First] && !quoted[t.First]).ToList();
        var cues = patterns.Cues.FindAll(tokens).Where(c => !inDate[c.First]).ToList();
        if (triggers.Count == 0)
        {
            // Most sentences code nothing; they are read only for a toll they may add to the event before them.
            var toll = cues.Any(c => c.Value.Kind is CueKind.Death or CueKind.Injury or CueKind.NoCasualties);
            return new SentenceReading(sentence, tokens, mentions, triggers, cues, toll ? _casualties.Numbers(tokens) : [], [], Dated: false);
        }
        // "recently" or "days ago" does not pin "air strikes" to one event; a day, a weekday or "yesterday" does.
        var dated = dateSpans.Count > 0 || patterns.RelativeDates.FindAll(tokens).Any(r => r.Value.Unit != "recent") || tokens.Any(IsWeekday);
        // "the regime's Air Force Intelligence": a weapon's name running on into a proper name is the name of a body.
        var weapons = patterns.Weapons.FindAll(tokens)
            .Where(w => !patterns.NotWeapons.Contains(w.Value.Id)
                && !(w.Last + 1 < tokens.Count && tokens[w.Last + 1].IsWord && tokens[w.Last + 1].IsCapitalised && tokens[w.First].IsCapitalised))
            .ToList();
        return new SentenceReading(sentence, tokens, mentions, triggers, cues, _casualties.Numbers(tokens), weapons, dated);
    }

    private IEnumerable<CodedEvent> CodeTriggers(SentenceReading reading, bool tollWords)
    {
        var (sentence, tokens, mentions, cues, numbers, weapons) = (reading.Sentence, reading.Tokens, reading.Mentions, reading.Cues, reading.Numbers, reading.Weapons);
        var triggers = reading.Triggers.Where(t => t.Value.IsTollWord == tollWords).ToList();
        if (triggers.Count == 0)
            yield break;

        // "Air defences shot down 14 of 17 drones launched by Russia": the attack that was stopped is the
        // interception's, not an event of its own.
        if (triggers.Any(t => t.Value.Status == "intercepted"))
            triggers = triggers.Where(t => t.Value.EventType != AcledTypes.ExplosionsRemoteViolence).ToList();

        var dated = reading.Dated;
        if (cues.Any(c => c.Value.Kind == CueKind.Tally) && numbers.Any(n => n.Value >= 2) && !dated)
            yield break;

        var reporters = _roles.Reporters(tokens, cues, mentions);
        var claim = cues.FirstOrDefault(c => c.Value.Kind == CueKind.Claim);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var trigger in triggers)
        {
            var rule = trigger.Value;
            if (!IsEventMention(tokens, trigger, numbers, cues, dated, reading.ParagraphDated))
                continue;

            // "intercepted and destroyed 20 drones": the verb joined to an interception tells the same interception.
            if (rule.Status != "intercepted" && triggers.Any(t => t.Value.Status == "intercepted"
                    && (t.Last + 2 == trigger.First || trigger.Last + 2 == t.First) && tokens[Math.Min(t.Last, trigger.Last) + 1].Lower == "and"))
                continue;
            var ruleIds = new List<string> { rule.Id };
            // What was intercepted comes after the verb. Elsewhere an aircraft or drone named delivers the rest
            // ("dropped a grenade from a drone" is an air strike), else the first weapon named is the one used.
            var weaponMatch = rule.Status == "intercepted"
                ? weapons.FirstOrDefault(w => w.First > trigger.Last) ?? weapons.FirstOrDefault()
                : weapons.FirstOrDefault(w => w.Value.SubEventType == AirDelivered)
                    ?? weapons.FirstOrDefault(w => w.Value.SubEventType == CloseCombat) ?? weapons.FirstOrDefault();
            var implied = weaponMatch?.Value.SubEventType;
            // Tear gas or rubber bullets fired at farmers or fishermen, with no crowd protesting, is an attack on them.
            if (implied is not null && patterns.EventTypes[implied] == AcledTypes.Protests && !NamesProtest(reading))
                implied = null;
            var (actor1, actor2) = _roles.Roles(tokens, trigger, mentions, reporters, cues);
            // "a child was killed when a bomb exploded": people a passive death or injury word tells of are its victims.
            if (actor1 is { Type: "Civilians" } && mentions.FirstOrDefault(m => m.Actor == actor1) is { } subject && IsToldHurt(tokens, subject, cues))
                (actor1, actor2) = (null, actor2 ?? actor1);
            // "repelled an attack by X": the roles came from the side that fought it off.
            if (cues.Any(c => c.Value.Kind == CueKind.ArmedResistance && c.Last <= trigger.First && trigger.First - c.Last <= 3))
                ruleIds.Add(FoughtOff);
            // "struck targets in Gaza City, killing at least four Hamas militants": the armed dead are the side hit.
            actor2 ??= ArmedVictims(tokens, mentions, cues).FirstOrDefault(a => a.RuleId != UnnamedArmedVictim && a.Name != actor1?.Name);
            // "12 Taliban militants were killed during clashes with Afghan forces": the side the dead fought is the one
            // that killed them, actor1; the dead are actor2.
            if (actor1 is null && actor2 is not null && rule.EventType == AcledTypes.Battles
                && ArmedVictims(tokens, mentions, cues).FirstOrDefault(a => a.RuleId != UnnamedArmedVictim && a.Name != actor2.Name) is { } dead)
                (actor1, actor2) = (actor2, dead);

            // "attacked and injured 2 CNL members", "assaulted Congress workers": a party's members or supporters hit are
            // civilians; the party is not the side hit.
            if (actor2 is not null && mentions.FirstOrDefault(m => m.Actor == actor2) is { } hit && IsPartyMembers(tokens, hit))
                actor2 = null;
            string eventType = rule.EventType, subEventType = rule.SubEventType;
            switch (rule.DecidedBy)
            {
                case TriggerDecision.Weapon when implied is null:
                    continue; // "police fired tear gas" is no shelling; "struck a deal" no attack
                // "police seized five tons of marijuana": an armed side's seizure of goods is property taken.
                case TriggerDecision.WeaponNamed when weaponMatch is null && rule.Otherwise is { } otherwise && actor1 is not null && ArgumentRoles.IsArmed(actor1):
                    (eventType, subEventType) = (patterns.EventTypes[otherwise], otherwise);
                    break;
                case TriggerDecision.WeaponNamed when weaponMatch is null:
                    continue; // "seized control" is no seizure of weapons
                case TriggerDecision.Unarmed when actor1 is not null && ArgumentRoles.IsArmed(actor1):
                    continue; // "HTS members blocked the road" is no protest
                case TriggerDecision.Armed when actor1 is null || !ArgumentRoles.IsArmed(actor1):
                    continue; // a charity that delivered food changed no armed group's activity
                // "shot and killed a civilian using small arms fire": small arms make no fight of an attack on people
                // the text names as unarmed.
                case TriggerDecision.Target when implied == AcledTypes.ArmedClash && actor2 is not null && !ArgumentRoles.IsArmed(actor2)
                    && !_roles.ArmedObject(tokens, trigger):
                    (eventType, subEventType) = (AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack);
                    break;
                case TriggerDecision.Weapon or TriggerDecision.WeaponElseRow or TriggerDecision.Target when implied is not null:
                    subEventType = implied;
                    eventType = patterns.EventTypes[implied];
                    break;
                case TriggerDecision.Target:
                    // Armed people hit, or counted among the dead and wounded ("a commander was killed following an
                    // attack by Taliban militants"), make a clash.
                    // "a female police officer who was off duty", "a Govt soldier (off-duty)": a civilian when hit.
                    var offDuty = cues.Any(c => c.Value.Kind == CueKind.OffDuty);
                    if (offDuty && actor2 is { Type: "State forces" }) actor2 = null;
                    var armedObject = _roles.ArmedObject(tokens, trigger) && !offDuty;
                    // "attacked a police checkpoint, leaving ... 3 civilians dead": the side hit is the checkpoint's.
                    if (armedObject && actor2 is not null && !ArgumentRoles.IsArmed(actor2)) actor2 = null;
                    var armed = armedObject
                        || (actor2 is not null ? ArgumentRoles.IsArmed(actor2)
                            : !offDuty && (_roles.ArmedTarget(tokens, trigger) || cues.Any(c => c.Value.Kind == CueKind.ArmedResistance)
                                || ArmedVictims(tokens, mentions, cues).Any(a => a.Name != actor1?.Name)));
                    (eventType, subEventType) = armed ? (AcledTypes.Battles, AcledTypes.ArmedClash) : (AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack);
                    break;
            }
            // "officers were shot by a man", "a man shot at a security guard": someone the text names only as a
            // person, who fires a gun, is an unidentified armed group, not a crowd.
            if (actor1 is { Type: "Civilians" } shooter && shooter.AwaitsCountry
                && rule.Weapon == "small arms" && rule.DecidedBy == TriggerDecision.Target)
                actor1 = new Actor(UnidentifiedArmedGroup, "Political militia", null, shooter.RuleId + ">armed");
            // Violence by a crowd of unarmed people ("villagers beat a man", "residents and workers clashed") is mob
            // violence, not a battle or an armed attack; so is a clash between groups where no one armed is named and
            // no firearm or explosive is ("two groups clashed with axes and sticks").
            // A crowd fighting the police ("migrant workers clashed with police") is mob violence too.
            var unarmedSides = (actor1 is null || !ArgumentRoles.IsArmed(actor1)) && (actor2 is null || !ArgumentRoles.IsArmed(actor2));
            var crowdInClash = subEventType == AcledTypes.ArmedClash && new[] { actor1, actor2 }.Any(a => a is not null && !ArgumentRoles.IsArmed(a))
                && !weapons.Any(w => w.Value.Weapon == "small arms" || w.Value.SubEventType is not null);
            if (eventType is AcledTypes.Battles or AcledTypes.ViolenceAgainstCivilians && subEventType is AcledTypes.ArmedClash or AcledTypes.Attack
                && (crowdInClash
                    || unarmedSides && (actor1 is not null
                        || rule.DecidedBy == TriggerDecision.Crowd && !_roles.NamesArmed(tokens)
                            && !weapons.Any(w => w.Value.Weapon == "small arms" || w.Value.SubEventType is not null))))
                (eventType, subEventType) = (AcledTypes.Riots, AcledTypes.MobViolence);
            // "pro-Hadi forces took control of Burkan from pro-Houthi forces": territory a state's forces take is the
            // government's regained; "militants were killed, injured or captured" took no territory.
            if (subEventType == AcledTypes.NonStateActorOvertakesTerritory)
            {
                if (rule.Form == TriggerForm.Verb && _roles.IsPassive(tokens, trigger.First)) continue;
                if (actor1 is { Type: "State forces" }) subEventType = AcledTypes.GovernmentRegainsTerritory;
            }
            // "observed 41 projectiles in both directions of the frontline": an exchange of fire, ACLED's armed clash.
            if (subEventType == AcledTypes.ShellingArtilleryMissileAttack && cues.Any(c => c.Value.Kind == CueKind.Exchange))
                (eventType, subEventType) = (AcledTypes.Battles, AcledTypes.ArmedClash);
            // "targeted Israeli vehicles with anti-tank shells before attacking the rescue troops with firearms": fire
            // at close range on armed men alongside the shells is a fight.
            if (subEventType == AcledTypes.ShellingArtilleryMissileAttack && weapons.Any(w => w.Value.Weapon == "small arms" && w.Count == 1 && tokens[w.First].Lower is not ("weapons" or "arms") || w.Count > 1 && w.Value.Weapon == "small arms")
                && (actor2 is not null && ArgumentRoles.IsArmed(actor2) || _roles.ArmedTarget(tokens, trigger)))
                (eventType, subEventType) = (AcledTypes.Battles, AcledTypes.ArmedClash);
            var weapon = rule.Form == TriggerForm.Noun && rule.Weapon is not null ? rule.Weapon : weaponMatch?.Value.Weapon ?? rule.Weapon;
            if (weaponMatch is not null) ruleIds.Add(weaponMatch.Value.Id);
            // "migrant workers pelted stones at police": a crowd's violence with no demonstration named (no protest word,
            // no protesters or rioters, no demand, no burning tyres) is mob violence.
            if (subEventType == AcledTypes.ViolentDemonstration
                && !reading.Mentions.Any(m => m.Actor.Type is "Protesters" or "Rioters")
                && !reading.Triggers.Any(t => t.Value.EventType == AcledTypes.Protests)
                && !cues.Any(c => c.Value.Kind == CueKind.Demand))
                (eventType, subEventType) = (AcledTypes.Riots, AcledTypes.MobViolence);
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
                    // "Boko Haram/IS claimed to have killed 17 soldiers of the Nigerian Armed Forces": the armed group
                    // claiming an attack on state forces is its actor1, the forces its target.
                    if (actor1 is { Type: "State forces" } forces && claimedBy.Type != "State forces" && ArgumentRoles.IsArmed(claimedBy)
                        && claimedBy.Name != forces.Name && (actor2 is null || actor2.Name == claimedBy.Name))
                        (actor1, actor2) = (claimedBy, forces);
                    actor1 ??= claimedBy;
                    ruleIds.Add(claim.Value.Id);
                }
            }
            if (status == "reported" && cues.Any(c => c.Value.Kind == CueKind.Deny)) status = "denied";
            else if (status == "reported" && cues.Any(c => c.Value.Kind == CueKind.Confirm)) status = "confirmed";
            if (actor1 is null && rule.Status == "intercepted")
                actor1 = reporters.FirstOrDefault(r => r.Actor is not null)?.Actor;
            // "the Israeli army said a Navy missile boat had intercepted a drone": a force named by its kit alone is
            // that of the state force the sentence reports it from.
            if (actor1 is { IsGenericMilitary: true } kit
                && reporters.Select(r => r.Actor).OfType<Actor>().Where(a => a.Type == "State forces" && a.Country is not null && !a.AwaitsCountry).DistinctBy(a => a.Country).ToList() is [var army])
                actor1 = actors.WithCountry(kit, army.Country) ?? actor1;

            var quantity = weaponMatch is null ? null
                : numbers.LastOrDefault(n => n.Last < weaponMatch.First && weaponMatch.First - n.Last <= 3)?.Value;
            var (fatalities, injuries) = _casualties.Count(tokens, cues, numbers);
            // "burned down houses, killing two residents": destruction that kills or hurts is the attack it was.
            if (subEventType == AcledTypes.LootingPropertyDestruction && (fatalities > 0 || injuries > 0))
                (eventType, subEventType) = ArmedVictims(tokens, mentions, cues).Any(a => a.Name != actor1?.Name)
                    ? (AcledTypes.Battles, AcledTypes.ArmedClash) : (AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack);
            ruleIds.AddRange(new[] { actor1?.RuleId, actor2?.RuleId }.OfType<string>());

            yield return new CodedEvent(rule, sentence, EventDate.Day(DateOnly.MinValue), actor1, actor2, fatalities, injuries,
                weapon, quantity, status, claimedBy, reporters.Select(r => r.Name).Distinct().ToList(), ruleIds, subEventType)
            {
                EventType = eventType,
                TriggerToken = trigger.First,
            };
        }
    }

    /// <summary>"a child was killed", "two civilians were reportedly wounded": the mention is the subject of a passive casualty word.</summary>
    private bool IsToldHurt(IReadOnlyList<Token> tokens, ActorMention mention, IReadOnlyList<PhraseMatch<Cue>> cues)
    {
        var k = mention.Last + 1;
        if (k >= tokens.Count || !grammar.Is(tokens[k], WordClass.Be)) return false;
        k++;
        while (k < tokens.Count && (grammar.Is(tokens[k], WordClass.Adverb) || tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal))) k++;
        return cues.Any(c => c.First == k && c.Value.Kind is CueKind.Death or CueKind.Injury);
    }

    /// <summary>How close a casualty word and the armed people it counts stand: "killing 7 Hamas militants", "three Ukrainian soldiers were wounded".</summary>
    private const int VictimWindow = 4;

    private const string UnnamedArmedVictim = "armed-role";

    private const string UnidentifiedArmedGroup = "Unidentified Armed Group ({country})";

    /// <summary>
    /// Armed actors a sentence counts among the dead or wounded ("killing at least four Hamas militants", "two
    /// soldiers were killed"), named or not (an unnamed soldier yields a placeholder actor, for the civilian-harm test).
    /// </summary>
    private IEnumerable<Actor> ArmedVictims(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, IReadOnlyList<PhraseMatch<Cue>> cues)
    {
        foreach (var cue in cues.Where(c => c.Value.Kind is CueKind.Death or CueKind.Injury))
        {
            // After the word ("killing 7 militants"), or before it in the passive ("two soldiers were killed"): before
            // an active verb ("gunmen shot and killed") they are the killers.
            var passive = cue.First > 0 && grammar.Is(tokens[cue.First - 1], WordClass.Be);
            bool Near(int first, int last) => first > cue.Last && first - cue.Last <= VictimWindow
                    && !Enumerable.Range(cue.Last + 1, first - cue.Last - 1).Any(k => tokens[k].Lower == "by")
                || passive && last < cue.First && cue.First - last <= VictimWindow && !Enumerable.Range(last + 1, cue.First - last - 1).Any(k => !tokens[k].IsWord);
            foreach (var mention in mentions.Where(m => ArgumentRoles.IsArmed(m.Actor) && !ArgumentRoles.IsBareDemonym(m) && !IsPartyMembers(tokens, m) && Near(m.First, m.Last)))
                yield return mention.Actor;
            foreach (var role in patterns.ArmedRoles.FindAll(tokens).Where(r => Near(r.First, r.Last)))
                yield return new Actor(tokens[role.First].Text, "State forces", null, UnnamedArmedVictim);
        }
    }

    /// <summary>"2 CNL members", "Congress workers": the members or supporters of a party, who are not armed ("militia members" are).</summary>
    /// <remarks>Also "CPI (M) workers" read as one mention, "the leader of PTM", "PML-N's MPA".</remarks>
    private bool IsPartyMembers(IReadOnlyList<Token> tokens, ActorMention mention)
    {
        if (mention.Actor.Type != "Political militia" || Enumerable.Range(mention.First, mention.Count).Any(k => patterns.ArmedRoles.MatchAt(tokens, k) is not null))
            return false;
        var next = mention.Last + 1;
        if (next < tokens.Count && tokens[next].Lower is "'s" or "’s") next++;
        return next < tokens.Count && grammar.Is(tokens[next], WordClass.Membership)
            || grammar.Is(tokens[mention.Last], WordClass.Membership)
            // "workers of the CPI (M)"; but "two members of Hezbollah" are the group's own.
            || mention.First >= 2 && tokens[mention.First - 1].Lower == "of" && grammar.Is(tokens[mention.First - 2], WordClass.Membership)
                && tokens[mention.First - 2].Lower is not ("member" or "members");
    }

    private static bool NamesProtest(SentenceReading reading) =>
        reading.Mentions.Any(m => m.Actor.Type is "Protesters" or "Rioters")
        || reading.Triggers.Any(t => t.Value.EventType is AcledTypes.Protests or AcledTypes.Riots);

    /// <summary>Whether a trigger reports one event here, rather than a habit, a purpose or events in general.</summary>
    private bool IsEventMention(IReadOnlyList<Token> tokens, PhraseMatch<TriggerRule> trigger,
        IReadOnlyList<PhraseMatch<int>> numbers, IReadOnlyList<PhraseMatch<Cue>> cues, bool dated, bool paragraphDated)
    {
        // "would be attacked if", "expects air strikes", "plans to strike": a threat, condition or expectation governs
        // the trigger when it comes before it. One that comes after ("protested, denouncing plans to ...") does not.
        if (cues.Any(c => c.Value.Kind == CueKind.NonEvent && c.Last < trigger.First))
            return false;
        // "a landmine left from previous fighting": an earlier event, whatever the sentence dates.
        if (trigger.Value.Form == TriggerForm.Noun && cues.Any(c => c.Value.Kind == CueKind.Earlier && c.Last < trigger.First && trigger.First - c.Last <= 2))
            return false;
        // "in retaliation for Israel's assassination of ...": the cause, an earlier event the sentence does not date.
        if (!dated && cues.Any(c => c.Value.Kind == CueKind.Cause && c.Last < trigger.First))
            return false;
        var before = trigger.First > 0 ? tokens[trigger.First - 1].Lower : "";
        var beforeThat = trigger.First > 1 ? tokens[trigger.First - 2].Lower : "";
        // "with a Tandem shell", "an anti-tank shell", "the set up of a quarantine centre": a verb's word after an
        // article is a noun, no event ("his body was found" holds its own verb).
        if (trigger.Value.Form == TriggerForm.Verb && trigger.First > 0
            && (grammar.IsDeterminer(tokens[trigger.First - 1]) && !Enumerable.Range(trigger.First, trigger.Count).Any(k => grammar.Is(tokens[k], WordClass.Be))
                || trigger.First > 1 && grammar.Is(tokens[trigger.First - 2], WordClass.Indefinite) && (tokens[trigger.First - 1].IsCapitalised || tokens[trigger.First - 1].Text.Contains('-'))))
            return false;
        // "to strike Western ships": a purpose, not an event; "continued to shell" is one, and so is "used artillery to
        // bombard" (the means named between "used" and "to"; "used to bombard" is a habit).
        if (before == "to" && !(trigger.First > 1 && grammar.Is(tokens[trigger.First - 2], WordClass.Aspect))
            && !Enumerable.Range(Math.Max(0, trigger.First - 5), Math.Max(0, trigger.First - 2 - Math.Max(0, trigger.First - 5)))
                .Any(k => grammar.Is(tokens[k], WordClass.Means)))
            return false;
        if (beforeThat == "to" && grammar.Is(tokens[trigger.First - 1], WordClass.Be)
            && !(trigger.First > 2 && tokens[trigger.First - 3].Lower is "had" or "has" or "have"))
            return false; // "demanding to be released": a demand, not a release; "had to be dispersed" happened
        // "offering to join the battle", "to launch an attack": an event noun as the object of an infinitive is an aim.
        if (trigger.Value.Form == TriggerForm.Noun)
        {
            if (before == "as")
                return false; // "troops sent as reinforcements": a role, not an event
            for (var k = Math.Max(0, trigger.First - 4); k <= trigger.First - 2; k++)
            {
                if (tokens[k].Lower == "to" && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalised
                    && !grammar.IsDeterminer(tokens[k + 1])
                    // "believed to belong to IS shot ...": a name between ends the infinitive's object
                    && Enumerable.Range(k + 2, trigger.First - k - 2).All(j => !tokens[j].IsCapitalised && tokens[j].Lower != "to")
                    && !cues.Any(c => c.First == k + 1 && c.Value.Kind == CueKind.Perfect) // "claimed to have launched" tells the past
                    && !cues.Any(c => c.First == k + 1 && c.Value.Kind == CueKind.Intervention) // "intervened to disperse a demonstration" 
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
            if (plural && !dated && !paragraphDated && !counted)
                return false; // "air strikes on southern Lebanon": events in general; after a dated sentence, that day's
        }
        return true;
    }

    private static bool IsWeekday(Token token) =>
        token.IsCapitalised && Enum.GetNames<DayOfWeek>().Contains(token.Text, StringComparer.Ordinal);

}
