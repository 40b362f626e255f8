# shellcheck shell=bash
# Throwaway PostgreSQL 15 + RabbitMQ 3.10 for the test run. Sourced by test.sh.
# Everything lives in one temp dir on random loopback ports, so it never clashes
# with system instances or with a second run on the same machine.
#
#   hub_servers_install   apt-install postgresql / rabbitmq-server if missing
#   hub_servers_start     start both; RabbitMQ boots in the background
#   hub_servers_await     wait for RabbitMQ and export HUB_TEST_* vars
#   hub_servers_stop      stop both, delete the temp dir (quiet, idempotent)

HUB_PG_BIN=/usr/lib/postgresql/15/bin
HUB_RMQ_BIN=/usr/lib/rabbitmq/bin # the real scripts; /usr/sbin wrappers force the system cookie and log dir
HUB_EPMD=/usr/bin/epmd

hub__log() { echo "[test-servers] $*" >&2; }

hub__is_root() { [ "$(id -u)" -eq 0 ]; }

# As root, run as a service user (initdb/postgres refuse root; rabbitmq-server
# would switch users anyway). A developer runs everything as themselves.
hub__as() {
    local user=$1
    shift
    # cd: the service user may not be allowed into the caller's directory.
    if hub__is_root; then (cd / && runuser -u "$user" -- "$@"); else "$@"; fi
}

hub__own() {
    local user=$1
    shift
    if hub__is_root; then chown -R "$user:" "$@"; fi
}

hub__have_rabbitmq() {
    command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || return 1
    command -v rabbitmqctl >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmqctl ]
}

