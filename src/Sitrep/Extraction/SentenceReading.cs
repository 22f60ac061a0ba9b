using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// The matches of one sentence, found once before any coding (spaCy's split of matching from writing results):
/// its actors (anaphors resolved), its triggers outside dates and quotations, its cue words outside dates, numbers,
/// weapons, and whether the sentence pins a time at all. A sentence without triggers is read only for a toll.
/// </summary>
internal sealed record SentenceReading(
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<PhraseMatch<TriggerRule>> Triggers,
    IReadOnlyList<PhraseMatch<Cue>> Cues,
    IReadOnlyList<PhraseMatch<int>> Numbers,
    IReadOnlyList<PhraseMatch<WeaponRule>> Weapons,
    bool Dated)
{
    /// <summary>An earlier sentence of the paragraph gave a date: "Clashes erupted at the location." goes on telling that day.</summary>
    public bool ParagraphDated { get; init; }
}
