#!/usr/bin/env bash
# Builds Hub.sln and runs every test against throwaway PostgreSQL + RabbitMQ servers.
# Extra args go to `dotnet test`, e.g.: ./test.sh --filter FullyQualifiedName~Outbox
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/test-servers.sh
source scripts/test-servers.sh
# shellcheck source=scripts/test-browser.sh
source scripts/test-browser.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Lingering MSBuild worker nodes would keep CI's output pipe open after we exit.
export MSBUILDDISABLENODEREUSE=1

summary() { # passed failed skipped
    if [ "$3" -gt 0 ]; then echo "$1 passed, $2 failed, $3 skipped"; else echo "$1 passed, $2 failed"; fi
}

RESULTS_DIR=
SUMMARY_PRINTED=
cleanup() {
    hub_servers_stop
    if [ -n "$RESULTS_DIR" ]; then rm -rf "$RESULTS_DIR"; fi
    RESULTS_DIR=
}
# shellcheck disable=SC2317 # only reached through the EXIT trap
on_exit() {
    local rc=$?
    cleanup
    # CI reads the last line, so even an aborted run (build error, server that
    # won't start, Ctrl-C) ends with a count line; the exit code stays non-zero.
    if [ -z "$SUMMARY_PRINTED" ]; then
        echo "test.sh: aborted (exit $rc)" >&2
        summary 0 0 0
    fi
}
trap on_exit EXIT
# Turn signals into a normal exit so the EXIT trap always runs.
trap 'exit 130' INT
trap 'exit 143' TERM HUP

hub_servers_install
hub_browser_install
# RabbitMQ boots in the background while the solution compiles.
hub_servers_start
RESULTS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hubtest-results.XXXXXX")

dotnet build Hub.sln -c Release || { echo "BUILD FAILED" >&2; exit 1; }

hub_servers_await
echo "[test.sh] PostgreSQL: $HUB_TEST_POSTGRES" >&2
echo "[test.sh] RabbitMQ:   $HUB_TEST_RABBITMQ (node $HUB_TEST_RABBITMQ_NODE)" >&2

# No `set -e` abort here: a failing project must not hide the others' results.
test_rc=0
dotnet test Hub.sln -c Release --no-build \
    --logger "trx;LogFilePrefix=r" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS_DIR" "$@" || test_rc=$?

# Sum <Counters> over all TRX files (one per test project). Errors, timeouts and
# aborts count as failures; notExecuted is what xunit's skips become.
read -r passed failed skipped < <(python3 - "$RESULTS_DIR" <<'EOF'
import glob, os, sys
import xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:  # a crashed host can leave a half-written file
        print(f"unreadable {path}: {e}", file=sys.stderr)
        continue
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] == "Counters":
            n = lambda k: int(el.get(k, "0") or 0)
            p += n("passed")
            f += n("failed") + n("error") + n("timeout") + n("aborted")
            s += n("notExecuted")
print(p, f, s)
EOF
)

cleanup
status=0
if [ "$failed" -gt 0 ]; then
    status=1
elif [ "$test_rc" -ne 0 ]; then
    echo "dotnet test exited with $test_rc (crashed test host or missing results?)" >&2
    status=1
elif [ $((passed + failed)) -eq 0 ]; then
    echo "No tests ran." >&2
    status=1
fi
SUMMARY_PRINTED=1
summary "$passed" "$failed" "$skipped"
exit "$status"
