using System.Globalization;

namespace Sitrep.Knowledge;

/// <summary>
/// A state's forces acting in a country where a coalition they belong to fights, coded as the coalition ("Saudi
/// forces fired artillery" in Yemen is Operation Restoring Hope), between two dates.
/// </summary>
/// <param name="Id">Where the row stands ("coalitions.tsv:12").</param>
/// <param name="Member">The canonical name of the member's forces.</param>
/// <param name="Country">The country the coalition fights in.</param>
/// <param name="Coalition">The coalition's canonical name.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or null while it lasts.</param>
public sealed record CoalitionMembership(string Id, string Member, string Country, string Coalition, DateOnly From, DateOnly? To)
{
    public bool HoldsOn(DateOnly day) => day >= From && (To is null || day <= To);
}

/// <summary>The rows of <c>actors/coalitions.tsv</c> and any <c>actors/coalitions-*.tsv</c> a user adds. Immutable.</summary>
public sealed class Coalitions(IReadOnlyList<CoalitionMembership> memberships)
{
    public static Coalitions None { get; } = new([]);

    public IReadOnlyList<CoalitionMembership> All => memberships;

    /// <summary>The coalition a member's forces act as in a country on a day, if any.</summary>
    public CoalitionMembership? For(string member, string country, DateOnly day) =>
        memberships.FirstOrDefault(m => m.Member == member && m.Country == country && m.HoldsOn(day));

    public static Coalitions Load(string dataDirectory)
    {
        var rows = new List<CoalitionMembership>();
        foreach (var row in DataFile.ReadFamily(Path.Combine(dataDirectory, "actors"), "coalitions", minimumFields: 4))
        {
            if (!DateOnly.TryParseExact(row[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                throw new KnowledgeFileException(row.File, row.Line, "from must be a date (yyyy-MM-dd)");
            DateOnly? to = null;
            if (row[4].Length > 0)
            {
                if (!DateOnly.TryParseExact(row[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) || end < from)
                    throw new KnowledgeFileException(row.File, row.Line, "to must be empty or a date (yyyy-MM-dd) not before from");
                to = end;
            }
            rows.Add(new CoalitionMembership($"{Path.GetFileName(row.File)}:{row.Line}", row[0], row[1], row[2], from, to));
        }
        return new Coalitions(rows);
    }
}
