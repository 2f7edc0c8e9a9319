#!/usr/bin/env bash
# Shows that the portal runs as several instances: two instances of the jar behind HAProxy
# (Debian's package) on one PostgreSQL, and checks, printing PASS or FAIL for each:
#   a. a login on instance A is valid on instance B (sessions live in PostgreSQL);
#   b. a scheduled job runs once per firing, on one of the two (ShedLock);
#   c. a news post published through A shows on B within a second, for an anonymous
#      visitor and for a member (B's /nieuws is asked for first, so a cache would be stale);
#   d. stopping A (SIGTERM) under load through the balancer fails no request: A's readiness
#      probe turns 503, HAProxy drains it, Tomcat finishes what is in flight; A then rejoins.
# Exits non-zero when a check fails. One command, about two minutes:
#
#   deploy/two-instances.sh
#
# Settings (environment):
#   JAR=target/clubhuis-0.1.0.jar  use this jar instead of building one (./mvnw -DskipTests package)
#   DB_URL, DB_USER, DB_PASSWORD   an empty PostgreSQL database to use (JDBC URL); without them a
#                                  throwaway database is made on the local cluster with psql (as the
#                                  postgres user when run as root) and dropped afterwards
#   PORT_LB, PORT_A, PORT_B, PORT_STATS  ports on 127.0.0.1 (8090, 8091, 8092, 8093)
#   SKIP_IF_MISSING=1              exit 0 with "skipped" when haproxy, wrk or a database is missing
#                                  (as root, haproxy and wrk are installed with apt-get otherwise)
#   KEEP=1                         keep the work directory (logs, haproxy.cfg) and the database
# Over 300 lines: the setup and the four checks stay in one file so that it is one command.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_LB=${PORT_LB:-8090}
PORT_A=${PORT_A:-8091}
PORT_B=${PORT_B:-8092}
PORT_STATS=${PORT_STATS:-8093}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/clubhuis-two-instances.XXXXXX")
LB="http://127.0.0.1:$PORT_LB"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
FAILED=0
PIDS=()
DB_MADE=""

say() { printf '==> %s\n' "$*"; }
pass() { printf 'PASS  %s\n' "$*"; }
fail() {
	printf 'FAIL  %s\n' "$*"
	FAILED=1
}
skip() {
	echo "skipped: $*"
	exit 0
}
missing() {
	if [ "${SKIP_IF_MISSING:-}" = 1 ]; then skip "$*"; fi
	echo "$*" >&2
	exit 1
}
now_ms() { date +%s%3N; }

as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then su postgres -c "$(printf '%q ' "$@")"; else "$@"; fi
}

cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	if [ -n "$DB_MADE" ] && [ "${KEEP:-}" != 1 ]; then
		as_postgres psql -q -c "DROP DATABASE IF EXISTS $DB_MADE" -c "DROP ROLE IF EXISTS $DB_MADE" >/dev/null 2>&1 || true
	fi
	if [ "${KEEP:-}" = 1 ]; then echo "Logs and haproxy.cfg kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- What it needs -------------------------------------------------------------------------
if ! command -v haproxy >/dev/null || ! command -v wrk >/dev/null; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null && [ "${SKIP_IF_MISSING:-}" != 1 ]; then
		say "Installing haproxy and wrk (apt-get)"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy wrk >/dev/null ||
			{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy wrk >/dev/null; }
	else
		missing "haproxy or wrk not installed (apt-get install haproxy wrk)"
	fi
fi

if [ -z "${DB_URL:-}" ]; then
	command -v psql >/dev/null || missing "no database: set DB_URL, DB_USER, DB_PASSWORD or install PostgreSQL"
	DB_MADE="clubhuis_two_instances_$$"
	DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
	DB_USER=$DB_MADE
	say "Making a throwaway database $DB_MADE on the local PostgreSQL"
	as_postgres psql -q -v ON_ERROR_STOP=1 -c "CREATE ROLE $DB_MADE LOGIN PASSWORD '$DB_PASSWORD'" \
		-c "CREATE DATABASE $DB_MADE OWNER $DB_MADE" >/dev/null ||
		missing "could not make a database on the local PostgreSQL (is it running?)"
	DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_MADE"
