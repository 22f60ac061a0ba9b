using System.Security.Cryptography;

namespace Sitrep.GazetteerBuilder;

/// <summary>Checks that an input is byte for byte the release its source class pins, so the header written from that
/// class is true of the file read.</summary>
public static class PinnedFile
{
    /// <summary>Throws unless the file exists and its SHA-256 is the release's.</summary>
    public static void Check(string path, CitiesSource release)
    {
        var sha256 = release.FileSha256;
        if (!File.Exists(path))
            throw new GazetteerInputException($"{path}: file not found (run tools/Sitrep.GazetteerBuilder/fetch-cities.sh to download it)");
        string actual;
        using (var stream = File.OpenRead(path))
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (actual != sha256)
            throw new GazetteerInputException(
                $"{path}: SHA-256 {actual} is not that of {release} ({sha256}). Use the file fetch-cities.sh unpacks, " +
                $"or move to another release by updating CitiesSource.cs and fetch-cities.sh together.");
    }
}
