#!/usr/bin/env bash
# A Samverkan cluster on loopback for a developer: PostgreSQL, Redis, two nodes and HAProxy in front of them.
#
#   scripts/cluster.sh start     build, then start everything; the service answers on http://127.0.0.1:5080
#   scripts/cluster.sh stop      stop the nodes and the proxy (PostgreSQL and Redis keep running)
#   scripts/cluster.sh status    what runs, and each node's /health
#   scripts/cluster.sh kill a|b  kill -9 one node (to watch the other carry on); `start` brings it back
#
# Needs Debian's postgresql, redis-server and haproxy (apt-get install -y postgresql redis-server haproxy).
# Settings (environment): CLUSTER_DB (samverkan_cluster), CLUSTER_PORT (5080; the nodes use the next two ports).
# Everything it writes is under .cluster/ in the repository: the build, each node's folder and log, the proxy's config.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state="$root/.cluster"
db=${CLUSTER_DB:-samverkan_cluster}
port=${CLUSTER_PORT:-5080}
nodes=(a b)
connection="Host=127.0.0.1;Port=5432;Database=$db;Username=samverkan;Password=samverkan"

say() { printf '%s\n' "$*" >&2; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -c "$1"
    else
        sudo -u postgres sh -c "$1"
    fi
}

node_port() { [ "$1" = a ] && echo $((port + 1)) || echo $((port + 2)); }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_postgres() {
    command -v pg_lsclusters >/dev/null || { say "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
    local version
    version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
    [ -n "$version" ] || { say "No PostgreSQL cluster: pg_createcluster 15 main"; exit 1; }
    if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
        # pg_ctlcluster runs the server as the postgres user; the server refuses to run as root.
        pg_ctlcluster "$version" main start
    fi
    as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'samverkan'\"" | grep -q 1 \
        || as_postgres "psql -qc \"CREATE ROLE samverkan LOGIN PASSWORD 'samverkan' CREATEDB\""
    # The first node creates the database itself if it is missing; the role only needs CREATEDB.
}

start_redis() {
    command -v redis-server >/dev/null || { say "Redis is missing: apt-get install -y redis-server"; exit 1; }
    if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
        redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no
        for _ in $(seq 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.1; done
    fi
}

build() {
    say "Building the service into .cluster/bin"
    dotnet build src/Host -c Release -o "$state/bin" -v quiet -nologo >/dev/null
}

start_node() {
    local name=$1 folder="$state/node-$1"
    if pid_alive "$folder/pid"; then
        say "node $name already runs (pid $(cat "$folder/pid"))"
        return
    fi
    mkdir -p "$folder"
    (
        cd "$folder"
        export Samverkan__Storage__Provider=PostgreSql \
            ConnectionStrings__Samverkan="$connection" \
            ConnectionStrings__Redis=127.0.0.1:6379 \
            Samverkan__Cluster__Nodes=${#nodes[@]} \
            Samverkan__NodeName="node-$name" \
            Samverkan__WorkflowsPath="$root/workflows" \
            Samverkan__RulesPath="$root/workflows/rules" \
            Samverkan__Auth__SeedDemoUsers=true \
            ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
        nohup dotnet "$state/bin/Samverkan.Host.dll" --urls "http://127.0.0.1:$(node_port "$name")" >>"$folder/node.log" 2>&1 &
        echo $! >"$folder/pid"
    )
    say "node $name starting on http://127.0.0.1:$(node_port "$name") (log: .cluster/node-$name/node.log)"
}

wait_healthy() {
    local name=$1 url
    url="http://127.0.0.1:$(node_port "$name")/health"
    for _ in $(seq 120); do
        curl -fs "$url" >/dev/null 2>&1 && { say "node $name is healthy"; return; }
        pid_alive "$state/node-$name/pid" || { say "node $name stopped; see .cluster/node-$name/node.log"; tail -20 "$state/node-$name/node.log" >&2; exit 1; }
        sleep 1
    done
    say "node $name did not become healthy in 120 s; see .cluster/node-$name/node.log"
    exit 1
}

start_proxy() {
    command -v haproxy >/dev/null || { say "HAProxy is missing: apt-get install -y haproxy"; exit 1; }
    pid_alive "$state/haproxy.pid" && return
    sed -e "s/@PORT@/$port/" -e "s/@PORT_A@/$(node_port a)/" -e "s/@PORT_B@/$(node_port b)/" \
        docs/deployment/haproxy.cfg >"$state/haproxy.cfg"
    haproxy -f "$state/haproxy.cfg" -D -p "$state/haproxy.pid"
    say "HAProxy on http://127.0.0.1:$port (sticky per browser, WebSockets passed through)"
}

stop_pid() {
    if pid_alive "$1"; then
        kill "$(cat "$1")" 2>/dev/null || true
        for _ in $(seq 50); do pid_alive "$1" || break; sleep 0.2; done
    fi
    rm -f "$1"
}

case "${1:-}" in
start)
    mkdir -p "$state"
    start_postgres
    start_redis
    build
    # One start-up at a time is the service's own business (an advisory lock); both may start at once.
    for n in "${nodes[@]}"; do start_node "$n"; done
    for n in "${nodes[@]}"; do wait_healthy "$n"; done
    start_proxy
    say "Open http://127.0.0.1:$port (demo users: docs/security.md)."
    ;;
stop)
    stop_pid "$state/haproxy.pid"
    for n in "${nodes[@]}"; do stop_pid "$state/node-$n/pid"; done
    say "Stopped the nodes and the proxy; PostgreSQL and Redis still run."
    ;;
status)
    for n in "${nodes[@]}"; do
        if pid_alive "$state/node-$n/pid"; then
            printf 'node %s (pid %s): %s\n' "$n" "$(cat "$state/node-$n/pid")" "$(curl -s "http://127.0.0.1:$(node_port "$n")/health" || echo 'no answer')"
        else
            printf 'node %s: stopped\n' "$n"
        fi
    done
    pid_alive "$state/haproxy.pid" && echo "proxy: http://127.0.0.1:$port" || echo "proxy: stopped"
    ;;
kill)
    n=${2:?which node: a or b}
    pid_alive "$state/node-$n/pid" || { say "node $n is not running"; exit 1; }
    kill -9 "$(cat "$state/node-$n/pid")"
    rm -f "$state/node-$n/pid"
    say "node $n killed with SIGKILL; 'scripts/cluster.sh start' brings it back"
    ;;
*)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