fi

if [ -z "${JAR:-}" ]; then
	say "Building the jar (./mvnw -B -q -DskipTests package)"
	./mvnw -B -q -DskipTests package
	JAR=$(ls target/clubhuis-*.jar | grep -v -e sources -e original | head -n 1)
fi
[ -f "$JAR" ] || missing "no jar at $JAR"

# --- Two instances and the balancer --------------------------------------------------------
# The cleanup job fires every 2 seconds here (hourly in production) and logs each run. The jar
# runs AOT-processed, as the Docker image runs it.
start_instance() { # name port
	SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
		java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} -Dspring.aot.enabled=true -jar "$JAR" \
		--server.port="$2" --server.address=127.0.0.1 --spring.profiles.active=demo \
		--server.shutdown=graceful --clubhuis.base-url="$LB" \
		"--clubhuis.jobs.expired-records-cleanup.cron=*/2 * * * * *" --clubhuis.jobs.lock-at-least-for=PT1S \
		--logging.level.nl.clubhuis.shared.ExpiredRecordsCleanup=DEBUG \
		--logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=DEBUG \
		>>"$WORK/$1.log" 2>&1 &
	PIDS+=($!)
	eval "PID_$1=$!"
}

wait_ready() { # name url seconds
	local until=$((SECONDS + $3))
	while [ $SECONDS -lt $until ]; do
		if curl -fs -o /dev/null "$2/actuator/health/readiness"; then return 0; fi
		sleep 0.5
	done
	echo "Instance $1 did not get ready; the end of its log:" >&2
	tail -n 40 "$WORK/$1.log" >&2
	exit 1
}

cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 1000
    log stdout format raw local0

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-keep-alive 10s
    # A health check may take longer than its interval on a busy machine without failing.
    timeout check 2s
    option forwardfor
    # A request that found no instance to connect to goes to another one (redispatch). Only
    # GET and HEAD are retried after they reached an instance (closed connection, no answer in
    # time): replaying a POST could do a thing twice.
    retries 3
    option redispatch
    retry-on conn-failure empty-response response-timeout
    default-server check inter 500ms fall 1 rise 2

frontend portal
    bind 127.0.0.1:$PORT_LB
    http-request disable-l7-retry unless METH_GET
    default_backend instances

backend instances
    balance roundrobin
    # An instance that is stopping turns this 503 while it still serves: it is drained.
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    server a 127.0.0.1:$PORT_A
    server b 127.0.0.1:$PORT_B

listen stats
    bind 127.0.0.1:$PORT_STATS
    stats enable
    stats uri /
EOF
haproxy -c -q -f "$WORK/haproxy.cfg"

say "Starting instance A on $PORT_A (it makes the schema and the demo data)"
start_instance a "$PORT_A"
wait_ready a "$A" 180
say "Starting instance B on $PORT_B"
start_instance b "$PORT_B"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_ready b "$B" 180
# From here on both instances fire the job; each run is one line in one of the logs.
JOB_FROM=$SECONDS
job_lines_a=$(wc -l <"$WORK/a.log")
job_lines_b=$(wc -l <"$WORK/b.log")

server_status() { # server name in haproxy -> UP, DOWN, ...
	curl -fs "http://127.0.0.1:$PORT_STATS/;csv" | awk -F, -v s="$1" '$1 == "instances" && $2 == s { print $18 }'
}
wait_status() { # server status seconds
	local until=$((SECONDS + $3))
	while [ $SECONDS -lt $until ]; do
		[ "$(server_status "$1")" = "$2" ] && return 0
		sleep 0.2
	done
	return 1
}
wait_status a UP 10 && wait_status b UP 10 || fail "HAProxy does not see both instances UP"

