#!/usr/bin/env bash
# HTTP benchmark of the packaged service on this machine, in one run: throughput and latency of scoring and of
# the echo endpoint for the seed plan and plans of 100 and 1,000 options, of scoring the 1,000 options with
# explanations asked for, sequential latency of 1,000 and 10,000 options, launch to first answer, and resident
# memory idle, after that load, and under 1,000-option load with the service's own limits on requests in flight.
#
#   bench/run.sh
#
# Seconds and connections can be changed: WARMUP=10 DURATION=15 SEQUENTIAL=20 CONNECTIONS=32 bench/run.sh
# Needs a JDK 17, curl, python3 and wrk (Debian's package; installed when run as root on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-10}
DURATION=${DURATION:-15}
SEQUENTIAL=${SEQUENTIAL:-20}
CONNECTIONS=${CONNECTIONS:-32}
OUT=target/bench
JAR=target/supply-risk-service.jar

for tool in wrk curl python3; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    else
      echo "$tool is missing: install Debian's package (sudo apt-get install $tool)" >&2
      exit 1
    fi
  fi
done

# Build when the jar is missing or older than what it is built from.
if [ ! -f "$JAR" ] || [ -n "$(find src/main openapi examples pom.xml -newer "$JAR" -print -quit)" ]; then
  echo "Building the jar ..."
  ./mvnw -B -q package -Dmaven.test.skip=true
fi