hub_servers_install() {
    local pkgs=()
    [ -x "$HUB_PG_BIN/postgres" ] || pkgs+=(postgresql)
    hub__have_rabbitmq || pkgs+=(rabbitmq-server)
    command -v python3 >/dev/null 2>&1 || pkgs+=(python3) # free ports, TRX totals
    [ ${#pkgs[@]} -eq 0 ] && return 0

    hub__is_root || { hub__log "missing packages: ${pkgs[*]} (install them as root)"; return 1; }
    hub__log "installing ${pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || return 1
    apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null || return 1
    # The packages may auto-start system instances; they'd only eat RAM/CPU.
    # We never use them, so failures here don't matter.
    if [[ " ${pkgs[*]} " == *" rabbitmq-server "* ]]; then
        service rabbitmq-server stop >/dev/null 2>&1 || true
    fi
    if [[ " ${pkgs[*]} " == *" postgresql "* ]]; then
        pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
    fi
}

# Prints N distinct free TCP ports on 127.0.0.1. All sockets are held open
# until every port is picked, so the N ports never collide with each other.
hub__free_ports() {
    python3 - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

hub_servers_start() {
    hub_servers_stop # in case of a previous call in the same shell
    HUB_SRV_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hubtest.XXXXXX")
    chmod 755 "$HUB_SRV_DIR" # service users must traverse it
    read -r HUB_PG_PORT HUB_RMQ_PORT HUB_RMQ_DIST_PORT HUB_RMQ_MGMT_PORT HUB_RMQ_EPMD_PORT \
        < <(hub__free_ports 5)
    HUB_RMQ_NODE="hubtest$$@localhost"

    # RabbitMQ first: it is the slow one, it boots while initdb runs.
    hub__rmq_launch
    hub__pg_start
}

hub__pg_start() {
    local d="$HUB_SRV_DIR/pg"
    mkdir -p "$d/sock"
    hub__own postgres "$d"
    # --no-sync / fsync=off etc.: the data is thrown away, durability is pointless.
    hub__as postgres "$HUB_PG_BIN/initdb" -D "$d/data" -U postgres --auth=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$d/initdb.log" 2>&1 \
        || { cat "$d/initdb.log" >&2; return 1; }
    # listen_addresses=127.0.0.1 only: never expose a trust-auth server.
    hub__as postgres "$HUB_PG_BIN/pg_ctl" -D "$d/data" -l "$d/postgres.log" -w -t 60 \
        -o "-p $HUB_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$d/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { cat "$d/postgres.log" >&2; return 1; }
    local i
    for i in $(seq 1 100); do
        pg_isready -q -h 127.0.0.1 -p "$HUB_PG_PORT" -U postgres && break
        [ "$i" -eq 100 ] && { hub__log "postgres did not become ready"; cat "$d/postgres.log" >&2; return 1; }
        sleep 0.1
    done

    export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$HUB_PG_PORT;Username=postgres;Database=postgres;Include Error Detail=true"
}

hub__rmq_launch() {
    local d="$HUB_SRV_DIR/rmq"
    mkdir -p "$d/home" "$d/mnesia" "$d/log"
    # Private Erlang cookie in a private HOME: the server and our rabbitmqctl
    # wrapper share it, no matter which user runs them or what the system cookie is.
    (umask 077 && od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$d/home/.erlang.cookie")
    chmod 400 "$d/home/.erlang.cookie"
    printf '[rabbitmq_management].\n' >"$d/enabled_plugins"
    cat >"$d/rabbitmq.conf" <<EOF
management.tcp.ip = 127.0.0.1
management.tcp.port = $HUB_RMQ_MGMT_PORT
log.console = false
log.file.level = warning
EOF
    hub__own rabbitmq "$d"

    # Private epmd port too: a system epmd (or another run's) can't interfere,
    # and at the end we know exactly which epmd is ours to kill.
    HUB_RMQ_ENV=(
        HOME="$d/home"
        ERL_EPMD_PORT="$HUB_RMQ_EPMD_PORT"
        ERL_EPMD_ADDRESS=127.0.0.1
        RABBITMQ_NODENAME="$HUB_RMQ_NODE"
        RABBITMQ_USE_LONGNAME=false
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
        RABBITMQ_NODE_PORT="$HUB_RMQ_PORT"
        RABBITMQ_DIST_PORT="$HUB_RMQ_DIST_PORT"
        RABBITMQ_MNESIA_BASE="$d/mnesia"
        RABBITMQ_LOG_BASE="$d/log"
        RABBITMQ_PID_FILE="$d/rabbit.pid"
        RABBITMQ_CONFIG_FILE="$d/rabbitmq.conf"
        RABBITMQ_ADVANCED_CONFIG_FILE="$d/advanced.config"
        RABBITMQ_ENABLED_PLUGINS_FILE="$d/enabled_plugins"
        RABBITMQ_CONF_ENV_FILE="$d/rabbitmq-env.conf"
        RABBITMQ_SCHEDULER_BIND_TYPE=u # don't pin schedulers to cores shared with dotnet
        ERL_CRASH_DUMP="$d/erl_crash.dump"
    )

    # Wrapper so tests can run e.g. "$HUB_TEST_RABBITMQCTL list_queues" as one command.
    cat >"$HUB_SRV_DIR/rabbitmqctl" <<EOF
#!/bin/sh
exec env $(printf "'%s' " "${HUB_RMQ_ENV[@]}")"$HUB_RMQ_BIN/rabbitmqctl" -q -n "$HUB_RMQ_NODE" "\$@"
EOF
    chmod 755 "$HUB_SRV_DIR/rabbitmqctl"

    hub__as rabbitmq env "${HUB_RMQ_ENV[@]}" "$HUB_EPMD" -daemon -port "$HUB_RMQ_EPMD_PORT" -address 127.0.0.1
    # exec, so that $! is runuser itself and the stop can wait for it.
    (
        cd /
        if hub__is_root; then as=(runuser -u rabbitmq --); else as=(); fi
        exec "${as[@]}" env "${HUB_RMQ_ENV[@]}" "$HUB_RMQ_BIN/rabbitmq-server"
    ) >"$d/server.out" 2>&1 </dev/null &
    HUB_RMQ_LAUNCHER_PID=$!
}

hub_servers_await() {
    local d="$HUB_SRV_DIR/rmq"
    if ! timeout 60 "$HUB_SRV_DIR/rabbitmqctl" await_startup --timeout 55 >/dev/null 2>"$d/await.err"; then
        hub__log "rabbitmq did not start; await_startup said:"
        cat "$d/await.err" "$d/server.out" "$d/log/"*.log >&2 2>/dev/null || true
        return 1
    fi
    export HUB_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$HUB_RMQ_PORT/"
    export HUB_TEST_RABBITMQ_NODE="$HUB_RMQ_NODE"
    export HUB_TEST_RABBITMQCTL="$HUB_SRV_DIR/rabbitmqctl"
    export HUB_TEST_RABBITMQ_MANAGEMENT="http://guest:guest@127.0.0.1:$HUB_RMQ_MGMT_PORT/"
}

# A zombie still answers kill -0; here (and under some CI inits) the orphans we
# leave are reaped late, so count only processes that still run.
hub__alive() {
    local st
    st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ $st != Z* ]]
}

# Ask a process to exit, then SIGKILL it if it hasn't within 5 s.
hub__kill() {
    local pid=$1 i
    [ -n "$pid" ] && hub__alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do
        hub__alive "$pid" || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

# Silent and safe to call any number of times, also half-way through a start.
hub_servers_stop() {
    [ -n "${HUB_SRV_DIR:-}" ] && [ -d "$HUB_SRV_DIR" ] || return 0
    local d=$HUB_SRV_DIR pid
    {
        if [ -d "$d/pg/data" ]; then
            hub__as postgres "$HUB_PG_BIN/pg_ctl" -D "$d/pg/data" -m immediate -w -t 20 stop || true
        fi
        # SIGKILL: an orderly stop (SIGTERM / rabbitmqctl stop) takes ~5 s,
        # and the node's data is deleted right after anyway.
        if [ -s "$d/rmq/rabbit.pid" ]; then kill -KILL "$(cat "$d/rmq/rabbit.pid")" || true; fi
        # Any VM of ours still alive (e.g. interrupted before the pid file existed); beam
        # carries its HOME on the command line, and that path is unique to this run.
        for pid in $(pgrep -f -- "-home $d/rmq/home" || true); do kill -KILL "$pid" || true; done
        hub__kill "${HUB_RMQ_LAUNCHER_PID:-}"
        if [ -n "${HUB_RMQ_EPMD_PORT:-}" ]; then
            env ERL_EPMD_PORT="$HUB_RMQ_EPMD_PORT" "$HUB_EPMD" -kill || true
            for pid in $(pgrep -f -- "epmd -daemon -port $HUB_RMQ_EPMD_PORT" || true); do hub__kill "$pid"; done
        fi
    } >/dev/null 2>&1
    rm -rf "$d"
    HUB_SRV_DIR=
    unset HUB_TEST_POSTGRES HUB_TEST_RABBITMQ HUB_TEST_RABBITMQ_NODE HUB_TEST_RABBITMQCTL HUB_TEST_RABBITMQ_MANAGEMENT
}
