#!/usr/bin/env bash
# Measures how fast the main pages render on a database with thousands of Doetanks.
# Runs against a portal that is already running (for example the packaged jar with the demo
# profile) and the PostgreSQL it uses. Traffic goes to loopback only; each run is bounded.
#
#   DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/clubhuis BASE=http://127.0.0.1:8080 bench/pages.sh
#
# Needs psql and wrk (apt-get install postgresql-client wrk). DOETANKS sets the data size (default 5000),
# POSTS the number of posts (default 20000, spread over news, the Café blog and Doetank blogs),
# EVENTS the number of agenda events (default 2000, half behind us), each with up to 60 registrations.
# Every benchmark Doetank also records two werkvormen, so a werkvorm page lists hundreds of Doetanks.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
DOETANKS=${DOETANKS:-5000}
POSTS=${POSTS:-20000}
EVENTS=${EVENTS:-2000}
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL of the portal}"

have=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM doetank")
if [ "$have" -lt "$DOETANKS" ]; then
	echo "Adding $((DOETANKS - have)) Doetanks (marked bench-) to reach $DOETANKS"
	psql "$DATABASE_URL" -q <<SQL
INSERT INTO doetank (slug, title, vraagstuk, theme, phase, status, stop_reason, lessons, looking_for)
SELECT 'bench-' || n, 'Benchmark Doetank ' || n,
       'Een vraagstuk om de pagina''s mee te meten. Met een tweede zin.',
       (ARRAY['WERK_EN_ORGANISATIE','DIENSTVERLENING','ZORG_EN_WELZIJN','WIJK_EN_PARTICIPATIE'])[1 + n % 4],
       (ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN','EVALUEREN','VERBREDEN'])[1 + n % 6],
       (ARRAY['ACTIEF','AFGEROND','GESTOPT'])[1 + n % 3],
       CASE WHEN n % 3 = 2 THEN 'Geen opdrachtgever gevonden' END,
       CASE WHEN n % 3 = 2 THEN 'Eerder een opdrachtgever betrekken' END,
       CASE WHEN n % 2 = 0 THEN '{LEDEN}'::varchar[] ELSE '{}'::varchar[] END
FROM generate_series($have + 1, $DOETANKS) AS n
ON CONFLICT (slug) DO NOTHING;
ANALYZE doetank;
SQL
fi

posts=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM post")
if [ "$posts" -lt "$POSTS" ]; then
	echo "Adding $((POSTS - posts)) posts (marked bench-)"
	psql "$DATABASE_URL" -q <<SQL
INSERT INTO post (kind, slug, title, body, excerpt, tags, doetank_id, phase, author_id, status, publish_at,
                  created_at, updated_at)
WITH teams AS (SELECT array_agg(id) AS ids FROM doetank WHERE status = 'ACTIEF')
SELECT k.kind, 'bench-post-' || n, 'Benchmarkbericht ' || n,
       E'## Wat we leerden\n\nEen tekst met **nadruk** en een [link](https://example.org).\n\n* een\n* twee',
       'Een tekst met nadruk en een link.', ARRAY[(ARRAY['opschalen','opdrachtgever','café'])[1 + n % 3]]::varchar[],
       CASE WHEN k.kind = 'DOETANKBLOG' THEN teams.ids[1 + n % array_length(teams.ids, 1)] END,
       CASE WHEN k.kind = 'DOETANKBLOG' THEN 'SCHETSEN' END,
       (SELECT min(id) FROM member), 'GEPUBLICEERD', now() - n * interval '1 hour', now(), now()
FROM teams, generate_series($posts + 1, $POSTS) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['NIEUWS','CAFEBLOG','DOETANKBLOG'])[1 + n % 3] AS kind) k
ON CONFLICT (slug) DO NOTHING;
ANALYZE post;
SQL
fi
events=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM event")
if [ "$events" -lt "$EVENTS" ]; then
	echo "Adding $((EVENTS - events)) events with registrations (marked bench-)"
	psql "$DATABASE_URL" -q <<SQL
INSERT INTO member (email, name, organisation, password_hash)
SELECT 'bench-' || n || '@example.org', 'Deelnemer ' || n, 'Gemeente Benchmark', '{noop}not-a-login'
FROM generate_series(1, 80) AS n
ON CONFLICT (email) DO NOTHING;
INSERT INTO event (slug, type, title, description, excerpt, starts_at, ends_at, location, capacity, created_by,
                   created_at, updated_at)
