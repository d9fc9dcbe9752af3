#!/usr/bin/env bash
# The page benchmark (docs/performance.md): starts the packaged jar at -Xmx512m on a throwaway
# data directory and a free port of 127.0.0.1, loads each public page with wrk, and prints
# requests per second, the 50th and 99th percentile latencies and the server's processor time
# per request (the JVM and its PostgreSQL processes, from /proc), with a small static file of
# the same application as the reference.
#
#   src/test/benchmark/pages.sh                 # package, then both phases
#   PHASES=cached src/test/benchmark/pages.sh   # only the cached phase
#   BUILD=no DURATION=5s src/test/benchmark/pages.sh
#
# Phases: "cached" runs the application as shipped (anonymous pages come from the rendered-page
# cache after their first request); "rendered" starts it with registry.page-cache.enabled=false,
# so every request renders its page (the cost of a cache miss).
#
# Settings (environment): PHASES ("cached rendered"), DURATION of each measurement (10s), WARMUP
# per page, all pages warmed up before the first measurement (3s), THREADS (2) and CONNECTIONS (32) of wrk, JAVA (java), JAVA_OPTS (extra JVM
# options, e.g. -XX:TieredStopAtLevel=1), BUILD (yes: ./mvnw package -DskipTests first),
# DATA_DIRECTORY (an existing embedded PostgreSQL data directory to serve instead of a throwaway
# one with the real data, e.g. the one the search benchmark filled with 10,000 universities and
# 100,000 agreements: ./mvnw -B test -Pbenchmark -Dbenchmark.data-directory=/tmp/registry-benchmark).
# Needs wrk (Debian: apt-get install wrk) and curl. Linux only (/proc).
set -euo pipefail

cd "$(dirname "$0")/../../.."
PHASES=${PHASES:-cached rendered}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
BUILD=${BUILD:-yes}
DATA_DIRECTORY=${DATA_DIRECTORY:-}
TICKS=$(getconf CLK_TCK)

for tool in wrk curl; do
	command -v "$tool" >/dev/null || { echo "pages.sh needs $tool" >&2; exit 1; }
done
if [[ $BUILD == yes ]]; then
	./mvnw -B -q package -DskipTests
fi
JAR=$(ls target/registry-*.jar | grep -v -- '-plain' | head -n 1)
HOME_DIR=$(mktemp -d)
LOG="$HOME_DIR/application.log"
DATA_ARGS=()
PGDATA_PATTERN="-D $HOME_DIR/"
if [[ -n $DATA_DIRECTORY ]]; then
	DATA_ARGS=(--registry.database.embedded.data-directory="$DATA_DIRECTORY")
	PGDATA_PATTERN="-D $DATA_DIRECTORY"
fi
PID=

stop() {
	if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
		kill "$PID"
		wait "$PID" 2>/dev/null || true
	fi
	PID=
}
trap 'stop; rm -rf "$HOME_DIR"' EXIT

# start <extra arguments>: starts the jar, waits for its first page, sets PID and BASE
start() {
	: >"$LOG"
	local began=$(date +%s%N)
	# shellcheck disable=SC2086
	"$JAVA" -Xmx512m $JAVA_OPTS -Duser.home="$HOME_DIR" -jar "$JAR" --server.address=127.0.0.1 --server.port=0 \
		"${DATA_ARGS[@]}" "$@" >"$LOG" 2>&1 &
	PID=$!
	local port=
	for _ in $(seq 1 600); do
		kill -0 "$PID" 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
		port=$(grep -oP 'Tomcat started on port \K[0-9]+' "$LOG" | head -n 1 || true)
		if [[ -n $port ]] && curl -sf -o /dev/null "http://127.0.0.1:$port/"; then
			break
		fi
		sleep 0.2
	done
	BASE="http://127.0.0.1:$port"
	STARTED_MS=$((($(date +%s%N) - began) / 1000000))
}

# server_pids: the JVM and the PostgreSQL it started (the postmaster runs on the data directory
# under HOME_DIR or DATA_DIRECTORY, its backends are its children)
server_pids() {
	local postmaster
	echo "$PID"
	postmaster=$(pgrep -f -- "$PGDATA_PATTERN" || true)
	for pid in $postmaster; do
		echo "$pid"
		pgrep -P "$pid" || true
	done
}

# cpu_ticks: processor time used so far by the server processes
cpu_ticks() {
	local total=0 pid stat
	for pid in $(server_pids); do
		stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
		stat=${stat##*) }
		# after the command: state is field 1, utime field 12, stime field 13
		set -- $stat
		total=$((total + ${12} + ${13}))
	done
	echo "$total"
}

# measure <label> <path>: one wrk run, one row of the table
measure() {
	local label=$1 url="$BASE$2" before after output requests rps p50 p99
	before=$(cpu_ticks)
	output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$url")
	after=$(cpu_ticks)
	requests=$(awk '/requests in/ { print $1 }' <<<"$output")
	rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$output")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
	if [[ ${requests:-0} == 0 ]]; then
		printf '| %-34s | %7s | %8s | %8s | %6s |\n' "$label" 0 - - -
		return
	fi
	if grep -q 'Non-2xx' <<<"$output"; then
		label="$label (errors: $(awk '/Non-2xx/ { print $NF }' <<<"$output"))"
	fi
	printf '| %-34s | %7s | %8s | %8s | %6s |\n' "$label" "$rps" "$p50" "$p99" \
		"$(awk -v t=$((after - before)) -v n="$requests" -v hz="$TICKS" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')"
}

for phase in $PHASES; do
	case $phase in
		cached) start ;;
		rendered) start --registry.page-cache.enabled=false ;;
		*) echo "unknown phase $phase" >&2; exit 1 ;;
	esac
	static=$(curl -sf "$BASE/" | grep -oP 'src="\K/js/search-[0-9a-f]+\.js' || true)
	[[ -n $static ]] || { echo "no script linked from the home page" >&2; exit 1; }
	echo
	echo "Phase $phase: $JAR, $($JAVA -version 2>&1 | head -n 1), -Xmx512m $JAVA_OPTS"
	echo "started in $STARTED_MS ms (to the first page served); wrk -t$THREADS -c$CONNECTIONS -d$DURATION" \
		"after $WARMUP of warm-up of each page; $(nproc) processors, load average $(cut -d ' ' -f 1-3 /proc/loadavg);" \
		"server CPU counted over $(server_pids | wc -l) processes (JVM, PostgreSQL)"
	echo
	echo '| page                               |   req/s |      p50 |      p99 | CPU ms/req |'
	echo '|------------------------------------|--------:|---------:|---------:|-------:|'
	pages=(/ /universities /agreements /people /meetings /universities/dut
		/agreements/2025-10-13-declaration-higher-education /people/vadim-bogush /meetings/2025-10-13-minsk
		"/search?q=dalian" "$static")
	labels=(home "universities list" "agreements list" "people list" "meetings list" "university page"
		"agreement page" "person page" "meeting page" "search \"dalian\""
		"static file ($(curl -s "$BASE$static" | wc -c) bytes)")
	# every page warmed up first, so that no measurement pays for the compilation of code the
	# others share
	for page in "${pages[@]}"; do
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s "$BASE$page" >/dev/null
	done
	for i in "${!pages[@]}"; do
		measure "${labels[$i]}" "${pages[$i]}"
	done
	echo "load average after the phase: $(cut -d ' ' -f 1-3 /proc/loadavg)"
	stop
done
