#!/usr/bin/env bash
# Measures how fast the main pages render on a database with thousands of Doetanks.
# Runs against a portal that is already running (for example the packaged jar with the demo
# profile) and the PostgreSQL it uses. Traffic goes to loopback only; each run is bounded.
#
#   DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/clubhuis BASE=http://127.0.0.1:8080 bench/pages.sh
#
# Needs psql and wrk (apt-get install postgresql-client wrk). DOETANKS sets the data size (default 5000),
# POSTS the number of posts (default 20000, spread over news, the Café blog and Doetank blogs).
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
DOETANKS=${DOETANKS:-5000}
POSTS=${POSTS:-20000}
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
post=$(psql "$DATABASE_URL" -qtAc "SELECT slug FROM post WHERE kind = 'NIEUWS' AND status = 'GEPUBLICEERD' AND publish_at <= now() ORDER BY publish_at DESC LIMIT 1")

slug=$(psql "$DATABASE_URL" -qtAc "SELECT d.slug FROM doetank d JOIN membership m ON m.doetank_id = d.id WHERE d.status = 'ACTIEF' GROUP BY d.slug ORDER BY count(*) DESC LIMIT 1")
echo "Doetanks in the database: $(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM doetank")"
echo
printf '%-45s %12s %12s %12s\n' "page" "req/s" "p50" "p99"
for path in "/" "/doetanks" "/doetanks?status=ACTIEF&thema=DIENSTVERLENING&pagina=20" "/doetanks/$slug" "/doetanks/lessen" "/cijfers" "/nieuws" "/blogs?pagina=50" "/nieuws/$post" "/nieuws/feed"; do
	out=$(wrk -t2 -c8 -d10s --latency "$BASE$path")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	printf '%-45s %12s %12s %12s\n' "$path" "$rps" "$p50" "$p99"
done