# The class-data archive, written as the image's runtime stage writes it (Dockerfile): by this machine's JVM, for
# the jar at the absolute path it is then started from, from a run that answers the example plans.
mkdir -p "$OUT"
jar=$(pwd)/$JAR
archive=$(cd "$OUT" && pwd)/app-cds.jsa
if [ ! -f "$archive" ] || [ "$JAR" -nt "$archive" ]; then
  echo "Writing the class-data archive ..."
  bash src/main/docker/write-class-archive.sh "$archive" "$jar" examples/*.json
fi

python3 bench/plans.py examples/seed-dilemma.json src/main/resources/data/accelerators.yaml 100 > "$OUT/plan-100.json"
python3 bench/plans.py examples/seed-dilemma.json src/main/resources/data/accelerators.yaml 1000 > "$OUT/plan-1000.json"
python3 bench/plans.py examples/seed-dilemma.json src/main/resources/data/accelerators.yaml 10000 > "$OUT/plan-10000.json"
cp examples/seed-dilemma.json "$OUT/plan-seed.json"
sed '0,/{/s//{"explain":true,/' "$OUT/plan-1000.json" > "$OUT/plan-1000-explain.json"
sed '0,/{/s//{"explain":true,/' "$OUT/plan-10000.json" > "$OUT/plan-10000-explain.json"

# The JVM as the image runs it in the pod: run-java.sh's flags (ubi9 openjdk-17-runtime) from the heap and GC
# variables of the manifest's env (the script's defaults where it sets none), with the manifest's memory limit
# standing in for the container's (-XX:MaxRAM is what the JVM reads as physical memory), plus the Dockerfile's
# JAVA_OPTS_APPEND.
limit=$(awk '/limits:/ {in_limits = 1; next} in_limits && /memory:/ {print $2; exit}' k8s/deployment.yaml)
# A variable of the Deployment's env, or run-java.sh's default for it.
manifest_env() {
  local value
  value=$(awk -v name="$1" '$0 ~ "name: " name "$" {getline; gsub(/"/, "", $2); print $2; exit}' k8s/deployment.yaml)
  echo "${value:-$2}"
}
max_ram=$(echo "$limit" | sed -e 's/Gi$/g/' -e 's/Mi$/m/')
initial_ratio=$(manifest_env JAVA_INITIAL_MEM_RATIO "")
append=$(sed -n 's/^ENV JAVA_OPTS_APPEND="\(.*\)"$/\1/p' Dockerfile | sed -e "s|/deployments/app-cds.jsa|$archive|")
jvm_options="-XX:MaxRAM=$max_ram -XX:MaxRAMPercentage=$(manifest_env JAVA_MAX_MEM_RATIO 80).0
  ${initial_ratio:+-XX:InitialRAMPercentage=$initial_ratio.0} -XX:+UseParallelGC
  -XX:MinHeapFreeRatio=$(manifest_env GC_MIN_HEAP_FREE_RATIO 10) -XX:MaxHeapFreeRatio=$(manifest_env GC_MAX_HEAP_FREE_RATIO 20)
  -XX:GCTimeRatio=$(manifest_env GC_TIME_RATIO 4) -XX:AdaptiveSizePolicyWeight=$(manifest_env GC_ADAPTIVE_SIZE_POLICY_WEIGHT 90)
  -XX:+ExitOnOutOfMemoryError $append"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
http_port=$(free_port)
management_port=$(free_port)
base=http://127.0.0.1:$http_port
ticks_per_second=$(getconf CLK_TCK)

echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -m | awk '/Mem:/ {print $2}') MB," \
  "$(java -version 2>&1 | head -1)"
echo "Cores: server and client share all $(nproc); the JVM sees them all, as a pod without a CPU limit sees its node's," \
  "and wrk runs one thread, so it takes at most one core. Server CPU per request comes from /proc, whatever the split."
echo "JVM: $(echo $jvm_options) (memory limit $limit from k8s/deployment.yaml)"
echo "Service: -Dsupply-risk.bench.echo-enabled=true -Dsupply-risk.limits.max-concurrent-requests=100000 -Dsupply-risk.limits.max-body-bytes-in-flight=1G" \
  "(the defaults, 8 requests and 8 MB of bodies, would answer 503 to part of the load; the last part runs with them)"
echo "Load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Launch to the first scoring answer, polling every 10 ms.
start=$(date +%s%N)
# shellcheck disable=SC2086 # the options are words
(cd "$(dirname "$jar")" && exec java $jvm_options -Dquarkus.http.port="$http_port" -Dquarkus.management.port="$management_port" \
  -Dsupply-risk.bench.echo-enabled=true -Dsupply-risk.limits.max-concurrent-requests=100000 -Dsupply-risk.limits.max-body-bytes-in-flight=1G -jar "$jar") \
  > "$OUT/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

until curl -sf -o /dev/null -X POST "$base/api/v1/assessments" -H 'Content-Type: application/json' --data-binary @"$OUT/plan-seed.json"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "The service stopped; its log is $OUT/server.log" >&2
    exit 1
  fi
  if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 120 ]; then
    echo "No answer within 120 s; the log is $OUT/server.log" >&2
    exit 1
  fi
  sleep 0.01
done
first_answer_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "Launch to first answer: $first_answer_ms ms (load $(cut -d' ' -f1 /proc/loadavg))"

rss_mb() {
  awk -v key="$1:" '$1 == key {printf "%.0f", $2 / 1024}' "/proc/$server/status"
}
sleep 5
echo "RSS idle (5 s after the first answer): $(rss_mb VmRSS) MB (load $(cut -d' ' -f1 /proc/loadavg))"

for size in seed 100 1000 1000-explain 10000; do
  for path in /api/v1/assessments /api/v1/bench/echo; do
    [ "$size" = 1000-explain ] && [ "$path" = /api/v1/bench/echo ] && continue
    curl -s -o /dev/null -w "%{http_code} %{size_download}\n" -X POST "$base$path" -H 'Content-Type: application/json' \
      --data-binary @"$OUT/plan-$size.json" > "$OUT/size"
    read -r status bytes < "$OUT/size"
    [ "$status" = 200 ] || { echo "POST $path with plan-$size answered $status" >&2; exit 1; }
    request=$(stat -c %s "$OUT/plan-$size.json")
    echo "Answer size, $size options, $path: $bytes bytes (request $request bytes; answer / request $(awk -v a="$bytes" -v r="$request" 'BEGIN {printf "%.1f", a / r}'))"
  done
done
echo

server_ticks() {
  awk '{print $14 + $15}' "/proc/$server/stat"
}

# wrk against a path with a plan: "requests/s p50_ms p99_ms server_cpu_ms_per_request" on stdout.
load() {
  local path=$1 size=$2 seconds=$3 connections=$4
  local before after line
  before=$(server_ticks)
  line=$(BODY="$OUT/plan-$size.json" wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s -s bench/post.lua "$base$path" | grep '^RESULT')
  after=$(server_ticks)
  echo "$line" | awk -v ticks=$((after - before)) -v hz="$ticks_per_second" -v path="$path" -v size="$size" '{
    if ($6 > 0 || $7 > 0) { printf "%s with plan-%s: %d non-2xx answers, %d socket errors\n", path, size, $6, $7 > "/dev/stderr" }
    printf "%.1f %.2f %.2f %.3f\n", $2 / $3, $4, $5, ticks * 1000 / hz / $2 }'
}

declare -A rate
printf '%-8s %-10s %10s %9s %9s %12s %6s\n' options endpoint "req/s" "p50 ms" "p99 ms" "CPU ms/req" load
for size in seed 100 1000; do
  load /api/v1/bench/echo "$size" "$WARMUP" "$CONNECTIONS" > /dev/null
  load /api/v1/assessments "$size" "$WARMUP" "$CONNECTIONS" > /dev/null
  for endpoint in echo scoring; do
    path=/api/v1/assessments
    [ "$endpoint" = echo ] && path=/api/v1/bench/echo
    read -r rps p50 p99 cpu < <(load "$path" "$size" "$DURATION" "$CONNECTIONS")
    rate[$size-$endpoint]=$rps
    printf '%-8s %-10s %10s %9s %9s %12s %6s\n' "$size" "$endpoint" "$rps" "$p50" "$p99" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
# The 1,000 options again with explanations asked for, against the same echo rate.
load /api/v1/assessments 1000-explain "$WARMUP" "$CONNECTIONS" > /dev/null
read -r rps p50 p99 cpu < <(load /api/v1/assessments 1000-explain "$DURATION" "$CONNECTIONS")
rate[1000-explain-scoring]=$rps
rate[1000-explain-echo]=${rate[1000-echo]}
printf '%-8s %-10s %10s %9s %9s %12s %6s\n' "1000" "explained" "$rps" "$p50" "$p99" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
echo
for size in seed 100 1000 1000-explain; do
  awk -v s="${rate[$size-scoring]}" -v e="${rate[$size-echo]}" -v size="$size" \
    'BEGIN {printf "Scoring / echo, %s options: %.0f%%\n", size, 100 * s / e}'
done
echo "RSS after the load above ($(( 7 * (WARMUP + DURATION) )) s): $(rss_mb VmRSS) MB (load $(cut -d' ' -f1 /proc/loadavg))"
echo

echo "Sequential scoring, one connection, after ${WARMUP} s of warm-up:"
declare -A median
for size in 1000 10000; do
  load /api/v1/assessments "$size" "$WARMUP" 1 > /dev/null
  read -r rps p50 p99 cpu < <(load /api/v1/assessments "$size" "$SEQUENTIAL" 1)
  median[$size]=$p50
  echo "  $size options: p50 $p50 ms, p99 $p99 ms, $rps req/s, server CPU $cpu ms/req (load $(cut -d' ' -f1 /proc/loadavg))"
done
awk -v a="${median[1000]}" -v b="${median[10000]}" 'BEGIN {printf "  1,000 to 10,000 options: p50 grows %.1f-fold\n", b / a}'
echo "RSS at the end: $(rss_mb VmRSS) MB, peak $(rss_mb VmHWM) MB (load $(cut -d' ' -f1 /proc/loadavg))"
echo

# Memory as a pod runs: a new service with the same JVM flags and the service's own limits on requests in flight
# (the Deployment leaves them at their defaults), under the same 32 clients posting the 1,000-option plan, the same
# plan asking for explanations, then both at 10,000 options, the largest plan allowed. The peak must stay under the
# Deployment's memory limit, at which Kubernetes would kill the pod. Clients told to retry (503) are counted apart.
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
# shellcheck disable=SC2086 # the options are words
(cd "$(dirname "$jar")" && exec java $jvm_options -Dquarkus.http.port="$http_port" -Dquarkus.management.port="$management_port" \
  -jar "$jar") > "$OUT/server-limits.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$base/api/v1/accelerators"; do
  kill -0 "$server" 2>/dev/null || { echo "The service stopped; its log is $OUT/server-limits.log" >&2; exit 1; }
  sleep 0.1
done
sleep 5
echo "Memory with the service's own limits on requests in flight, $CONNECTIONS connections, ${DURATION} s per plan" \
  "(a new JVM without warm-up: its rates do not compare with those above):"
echo "  RSS idle: $(rss_mb VmRSS) MB"
for size in 1000 1000-explain 10000 10000-explain; do
  line=$(BODY="$OUT/plan-$size.json" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/post.lua \
    "$base/api/v1/assessments" | grep '^RESULT' || true)
  kill -0 "$server" 2>/dev/null || { echo "The service stopped under plan-$size; its log is $OUT/server-limits.log" >&2; exit 1; }
  echo "$line" | awk -v size="$size" -v peak="$(rss_mb VmHWM)" \
    '{printf "  plan-%s: %.1f scored/s, %.1f answered 503/s, %d socket errors, peak RSS so far %s MB\n", size, ($2 - $6) / $3, $6 / $3, $7, peak}'
done
peak=$(rss_mb VmHWM)
limit_mb=$(echo "$limit" | awk '/Gi$/ {print $0 * 1024; next} {print $0 + 0}')
echo "  RSS right after: $(rss_mb VmRSS) MB, peak $peak MB: $( [ "$peak" -lt "$limit_mb" ] && echo "under" || echo "OVER") the Deployment's limit of $limit"
sleep 15
echo "  RSS 15 s after: $(rss_mb VmRSS) MB (load $(cut -d' ' -f1 /proc/loadavg))"
