# Sourced by the bench scripts: the jar, a service started on it with its own data folder, simulated devices; and the
# CRUD baseline (bench/crud-baseline) the load test compares the service to.
# Expects PORT and KEY; sets JAR, WORK and ADMIN_TOKEN, and PID once the service runs (cleaned up on exit).
JAR=${JAR:-$(ls target/ipp-*.jar 2> /dev/null | head -1 || true)}
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/ipp-*.jar | head -1); fi
WORK=$(mktemp -d)
ADMIN_TOKEN=bench-operator-token-0123456789abcdef
PID=
RECEIVER=
cleanup() {
  local status=$?
  set +e # the service's exit status on SIGTERM (143) is not the script's
  [ -n "$RECEIVER" ] && kill "$RECEIVER" 2> /dev/null
  [ -n "$PID" ] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null
  rm -rf "$WORK"; exit $status
}
trap cleanup EXIT

# start_service [java options...]: the jar on $WORK/data, rate limits off, loopback callbacks, open metrics and the
# operator token; returns when it is ready, with STARTUP set to the seconds that took. With CDS=1 it runs the jar as
# the container image does: extracted, with a class data sharing archive from a training start (made once).
start_service() {
  local jar=$JAR
  if [ "${CDS:-0}" = 1 ]; then
    jar="$WORK/app/$(basename "$JAR")"
    if [ ! -f "$WORK/app/ipp.jsa" ]; then
      java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
      java -XX:ArchiveClassesAtExit="$WORK/app/ipp.jsa" -Dspring.context.exit=onRefresh -jar "$jar" \
        --ipp.data-dir="$WORK/training" --server.port=0 > "$WORK/training.log" 2>&1
      rm -rf "$WORK/training"
    fi
    set -- -XX:SharedArchiveFile="$WORK/app/ipp.jsa" "$@"
  fi
  IPP_RATE_LIMIT_API_KEY=1000000000 IPP_RATE_LIMIT_DEVICE_TOKEN=1000000000 IPP_CALLBACK_ALLOW_LOOPBACK=true \
    IPP_METRICS_OPEN=true IPP_ADMIN_TOKEN=$ADMIN_TOKEN run_jar "$@" -jar "$jar" --ipp.data-dir="$WORK/data"
}

# baseline_jar: sets BASELINE_JAR to bench/crud-baseline's jar, built first when missing
baseline_jar() {
  BASELINE_JAR=$(ls bench/crud-baseline/target/crud-baseline-*.jar 2> /dev/null | head -1 || true)
  if [ -z "$BASELINE_JAR" ]; then
    (cd bench/crud-baseline && ../../mvnw -q -B -DskipTests package)
    BASELINE_JAR=$(ls bench/crud-baseline/target/crud-baseline-*.jar | head -1)
  fi
}

# start_baseline: the CRUD baseline's jar on port $PORT with its PostgreSQL in $WORK/baseline/postgres; returns when
# it is ready, with STARTUP set and PID its JVM's
start_baseline() {
  [ -n "${BASELINE_JAR:-}" ] || baseline_jar
  run_jar -jar "$BASELINE_JAR" --baseline.data-dir="$WORK/baseline/postgres"
}

# run_jar [java options...] -jar JAR [arguments...]: a JVM (256 MB of heap at most) serving on $PORT, its output in
# $WORK/service.log; returns when it reports ready, with PID and STARTUP (the seconds that took) set
run_jar() {
  local began; began=$(date +%s.%N)
  java -Xmx256m "$@" --server.port="$PORT" > "$WORK/service.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 "$PID" 2> /dev/null || { tail -30 "$WORK/service.log"; exit 1; }; sleep 0.05
  done
  STARTUP=$(echo "$(date +%s.%N) - $began" | bc)
}

stop_service() {
  kill "$PID"; wait "$PID" 2> /dev/null || true; PID=
}

# simulated_devices NAME: 64 new simulated devices, their ids one per line (a device holds one open session)
simulated_devices() {
  for i in $(seq 1 64); do
    curl -sf -X POST "http://127.0.0.1:$PORT/ipp/v1/dev/devices" -H "Authorization: Basic $KEY" \
      -H 'Content-Type: application/json' -d "{\"name\": \"$1 $i\"}" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
  done
}

# pg_port: the port of the service's (or the baseline's) embedded PostgreSQL (from its log: the last start's)
pg_port() { grep -o 'jdbc:postgresql://localhost:[0-9]*' "$WORK/service.log" | tail -1 | sed 's/.*://'; }

# cpu PIDS: CPU ticks so far of the processes given; per_request TICKS REQUESTS: milliseconds of CPU per request
# from the ticks spent on that many requests
TICKS=$(getconf CLK_TCK)
cpu() {
  local total=0
  for p in $1; do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo $total
}
per_request() { echo "scale=2; $1 * 1000 / $TICKS / $2" | bc; }

# newest_sessions: the ids of the newest 100 sessions, one per line, into $WORK/sessions (for the GET runs)
newest_sessions() {
  curl -sf "http://127.0.0.1:$PORT/ipp/v1/sessions?page_size=100" -H "Authorization: Basic $KEY" \
    | grep -o '"session_id":"[^"]*"' | cut -d'"' -f4 > "$WORK/sessions"
}
