# Sourced by the bench scripts: the jar, a service started on it with its own data folder, simulated devices.
# Expects PORT and KEY; sets JAR and WORK, and PID once the service runs (cleaned up on exit).
JAR=$(ls target/ipp-*.jar 2> /dev/null | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/ipp-*.jar | head -1); fi
WORK=$(mktemp -d)
PID=
RECEIVER=
cleanup() {
  local status=$?
  [ -n "$RECEIVER" ] && kill "$RECEIVER" 2> /dev/null
  [ -n "$PID" ] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null
  rm -rf "$WORK"; exit $status
}
trap cleanup EXIT

# start_service [java options...]: the jar on $WORK/data, rate limits off, loopback callbacks and open metrics;
# returns when it is ready, with STARTUP set to the seconds that took
start_service() {
  local began; began=$(date +%s.%N)
  IPP_RATE_LIMIT_API_KEY=1000000000 IPP_CALLBACK_ALLOW_LOOPBACK=true IPP_METRICS_OPEN=true \
    java -Xmx512m "$@" -jar "$JAR" --server.port="$PORT" --ipp.data-dir="$WORK/data" > "$WORK/service.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 "$PID" 2> /dev/null || { tail -30 "$WORK/service.log"; exit 1; }; sleep 0.1
  done
  STARTUP=$(echo "$(date +%s.%N) - $began" | bc)
}

# simulated_devices NAME: 64 new simulated devices, their ids one per line (a device holds one open session)
simulated_devices() {
  for i in $(seq 1 64); do
    curl -sf -X POST "http://127.0.0.1:$PORT/ipp/v1/dev/devices" -H "Authorization: Basic $KEY" \
      -H 'Content-Type: application/json' -d "{\"name\": \"$1 $i\"}" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
  done
}
