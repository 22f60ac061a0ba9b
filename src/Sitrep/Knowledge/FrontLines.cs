using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Knowledge;

/// <summary>
/// A place near a stable line of contact: the side that held it and the side that faced it, between two dates.
/// </summary>
/// <param name="Id">The row's id ("L001").</param>
/// <param name="Country">The country the place is in.</param>
/// <param name="Admin1">Its province, where the event is placed when the gazetteer lacks the place.</param>
/// <param name="HeldBy">The canonical name of the side holding the place.</param>
/// <param name="Facing">The canonical name of the side across the line.</param>
/// <param name="From">The first day the line held.</param>
/// <param name="To">The last day it held.</param>
/// <param name="Names">The names the place is found by, its own first.</param>
public sealed record FrontLinePlace(string Id, string Country, string Admin1, string HeldBy, string Facing, DateOnly From, DateOnly To,
    IReadOnlyList<string> Names)
{
    public bool HeldOn(DateOnly day) => day >= From && day <= To;
}

/// <summary>
/// The places of <c>actors/front-lines.tsv</c> and any <c>actors/front-lines-*.tsv</c> a user adds, found in text by
/// their names. Fire reported at such a place with no side named fell on it from across the line. Immutable and
/// thread-safe.
/// </summary>
public sealed class FrontLines
{
    private readonly PhraseMatcher<FrontLinePlace> _names;

    public IReadOnlyList<FrontLinePlace> All { get; }

    public FrontLines(IReadOnlyList<FrontLinePlace> places, IEnumerable<(string Name, FrontLinePlace Place)> names)
    {
        All = places;
        _names = new PhraseMatcher<FrontLinePlace>(names);
    }

    public static FrontLines None { get; } = new([], []);

    /// <summary>
    /// The front-line places a sentence names where a place is told ("near Avdiivka"), not in the division slot of a
    /// locating phrase ("near Khutir Vilny, Luhansk" names the province, not the city).
    /// </summary>
    public IReadOnlyList<PhraseMatch<FrontLinePlace>> Find(IReadOnlyList<Token> tokens) =>
        _names.FindAll(tokens).Where(m => tokens[m.First].IsCapitalised && !(m.First > 0 && tokens[m.First - 1].Text is "," or "(")).ToList();

    public static FrontLines Load(string dataDirectory)
    {
        var places = new List<FrontLinePlace>();
        var names = new List<(string, FrontLinePlace)>();
        foreach (var row in DataFile.ReadFamily(Path.Combine(dataDirectory, "actors"), "front-lines", minimumFields: 8))
        {
            if (!DateOnly.TryParseExact(row[6], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(row[7], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) || to < from)
                throw new KnowledgeFileException(row.File, row.Line, "from and to must be dates (yyyy-MM-dd), from before to");
            var placeNames = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var place = new FrontLinePlace(row[0], row[2], row[3], row[4], row[5], from, to, placeNames);
            places.Add(place);
            names.AddRange(placeNames.Select(n => (n, place)));
        }
        return new FrontLines(places, names);
    }
}
