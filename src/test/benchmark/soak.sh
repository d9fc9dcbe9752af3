#!/usr/bin/env bash
# The soak (docs/testing.md, docs/running.md "Operating it"): starts the packaged jar at -Xmx512m
# on a throwaway data directory, then for DURATION reads the public pages with wrk (one wrk run a
# minute, so that each minute has its own percentiles) while a signed-in editor saves a record every
# SAVE_EVERY seconds, and samples the heap and the connection pool every SAMPLE seconds from the
# management port. Prints, per minute, requests, p50, p99 and errors, then the samples: heap used,
# heap live after the last GC, the pool's active and idle connections (one is always active: the
# connection that listens to the other instances' writes), saves done and failed.
# Not part of ./mvnw verify.
#
#   src/test/benchmark/soak.sh                           # package, then 10 minutes
#   BUILD=no DURATION=2m src/test/benchmark/soak.sh
#
# Settings (environment): DURATION (10m; whole minutes, as Nm), SAMPLE (30, seconds), SAVE_EVERY
# (5, seconds), THREADS (2) and CONNECTIONS (16) of wrk, JAVA (java), JAVA_OPTS (extra JVM
# options), BUILD (yes: ./mvnw package -DskipTests first).
# Needs wrk (Debian: apt-get install wrk), curl and python3. Linux only.
set -euo pipefail

cd "$(dirname "$0")/../../.."
DURATION=${DURATION:-10m}
SAMPLE=${SAMPLE:-30}
SAVE_EVERY=${SAVE_EVERY:-5}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
BUILD=${BUILD:-yes}
MINUTES=${DURATION%m}
[[ $MINUTES =~ ^[0-9]+$ ]] || { echo "DURATION must be whole minutes, such as 10m" >&2; exit 1; }

for tool in wrk curl python3; do
	command -v "$tool" >/dev/null || { echo "soak.sh needs $tool" >&2; exit 1; }
done
if [[ $BUILD == yes ]]; then
	./mvnw -B -q package -DskipTests
fi
JAR=$(ls target/registry-*.jar | grep -v -- '-plain' | head -n 1)
WORK=$(mktemp -d)
LOG="$WORK/application.log"
PID=
BACKGROUND=()
USERNAME=soak
PASSWORD="soak test password $RANDOM$RANDOM"

stop() {
	for pid in "${BACKGROUND[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
		kill "$PID"
		wait "$PID" 2>/dev/null || true
	fi
}
trap 'stop; rm -rf "$WORK"' EXIT

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

PORT=$(free_port)
MANAGEMENT=$(free_port)
# shellcheck disable=SC2086
REGISTRY_ADMIN_USERNAME=$USERNAME REGISTRY_ADMIN_PASSWORD=$PASSWORD REGISTRY_MANAGEMENT_PORT=$MANAGEMENT \
	"$JAVA" -Xmx512m $JAVA_OPTS -Duser.home="$WORK" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
	>"$LOG" 2>&1 &
PID=$!
BASE="http://127.0.0.1:$PORT"
ACTUATOR="http://127.0.0.1:$MANAGEMENT/actuator"
for _ in $(seq 1 900); do
	kill -0 "$PID" 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
	if curl -sf -o /dev/null "$ACTUATOR/health/readiness"; then
		break
	fi
	sleep 0.2
done

# the pages read, in turn, by every wrk connection
cat >"$WORK/pages.lua" <<'EOF'
local paths = { "/", "/universities", "/agreements", "/people", "/meetings", "/universities/dut",
	"/agreements/2025-10-13-declaration-higher-education", "/people/vadim-bogush",
	"/meetings/2025-10-13-minsk", "/search?q=dalian", "/agreements?country=BY", "/universities?country=CN",
	"/search?q=minsk" }
local i = 0
request = function()
	i = i + 1
	return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF

# the editor: signs in, then saves a university every SAVE_EVERY seconds, posting back its form as
# a browser would; appends "ok" or "failed <status>" to saves.log for each save
cat >"$WORK/saver.py" <<'EOF'
import html.parser, http.cookiejar, re, sys, time, urllib.error, urllib.parse, urllib.request

base, username, password, every, log = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None

opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