# csrf_of <page> -> the form's CSRF token
csrf_of() {
	awk 'match($0, /name="_csrf" value="[^"]*"/) { print substr($0, RSTART + 20, RLENGTH - 21); exit }' <<<"$1"
}

# login <base url> <email> -> prints the SESSION cookie's value
login() {
	local jar="$WORK/jar.$RANDOM" csrf
	csrf=$(csrf_of "$(curl -fs -c "$jar" -b "$jar" "$1/login")")
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$2" --data-urlencode "password=clubhuis-demo" \
		--data-urlencode "_csrf=$csrf" "$1/login"
	awk '$6 == "SESSION" { print $7 }' "$jar"
}

# --- a. A login on A is valid on B ---------------------------------------------------------
say "a. Logging in on A, then asking B for /mijn with the same session"
MEMBER=$(login "$A" lid@example.org)
page=$(curl -s -w '\n%{http_code}' -H "Cookie: SESSION=$MEMBER" "$B/mijn" || true)
if [ "${page##*$'\n'}" = 200 ] && grep -q 'Lisa Lid' <<<"$page"; then
	pass "a. logged in on A, B shows /mijn for Lisa Lid"
else
	fail "a. B does not know the session made on A (status ${page##*$'\n'})"
fi

# --- c. A change through A shows on B within a second ---------------------------------------
say "c. Publishing a news post through A while B has just shown /nieuws"
EDITOR=$(login "$A" redacteur@example.org)
csrf=$(csrf_of "$(curl -fs -H "Cookie: SESSION=$EDITOR" "$A/nieuws/nieuw")")
TITLE="Twee instanties $$ $(date +%H%M%S)"
curl -fs -o /dev/null "$B/nieuws"
curl -fs -o /dev/null -H "Cookie: SESSION=$MEMBER" "$B/nieuws"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$EDITOR" -F "_csrf=$csrf" -F "title=$TITLE" \
	-F "body=Gepubliceerd via instantie A." -F "actie=publiceren" "$A/nieuws/nieuw")
published=$(now_ms)
[ "$status" = 302 ] || fail "c. publishing through A answered $status, not a redirect"
# shows_within <who> [curl args] -> PASS when a request to B's /nieuws that started at most a
# second after the publication shows the post (both kinds of visitor poll at the same time).
shows_within() {
	local who=$1 started
	shift
	while :; do
		started=$(($(now_ms) - published))
		if grep -qF "$TITLE" <<<"$(curl -fs "$@" "$B/nieuws" || true)"; then
			if [ $started -le 1000 ]; then
				pass "c. $who on B sees the post in a request made $started ms after it was published on A"
			else
				fail "c. $who on B saw the post only in a request made $started ms after it was published"
			fi
			return
		fi
		if [ $started -gt 5000 ]; then
			fail "c. $who on B does not see the post after 5 s"
			return
		fi
		sleep 0.1
	done
}
shows_within "an anonymous visitor" >"$WORK/c-anonymous.txt" &
anonymous=$!
shows_within "a member" -H "Cookie: SESSION=$MEMBER" >"$WORK/c-member.txt" &
wait $anonymous $!
cat "$WORK/c-anonymous.txt" "$WORK/c-member.txt"
if grep -q '^FAIL' "$WORK/c-anonymous.txt" "$WORK/c-member.txt"; then FAILED=1; fi

