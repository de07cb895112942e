#!/usr/bin/env bash
# What one operation costs the database, counted rather than timed (so a small change shows without the machine's
# noise): SQL statements and transactions per create, GET, cancel and full lifecycle (create, simulated card tap, its
# three callbacks delivered to a receiver on loopback). PostgreSQL counts them itself (pg_stat_statements and
# pg_stat_database) while the operations are sent one at a time, each waiting for the one before: the processors
# then get one event per transaction, the most statements an operation can cost. What the idle service spends in as
# long (pollers, claim renewals) is measured first and taken off. Writes target/bench/sql-<time>.md.
#   bench/sql-count.sh [operations per kind (60, at most 64: one simulated device each)]
set -euo pipefail
cd "$(dirname "$0")/.."
OPERATIONS=${1:-60}
PORT=18195
KEY=kco_test_api_demo_key_0123456789abcdef
source bench/common.sh
command -v psql > /dev/null || { echo "psql is missing (Debian: postgresql-client)"; exit 1; }

sql() { psql -qtA -h localhost -p "$(pg_port)" -U postgres -c "$1" postgres; }
api() { curl -sf -X "$1" "http://127.0.0.1:$PORT$2" -H "Authorization: Basic $KEY" -H 'Content-Type: application/json' \
  ${3:+-d "$3"}; }

# pg_stat_statements has to be loaded when PostgreSQL starts: set it in the data folder, then start again
start_service
sql "alter system set shared_preload_libraries = 'pg_stat_statements'"
stop_service
start_service
sql "create extension if not exists pg_stat_statements"
simulated_devices sql-count > "$WORK/all-devices"
head -"$OPERATIONS" "$WORK/all-devices" > "$WORK/devices"
python3 bench/callback-receiver.py $((PORT + 1)) & RECEIVER=$!

# counters: the statements the service ran (not this script's) and the transactions of the database
counters() {
  sql "select pg_stat_clear_snapshot()" > /dev/null
  sql "select coalesce(sum(calls), 0) from pg_stat_statements where query not like '%pg_stat%'
       and query not like 'alter system%' and query not like 'create extension%'"
  sql "select xact_commit + xact_rollback from pg_stat_database where datname = 'postgres'"
}
reset() { sql "select pg_stat_statements_reset()" > /dev/null; sleep 1; }
settle() { sleep 3; } # the processors, the saga and the callback dispatcher finish what the last operation began

reset
IDLE_BEFORE=$(counters)
began=$(date +%s.%N); sleep 20; IDLE_SECONDS=$(echo "$(date +%s.%N) - $began" | bc)
IDLE_AFTER=$(counters)
idle_statements=$(( $(echo "$IDLE_AFTER" | sed -n 1p) - $(echo "$IDLE_BEFORE" | sed -n 1p) ))
idle_transactions=$(( $(echo "$IDLE_AFTER" | sed -n 2p) - $(echo "$IDLE_BEFORE" | sed -n 2p) ))
IDLE_TOP=$(sql "select round(calls / $IDLE_SECONDS, 2) || ' | ' || regexp_replace(left(query, 160), '\s+', ' ', 'g')
  from pg_stat_statements where query not like '%pg_stat%' and calls > 0 order by calls desc limit 12" \
  | sed 's/^/| /; s/$/ |/')

ROWS=""
TOP=""
# measure TITLE FUNCTION: runs FUNCTION (the operations, one at a time), then adds a row per operation
measure() {
  local title=$1 run=$2 before after began seconds statements transactions
  reset
  before=$(counters); began=$(date +%s.%N)
  "$run"
  settle
  seconds=$(echo "$(date +%s.%N) - $began" | bc); after=$(counters)
  statements=$(echo "$(echo "$after" | sed -n 1p) - $(echo "$before" | sed -n 1p) - $idle_statements * $seconds / $IDLE_SECONDS" | bc)
  transactions=$(echo "$(echo "$after" | sed -n 2p) - $(echo "$before" | sed -n 2p) - $idle_transactions * $seconds / $IDLE_SECONDS" | bc)
  ROWS+="| $title | $(echo "scale=1; $statements / $OPERATIONS" | bc) | $(echo "scale=1; $transactions / $OPERATIONS" | bc) |
"
  TOP+="
### $title: statements run at least once per operation, calls per operation (the idle service's included)

| calls | statement |
|---|---|
$(sql "select round(calls::numeric / $OPERATIONS, 2) || ' | ' || regexp_replace(left(query, 160), '\s+', ' ', 'g')
       from pg_stat_statements where query not like '%pg_stat%' and calls >= $OPERATIONS order by calls desc" \
  | sed 's/^/| /; s/$/ |/')
"
}

create_sessions() {
  : > "$WORK/sessions"
  while read -r device; do
    api POST /ipp/v1/sessions "{\"device_id\":\"$device\",\"order_amount\":12500,\"purchase_currency\":\"SEK\",
      \"purchase_started_at\":\"2026-11-25T10:00:00Z\",\"order_tax_amount\":2500,\"order_items\":[{\"type\":\"physical\",
      \"name\":\"Coffee\",\"quantity\":1,\"unit_price\":12500,\"tax_rate\":2500,\"total_amount\":12500,
      \"total_tax_amount\":2500}]}" | grep -o '"session_id":"[^"]*"' | cut -d'"' -f4 >> "$WORK/sessions"
  done < "$WORK/devices"
}
get_sessions() { while read -r session; do api GET "/ipp/v1/sessions/$session" > /dev/null; done < "$WORK/sessions"; }
cancel_sessions() { while read -r session; do api PUT "/ipp/v1/sessions/$session/cancel" > /dev/null; done < "$WORK/sessions"; }
lifecycles() {
  create_sessions
  while read -r session; do api POST "/ipp/v1/dev/sessions/$session/simulate-tap" > /dev/null; done < "$WORK/sessions"
}

measure "create" create_sessions
measure "GET" get_sessions
measure "cancel" cancel_sessions
api PUT /portal/v1/callback-endpoint "{\"url\": \"http://127.0.0.1:$((PORT + 1))/callbacks\"}" > /dev/null
measure "lifecycle: create, card tap, 3 callbacks delivered" lifecycles

mkdir -p target/bench
OUT="target/bench/sql-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# SQL per operation $(date -u +%Y-%m-%dT%H:%M:%SZ), $OPERATIONS operations of each kind, one at a time"
  echo
  echo "Counted by PostgreSQL (pg_stat_statements, pg_stat_database), less the idle service's $idle_statements statements"
  echo "and $idle_transactions transactions in $(printf '%.0f' "$IDLE_SECONDS") s. Command: \`bench/sql-count.sh $OPERATIONS\`."
  echo
  echo "| operation | SQL statements | transactions |"
  echo "|---|---|---|"
  echo -n "$ROWS"
  echo "$TOP"
  echo
  echo "### the idle service: statements per second"
  echo
  echo "| calls/s | statement |"
  echo "|---|---|"
  echo "$IDLE_TOP"
} > "$OUT"
cat "$OUT"
