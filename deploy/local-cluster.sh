#!/usr/bin/env bash
# A three-node Kafka cluster (KRaft, separate processes) and a schema registry on this machine, from the
# dyadwatch jar alone: for trying dyadwatch against a real multi-broker cluster without installing Kafka.
#
#   deploy/local-cluster.sh start [DIR]   start nodes 1-3 (clients on 19092-19094) and the registry (18081)
#   deploy/local-cluster.sh stop  [DIR]   stop them all at once (a KRaft cluster stopped node by node hangs)
#
# Then: bin/dyadwatch topics create --bootstrap-servers localhost:19092 --config deploy/local-cluster.properties
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${2:-$home/data/local-cluster}"
launcher="$home/bin/dyadwatch"
voters="1@localhost:19192,2@localhost:19193,3@localhost:19194"

start() {
  mkdir -p "$dir"
  "$launcher" --version >/dev/null   # builds the jar once, before the nodes start
  local cluster_id
  if [ -f "$dir/cluster-id" ]; then cluster_id="$(cat "$dir/cluster-id")"; else
    cluster_id="$("$launcher" broker --new-cluster-id)"; echo "$cluster_id" > "$dir/cluster-id"; fi
  for node in 1 2 3; do
    nohup "$launcher" broker --node-id "$node" --port $((19091 + node)) --controller-port $((19191 + node)) \
      --controller-quorum-voters "$voters" --cluster-id "$cluster_id" --data-dir "$dir/node-$node" \
      >"$dir/node-$node.log" 2>&1 &
    echo $! > "$dir/node-$node.pid"
  done
  for node in 1 2 3; do wait_for "$dir/node-$node.log" "Kafka broker listening"; done
  DYADWATCH_TOPIC_REPLICATION_FACTOR=3 nohup "$launcher" registry \
    --bootstrap-servers localhost:19092,localhost:19093,localhost:19094 --port 18081 >"$dir/registry.log" 2>&1 &
  echo $! > "$dir/registry.pid"
  wait_for "$dir/registry.log" "Schema registry listening"
  echo "cluster up: bootstrap localhost:19092,localhost:19093,localhost:19094, registry http://localhost:18081 (logs in $dir)"
}

wait_for() {
  for _ in $(seq 1 120); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  echo "timed out waiting for '$2' in $1" >&2; tail -n 20 "$1" >&2; exit 1
}

stop() {
  local pids=()
  for f in "$dir"/registry.pid "$dir"/node-*.pid; do [ -f "$f" ] && pids+=("$(cat "$f")") && rm -f "$f"; done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  for pid in "${pids[@]:-}"; do [ -n "$pid" ] && while kill -0 "$pid" 2>/dev/null; do sleep 1; done; done
  echo "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
