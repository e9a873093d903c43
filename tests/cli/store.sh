#!/bin/sh
# store.sh: the SQLite event store and `khaldun query` end to end:
# idempotent re-import, SIGKILL mid-ingest then re-run == uninterrupted run,
# bad databases (not SQLite, read-only, locked, disk full), unknown --format,
# no partial output file, query outputs parsed back and checked against
# counts computed independently in Python from the JSON Lines input.
K=${KHALDUN:-./khaldun}
SHARED=${SHARED:-../shared}
HERE=$(dirname "$0")
T=$(mktemp -d /tmp/khaldun-store.XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
pass=0; fail=0
if ! command -v python3 >/dev/null 2>&1; then
    echo "python3 absent: skipped"
    echo "0 passed, 0 failed"
    exit 0
fi
ok() { if [ "$1" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }
check() { desc=$1; shift; if "$@" >/dev/null 2>&1; then ok 0 "$desc"; else ok 1 "$desc"; fi; }
has() { grep -q -- "$2" "$1"; }
dump() {  # a content dump that does not depend on page layout
    python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for t in ("meta", "stories", "sentences", "events", "mentions", "event_sources"):
    cols = [r[1] for r in c.execute("PRAGMA table_info(%s)" % t)]
    for r in c.execute("SELECT * FROM %s ORDER BY %s" % (t, ", ".join(cols))):
        print(t, repr(r))
PY
}

# ---- idempotence on 1,000 Reuters stories (or synthetic when absent) ----
R=$SHARED/data/reuters21578/reuters21578.jsonl
if [ -f "$R" ]; then
    python3 "$HERE/products_events.py" reuters 1000 "$R" > "$T/ev.jsonl"
else
    echo "$R absent: synthetic stories instead of Reuters"
    "$K" store synth --db "$T/tmp.db" --events 3000 --quiet
    python3 - "$T/tmp.db" > "$T/ev.jsonl" <<'PY'
import sqlite3, sys, json
c = sqlite3.connect(sys.argv[1])
for r in c.execute("SELECT s.story_id, se.sentence_id, e.date, e.source, e.target, e.code, se.text FROM events e JOIN mentions m USING(event_id) JOIN stories s USING(story_no) JOIN sentences se ON se.story_no=m.story_no AND se.sentence_no=m.sentence_no ORDER BY e.event_id"):
    print(json.dumps(dict(zip(("story_id","sentence_id","date","source","target","code","sentence"), r))))
PY
fi
"$K" store import --db "$T/a.db" --dedup day --quiet "$T/ev.jsonl"; ok $? "first import"
dump "$T/a.db" > "$T/a1.dump"
"$K" store import --db "$T/a.db" --dedup day "$T/ev.jsonl" 2> "$T/a2.err"; ok $? "second import"
dump "$T/a.db" > "$T/a2.dump"
check "re-import adds nothing (identical content)" cmp "$T/a1.dump" "$T/a2.dump"
check "second run reports all stories present" has "$T/a2.err" "0 stories added, "
check "wrong --dedup for an existing database is refused" sh -c "! '$K' store import --db '$T/a.db' --dedup none '$T/ev.jsonl' 2>'$T/dd.err'"
check "... with a clear message" has "$T/dd.err" "created with --dedup day, not none"

# Independent counts from the input (Python) vs the database and queries.
indep() {  # events.jsonl db
    python3 - "$1" "$2" <<'PY'
import json, sys, sqlite3, collections
ev = [json.loads(l) for l in open(sys.argv[1])]
def d(x):
    return int(x.replace("-", "")) if isinstance(x, str) else x
stories = collections.OrderedDict()
for e in ev:
    stories.setdefault(e["story_id"], []).append(e)
keys = collections.OrderedDict()
for e in ev:
    k = (d(e["date"]), e["source"], e["target"], e["code"])
    keys.setdefault(k, []).append(e)
c = sqlite3.connect(sys.argv[2])
got = dict(c.execute("SELECT 'stories', count(*) FROM stories UNION ALL SELECT 'events', count(*) FROM events UNION ALL SELECT 'mentions', count(*) FROM mentions"))
print("stories", len(stories) == got["stories"])
print("events", len(keys) == got["events"])
print("mentions", len(ev) == got["mentions"])
# per-event counts: mentions, distinct articles, distinct sources
rows = {(r[0], r[1], r[2], r[3]): r[4:] for r in c.execute("SELECT date, source, target, code, n_mentions, n_articles, n_sources FROM events")}
bad = 0
for k, ms in keys.items():
    arts = {m["story_id"] for m in ms}
    srcs = {m.get("news_source") or m["story_id"] for m in ms}
    if rows.get(k) != (len(ms), len(arts), len(srcs)):
        bad += 1
print("counts", bad == 0)
# event ids follow first appearance
order = [k for k in keys]
ids = [r for r in c.execute("SELECT date, source, target, code FROM events ORDER BY event_id")]
print("order", order == [tuple(x) for x in ids])
PY
}
indep "$T/ev.jsonl" "$T/a.db" > "$T/indep.out"
for w in stories events mentions counts order; do
    check "independent check: $w" grep -q "^$w True$" "$T/indep.out"
done
# every located event says which rule applied; datelines are used
python3 - "$T/a.db" > "$T/geo.out" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
bad = c.execute("SELECT count(*) FROM events WHERE (geo_type IS NULL) != (geo_rule IS NULL)"
                " OR (geo_type IS NOT NULL AND (geo_lat NOT BETWEEN -90 AND 90 OR geo_lon NOT BETWEEN -180 AND 180))").fetchone()[0]
print("geo-consistent", bad == 0)
rules = dict(c.execute("SELECT geo_rule, count(*) FROM events GROUP BY 1"))
print("geo-rules", all(rules.get(r, 0) > 0 for r in ("sentence", "dateline", "actor_country")))
PY
check "geo columns consistent" grep -q "^geo-consistent True$" "$T/geo.out"
check "all three geo rules used on Reuters" grep -q "^geo-rules True$" "$T/geo.out"

# Scattered stories: the same events shuffled (a story's events apart) are
# grouped by the importer; the counts still match.
python3 -c "
import random, sys
l = open(sys.argv[1]).readlines(); random.Random(7).shuffle(l); sys.stdout.writelines(l)" "$T/ev.jsonl" > "$T/shuf.jsonl"
"$K" store import --db "$T/s.db" --dedup day --quiet "$T/shuf.jsonl"; ok $? "import shuffled events"
indep "$T/shuf.jsonl" "$T/s.db" > "$T/indep2.out"
for w in stories events mentions counts; do
    check "shuffled input: $w" grep -q "^$w True$" "$T/indep2.out"
done

# Real coder output: khaldun code on the GigaWord sample, then import.
P2=$SHARED/data/petrarch2
if [ -f "$P2/PETR_config.ini" ] && "$K" code --help >/dev/null 2>&1; then
    "$K" code --config "$P2/PETR_config.ini" "$P2/GigaWord.sample.PETR.xml" > "$T/gw.jsonl" 2>/dev/null
    n=$(wc -l < "$T/gw.jsonl")
    "$K" store import --db "$T/gw.db" --quiet "$T/gw.jsonl"; ok $? "import khaldun code output"
    m=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from mentions').fetchone()[0])" "$T/gw.db")
    check "every coded event stored ($n)" test "$n" -gt 0 -a "$n" = "$m"
else
    echo "petrarch2 data or khaldun code absent: coder-output import skipped"
fi

# ---- queries: outputs parse back, numbers match an independent count ----
"$K" query --db "$T/a.db" --format csv dyads --top 3 > "$T/q1.csv"; ok $? "query dyads csv"
"$K" query --db "$T/a.db" --format json counts --pair USA,GBR --by quad > "$T/q2.json"; ok $? "query counts json"
"$K" query --db "$T/a.db" --format table goldstein --country USA > "$T/q3.txt"; ok $? "query goldstein table"
"$K" query --db "$T/a.db" events --pair USA,GBR --undirected --limit 5 > "$T/q4.csv"; ok $? "query events (csv when not a terminal)"
python3 - "$T/ev.jsonl" "$T" > "$T/q.out" <<'PY'
import json, sys, csv, collections
ev = [json.loads(l) for l in open(sys.argv[1])]
T = sys.argv[2]
def d(x):
    return int(x.replace("-", "")) if isinstance(x, str) else x
keys = {}
for e in ev:
    keys.setdefault((d(e["date"]), e["source"], e["target"], e["code"]), e)
def cc(a):
    return a[:3] if a != "---" else None
dy = collections.Counter((cc(e["source"]), cc(e["target"])) for e in keys.values()
                         if cc(e["source"]) and cc(e["target"]))
rows = list(csv.DictReader(open(T + "/q1.csv", newline="")))
print("dyads", [(r["source_country"], r["target_country"], int(r["events"])) for r in rows]
      == [(a, b, n) for (a, b), n in sorted(dy.items(), key=lambda x: (-x[1], x[0]))[:3]])
quad = lambda code: 1 if int(code[:2]) <= 5 else 2 if int(code[:2]) <= 9 else 3 if int(code[:2]) <= 14 else 4
want = collections.Counter((k[0] // 100, quad(k[3])) for k in keys if cc(k[1]) == "USA" and cc(k[2]) == "GBR")
got = {(r["month"], r["quad_class"]): r["events"] for r in json.load(open(T + "/q2.json"))}
print("counts", got == dict(want) and len(got) > 0)
rows = list(csv.DictReader(open(T + "/q4.csv", newline="")))
print("events", len(rows) == 5 and all(r["sentence"] for r in rows)
      and all({r["source"][:3], r["target"][:3]} == {"USA", "GBR"} for r in rows))
PY
for w in dyads counts events; do
    check "query $w matches independent count" grep -q "^$w True$" "$T/q.out"
done
check "table output has a header rule and a row count" sh -c "grep -q '^------' '$T/q3.txt' && grep -q 'rows)$' '$T/q3.txt'"
check "query on a missing database fails" sh -c "! '$K' query --db '$T/none.db' summary 2>/dev/null"

# ---- SIGKILL mid-ingest, re-run == uninterrupted ----
# (300,000 events, about 31,500 stories: a whole run takes seconds, so the
# polls below see each threshold passed well before the run would end)
N=300000
"$K" store synth --db "$T/full.db" --events $N --batch 20 --quiet; ok $? "uninterrupted synth"
# SIGKILL at three fixed points, mid-transaction (each run resumes the last):
# the process kills itself when it reaches the event KHALDUN_TEST_KILL_AT_EVENT
# names, so the kill lands part-way whatever the machine's load
for at in 20000 90000 180000; do
    st=$(KHALDUN_TEST_KILL_AT_EVENT=$at sh -c '"$0" store synth --db "$1" --events "$2" --batch 20 --quiet 2>/dev/null; echo $?' "$K" "$T/kill.db" $N 2>/dev/null)
    check "synth killed by SIGKILL at event $at (status 137)" test $st -eq 137
done
python3 - "$T/kill.db" "$N" > "$T/k.out" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("integrity", c.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
m = c.execute("SELECT count(*) FROM mentions").fetchone()[0]
print("partial", 0 < m < int(sys.argv[2]))
# every stored story is complete: its mention count matches its mentions
bad = c.execute("SELECT count(*) FROM stories s LEFT JOIN (SELECT story_no, count(*) AS c FROM mentions GROUP BY story_no) m"
                " USING (story_no) WHERE s.n_mentions != coalesce(m.c, 0)").fetchone()[0]
print("complete", bad == 0)
PY
check "killed database passes integrity_check" grep -q "^integrity True$" "$T/k.out"
check "kill happened part-way" grep -q "^partial True$" "$T/k.out"
check "killed database holds complete stories only" grep -q "^complete True$" "$T/k.out"
"$K" store synth --db "$T/kill.db" --events $N --batch 20 --quiet; ok $? "re-run after kill"
dump "$T/full.db" > "$T/full.dump"
dump "$T/kill.db" > "$T/kill.dump"
check "killed + re-run == uninterrupted (content dump)" cmp "$T/full.dump" "$T/kill.dump"
"$K" query --db "$T/full.db" --format csv counts --pair USA,LBY > "$T/c1.csv"
"$K" query --db "$T/kill.db" --format csv counts --pair USA,LBY > "$T/c2.csv"
check "killed + re-run == uninterrupted (query dump)" cmp "$T/c1.csv" "$T/c2.csv"

# ---- a large load into a non-empty store goes on as a bulk load ----
# --auto-bulk 10000: once 10,000 events (and a quarter of the 20,000 stored)
# are in, the query index is dropped and rebuilt at the end; the content must
# be that of a load that keeps the index (--auto-bulk 0), and a kill after the
# switch leaves the store without the index until a re-run completes
idx() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT count(*) FROM sqlite_master WHERE name='events_pair'\").fetchone()[0])" "$1"; }
for d in ab ref abk keep; do "$K" store synth --db "$T/$d.db" --events 20000 --batch 50 --quiet; done
"$K" store synth --db "$T/ab.db" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet; ok $? "load switching to bulk"
"$K" store synth --db "$T/ref.db" --events 30000 --seed 2 --batch 50 --auto-bulk 0 --quiet; ok $? "load keeping the index"
dump "$T/ab.db" > "$T/ab.dump"
dump "$T/ref.db" > "$T/ref.dump"
check "switch to bulk mid-load == index kept (content dump)" cmp "$T/ab.dump" "$T/ref.dump"
check "query index rebuilt after the switch" test "$(idx "$T/ab.db")" = 1
st=$(KHALDUN_TEST_KILL_AT_EVENT=25000 sh -c '"$0" store synth --db "$1" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet 2>/dev/null; echo $?' "$K" "$T/abk.db" 2>/dev/null)
check "bulk-switched load killed by SIGKILL (status 137)" test $st -eq 137
check "killed after the switch: query index dropped" test "$(idx "$T/abk.db")" = 0
st=$(KHALDUN_TEST_KILL_AT_EVENT=25000 sh -c '"$0" store synth --db "$1" --events 30000 --seed 2 --batch 50 --auto-bulk 0 --quiet 2>/dev/null; echo $?' "$K" "$T/keep.db" 2>/dev/null)
check "killed with --auto-bulk 0: query index kept" test "$(idx "$T/keep.db")" = 1
"$K" store synth --db "$T/abk.db" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet; ok $? "re-run after the kill"
dump "$T/abk.db" > "$T/abk.dump"
check "killed + re-run == index kept (content dump)" cmp "$T/abk.dump" "$T/ref.dump"
check "query index back after the re-run" test "$(idx "$T/abk.db")" = 1

# ---- bad databases ----
printf 'this is not a database, just some text that is long enough to be a header......................................\n' > "$T/text.db"
"$K" store import --db "$T/text.db" "$T/ev.jsonl" 2> "$T/e1"; st=$?
check "not-SQLite file: exit 2" test $st -eq 2
check "not-SQLite file: clear message" has "$T/e1" "not an SQLite database"
check "not-SQLite file: left untouched" grep -q "^this is not a database" "$T/text.db"
"$K" query --db "$T/text.db" summary 2> "$T/e1q"; st=$?
check "query on not-SQLite file: exit 2 and message" sh -c "test $st -eq 2 && grep -q 'not an SQLite database' '$T/e1q'"

# locked by another writer: hold a write transaction from Python
python3 - "$T/a.db" "$T/locked" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(3)
c.execute("ROLLBACK")
PY
lpid=$!
i=0; while [ ! -f "$T/locked" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
"$K" store import --db "$T/a.db" --dedup day --busy-timeout 300 "$T/ev.jsonl" 2> "$T/e2"; st=$?
check "locked database: exit 2" test $st -eq 2
check "locked database: clear message with the wait" has "$T/e2" "locked by another writer (waited 300 ms)"
wait $lpid
dump "$T/a.db" > "$T/a3.dump"
check "locked database: content unchanged" cmp "$T/a1.dump" "$T/a3.dump"

# unknown --format
"$K" store export --db "$T/a.db" --format xml -o "$T/x.out" 2> "$T/e3"; st=$?
check "unknown --format: exit 2" test $st -eq 2
check "unknown --format: names the known ones" has "$T/e3" "unknown format 'xml' (known: json, petrarch, csv, phoenix, gdelt)"
check "unknown --format: no output file" test ! -e "$T/x.out"

# export parses back (GDELT 61 + Mentions 16, Phoenix 26)
"$K" store export --db "$T/a.db" --format gdelt -o "$T/a.export.CSV"; ok $? "export gdelt"
"$K" store export --db "$T/a.db" --format phoenix -o "$T/a.phx"; ok $? "export phoenix"
python3 - "$T" "$T/a.db" > "$T/x.out2" <<'PY'
import csv, sys, sqlite3
T = sys.argv[1]
c = sqlite3.connect(sys.argv[2])
ne, nm = c.execute("SELECT count(*), sum(n_mentions) FROM events").fetchone()
rd = lambda p: list(csv.reader(open(p, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
g, m, p = rd(T + "/a.export.CSV"), rd(T + "/a.mentions.CSV"), rd(T + "/a.phx")
print("gdelt", len(g) == ne and {len(r) for r in g} == {61})
print("mentions", len(m) == nm and {len(r) for r in m} == {16})
print("phoenix", len(p) == ne and {len(r) for r in p} == {26})
# NumMentions column (index 31) equals the database's n_mentions
nmen = dict(c.execute("SELECT event_id, n_mentions FROM events"))
print("nummentions", all(int(r[31]) == nmen[int(r[0])] for r in g))
PY
for w in gdelt mentions phoenix nummentions; do
    check "export $w parses back" grep -q "^$w True$" "$T/x.out2"
done

# read-only and full disk need a private mount (user namespace + tmpfs)
if unshare -rm sh -c 'mount -t tmpfs -o size=64k none "$1"' sh "$T" 2>/dev/null; then
    mkdir -p "$T/ro" "$T/full"
    unshare -rm sh -c '
        K=$1; T=$2
        mount -t tmpfs -o size=4m none "$T/ro" || exit 9
        cp "$T/a.db" "$T/ro/a.db"
        mount -o remount,ro "$T/ro" || exit 9
        "$K" store import --db "$T/ro/a.db" --dedup day "$T/ev.jsonl" 2> "$T/e4"; echo "ro=$?"
        "$K" query --db "$T/ro/a.db" --format csv summary > "$T/ro-q.csv" 2>&1; echo "roq=$?"
        umount "$T/ro"
        mount -t tmpfs -o size=600k none "$T/full" || exit 9
        "$K" store synth --db "$T/full/f.db" --events 100000 --batch 50 2> "$T/e5"; echo "full=$?"
        python3 -c "
import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
print(\"fullint\", c.execute(\"PRAGMA integrity_check\").fetchone()[0]==\"ok\")
print(\"fullcomplete\", c.execute(\"SELECT count(*) FROM stories s WHERE n_mentions != (SELECT count(*) FROM mentions m WHERE m.story_no = s.story_no)\").fetchone()[0]==0)
" "$T/full/f.db"
        rm -f "$T/full/f.db"*
        head -c 500000 /dev/zero > "$T/full/filler"
        "$K" store export --db "$T/a.db" --format csv -o "$T/full/out.csv" 2> "$T/e6"; echo "fullout=$?"
        ls "$T/full" > "$T/full-ls"
        umount "$T/full"
    ' sh "$K" "$T" > "$T/ns.out" 2>&1
    check "read-only database: exit 2" grep -q "^ro=2$" "$T/ns.out"
    check "read-only database: clear message" has "$T/e4" "read-only"
    check "read-only database: query still works" grep -q "^roq=0$" "$T/ns.out"
    check "full disk: exit 2" grep -q "^full=2$" "$T/ns.out"
    check "full disk: clear message" has "$T/e5" "database or disk is full"
    check "full disk: database consistent" grep -q "^fullint True$" "$T/ns.out"
    check "full disk: only complete stories" grep -q "^fullcomplete True$" "$T/ns.out"
    check "full disk on output: exit 2" grep -q "^fullout=2$" "$T/ns.out"
    check "full disk on output: message" has "$T/e6" "No space left on device"
    check "full disk on output: no partial file, no temporary" sh -c "! grep -q 'out.csv' '$T/full-ls'"
else
    echo "unshare/tmpfs unavailable: read-only and full-disk checks skipped"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
