#!/bin/bash
# Writes the class-data archive the service starts from: the JVM that writes it starts the service, answers each
# plan given a few times (and one invalid plan), then stops on SIGTERM as a pod does. Archived that way it holds the
# classes of the first answers too (JSON reading and writing, scoring, the error path), not only those of start-up,
# which is what shortens launch to first answer (docs/performance.md). An archive serves only the JVM build that
# wrote it and the jar at the path it was written for: run it with the java and the jar path the service runs with.
#
#   write-class-archive.sh ARCHIVE JAR PLAN.json...
#
# Needs bash and coreutils only (no curl in the runtime image): HTTP/1.1 over bash's /dev/tcp.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 ARCHIVE JAR PLAN.json..." >&2
  exit 2
fi
archive=$1
jar=$2
shift 2
rounds=3
# Seconds any one step may take before the run is given up, so that a build never hangs.
patience=60

# Written aside and moved into place once the run has succeeded: the JVM writes an archive whenever it exits,
# so a failed run would otherwise leave one behind for the next run to take as good.
partial=$archive.partial
log=$(mktemp)
rm -f "$partial"
# Free ports chosen by the service, so that a build sharing the machine never collides; no shutdown delay, since
# no cluster routes to this run. A small heap keeps compressed oops on whatever the build host's memory, as in
# any pod: a JVM refuses an archive written with the other setting.
java -Xmx512m -XX:ArchiveClassesAtExit="$partial" -Dquarkus.http.port=0 -Dquarkus.management.port=0 \
  -Dquarkus.shutdown.delay-enabled=false -jar "$jar" > "$log" 2>&1 &
service=$!

# However this script ends, the service stops and leaves no archive but a complete one.
stop_service() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  rm -f "$partial"
}
trap stop_service EXIT

fail() {
  echo "write-class-archive: $1; the service's log:" >&2
  cat "$log" >&2
  exit 1
}

# The port the service logs it listens on, once the line is whole.
listening='Listening on: http://[^ ]*:([0-9]+)[^0-9]'
tenths=0
until [[ $(< "$log") =~ $listening ]]; do
  kill -0 "$service" 2>/dev/null || fail "the service stopped before it listened"
  ((++tenths <= patience * 10)) || fail "the service did not listen within $patience s"
  sleep 0.1
done
port=${BASH_REMATCH[1]}

# POSTs a file as a plan and prints the answer's status code (empty if none came in time): a plan with a goal asks
# for a recommendation, any other for an assessment.
status_of_posting() {
  local status= path=/api/v1/assessments
  [[ $(< "$1") == *'"goal"'* ]] && path=/api/v1/recommendations
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'POST %s HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n' \
    "$path" "$(wc -c < "$1")" >&3
  cat "$1" >&3
  read -r -t "$patience" _ status _ <&3 || true
  timeout "$patience" cat <&3 > /dev/null || true
  exec 3<&-
  echo "${status%$'\r'}"
}

for ((round = 0; round < rounds; round++)); do
  for plan in "$@"; do
    status=$(status_of_posting "$plan")
    [ "$status" = 200 ] || fail "$plan was answered '$status', not 200"
  done
done
invalid=$(mktemp)
echo '{"planId": "", "options": []}' > "$invalid"
status=$(status_of_posting "$invalid")
rm -f "$invalid"
[ "$status" = 400 ] || fail "an invalid plan was answered '$status', not 400"

kill -TERM "$service" || fail "the service could not be stopped"
tenths=0
while kill -0 "$service" 2>/dev/null; do
  ((++tenths <= patience * 10)) || fail "the service did not stop within $patience s of SIGTERM"
  sleep 0.1
done
stopped=0
wait "$service" || stopped=$?
# 143 is 128 + SIGTERM: the JVM ran its shutdown, which writes the archive.
[ "$stopped" = 0 ] || [ "$stopped" = 143 ] || fail "the service exited with $stopped"
[ -s "$partial" ] || fail "no archive was written"
mv "$partial" "$archive"
rm -f "$log"
echo "write-class-archive: $archive written after $((rounds * $#)) answered plans and one refused"
