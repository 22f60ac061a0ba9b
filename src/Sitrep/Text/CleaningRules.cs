using Sitrep.Knowledge;

namespace Sitrep.Text;

/// <summary>
/// The knowledge the cleaner needs, loaded from <c>data/cleaning/</c>: news and photo agencies (for credit lines),
/// site furniture phrases and the markers after which a page is no longer the story. Immutable.
/// </summary>
public sealed class CleaningRules
{
    public CleaningRules(
        IEnumerable<string> agencies,
        IEnumerable<string> creditPrefixes,
        IEnumerable<string> furniture,
        IEnumerable<string> furniturePrefixes,
        IEnumerable<string> cutMarkers,
        IEnumerable<string> furnitureClasses)
    {
        FurnitureClasses = furnitureClasses.ToArray();
        Agencies = new HashSet<string>(agencies.Select(Normalize), StringComparer.Ordinal);
        CreditPrefixes = creditPrefixes.ToArray();
        Furniture = new HashSet<string>(furniture.Select(Normalize), StringComparer.Ordinal);
        FurniturePrefixes = furniturePrefixes.ToArray();
        CutMarkers = new HashSet<string>(cutMarkers.Select(Normalize), StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Agencies { get; }
    public IReadOnlyList<string> CreditPrefixes { get; }
    public IReadOnlySet<string> Furniture { get; }
    public IReadOnlyList<string> FurniturePrefixes { get; }
    public IReadOnlySet<string> CutMarkers { get; }

    /// <summary>Fragments of HTML class or id names that mark furniture ("share", "related").</summary>
    public IReadOnlyList<string> FurnitureClasses { get; }

    /// <summary>Loads <c>agencies.txt</c>, <c>credit-prefixes.txt</c> and <c>furniture.tsv</c> from a data folder.</summary>
    public static CleaningRules Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "cleaning");
        var furniture = DataFile.Read(Path.Combine(folder, "furniture.tsv"), minimumFields: 2);
        string[] Phrases(string action) =>
            furniture.Where(r => r[1] == action).Select(r => r[0]).ToArray();
        foreach (var row in furniture.Where(r => r[1] is not ("drop" or "drop-prefix" or "cut")))
            throw new KnowledgeFileException(row.File, row.Line, $"unknown action \"{row[1]}\" (drop, drop-prefix or cut)");
        return new CleaningRules(
            DataFile.ReadList(Path.Combine(folder, "agencies.txt")),
            DataFile.ReadList(Path.Combine(folder, "credit-prefixes.txt")),
            Phrases("drop"),
            Phrases("drop-prefix"),
            Phrases("cut"),
            DataFile.ReadList(Path.Combine(folder, "furniture-classes.txt")));
    }

    internal static string Normalize(string text) =>
        string.Join(' ', text.Trim().Trim('(', ')', '[', ']').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
