#!/usr/bin/env bash
# Before / after: runs without and then with extra JVM options, alternating, so that the machine's drift falls on
# both sides alike. Prints a Markdown row per run. AFTER_JAR=<jar> runs "after" on that jar instead (a change of
# code: build the "before" jar from the older commit, e.g. in a git worktree).
#   bench/ab.sh load <rounds> <java options of "after"...>
#     each run: a fresh data folder, 60 s of create + cancel to warm up, then 20 s of create + cancel at 16
#     connections and 20 s of GETs at 8 connections, with the service's CPU per request from /proc
#   bench/ab.sh startup <rounds> <java options of "after"...>
#     each run: a start-up on the same existing data folder (plain jar; CDS=1 for the image's CDS archive)
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=$1 ROUNDS=$2
shift 2
PORT=18193
KEY=kco_test_api_demo_key_0123456789abcdef
source bench/common.sh

load_run() {
  local label=$1; shift
  start_service "$@"
  simulated_devices warm-up > "$WORK/devices"
  wrk -t2 -c16 -d60s -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/devices" 2 cancel > /dev/null
  simulated_devices measured > "$WORK/devices"
  local before result created ended other seconds p50_ms p99_ms requests errors sessions_row
  before=$(cpu "$PID")
  result=$(wrk -t2 -c16 -d20s -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/devices" 2 cancel \
    | grep '^RESULT')
  eval "$(echo "$result" | sed 's/^RESULT //')"
  sessions_row="$(echo "$created / $seconds" | bc), $p50_ms / $p99_ms, $(per_request $(( $(cpu "$PID") - before )) $((created + ended)))"
  newest_sessions
  before=$(cpu "$PID")
  result=$(wrk -t2 -c8 -d20s -s bench/wrk/get-session.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/sessions" \
    | grep '^RESULT')
  eval "$(echo "$result" | sed 's/^RESULT //')"
  echo "| $label | $sessions_row | $(echo "$requests / $seconds" | bc), $p50_ms / $p99_ms, $(per_request $(( $(cpu "$PID") - before )) "$requests") |"
  stop_service
  rm -rf "$WORK/data"
}

startup_run() {
  local label=$1; shift
  start_service "$@"
  echo "| $label | $STARTUP s |"
  stop_service
}

case "$MODE" in
  load)
    echo "| run | create + cancel: sessions/s, p50 / p99 ms, service CPU ms per request | GET: requests/s, p50 / p99 ms, service CPU ms per request |"
    echo "|---|---|---|" ;;
  startup)
    start_service; stop_service # the existing data folder
    echo "| run | start-up to ready |"
    echo "|---|---|" ;;
  *) echo "usage: bench/ab.sh load|startup <rounds> <java options...>"; exit 1 ;;
esac
for round in $(seq 1 "$ROUNDS"); do
  "${MODE}_run" "before $round"
  JAR=${AFTER_JAR:-$JAR} "${MODE}_run" "after $round" "$@"
done
