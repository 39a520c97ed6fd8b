#!/usr/bin/env bash
# Preview cold start as a ratio to an empty Jetty start, measured in one run (issue 13; docs/benchmarks.md).
# "Cold start after a build": a new JVM, a new data directory, launch to the first 200 of a REST answer that reads
# the store (the preview: GET /rest/gluework/1.0/issues/GW-1/panel as bob) or of the only servlet (the floor:
# EmptyJettyMain, the same JDK and Jetty 12 with one servlet). Three starts in turn, RUNS times each:
#   empty Jetty | the jar with the JVM's defaults (java -jar gluework-preview.jar) | ./preview as a person runs it
#   (its start-up JVM options and class-data archive; the build skipped, GLUEWORK_PREVIEW_NO_BUILD=1).
# BASE_JAR=path/to/an/older/gluework-preview.jar adds a fourth start, that jar with the JVM's defaults (before/after).
# ./preview writes its class-data archive on its first start after a build; that start is made here before timing.
# Needs: ./mvnw -o -B -q -DskipTests -pl gluework-preview -am package   (the preview jar)
#        and the preview's test class path in $CP (see docs/benchmarks.md for the one-line command that writes it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-5}"
PORT="${PORT:-29917}"
: "${CP:?set CP to the preview test class path}"

now_ms() { date +%s%3N; }

# Launches "$@" in the background, polls URL until it answers 200, prints the milliseconds, then stops the process.
time_to_first_200() {
  local url="$1"; shift
  local start; start=$(now_ms)
  "$@" >/dev/null 2>&1 &
  local pid=$!
  until curl -sf -u bob:bob -o /dev/null "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "process $pid died" >&2; return 1; fi
    sleep 0.02
  done
  local end; end=$(now_ms)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $((end - start))
}

panel="http://127.0.0.1:$PORT/rest/gluework/1.0/issues/GW-1/panel"
# The archive, if the jar is newer than it: one start that is not timed.
warm=$(mktemp -d)
time_to_first_200 "$panel" env GLUEWORK_PREVIEW_NO_BUILD=1 ./preview --port "$PORT" --data-dir "$warm" >/dev/null
rm -rf "$warm"

empty=(); base=(); jar=(); preview=()
for i in $(seq 1 "$RUNS"); do
  empty+=("$(time_to_first_200 "http://127.0.0.1:$PORT/" java -cp "$CP" com.gluework.preview.bench.EmptyJettyMain "$PORT")")
  if [[ -n "${BASE_JAR:-}" ]]; then
    data=$(mktemp -d)
    base+=("$(time_to_first_200 "$panel" java -jar "$BASE_JAR" --port "$PORT" --data-dir "$data")")
    rm -rf "$data"
  fi
  data=$(mktemp -d)
  jar+=("$(time_to_first_200 "$panel" java -jar gluework-preview/target/gluework-preview.jar --port "$PORT" --data-dir "$data")")
  rm -rf "$data"; data=$(mktemp -d)
  preview+=("$(time_to_first_200 "$panel" env GLUEWORK_PREVIEW_NO_BUILD=1 ./preview --port "$PORT" --data-dir "$data")")
  rm -rf "$data"
  echo "run $i: empty Jetty ${empty[-1]} ms,${BASE_JAR:+ base java -jar ${base[-1]:-} ms,} java -jar ${jar[-1]} ms, ./preview ${preview[-1]} ms" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
e=$(median "${empty[@]}"); j=$(median "${jar[@]}"); p=$(median "${preview[@]}")
if [[ -n "${BASE_JAR:-}" ]]; then
  b=$(median "${base[@]}")
  awk -v e="$e" -v b="$b" 'BEGIN {printf "COLDSTART | base java -jar median %d ms (ratio %.2f)\n", b, b/e}'
fi
awk -v e="$e" -v j="$j" -v p="$p" -v n="$RUNS" 'BEGIN {printf "COLDSTART | %d runs each | empty Jetty median %d ms | java -jar median %d ms (ratio %.2f) | ./preview median %d ms (ratio %.2f)\n", n, e, j, j/e, p, p/e}'
