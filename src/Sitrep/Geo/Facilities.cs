using System.Globalization;
using Sitrep.Knowledge;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>A named facility: a military base, airport, port, border crossing or camp, with where it is.</summary>
/// <param name="Id">The row's id ("F002").</param>
/// <param name="Name">Its usual English name.</param>
/// <param name="Kind">base, airport, port, crossing, camp or facility.</param>
/// <param name="Place">Where it is, as a gazetteer place: the facility's coordinates, with the country, admin1 and
/// admin2 of the nearest populated place of its country.</param>
public sealed record Facility(string Id, string Name, string Kind, GeoPlace Place);

/// <summary>
/// The curated facilities of <c>geo/facilities.tsv</c> and any <c>geo/facilities-*.tsv</c> a user adds, found in text
/// by their names and aliases. Immutable and thread-safe.
/// </summary>
public sealed class Facilities
{
    private readonly PhraseMatcher<Facility> _names;

    public IReadOnlyList<Facility> All { get; }

    /// <summary>Every name a facility is known by, with the facility.</summary>
    public IReadOnlyList<(string Name, Facility Facility)> Names { get; }

    public Facilities(IReadOnlyList<Facility> facilities, IEnumerable<(string Alias, Facility Facility)> aliases)
    {
        All = facilities;
        Names = aliases.ToList();
        _names = new PhraseMatcher<Facility>(Names.Select(a => (a.Name, a.Facility)));
    }

    /// <summary>No facilities: for pipelines without the file.</summary>
    public static Facilities None { get; } = new([], []);

    /// <summary>The facilities a sentence names, capitalised names only ("Victoria base", "Ain al-Asad").</summary>
    public IReadOnlyList<PhraseMatch<Facility>> Find(IReadOnlyList<Token> tokens) =>
        _names.FindAll(tokens).Where(m => tokens[m.First].IsCapitalised || tokens[m.First].Text.Contains('-', StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Reads every <c>geo/facilities*.tsv</c> of the data folder. A facility's country must be one the gazetteer knows;
    /// its admin1 and admin2 are those of the nearest place of that country.
    /// </summary>
    public static Facilities Load(string dataDirectory, Gazetteer gazetteer)
    {
        var facilities = new List<Facility>();
        var aliases = new List<(string, Facility)>();
        foreach (var row in DataFile.ReadFamily(Path.Combine(dataDirectory, "geo"), "facilities", minimumFields: 6))
        {
            if (!double.TryParse(row[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) || latitude is < -90 or > 90
                || !double.TryParse(row[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) || longitude is < -180 or > 180)
                throw new KnowledgeFileException(row.File, row.Line, "latitude and longitude must be decimal degrees");
            var iso2 = gazetteer.CountryIso2Of(row[3])
                ?? throw new KnowledgeFileException(row.File, row.Line, $"country \"{row[3]}\" is not in geo/countries.tsv");
            var nearest = gazetteer.Nearest(latitude, longitude, iso2);
            var place = new GeoPlace(0, row[1], latitude, longitude, "FAC", iso2, nearest?.Country ?? row[3], nearest?.Admin1, nearest?.Admin2, 0);
            var facility = new Facility(row[0], row[1], row[2], place);
            facilities.Add(facility);
            foreach (var alias in row[6].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(row[1]).Where(a => a != "-").Distinct())
                aliases.Add((alias, facility));
        }
        return new Facilities(facilities, aliases);
    }
}
