#!/usr/bin/env bash
# Benchmarks the hub in production mode on this machine: throwaway PostgreSQL + RabbitMQ, the
# department simulators (tax answers after a fixed 100 ms), Hub.Workers and Hub.Api as separate
# processes, then tools/Hub.Bench against the API. Extra args go to Hub.Bench, e.g.:
#   tools/bench.sh --concurrency 8 --count 500
#   tools/bench.sh --rate 20 --count 1000
# Environment: BENCH_SIM_LATENCY_MS (default 100); BENCH_SOURCES (default tax; "all" sends
# "sources": null, i.e. every department the API lists); HUB_BENCH_BIN=dir with api/ workers/
# simulators/ bench/ from an earlier build, to skip building; HUB_BENCH_LOGS=dir to copy the logs to;
# BENCH_HUB_ENV="VAR=value ..." extra environment for the API and the workers (tuning experiments).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=scripts/test-servers.sh
source scripts/test-servers.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Lingering MSBuild nodes would outlive the script and hold its output pipe.
export MSBUILDDISABLENODEREUSE=1

SIM_LATENCY_MS=${BENCH_SIM_LATENCY_MS:-100}
SOURCES=${BENCH_SOURCES:-tax}
# Every department the simulators serve: the workers get a BaseUrl for each, so any --sources works.
DEPARTMENTS=(tax real_estate vehicle housing_fund bank market_registration social_insurance household_registration disability)
# The departments that demand signed requests, and the simulators' synthetic pair (their defaults).
SIGNED_DEPARTMENTS=(tax market_registration household_registration)
SIGNING_APP_KEY=hub-demo
SIGNING_APP_SECRET=demo-signing-secret
API_KEY=bench-caller-key
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hubbench.XXXXXX")
LOGS=$WORK/logs
mkdir -p "$LOGS"
HUB_PIDS=()
BENCH_OK=

log() { echo "[bench.sh] $*" >&2; }

# A zombie still answers kill -0: count only processes that still run.
alive() {
    local st
    st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ $st != Z* ]]
}

# TERM, then KILL after 10 s: only the processes this script started, by pid.
# shellcheck disable=SC2317 # reached through the EXIT trap
stop_hub() {
    local pid
    for pid in "${HUB_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${HUB_PIDS[@]}"; do
        for _ in $(seq 1 100); do
            alive "$pid" || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    HUB_PIDS=()
}

