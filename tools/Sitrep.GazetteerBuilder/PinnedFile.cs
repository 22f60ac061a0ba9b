using System.Security.Cryptography;

namespace Sitrep.GazetteerBuilder;

/// <summary>Checks that an input is byte for byte the release its source class pins, so the header written from that
/// class is true of the file read.</summary>
public static class PinnedFile
{
    /// <summary>Throws unless the file exists and its SHA-256 is <paramref name="sha256"/>.</summary>
    /// <param name="release">The release, as "file in package@version", for the message.</param>
    public static void Check(string path, string sha256, string release, string sourceFile)
    {
        if (!File.Exists(path))
            throw new GazetteerInputException($"{path}: file not found (run tools/Sitrep.GazetteerBuilder/fetch-cities.sh to download it)");
        string actual;
        using (var stream = File.OpenRead(path))
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (actual != sha256)
            throw new GazetteerInputException(
                $"{path}: SHA-256 {actual} is not that of {release} ({sha256}). Use the file fetch-cities.sh unpacks, " +
                $"or move to another release by updating {sourceFile} and fetch-cities.sh together.");
    }
}
