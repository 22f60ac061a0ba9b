using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>Classes of closed-class words the coder reads structure with (<c>text/grammar.tsv</c>).</summary>
public enum WordClass
{
    /// <summary>A form of "be": before a participle it makes the passive.</summary>
    Be,

    /// <summary>An adverb that may stand inside a verb group ("was reportedly killed").</summary>
    Adverb,

    /// <summary>A verb of aspect before "to": "continued to shell" tells an event, "to shell" alone an aim.</summary>
    Aspect,

    Determiner,

    /// <summary>"a", "an": a determiner that also counts one.</summary>
    Indefinite,

    /// <summary>Ends a noun phrase read backwards from a verb ("officials said" but not "and said").</summary>
    ClauseBreak,

    /// <summary>A preposition a place name may follow: "in", "near", "outside".</summary>
    Locative,

    /// <summary>A noun a place name follows with "of": "the town of", "the outskirts of".</summary>
    PlaceNoun,

    /// <summary>A currency: "the US dollar exchange rate" says nothing of where a protest happened.</summary>
    Currency,

    /// <summary>"near", "outskirts", "north (of)": the event happened near the place named, not in it.</summary>
    Nearby,

    /// <summary>"from": the place named is where something came from (a launch site), not where the event was.</summary>
    Origin,

    /// <summary>"western", "northern": between a preposition and a place ("in western Yemen").</summary>
    RegionAdjective,

    /// <summary>
    /// A building or way often named after a place or person ("Al Quds hospital", "Beirut street"): the name before it
    /// names the facility, not the town it stands in.
    /// </summary>
    Facility,

    /// <summary>"no", "without": before a death word it denies it ("no fatalities").</summary>
    Negation,

    /// <summary>"members", "supporters" after a party's name: its members, who are civilians.</summary>
    Membership,

    /// <summary>"who", "taking": ties a protest to the people a force acted on ("locals who had gathered").</summary>
    Participation,

    /// <summary>"having", "accused": what follows happened before ("accused of having taken part in a protest").</summary>
    Prior,

    /// <summary>"de", "do", "da": a lower-case word inside a place's name ("Rio de Janeiro", "Mato Grosso do Sul").</summary>
    NameParticle,

    /// <summary>A verb whose object may be a place: "shelled Kansafra", "stormed Tall Refaat".</summary>
    TargetVerb,

    /// <summary>A word for an administrative division: "Rakhine State", "Anbar Province" name the division itself.</summary>
    Division,

    /// <summary>"former", "retired", "off-duty": the soldier or officer named next is not armed, a civilian.</summary>
    Former,

    /// <summary>A preposition: an actor named right after one is not the subject of the sentence.</summary>
    Preposition,

    /// <summary>A noun for several people without a plural "s" ("people", "police", "men"): no single victim.</summary>
    Collective,

    /// <summary>"who", "that", "which": what follows tells more of the noun before.</summary>
    Relative,

    /// <summary>"when", "as", "after", "while", "before": a clause of its own begins.</summary>
    Subordinator,

    /// <summary>"members", "fighters", "elements": people of a group ("members of the WAM" are the WAM).</summary>
    GroupPart,

    /// <summary>"he", "she": one person as the subject.</summary>
    PersonSubject,

    /// <summary>"him", "her": one person as the object.</summary>
    PersonObject,

    /// <summary>"against": what follows is what a protest is against, or the target of an attack.</summary>
    Against,

    /// <summary>"between": "between 43 and 52", "clashes between A and B".</summary>
    Between,

    /// <summary>"least", "most" after "at": a bound on a count ("at least three"), not a place.</summary>
    Bound,

    /// <summary>"exchanged", "clashed": a fight both sides wage, with no attacker ("exchanged fire", "clashes").</summary>
    Mutual,

    /// <summary>"highway", "roundabout": a way "the X ..." names after the town it is at ("blocked the Zahle roundabout").</summary>
    LocalWay,

    /// <summary>"forces", "officers": people of a force; a capitalised word before one names the force ("Police forces"), no place.</summary>
    Personnel,

    /// <summary>"used": "used artillery to bombard": the infinitive after its object is what was done, not an aim.</summary>
    Means,

    /// <summary>"pound", "dinar": a currency a country's demonym names as its own ("the Lebanese pound"), which says the country.</summary>
    NationalCurrency,

    /// <summary>"Governor's", "Police": a place's own authority after its name ("Hakkari Governor's Office", "Kabul
    /// Police"), which says where as the name alone does.</summary>
    LocalOffice,

    /// <summary>"station", "post": after a local-office word, a post named after the town it is in ("Dhing Police Station").</summary>
    Post,

    /// <summary>"city", "town", "village": after a name a division also bears, the word says the name is the settlement
    /// ("Gaza city"), not the division.</summary>
    Settlement,