def request(path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with opener.open(urllib.request.Request(base + path, data=data, headers={"Accept": "text/html"}), timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")

class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.select, self.textarea, self.inside = {}, None, None, False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "form" in a.get("class", "").split():
            self.inside = True
        if not self.inside and a.get("name") != "_csrf":
            return
        if tag == "input" and "name" in a and a.get("type") not in ("submit", "button"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields[a["name"]] = a.get("value", "on")
            else:
                self.fields.setdefault(a["name"], a.get("value", ""))
        elif tag == "select":
            self.select = a.get("name")
            self.fields.setdefault(self.select, "")
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a.get("name")
            self.fields[self.textarea] = ""
    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.inside = False
    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

def form_of(page):
    parser = Form()
    parser.feed(page)
    return parser.fields

status, page = request("/login")
status, _ = request("/login", {"_csrf": form_of(page)["_csrf"], "username": username, "password": password})
if status != 302:
    sys.exit("sign-in failed: %s" % status)
status, page = request("/admin/universities")
ids = re.findall(r'href="/admin/universities/(\d+)"', page)
if not ids:
    sys.exit("no university to edit")
n = 0
while True:
    n += 1
    path = "/admin/universities/" + ids[n % len(ids)]
    result = "failed"
    try:
        status, page = request(path)
        if status == 200:
            fields = form_of(page)
            fields["region"] = "Soak save %d" % n
            fields["action"] = "save"
            status, _ = request(path, fields)
        result = "ok" if status == 302 else "failed %s" % status
    except Exception as e:
        result = "failed %s" % e
    with open(log, "a") as f:
        f.write(result + "\n")
    time.sleep(every)
EOF

# sample: heap used and live (MB), the pool's active and idle connections, from one scrape of
# the Prometheus endpoint (the management port's other metrics are not exposed)
sample() {
	local scraped
	scraped=$(curl -sf "$ACTUATOR/prometheus") || { printf '%8s | %8s | %6s | %4s' - - - -; return; }
	awk '
		/^jvm_memory_used_bytes\{/ && /area="heap"/ { heap += $NF }
		# zero until a collection of the old generation has happened (none may in a whole soak)
		/^jvm_gc_live_data_size_bytes/ && $NF > 0 { live += $NF; has_live = 1 }
		/^hikaricp_connections_active\{/ { active += $NF; has_pool = 1 }
		/^hikaricp_connections_idle\{/ { idle += $NF }
		END {
			printf "%8.0f | %8s | %6s | %4s", heap / 1048576, has_live ? sprintf("%.0f", live / 1048576) : "-",
				has_pool ? active : "-", has_pool ? idle : "-"
		}' <<<"$scraped"
}

SAVES="$WORK/saves.log"
: >"$SAVES"
python3 "$WORK/saver.py" "$BASE" "$USERNAME" "$PASSWORD" "$SAVE_EVERY" "$SAVES" 2>"$WORK/saver.err" &
BACKGROUND+=($!)

SAMPLES="$WORK/samples.txt"
(
	began=$(date +%s)
	while true; do
		printf '| %5s | %s | %5s | %6s |\n' "$(($(date +%s) - began))" "$(sample)" \
			"$(grep -c '^ok' "$SAVES" || true)" "$(grep -c '^failed' "$SAVES" || true)"
		sleep "$SAMPLE"
	done
) >"$SAMPLES" &
BACKGROUND+=($!)

echo "Soak: $JAR, $($JAVA -version 2>&1 | head -n 1), -Xmx512m $JAVA_OPTS; $DURATION of wrk -t$THREADS" \
	"-c$CONNECTIONS over 13 pages in turn, a save every ${SAVE_EVERY} s; $(nproc) processors," \
	"load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
echo '| minute | requests |   req/s |      p50 |      p99 | errors |'
echo '|-------:|---------:|--------:|---------:|---------:|-------:|'
for minute in $(seq 1 "$MINUTES"); do
	output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d60s --timeout 30s --latency -s "$WORK/pages.lua" "$BASE")
	requests=$(awk '/requests in/ { print $1 }' <<<"$output")
	rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$output")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
	errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' \
		<<<"$output")
	printf '| %6s | %8s | %7s | %8s | %8s | %6s |\n' "$minute" "$requests" "$rps" "$p50" "$p99" "$errors"
done
printf '| %5s | %s | %5s | %6s |\n' end "$(sample)" "$(grep -c '^ok' "$SAVES" || true)" \
	"$(grep -c '^failed' "$SAVES" || true)" >>"$SAMPLES"
echo
echo "Every $SAMPLE s: heap used and live after the last GC of the old generation (MB; - before the first)," \
	"the pool's connections, saves (ok, failed)"
echo
echo '|     s | heap MB  | live MB  | active | idle | saves | failed |'
echo '|------:|---------:|---------:|-------:|-----:|------:|-------:|'
cat "$SAMPLES"
if [[ -s $WORK/saver.err ]]; then
	echo "the editor's saves stopped:" >&2
	cat "$WORK/saver.err" >&2
fi
echo
echo "saves: $(grep -c '^ok' "$SAVES" || true) ok, $(grep -c '^failed' "$SAVES" || true) failed;" \
	"errors in the application's log: $(grep -c ' ERROR ' "$LOG" || true);" \
	"load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
