#!/usr/bin/env bash
# Runs every test on a fresh machine. It installs what the tests need beyond the .NET SDK (today: nothing more;
# the PostgreSQL and Chromium suites will add their Debian packages here), builds, runs all test projects, and
# ends with one line "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is needed (dotnet not on PATH)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
dotnet test Sitrep.slnx -c Release 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' "$log" || true)
if [ -z "$summary" ]; then
  echo "test.sh: no test summary found (did the build fail?)" >&2
  exit 1
fi
count() { echo "$summary" | sed -E "s/.*$1: +([0-9]+),.*/\\1/" | awk '{ total += $1 } END { print total + 0 }'; }
failed=$(count Failed)
passed=$(count Passed)
skipped=$(count Skipped)
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