# --- b. The scheduled job ran once per firing -----------------------------------------------
sleep $((JOB_FROM + 9 - SECONDS > 0 ? JOB_FROM + 9 - SECONDS : 0))
say "b. Counting the runs of the cleanup job (fires every 2 s on both instances)"
runs() { # name lines-to-skip -> "<second> <name>" per run
	tail -n +"$(($2 + 1))" "$WORK/$1.log" | grep -o 'Expired records cleanup ran at [0-9T:-]*' | awk -v n="$1" '{ print $6, n }' || true
}
{ runs a "$job_lines_a"; runs b "$job_lines_b"; } | sort >"$WORK/runs.txt"
firings=$(cut -d' ' -f1 "$WORK/runs.txt" | sort -u | wc -l)
total=$(wc -l <"$WORK/runs.txt")
by_a=$(grep -c ' a$' "$WORK/runs.txt" || true)
by_b=$(grep -c ' b$' "$WORK/runs.txt" || true)
skipped() { tail -n +"$(($2 + 1))" "$WORK/$1.log" | grep -c "Not executing 'expired-records-cleanup'" || true; }
if [ "$firings" -ge 3 ] && [ "$total" -eq "$firings" ]; then
	pass "b. $firings firings of the job, each run by one instance (A ran $by_a and found it locked $(skipped a "$job_lines_a") times, B ran $by_b and found it locked $(skipped b "$job_lines_b") times)"
else
	fail "b. $total runs for $firings firings (A $by_a, B $by_b): $(tr '\n' ';' <"$WORK/runs.txt")"
fi

# --- d. Stopping A under load fails no request ----------------------------------------------
say "d. Load through the balancer (logged in: /mijn, /nieuws, /doetanks) while A stops"
cat >"$WORK/count.lua" <<'EOF'
-- Counts answers other than 200 per thread; done() adds them up.
local threads = {}
local paths = { "/mijn", "/nieuws", "/doetanks" }
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; bad = 0; i = 0 end
function request()
	i = i + 1
	return wrk.format("GET", paths[i % #paths + 1])
end
function response(status, headers, body)
	if status == 200 then ok = ok + 1 else bad = bad + 1 end
end
function done(summary, latency, requests)
	local ok, bad = 0, 0
	for _, t in ipairs(threads) do ok = ok + t:get("ok"); bad = bad + t:get("bad") end
	local e = summary.errors
	io.write(string.format("RESULT ok=%d bad=%d connect=%d read=%d write=%d timeout=%d\n",
		ok, bad, e.connect, e.read, e.write, e.timeout))
end
EOF
wrk -t2 -c8 -d15s --timeout 30s -H "Cookie: SESSION=$MEMBER" -s "$WORK/count.lua" "$LB" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
PIDS+=($WRK)
sleep 4
stopping=$(now_ms)
kill -TERM "$PID_a"
wait_status a DOWN 5 && say "   HAProxy marked A down $(($(now_ms) - stopping)) ms after SIGTERM" || true
wait "$PID_a" || true
say "   A stopped $(($(now_ms) - stopping)) ms after SIGTERM"
wait "$WRK" || true
result=$(grep '^RESULT' "$WORK/wrk.txt" || echo "RESULT none")
read -r ok bad connect read write timeout <<<"$(sed 's/[a-z]*=//g; s/RESULT //' <<<"$result")"
if [ "$result" != "RESULT none" ] && [ "$bad" -eq 0 ] && [ "$connect" -eq 0 ] && [ "$read" -eq 0 ] &&
	[ "$write" -eq 0 ] && [ "$timeout" -eq 0 ] && [ "$ok" -gt 0 ]; then
	pass "d. A stopped under load: $ok requests answered 200, none failed"
else
	fail "d. requests failed while A stopped: $result"
	grep -v ' 200 ' "$WORK/haproxy.log" | tail -n 5 || true
fi

say "   Starting A again"
start_instance a "$PORT_A"
wait_ready a "$A" 180
if wait_status a UP 10; then pass "d. A rejoined: HAProxy sends it requests again"; else fail "d. A did not rejoin"; fi

if [ "$FAILED" -ne 0 ]; then
	echo "Some checks failed; run with KEEP=1 to keep the logs"
	exit 1
fi
echo "All checks passed"