# shellcheck disable=SC2317 # reached through the EXIT trap
on_exit() {
    local rc=$?
    if [ -z "$BENCH_OK" ]; then
        for f in "$LOGS"/*.log; do
            [ -s "$f" ] || continue
            log "--- last lines of $(basename "$f")"
            tail -n 30 "$f" >&2
        done
    fi
    stop_hub
    hub_servers_stop
    if [ -n "${HUB_BENCH_LOGS:-}" ]; then
        mkdir -p "$HUB_BENCH_LOGS"
        cp "$LOGS"/*.log "$HUB_BENCH_LOGS"/ 2>/dev/null || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Waits until URL answers 200, failing early if the process behind it died.
await_http() {
    local url=$1 pid=$2 name=$3
    for _ in $(seq 1 600); do
        if python3 -c 'import sys, urllib.request; sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)' \
            "$url" 2>/dev/null; then
            return 0
        fi
        alive "$pid" || { log "$name exited before $url answered"; return 1; }
        sleep 0.1
    done
    log "$name: $url did not answer 200 within 60 s"
    return 1
}

# start_dll NAME DIR DLL [VAR=value ...] [-- app args ...]: runs `dotnet DLL` in DIR (its content
# root, for its appsettings.json), logging to $LOGS/NAME.log; sets STARTED_PID.
start_dll() {
    local name=$1 dir=$2 dll=$3
    shift 3
    local vars=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do vars+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    # exec: $! is then the dotnet process itself, whose memory Hub.Bench reports.
    (cd "$dir" && exec env "${vars[@]}" dotnet "$dll" "$@") >"$LOGS/$name.log" 2>&1 </dev/null &
    STARTED_PID=$!
    HUB_PIDS+=("$STARTED_PID")
}

hub_servers_install
# RabbitMQ boots in the background while the hub compiles.
hub_servers_start

if [ -n "${HUB_BENCH_BIN:-}" ]; then
    BIN=$HUB_BENCH_BIN
    log "using the binaries in $BIN"
else
    BIN=$WORK/bin
    for project in src/Hub.Api src/Hub.Workers src/Hub.Simulators.Host tools/Hub.Bench; do
        out=$(basename "$project")
        out=${out#Hub.}
        out=${out%.Host}
        log "building $project (Release)"
        dotnet build "$project" -c Release -o "$BIN/${out,,}" -v quiet -nologo >"$LOGS/build-${out,,}.log" 2>&1 \
            || { log "build of $project failed"; cat "$LOGS/build-${out,,}.log" >&2; exit 1; }
    done
fi

# await_startup gives up at once while the node has not yet registered with epmd (seen when
# nothing was built first), so retry quietly for a while and let only the last try speak.
for _ in $(seq 1 30); do
    hub_servers_await 2>/dev/null && break
    sleep 1
done
[ -n "${HUB_TEST_RABBITMQ:-}" ] || hub_servers_await
read -r SIM_PORT WORKERS_PORT API_PORT < <(hub__free_ports 3)
PG_PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$HUB_TEST_POSTGRES")
# The hub's migrations create the tables, not the database itself.
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'create database hub_bench' >/dev/null
DB=${HUB_TEST_POSTGRES/Database=postgres/Database=hub_bench}
KEY_SHA256=$(printf '%s' "$API_KEY" | sha256sum | cut -d' ' -f1)

SIM_URL=http://127.0.0.1:$SIM_PORT
# Request logging down to warnings: at Information the simulators write six lines per request,
# CPU that the hub would otherwise have on a small machine.
start_dll simulators "$BIN/simulators" Hub.Simulators.Host.dll DOTNET_ENVIRONMENT=Production \
    Logging__LogLevel__Microsoft.AspNetCore=Warning \
    -- --urls "$SIM_URL" --Simulators:LatencyMs="$SIM_LATENCY_MS"
SIM_PID=$STARTED_PID

# Production mode signs reports (workers) and audit checkpoints (API) with one configured key,
# and encrypts personal data at rest under one master key.
openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$WORK/signing.pem"
openssl rand -base64 32 >"$WORK/master.key"

read -r -a EXTRA_ENV <<<"${BENCH_HUB_ENV:-}"
COMMON=(
    "Signing__CurrentKeyPath=$WORK/signing.pem"
    "Protection__MasterKey__File=$WORK/master.key"
    "${EXTRA_ENV[@]}"
    DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
    Database__Provider=Postgres "Database__ConnectionString=$DB"
    Bus__Transport=RabbitMq "Bus__RabbitMqUrl=$HUB_TEST_RABBITMQ"
)
# The API first: it migrates the fresh database before the workers look at it.
start_dll api "$BIN/api" Hub.Api.dll "${COMMON[@]}" Hub__Sources__0=tax \
    Auth__ApiKeys__0__Name=bench "Auth__ApiKeys__0__KeySha256=$KEY_SHA256" Auth__ApiKeys__0__Role=caller \
    "Auth__ApiKeys__0__Jurisdictions__0=*" "Urls=http://127.0.0.1:$API_PORT"
API_PID=$STARTED_PID
await_http "$SIM_URL/admin/requests" "$SIM_PID" simulators
await_http "http://127.0.0.1:$API_PORT/health/ready" "$API_PID" api

DEPARTMENT_VARS=()
for d in "${DEPARTMENTS[@]}"; do DEPARTMENT_VARS+=("Sources__${d}__BaseUrl=$SIM_URL/$d/"); done
for d in "${SIGNED_DEPARTMENTS[@]}"; do
    DEPARTMENT_VARS+=("Sources__${d}__AppKey=$SIGNING_APP_KEY" "Sources__${d}__AppSecret=$SIGNING_APP_SECRET")
done
start_dll workers "$BIN/workers" Hub.Workers.dll "${COMMON[@]}" "${DEPARTMENT_VARS[@]}" \
    "Urls=http://127.0.0.1:$WORKERS_PORT"
WORKERS_PID=$STARTED_PID
await_http "http://127.0.0.1:$WORKERS_PORT/health/live" "$WORKERS_PID" workers
log "hub up: api $API_PID, workers $WORKERS_PID, simulators $SIM_PID (latency $SIM_LATENCY_MS ms)"

# CPU accounting for the rest of the stack too (PostgreSQL with its per-connection backends, the
# RabbitMQ VM); the pid files are test-servers.sh's, so look for them without relying on them.
CPU_PIDS=$SIM_PID
for f in "${HUB_SRV_DIR:-/nonexistent}/pg/data/postmaster.pid" "${HUB_SRV_DIR:-/nonexistent}/rmq/rabbit.pid"; do
    if [ -s "$f" ]; then CPU_PIDS+=",$(head -n 1 "$f")"; fi
done

bench_rc=0
dotnet "$BIN/bench/Hub.Bench.dll" --url "http://127.0.0.1:$API_PORT" --api-key "$API_KEY" \
    --pids "$API_PID,$WORKERS_PID" --cpu-pids "$CPU_PIDS" --simulator-url "$SIM_URL" --sources "$SOURCES" \
    "$@" || bench_rc=$?
# A hub process that crashed mid-run is a failure even if the bench somehow finished.
for pid in "$API_PID" "$WORKERS_PID"; do
    alive "$pid" || { log "hub process $pid died during the run"; bench_rc=1; }
done
[ "$bench_rc" -eq 0 ] && BENCH_OK=1
exit "$bench_rc"
