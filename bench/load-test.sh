#!/usr/bin/env bash
# Load from outside, side by side with the raw commit rate of the same PostgreSQL (durable settings on both):
#   bench/load-test.sh [seconds per scenario (15)]
# Starts the jar on a fresh embedded database (then restarts it, to time a start-up with existing data), runs pgbench
# (a one-row insert per transaction at 1, 4 and 8 clients), then wrk: sessions created and cancelled at 8, 16 and 32
# connections over 64 simulated devices, the same at 16 with callbacks to a receiver on loopback (their latency from
# the service's histogram), and GETs of sessions at 8 connections. CPU per request of the service and of
# PostgreSQL comes from /proc. Writes bench/results/load-<time>.md. Needs wrk and pgbench (Debian: wrk,
# postgresql-client); installs wrk with apt when it runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
PORT=18181
KEY=kco_test_api_demo_key_0123456789abcdef
TICKS=$(getconf CLK_TCK)

command -v wrk > /dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk > /dev/null; }
command -v pgbench > /dev/null || { echo "pgbench is missing (Debian: postgresql-client)"; exit 1; }
source bench/common.sh

if curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then echo "port $PORT is taken"; exit 1; fi
start_service
kill "$PID"; wait "$PID" 2> /dev/null || true
start_service
PGPORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$WORK/service.log" | head -1 | sed 's/.*://')
POSTMASTER=$(head -1 "$WORK/data/postgres/postmaster.pid")

# CPU ticks so far: the service's JVM, and PostgreSQL's postmaster with its backends
cpu() {
  local pids="$1"; local total=0
  for p in $pids; do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo $total
}
pg_pids() { echo "$POSTMASTER $(pgrep -P "$POSTMASTER" | tr '\n' ' ')"; }

psql -q -h localhost -p "$PGPORT" -U postgres -c "create table if not exists raw_commits (id bigserial primary key, v int)" postgres
echo "insert into raw_commits (v) values (1);" > "$WORK/insert.sql"
declare -A RAW
for clients in 1 4 8; do
  RAW[$clients]=$(pgbench -n -h localhost -p "$PGPORT" -U postgres -c $clients -j $clients -T "$SECONDS_PER_RUN" \
    -f "$WORK/insert.sql" postgres 2> /dev/null | awk '/^tps/ {printf "%d", $3}')
done

ROWS=""
for connections in 8 16 32; do
  # devices of its own for each run: the previous run ends with some sessions still open
  simulated_devices "Load $connections" > "$WORK/devices"
  service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
  result=$(wrk -t2 -c$connections -d"${SECONDS_PER_RUN}s" -s bench/wrk/create-cancel.lua "http://127.0.0.1:$PORT" \
    -- "$KEY" "$WORK/devices" 2 | grep '^RESULT')
  service_cpu=$(( $(cpu "$PID") - service_before )); pg_cpu=$(( $(cpu "$(pg_pids)") - pg_before ))
  eval "$(echo "$result" | sed 's/^RESULT //')"
  requests=$((created + cancelled))
  ROWS+="| create + cancel, $connections connections | $(echo "$created / $seconds" | bc) creates/s, $(echo "$requests / $seconds" | bc) requests/s | $p50_ms / $p99_ms | $(echo "scale=2; $service_cpu * 1000 / $TICKS / $requests" | bc) | $(echo "scale=2; $pg_cpu * 1000 / $TICKS / $requests" | bc) | $(echo "scale=2; 100 * $created / $seconds / ${RAW[8]}" | bc) % | $other |
"
done

# the same with a callback endpoint: a receiver on loopback answering 204; latency from each event to the receiver's
# answer, from the service's own histogram (ipp_callback_latency_seconds)
python3 bench/callback-receiver.py $((PORT + 1)) & RECEIVER=$!
curl -sf -X PUT "http://127.0.0.1:$PORT/portal/v1/callback-endpoint" -H "Authorization: Basic $KEY" \
  -H 'Content-Type: application/json' -d "{\"url\": \"http://127.0.0.1:$((PORT + 1))/callbacks\"}" > /dev/null
simulated_devices Callbacks > "$WORK/devices"
service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
result=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -s bench/wrk/create-cancel.lua "http://127.0.0.1:$PORT" \
  -- "$KEY" "$WORK/devices" 2 | grep '^RESULT')
sleep 2
service_cpu=$(( $(cpu "$PID") - service_before )); pg_cpu=$(( $(cpu "$(pg_pids)") - pg_before ))
eval "$(echo "$result" | sed 's/^RESULT //')"
requests=$((created + cancelled))
callbacks=$(curl -sf "http://127.0.0.1:$PORT/actuator/prometheus" | python3 bench/histogram-quantiles.py ipp_callback_latency_seconds)
ROWS+="| create + cancel with 2 callbacks each, 16 connections | $(echo "$created / $seconds" | bc) creates/s, $(echo "$requests / $seconds" | bc) requests/s; callbacks event → receiver: $callbacks | $p50_ms / $p99_ms | $(echo "scale=2; $service_cpu * 1000 / $TICKS / $requests" | bc) | $(echo "scale=2; $pg_cpu * 1000 / $TICKS / $requests" | bc) | $(echo "scale=2; 100 * $created / $seconds / ${RAW[8]}" | bc) % | $other |
"

curl -sf "http://127.0.0.1:$PORT/ipp/v1/sessions?page_size=100" -H "Authorization: Basic $KEY" \
  | grep -o '"session_id":"[^"]*"' | cut -d'"' -f4 > "$WORK/sessions"
service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
result=$(wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s bench/wrk/get-session.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/sessions" \
  | grep '^RESULT')
service_cpu=$(( $(cpu "$PID") - service_before )); pg_cpu=$(( $(cpu "$(pg_pids)") - pg_before ))
eval "$(echo "$result" | sed 's/^RESULT //')"
ROWS+="| GET a session, 8 connections | $(echo "$requests / $seconds" | bc) requests/s | $p50_ms / $p99_ms | $(echo "scale=2; $service_cpu * 1000 / $TICKS / $requests" | bc) | $(echo "scale=2; $pg_cpu * 1000 / $TICKS / $requests" | bc) | | $errors |
"

HEAP=$(jcmd "$PID" GC.heap_info 2> /dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
RSS=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
OUT="bench/results/load-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# Load test $(date -u +%Y-%m-%dT%H:%M:%SZ), ${SECONDS_PER_RUN} s per run, $(nproc) cores"
  echo
  echo "Raw single-row commits/s (pgbench on the same PostgreSQL): 1 client ${RAW[1]}, 4 clients ${RAW[4]}, 8 clients ${RAW[8]}."
  echo "Start-up to ready with existing data: ${STARTUP} s. After the runs: heap used $((HEAP / 1024)) MB, RSS $((RSS / 1024)) MB."
  echo
  echo "| scenario | throughput | latency p50 / p99 ms | service CPU ms per request | PostgreSQL CPU ms per request | creates / raw commits (8 clients) | other answers |"
  echo "|---|---|---|---|---|---|---|"
  printf "%s" "$ROWS"
} | tee "$OUT"
