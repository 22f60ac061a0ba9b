using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>
/// The matches of one sentence, found once before any coding (spaCy's split of matching from writing results):
/// its actors (anaphors resolved), cue words outside dates, numbers, weapons, which tokens stand inside a date or a
/// quotation, and whether the sentence pins a time at all.
/// </summary>
internal sealed record SentenceReading(
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<PhraseMatch<Cue>> Cues,
    IReadOnlyList<PhraseMatch<int>> Numbers,
    IReadOnlyList<PhraseMatch<WeaponRule>> Weapons,
    bool[] InDate,
    bool[] Quoted,
    bool Dated);
