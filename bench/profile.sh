#!/usr/bin/env bash
# Where a create's CPU goes: runs the jar with Java Flight Recorder while wrk creates and cancels sessions (or, with
# mode "tap", pays them with a simulated card tap, their three callbacks sent to a receiver on loopback), then prints
# the share of CPU samples per component (a sample counts for every component on its stack), per thread, and the
# hottest frames. PROFILE_SAMPLES=<file> keeps the samples (JSON) for a closer look.
#   bench/profile.sh [seconds (20)] [connections (16)] [seconds of warm-up (60): the JIT compiler's first minutes]
#                    [mode: cancel (default) or tap]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-20}
CONNECTIONS=${2:-16}
WARM_UP_SECONDS=${3:-60}
MODE=${4:-cancel}
PORT=18182
KEY=kco_test_api_demo_key_0123456789abcdef
source bench/common.sh

start_service -XX:FlightRecorderOptions:stackdepth=512
simulated_devices Profile > "$WORK/devices"
if [ "$MODE" = tap ]; then
  python3 bench/callback-receiver.py $((PORT + 1)) & RECEIVER=$!
  curl -sf -X PUT "http://127.0.0.1:$PORT/portal/v1/callback-endpoint" -H "Authorization: Basic $KEY" \
    -H 'Content-Type: application/json' -d "{\"url\": \"http://127.0.0.1:$((PORT + 1))/callbacks\"}" > /dev/null
fi
# a warm-up, then the recording that counts
wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP_SECONDS}s" -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" -- "$KEY" "$WORK/devices" 2 "$MODE" > /dev/null
jcmd "$PID" JFR.start name=load settings=profile > /dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_OF_LOAD}s" -s bench/wrk/sessions.lua "http://127.0.0.1:$PORT" \
  -- "$KEY" "$WORK/devices" 2 "$MODE" | grep '^RESULT'
jcmd "$PID" JFR.stop name=load filename="$WORK/load.jfr" > /dev/null
jfr print --stack-depth 512 --json --events jdk.ExecutionSample "$WORK/load.jfr" > "$WORK/samples.json"
cp "$WORK/samples.json" "${PROFILE_SAMPLES:-/dev/null}" 2> /dev/null || true
python3 bench/profile-summary.py "$WORK/samples.json"
