#!/usr/bin/env bash
# Load from outside, side by side with the raw commit rate of the same PostgreSQL (durable settings on both):
#   bench/load-test.sh [seconds per scenario (15)] [seconds of warm-up (120)]
# Times three start-ups of the jar (a fresh data folder; existing data; existing data with the class data sharing
# archive the container image uses, which then serves the runs). Warms that JVM up with creates, cancels, taps and
# GETs (its JIT compiler takes a core for the first minutes of load; a 15 s run would mostly measure that). Runs
# pgbench (a one-row insert per transaction at 1, 4 and 8 clients), then wrk over 64 simulated devices per run:
# sessions created and cancelled at saturation (8, 16, 32 connections) and paced (at most 25 and 200 sessions/s); full
# lifecycles (create, then a simulated card tap that finalizes the session) with their three callbacks to a receiver
# on loopback, at saturation and paced at 20/s (callback latency from the service's own histogram); GETs at saturation
# and paced at 200/s; dispatch latency to a long-polling device (bench/dispatch-latency.py); and the operator's
# rebuild of every projection from the events all of this stored, three times (the first rebuild of a JVM mostly
# measures its JIT compiler), with the CPU each took. Then, with the service stopped, the same for the CRUD baseline
# (bench/crud-baseline: session create, cancel and GET as plain Spring MVC and JDBC on its own embedded PostgreSQL
# with the same settings; built when its jar is missing): pgbench beside it, 10 s of warm-up, the create + cancel rows
# at 8, 16 and 32 connections and the GET rows; and how many times the baseline's CPU (JVM and PostgreSQL) the
# service spends per create + cancel request at 32 connections. CPU per request of a JVM and of its PostgreSQL comes
# from /proc. Writes target/bench/load-<time>.md and a chart of it, load-<time>.png. Needs wrk, pgbench and gnuplot
# (Debian: wrk, postgresql-client, gnuplot-nox); installs wrk and gnuplot with apt when it runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
WARM_UP_SECONDS=${2:-120}
PORT=18181
KEY=kco_test_api_demo_key_0123456789abcdef

for tool in wrk:wrk gnuplot:gnuplot-nox; do
  command -v "${tool%%:*}" > /dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q "${tool#*:}" > /dev/null; }
done
command -v pgbench > /dev/null || { echo "pgbench is missing (Debian: postgresql-client)"; exit 1; }
source bench/common.sh
baseline_jar

if curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then echo "port $PORT is taken"; exit 1; fi
start_service; STARTUP_FRESH=$STARTUP; stop_service
start_service; STARTUP_PLAIN=$STARTUP; stop_service
CDS=1 start_service; STARTUP_CDS=$STARTUP
PGPORT=$(pg_port)
POSTMASTER=$(head -1 "$WORK/data/postgres/postmaster.pid")