SELECT 'bench-event-' || n, (ARRAY['CAFE','GRAND_CAFE','SHOW_AND_TELL','MASTERCLASS'])[1 + n % 4],
       'Benchmark-Café ' || n, E'## Programma\n\nWe werken aan **vraagstukken**.', 'We werken aan vraagstukken.',
       now() + (n - $EVENTS / 2) * interval '1 day', now() + (n - $EVENTS / 2) * interval '1 day' + interval '2 hours',
       'Kennisland, Amsterdam', 50, (SELECT min(id) FROM member), now(), now()
FROM generate_series($events + 1, $EVENTS) AS n
ON CONFLICT (slug) DO NOTHING;
INSERT INTO event_podium (event_id, doetank_id)
SELECT e.id, d.id FROM event e
JOIN LATERAL (SELECT id FROM doetank WHERE status = 'ACTIEF' ORDER BY id OFFSET (e.id % 50) LIMIT 2) d ON true
WHERE e.slug LIKE 'bench-event-%'
ON CONFLICT DO NOTHING;
INSERT INTO event_registration (event_id, member_id, status, registered_at, confirmed_at)
SELECT e.id, m.id, CASE WHEN m.rank <= 50 THEN 'BEVESTIGD' ELSE 'WACHTLIJST' END, now(),
       CASE WHEN m.rank <= 50 THEN now() END
FROM event e
CROSS JOIN LATERAL (SELECT id, row_number() OVER (ORDER BY id) AS rank FROM member
                    WHERE email LIKE 'bench-%' LIMIT 40 + e.id % 21) m
WHERE e.slug LIKE 'bench-event-%'
  AND NOT EXISTS (SELECT 1 FROM event_registration r WHERE r.event_id = e.id);
ANALYZE event; ANALYZE event_podium; ANALYZE event_registration;
SQL
fi
usages=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM werkvorm_usage")
if [ "$usages" -lt "$DOETANKS" ]; then
	echo "Letting every benchmark Doetank record two werkvormen"
	psql "$DATABASE_URL" -q <<SQL
INSERT INTO werkvorm_usage (doetank_id, werkvorm_id, phase, note, recorded_by, recorded_at)
SELECT d.id, w.id, d.phase, 'Wat dit team met de werkvorm deed, in een paar zinnen.', (SELECT min(id) FROM member),
       now() - (d.id % 500) * interval '1 hour'
FROM doetank d
JOIN LATERAL (SELECT id FROM werkvorm ORDER BY id OFFSET (d.id % 20) LIMIT 2) w ON true
WHERE d.slug LIKE 'bench-%' AND d.phase IS NOT NULL
ON CONFLICT DO NOTHING;
ANALYZE werkvorm_usage;
SQL
fi
werkvorm=$(psql "$DATABASE_URL" -qtAc "SELECT w.slug FROM werkvorm w JOIN werkvorm_usage u ON u.werkvorm_id = w.id GROUP BY w.slug ORDER BY count(*) DESC LIMIT 1")
event=$(psql "$DATABASE_URL" -qtAc "SELECT slug FROM event WHERE ends_at > now() ORDER BY starts_at LIMIT 1 OFFSET 3")

post=$(psql "$DATABASE_URL" -qtAc "SELECT slug FROM post WHERE kind = 'NIEUWS' AND status = 'GEPUBLICEERD' AND publish_at <= now() ORDER BY publish_at DESC LIMIT 1")

slug=$(psql "$DATABASE_URL" -qtAc "SELECT d.slug FROM doetank d JOIN membership m ON m.doetank_id = d.id WHERE d.status = 'ACTIEF' GROUP BY d.slug ORDER BY count(*) DESC LIMIT 1")
echo "Doetanks in the database: $(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM doetank")"
echo
printf '%-45s %12s %12s %12s\n' "page" "req/s" "p50" "p99"
for path in "/" "/doetanks" "/doetanks?status=ACTIEF&thema=DIENSTVERLENING&pagina=20" "/doetanks/$slug" "/doetanks/lessen" "/cijfers" "/nieuws" "/blogs?pagina=50" "/nieuws/$post" "/nieuws/feed" \
	"/agenda" "/agenda/geweest?pagina=40" "/agenda/$event" "/agenda.ics" \
	"/toolkit" "/toolkit/$werkvorm" "/toolkit/$werkvorm?pagina=100" "/inspiratiewijzer?fase=ADOPTEREN&vraag=no-opdrachtgever" \
	"/route" "/partners"; do
	out=$(wrk -t2 -c8 -d10s --latency "$BASE$path")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	printf '%-45s %12s %12s %12s\n' "$path" "$rps" "$p50" "$p99"
done