    /// <summary>"region", "province", "governorate": a word for a first-level division; "the Zap region of Dahuk"
    /// names the province a place lies in, not its city.</summary>
    ProvinceWord,

    /// <summary>"St", "Mt": an abbreviation that opens a place's name, its dot no end ("St. Petersburg").</summary>
    NameAbbreviation,

    /// <summary>"neighbourhood", "quarter": after a name, a part of a town, never a town of its own.</summary>
    Quarter,

    /// <summary>"family", "clan": a capitalised word before one names the kin ("the Sido family"), not a place.</summary>
    Kin,

    /// <summary>"launched", "fired": before "from", where an attack came from ("a drone launched from Iraq").</summary>
    Launch,

    /// <summary>"new", "old": a word GeoNames names a place with that texts leave out ("New Badah" for Badah).</summary>
    NameQualifier,

    /// <summary>"Norte", "North": a word of the compass that may close a longer name of a place ("Santo Nino Norte").</summary>
    Compass,
}

/// <summary>The closed-class word lists, loaded once. Immutable and thread-safe.</summary>
public sealed class Grammar
{
    private readonly Dictionary<string, HashSet<WordClass>> _classes;
    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal); // words the file lists in capitals ("LGA")
    private readonly Dictionary<WordClass, List<string>> _words = [];

    public Grammar(IEnumerable<(string Word, WordClass Class)> words)
    {
        _classes = new Dictionary<string, HashSet<WordClass>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kind) in words)
        {
            if (!_classes.TryGetValue(word, out var set)) _classes[word] = set = [];
            set.Add(kind);
            if (!_words.TryGetValue(kind, out var list)) _words[kind] = list = [];
            list.Add(word);
            if (IsAcronym(word)) _acronyms.Add(word);
        }
    }

    /// <remarks>
    /// A word in capitals is an acronym, not the closed-class word it spells: "IS" (Islamic State) is not "is". It
    /// matches only a word the file lists in capitals itself ("LGA").
    /// </remarks>
    public bool Is(Token token, WordClass kind) =>
        (!IsAcronym(token.Text) || _acronyms.Contains(token.Text)) && _classes.TryGetValue(token.Text, out var set) && set.Contains(kind);

    private static bool IsAcronym(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The words of a class, as the file lists them.</summary>
    public IReadOnlyList<string> WordsOf(WordClass kind) => _words.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Indefinite articles are determiners too.</summary>
    public bool IsDeterminer(Token token) => Is(token, WordClass.Determiner) || Is(token, WordClass.Indefinite);

    public static Grammar Load(string dataDirectory) =>
        new(DataFile.Read(Path.Combine(dataDirectory, "text", "grammar.tsv"), minimumFields: 2).Select(row => (row[0], row[1] switch
        {
            "be" => WordClass.Be,
            "adverb" => WordClass.Adverb,
            "aspect" => WordClass.Aspect,
            "determiner" => WordClass.Determiner,
            "indefinite" => WordClass.Indefinite,
            "clause-break" => WordClass.ClauseBreak,
            "locative" => WordClass.Locative,
            "place-noun" => WordClass.PlaceNoun,
            "currency" => WordClass.Currency,
            "nearby" => WordClass.Nearby,
            "origin" => WordClass.Origin,
            "region-adjective" => WordClass.RegionAdjective,
            "facility" => WordClass.Facility,
            "collective" => WordClass.Collective,
            "preposition" => WordClass.Preposition,
            "former" => WordClass.Former,
            "division" => WordClass.Division,
            "target-verb" => WordClass.TargetVerb,
            "name-particle" => WordClass.NameParticle,
            "negation" => WordClass.Negation,
            "membership" => WordClass.Membership,
            "participation" => WordClass.Participation,
            "prior" => WordClass.Prior,
            "relative" => WordClass.Relative,
            "subordinator" => WordClass.Subordinator,
            "group-part" => WordClass.GroupPart,
            "person-subject" => WordClass.PersonSubject,
            "person-object" => WordClass.PersonObject,
            "against" => WordClass.Against,
            "between" => WordClass.Between,
            "bound" => WordClass.Bound,
            "mutual" => WordClass.Mutual,
            "local-way" => WordClass.LocalWay,
            "personnel" => WordClass.Personnel,
            "means" => WordClass.Means,
            "national-currency" => WordClass.NationalCurrency,
            "local-office" => WordClass.LocalOffice,
            "post" => WordClass.Post,
            "settlement" => WordClass.Settlement,
            "province-word" => WordClass.ProvinceWord,
            "name-abbreviation" => WordClass.NameAbbreviation,
            "quarter" => WordClass.Quarter,
            "kin" => WordClass.Kin,
            "launch" => WordClass.Launch,
            "name-qualifier" => WordClass.NameQualifier,
            "compass" => WordClass.Compass,
            _ => throw new KnowledgeFileException(row.File, row.Line, $"unknown word class \"{row[1]}\""),
        })));
}
