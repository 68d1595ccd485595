#!/usr/bin/env bash
# Start-up benchmark of the production jar (issue 7): the jar started in an empty directory,
# time to Spring's "Started" line and to /actuator/health UP, median of N runs, without and with
# JDK 25's AOT cache (on the extracted jar, as bin/percorsi runs it: the cache has no effect on the executable
# jar's nested classes); then the cost of the start-up content import when nothing changed (a second
# start in the same directory, whose H2 database already holds the library).
# Usage: bench/startup.sh target/percorsi-0.1.0-SNAPSHOT.jar [runs]
set -euo pipefail
JAR=$(realpath "$1"); RUNS=${2:-5}; RUNJAR=$JAR
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=18089
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

one_run() { # $1 dir, $2 extra JVM options; prints "started_ms health_ms"
  local dir=$1 opts=$2 t0 started="" health=""
  cd "$dir"
  t0=$(now_ms)
  $JAVA $opts -jar "$RUNJAR" --server.port=$PORT > run.log 2>&1 &
  local pid=$!
  while [ -z "$health" ]; do
    if [ -z "$started" ] && grep -q "Started PercorsiApplication" run.log; then started=$(( $(now_ms) - t0 )); fi
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      health=$(( $(now_ms) - t0 ))
      [ -n "$started" ] || started=$health
    fi
    kill -0 $pid 2>/dev/null || { echo "jar exited, see $dir/run.log" >&2; exit 1; }
    sleep 0.05
  done
  kill $pid; wait $pid 2>/dev/null || true
  cd - >/dev/null
  echo "$started $health"
}

series() { # $1 label, $2 JVM options
  local s=() h=() d r
  for i in $(seq 1 "$RUNS"); do
    d=$(mktemp -d); r=$(one_run "$d" "$2"); s+=("${r% *}"); h+=("${r#* }")
    grep -o "Content import from .*" "$d/run.log" | sed 's/^/    /' | head -1
    rm -rf "$d"
  done
  echo "$1: Started median $(printf '%s\n' "${s[@]}" | median) ms (${s[*]}); health UP median $(printf '%s\n' "${h[@]}" | median) ms (${h[*]})"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
series "empty directory, no AOT cache" ""
AOT=$(mktemp -d)/percorsi.aot
$JAVA -Djarmode=tools -jar "$JAR" extract --destination "$(dirname "$AOT")/app" >/dev/null
RUNJAR=$(dirname "$AOT")/app/$(basename "$JAR")
d=$(mktemp -d); cd "$d"
# training run: the cache is written when the JVM exits (JDK 25, JEP 514)
$JAVA -XX:AOTCacheOutput="$AOT" -jar "$RUNJAR" --server.port=$PORT > train.log 2>&1 &
pid=$!
for _ in $(seq 1 1200); do curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
sleep 2; kill $pid; wait $pid 2>/dev/null || true
cd - >/dev/null; rm -rf "$d"
[ -f "$AOT" ] && series "empty directory, extracted jar, AOT cache ($(du -h "$AOT" | cut -f1))" "-XX:AOTCache=$AOT" || echo "no AOT cache was written"
RUNJAR=$JAR
echo "content import at start-up when nothing changed (same directory, database already filled):"
d=$(mktemp -d); one_run "$d" "" >/dev/null
for i in $(seq 1 "$RUNS"); do one_run "$d" "" >/dev/null; grep -o "Content import from .*" "$d/run.log" | sed 's/^.*: /    /'; done
rm -rf "$d"