# CPU ticks so far of each kind of the service's threads (their names without numbers): "<name>\t<ticks>" lines
thread_cpu() {
  for task in /proc/"$PID"/task/*; do
    printf '%s\t%s\n' "$(tr -d '0-9' < "$task/comm")" "$(awk '{print $14 + $15}' "$task/stat")"
  done 2> /dev/null | awk -F'\t' '{ticks[$1] += $2} END {for (name in ticks) printf "%s\t%d\n", name, ticks[name]}'
}
# CPU ticks of each kind of the service's threads since thread_cpu wrote FILE: "<name>\t<ticks>" lines
thread_cpu_since() {
  thread_cpu | awk -F'\t' 'NR == FNR {before[$1] = $2; next} {print $1 "\t" $2 - before[$1]}' "$1" -
}
pg_pids() { echo "$POSTMASTER $(pgrep -P "$POSTMASTER" | tr '\n' ' ')"; }
seconds_of() { echo "scale=2; $1 / $TICKS" | bc; }

# raw_commits NAME: single-row commits/s of the PostgreSQL on $PGPORT at 1, 4 and 8 clients (pgbench) into the
# associative array NAME; the 8 clients' figure also into COMMITS_8, what the sessions rows are compared to
raw_commits() {
  local -n raw=$1
  psql -q -h localhost -p "$PGPORT" -U postgres -c "create table if not exists raw_commits (id bigserial primary key, v int)" postgres
  echo "insert into raw_commits (v) values (1);" > "$WORK/insert.sql"
  for clients in 1 4 8; do
    raw[$clients]=$(pgbench -n -h localhost -p "$PGPORT" -U postgres -c $clients -j $clients -T "$SECONDS_PER_RUN" \
      -f "$WORK/insert.sql" postgres 2> /dev/null | awk '/^tps/ {printf "%d", $3}')
  done
  COMMITS_8=${raw[8]}
}
declare -A RAW BASELINE_RAW
raw_commits RAW

if [ "$((WARM_UP_SECONDS / 3))" -gt 0 ]; then
  simulated_devices "Warm-up" > "$WORK/devices"
  for mode in cancel tap; do
    wrk -t2 -c16 -d"$((WARM_UP_SECONDS / 3))s" -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" \
      -- "$KEY" "$WORK/devices" 2 $mode > /dev/null
  done
  newest_sessions
  wrk -t2 -c8 -d"$((WARM_UP_SECONDS / 3))s" -s bench/wrk/get-session.lua "http://127.0.0.1:$PORT" \
    -- "$KEY" "$WORK/sessions" > /dev/null
fi

ROWS=""
CHART=""
declare -A CPU_TICKS # title → "<ticks of the JVM and its PostgreSQL> <requests>", for the comparison with the baseline
thread_cpu > "$WORK/threads-before"
# sessions TITLE CONNECTIONS MODE [RATE]: wrk with bench/wrk/sessions.lua on 64 new devices; adds a row
sessions() {
  local title=$1 connections=$2 mode=$3 rate=${4:-0}
  simulated_devices "$title" > "$WORK/devices"
  local service_before pg_before scrape_before="$WORK/scrape-before"
  if [ "$mode" = tap ]; then curl -sf "http://127.0.0.1:$PORT/actuator/prometheus" > "$scrape_before"; fi
  service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
  local result
  result=$(wrk -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" \
    -- "$KEY" "$WORK/devices" 2 "$mode" "$rate" "$connections" | grep '^RESULT')
  [ "$mode" = tap ] && sleep 2 # the last callbacks
  local service_cpu=$(( $(cpu "$PID") - service_before )) pg_cpu=$(( $(cpu "$(pg_pids)") - pg_before ))
  local created ended other seconds p50_ms p99_ms
  eval "$(echo "$result" | sed 's/^RESULT //')"
  local requests=$((created + ended)) throughput
  throughput="$(echo "$created / $seconds" | bc) sessions/s, $(echo "$requests / $seconds" | bc) requests/s"
  if [ "$mode" = tap ]; then
    throughput+="; callbacks event → receiver: $(curl -sf "http://127.0.0.1:$PORT/actuator/prometheus" \
      | python3 bench/histogram-quantiles.py ipp_callback_latency_seconds "$scrape_before")"
  fi
  ROWS+="| $title | $throughput | $p50_ms / $p99_ms | $(per_request "$service_cpu" "$requests") | $(per_request "$pg_cpu" "$requests") | $(echo "scale=2; 100 * $created / $seconds / $COMMITS_8" | bc) % | $other |
"
  CPU_TICKS[$title]="$((service_cpu + pg_cpu)) $requests"
  CHART+="\"$title\" $(echo "$requests / $seconds" | bc) $p99_ms
"
}

sessions "create + cancel, 8 connections" 8 cancel
sessions "create + cancel, 16 connections" 16 cancel
sessions "create + cancel, 32 connections" 32 cancel
sessions "create + cancel, at most 25 sessions/s" 8 cancel 25
sessions "create + cancel, at most 200 sessions/s" 32 cancel 200

python3 bench/callback-receiver.py $((PORT + 1)) & RECEIVER=$!
curl -sf -X PUT "http://127.0.0.1:$PORT/portal/v1/callback-endpoint" -H "Authorization: Basic $KEY" \
  -H 'Content-Type: application/json' -d "{\"url\": \"http://127.0.0.1:$((PORT + 1))/callbacks\"}" > /dev/null
sessions "lifecycle (create, tap) with 3 callbacks, 16 connections" 16 tap
sessions "lifecycle with 3 callbacks, at most 20/s" 8 tap 20

newest_sessions
# gets TITLE CONNECTIONS [RATE]: wrk with bench/wrk/get-session.lua over the newest 100 sessions; adds a row
gets() {
  local title=$1 connections=$2 rate=${3:-0}
  local service_before pg_before result requests errors seconds p50_ms p99_ms
  service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
  result=$(wrk -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" -s bench/wrk/get-session.lua "http://127.0.0.1:$PORT" \
    -- "$KEY" "$WORK/sessions" "$rate" "$connections" | grep '^RESULT')
  local service_cpu=$(( $(cpu "$PID") - service_before )) pg_cpu=$(( $(cpu "$(pg_pids)") - pg_before ))
  eval "$(echo "$result" | sed 's/^RESULT //')"
  ROWS+="| $title | $(echo "$requests / $seconds" | bc) requests/s | $p50_ms / $p99_ms | $(per_request "$service_cpu" "$requests") | $(per_request "$pg_cpu" "$requests") | | $errors |
"
  CHART+="\"$title\" $(echo "$requests / $seconds" | bc) $p99_ms
"
}
gets "GET a session, 8 connections" 8
gets "GET a session, at most 200/s" 8 200

# where the service's CPU went over all the runs above (threads that ended meanwhile are not counted)
THREADS=$(thread_cpu_since "$WORK/threads-before" | awk -F'\t' '{used[$1] = $2; total += $2}
  END {for (name in used) if (used[name] * 100 >= total) printf "%d\t%s\n", used[name] * 100 / total, name}' \
  | sort -rn | awk -F'\t' '{printf "%s%s %d %%", (NR > 1 ? ", " : ""), $2, $1}')
DISPATCH=$(python3 bench/dispatch-latency.py "$PORT" "$KEY" 200)

EVENTS=$(psql -tA -h localhost -p "$PGPORT" -U postgres -c "select count(*) from domain_event_entry" postgres)
# three times: the first rebuild of a JVM is mostly its JIT compiler at work; the later ones what a running service
# does (the compiler still takes a share: the replay runs code the live load does not)
REPLAYS=""
for rebuild in first second third; do
  thread_cpu > "$WORK/rebuild-threads"; service_before=$(cpu "$PID"); pg_before=$(cpu "$(pg_pids)")
  curl -sf -X POST "http://127.0.0.1:$PORT/admin/v1/projections/rebuild" -H "Authorization: Bearer $ADMIN_TOKEN" > /dev/null
  began=$(date +%s.%N)
  until REBUILD=$(curl -sf "http://127.0.0.1:$PORT/admin/v1/projections/rebuild" -H "Authorization: Bearer $ADMIN_TOKEN" \
    | grep -o '"state":"[A-Z]*"' | grep -v RUNNING); do sleep 0.05; done
  REPLAY_SECONDS=$(echo "$(date +%s.%N) - $began" | bc)
  service_cpu=$(seconds_of $(( $(cpu "$PID") - service_before )))
  pg_cpu=$(seconds_of $(( $(cpu "$(pg_pids)") - pg_before )))
  jit_cpu=$(seconds_of "$(thread_cpu_since "$WORK/rebuild-threads" | awk -F'\t' '/CompilerThre/ {used += $2}
    END {print used + 0}')")
  REPLAYS="$REPLAYS${REPLAYS:+; }the $rebuild (${REBUILD#*:}) took $REPLAY_SECONDS s"
  REPLAYS="$REPLAYS ($(echo "$EVENTS / $REPLAY_SECONDS" | bc) events/s; CPU: the service $service_cpu s, of which its JIT"
  REPLAYS="$REPLAYS compiler $jit_cpu s, PostgreSQL $pg_cpu s)"
  sleep 1
done

HEAP=$(jcmd "$PID" GC.heap_info 2> /dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
jcmd "$PID" GC.run > /dev/null
LIVE=$(jcmd "$PID" GC.heap_info 2> /dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
RSS=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
stop_service

# the CRUD baseline, alone on the machine as the service was: its own JVM and PostgreSQL on a fresh data folder
start_baseline; BASELINE_STARTUP=$STARTUP
PGPORT=$(pg_port)
POSTMASTER=$(head -1 "$WORK/baseline/postgres/postmaster.pid")
raw_commits BASELINE_RAW
simulated_devices "baseline: warm-up" > "$WORK/devices"
wrk -t2 -c16 -d10s -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/devices" 2 cancel > /dev/null
sessions "baseline: create + cancel, 8 connections" 8 cancel
sessions "baseline: create + cancel, 16 connections" 16 cancel
sessions "baseline: create + cancel, 32 connections" 32 cancel
newest_sessions
gets "baseline: GET a session, 8 connections" 8
gets "baseline: GET a session, at most 200/s" 8 200
stop_service
# ticks per request of the service (JVM and PostgreSQL) over the baseline's, at 32 connections
read -r service_ticks service_requests <<< "${CPU_TICKS["create + cancel, 32 connections"]}"
read -r baseline_ticks baseline_requests <<< "${CPU_TICKS["baseline: create + cancel, 32 connections"]}"
TIMES_BASELINE=$(LC_NUMERIC=C printf '%.1f' "$(echo "scale=4; $service_ticks * $baseline_requests / $service_requests / $baseline_ticks" | bc)")

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p target/bench
OUT="target/bench/load-$STAMP.md"
{
  echo "# Load test $(date -u +%Y-%m-%dT%H:%M:%SZ), ${SECONDS_PER_RUN} s per run after ${WARM_UP_SECONDS} s of warm-up, $(nproc) cores"
  echo
  echo "Raw single-row commits/s (pgbench on the same PostgreSQL): 1 client ${RAW[1]}, 4 clients ${RAW[4]}, 8 clients ${RAW[8]}."
  echo
  echo "Start-up to ready: fresh data folder ${STARTUP_FRESH} s; existing data ${STARTUP_PLAIN} s; existing data with the"
  echo "class data sharing archive (as the container image starts) ${STARTUP_CDS} s."
  echo "The service's CPU over the wrk runs, by thread (at least 1 %): $THREADS."
  echo "Dispatch, create sent → long poll answered: $DISPATCH."
  echo "Replay, rebuilding every projection from $EVENTS events: $REPLAYS."
  echo "After the runs: heap used $((HEAP / 1024)) MB ($((LIVE / 1024)) MB after a full collection), RSS $((RSS / 1024)) MB."
  echo
  echo "The baseline (rows \"baseline:\"; bench/crud-baseline: plain Spring MVC and JDBC, a create and a cancel one transaction"
  echo "each, on its own embedded PostgreSQL with the same settings and a pool of 20) after 10 s of warm-up; start-up to ready"
  echo "on a fresh data folder ${BASELINE_STARTUP} s; raw single-row commits/s on its PostgreSQL: 1 client ${BASELINE_RAW[1]},"
  echo "4 clients ${BASELINE_RAW[4]}, 8 clients ${BASELINE_RAW[8]}."
  echo "CPU per create + cancel request at 32 connections, JVM and PostgreSQL: the service ${TIMES_BASELINE}× the baseline."
  echo
  echo "| scenario | throughput | latency p50 / p99 ms | service CPU ms per request | PostgreSQL CPU ms per request | sessions / raw commits (8 clients) | other answers |"
  echo "|---|---|---|---|---|---|---|"
  printf "%s" "$ROWS"
} | tee "$OUT"

printf "%s" "$CHART" > "$WORK/chart.dat"
gnuplot <<EOF
set terminal pngcairo size 1400,800 font ",10"
set output "target/bench/load-$STAMP.png"
set multiplot layout 1,2 title "Load test $STAMP, ${SECONDS_PER_RUN} s per run; raw commits/s at 8 clients: ${RAW[8]}"
set style data histograms
set style fill solid 0.8
set boxwidth 0.8
set xtics rotate by -40 scale 0
set grid ytics
set key off
set logscale y
set title "requests per second (log scale)"
plot "$WORK/chart.dat" using 2:xtic(1) linecolor rgb "#3b6fb6"
unset logscale y
set title "latency p99, ms"
plot "$WORK/chart.dat" using 3:xtic(1) linecolor rgb "#c0504d"
unset multiplot
EOF
echo "Chart: target/bench/load-$STAMP.png"
