#!/usr/bin/env bash
# Restarts PostgreSQL while members write, and checks that no write was lost or doubled.
# Starts the packaged jar (demo profile) on PORT against a PostgreSQL cluster of its own,
# lets WRITERS parallel shells post comments with a unique text each for DURATION seconds,
# restarts the cluster in the middle, and then checks in the database:
#   - every request that succeeded (302 back to the post) has exactly one row;
#   - no text was stored twice;
#   - every request that failed got the friendly 503 page and has 0 or 1 rows;
#   - the portal answers again afterwards without being restarted.
# Prints PASS or FAIL (exit 0 or 1), the numbers, and how long it took to recover.
#
#   bench/db-restart.sh
#
# Needs a cluster it may restart (never one others use): by default the Debian cluster
# "15 faults" on port 5440 with database clubhuis_faults18 owned by clubhuis/clubhuis:
#   pg_createcluster 15 faults -p 5440 && pg_ctlcluster 15 faults start
#   su postgres -c "psql -p 5440 -c \"CREATE ROLE clubhuis LOGIN PASSWORD 'clubhuis'\""
#   su postgres -c "createdb -p 5440 -O clubhuis clubhuis_faults18"
# Settings (environment): PG_VERSION, PG_CLUSTER, PG_PORT, DB, DB_USER, DB_PASSWORD, PORT (18140),
# JAR (target/clubhuis-0.1.0.jar), WRITERS (4), DURATION (20), RESTART_AFTER (7, seconds),
# RESTART (the restart command; default pg_ctlcluster ... restart). Needs curl and psql; run as
# root or as the cluster's owner.
set -uo pipefail
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-faults}
PG_PORT=${PG_PORT:-5440}
DB=${DB:-clubhuis_faults18}
DB_USER=${DB_USER:-clubhuis}
DB_PASSWORD=${DB_PASSWORD:-clubhuis}
PORT=${PORT:-18140}
JAR=${JAR:-target/clubhuis-0.1.0.jar}
WRITERS=${WRITERS:-4}
DURATION=${DURATION:-20}
RESTART_AFTER=${RESTART_AFTER:-7}
RESTART=${RESTART:-pg_ctlcluster --skip-systemctl-redirect $PG_VERSION $PG_CLUSTER restart}
BASE=http://127.0.0.1:$PORT
FRIENDLY="Het lukt even niet"
RUN=dbrestart-$(date +%s)
WORK=$(mktemp -d)
export PGPASSWORD=$DB_PASSWORD

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB" -qtAX -c "$1"; }
now() { date +%s.%N; }
token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }

[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -B -q -DskipTests package"; exit 2; }
sql "SELECT 1" >/dev/null || { echo "Cannot reach $DB on port $PG_PORT"; exit 2; }

echo "Starting the portal on port $PORT (log: $WORK/app.log)"
SPRING_PROFILES_ACTIVE=demo SERVER_PORT=$PORT \
	SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB \
	SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
	java -Xmx512m -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
for _ in $(seq 600); do
	curl -fs -o /dev/null "$BASE/actuator/health" && break
	kill -0 $APP 2>/dev/null || { echo "The portal did not start:"; tail -20 "$WORK/app.log"; exit 2; }
	sleep 1
done

# One demo member, a session per writer; every writer comments under the same news post.
POST=$(curl -fs "$BASE/nieuws" | grep -o 'href="/nieuws/[^"]*"' | grep -v feed | head -1 | sed 's/href="\/nieuws\///;s/"$//')
[ -n "$POST" ] || { echo "No news post to comment on"; exit 2; }
for w in $(seq "$WRITERS"); do
	curl -s -c "$WORK/jar$w" -b "$WORK/jar$w" "$BASE/login" >"$WORK/login$w.html"
	curl -s -c "$WORK/jar$w" -b "$WORK/jar$w" -o /dev/null --data-urlencode "email=lid@example.org" \
		--data-urlencode "password=clubhuis-demo" --data-urlencode "_csrf=$(token "$WORK/login$w.html")" "$BASE/login"
	curl -s -b "$WORK/jar$w" "$BASE/nieuws/$POST" >"$WORK/post$w.html"
	token "$WORK/post$w.html" >"$WORK/csrf$w"
	[ -s "$WORK/csrf$w" ] || { echo "Writer $w could not log in"; exit 2; }
done

writer() {
	local w=$1 end=$2 i=0 text status
	while [ "$(date +%s)" -lt "$end" ]; do
		i=$((i + 1))
		text="$RUN-w$w-$i"
		result=$(curl -s -o "$WORK/body$w" -w '%{http_code} %{time_total}' --max-time 60 -b "$WORK/jar$w" \
			--data-urlencode "text=$text" --data-urlencode "_csrf=$(cat "$WORK/csrf$w")" \
			"$BASE/berichten/$POST/reacties")
		status=${result% *}
		if [ "$status" = 503 ] && grep -q "$FRIENDLY" "$WORK/body$w"; then status=503-friendly; fi
		mv -f "$WORK/body$w" "$WORK/body-$w-$i" 2>/dev/null
		echo "$(now) $text $status ${result#* }"
	done >"$WORK/writer$w.log"
}

echo "Writing for ${DURATION}s with $WRITERS writers; PostgreSQL restarts after ${RESTART_AFTER}s"
END=$(($(date +%s) + DURATION))
for w in $(seq "$WRITERS"); do writer "$w" "$END" & done
sleep "$RESTART_AFTER"
RESTART_START=$(now)
$RESTART
RESTART_END=$(now)
wait $(jobs -p | grep -v "^$APP\$")
cat "$WORK"/writer*.log | sort -n >"$WORK/requests.log"

# Recovery: the first success that started after PostgreSQL was back.
FIRST_OK=$(awk -v t="$RESTART_END" '$3 == 302 && $1 > t {print $1; exit}' "$WORK/requests.log")
curl -fs -o /dev/null "$BASE/" && ANSWERS=yes || ANSWERS=no

sql "SELECT text, count(*) FROM post_comment WHERE text LIKE '$RUN-%' GROUP BY text" | tr '|' ' ' >"$WORK/rows"
verdict=$(awk -v rows="$WORK/rows" '
	BEGIN { while ((getline line < rows) > 0) { split(line, f, " "); n[f[1]] = f[2] } }
	{ total++; c = ($2 in n) ? n[$2] : 0; if (c > 1) doubled++
	  if ($3 == 302) { ok++; if (c != 1) lost++ }
	  else if ($3 == "503-friendly") { friendly++; if (c == 1) happened++ }
	  else { other++; print "unfriendly: " $0 > "/dev/stderr" } }
	END { printf "%d %d %d %d %d %d %d\n", total, ok, friendly, other, lost, doubled, happened }' "$WORK/requests.log")
read -r TOTAL OK FRIENDLY_N OTHER LOST DOUBLED HAPPENED <<<"$verdict"
ROWS=$(awk '{s += $2} END {print s + 0}' "$WORK/rows")

echo "requests: $TOTAL; succeeded: $OK; friendly 503: $FRIENDLY_N (of which stored anyway: $HAPPENED); other failures: $OTHER"
echo "rows: $ROWS; successes without exactly one row: $LOST; texts stored twice: $DOUBLED"
printf 'PostgreSQL restart took %.1fs; ' "$(echo "$RESTART_END - $RESTART_START" | bc)"
if [ -n "$FIRST_OK" ]; then
	printf 'first success %.1fs after it was back\n' "$(echo "$FIRST_OK - $RESTART_END" | bc)"
else
	echo "no success after it was back"
fi
echo "slowest request: $(sort -k4 -n "$WORK/requests.log" | tail -1 | awk '{print $4 "s (" $3 ")"}')"
echo "portal answers afterwards: $ANSWERS (log and responses: $WORK)"
[ "$FRIENDLY_N" -gt 0 ] || echo "Note: no request failed during the restart; try more WRITERS."
if [ "$LOST" = 0 ] && [ "$DOUBLED" = 0 ] && [ "$OTHER" = 0 ] && [ "$ANSWERS" = yes ] && [ -n "$FIRST_OK" ]; then
	echo PASS
	exit 0
fi
echo FAIL
exit 1
