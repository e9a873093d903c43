#!/bin/sh
# store.sh: the SQLite event store and `khaldun query` end to end:
# idempotent re-import, SIGKILL mid-ingest then re-run == uninterrupted run,
# bad databases (not SQLite, read-only, locked, disk full), unknown --format,
# no partial output file, query outputs parsed back and checked against
# counts computed independently in Python from the JSON Lines input.
. tests/cli-lib.sh
command -v python3 >/dev/null 2>&1 || skip "python3 absent: skipped"

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
    python3 "$REPO/tests/cli/products_events.py" reuters 1000 "$R" > "$tmp/ev.jsonl"
else
    echo "$R absent: synthetic stories instead of Reuters"
    "$KHALDUN" store synth --db "$tmp/tmp.db" --events 3000 --quiet
    python3 - "$tmp/tmp.db" > "$tmp/ev.jsonl" <<'PY'
import sqlite3, sys, json
c = sqlite3.connect(sys.argv[1])
for r in c.execute("SELECT s.story_id, se.sentence_id, e.date, e.source, e.target, e.code, se.text FROM events e JOIN mentions m USING(event_id) JOIN stories s USING(story_no) JOIN sentences se ON se.story_no=m.story_no AND se.sentence_no=m.sentence_no ORDER BY e.event_id"):
    print(json.dumps(dict(zip(("story_id","sentence_id","date","source","target","code","sentence"), r))))
PY
fi
"$KHALDUN" store import --db "$tmp/a.db" --dedup day --quiet "$tmp/ev.jsonl"; ran $? "first import"
dump "$tmp/a.db" > "$tmp/a1.dump"
"$KHALDUN" store import --db "$tmp/a.db" --dedup day "$tmp/ev.jsonl" 2> "$tmp/a2.err"; ran $? "second import"
dump "$tmp/a.db" > "$tmp/a2.dump"
check "re-import adds nothing (identical content)" cmp "$tmp/a1.dump" "$tmp/a2.dump"
check "second run reports all stories present" has "$tmp/a2.err" "0 stories added, "
check "wrong --dedup for an existing database is refused" sh -c "! '$KHALDUN' store import --db '$tmp/a.db' --dedup none '$tmp/ev.jsonl' 2>'$tmp/dd.err'"
check "... with a clear message" has "$tmp/dd.err" "created with --dedup day, not none"

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
indep "$tmp/ev.jsonl" "$tmp/a.db" > "$tmp/indep.out"
for w in stories events mentions counts order; do
    check "independent check: $w" grep -q "^$w True$" "$tmp/indep.out"
done
# every located event says which rule applied; datelines are used
python3 - "$tmp/a.db" > "$tmp/geo.out" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
bad = c.execute("SELECT count(*) FROM events WHERE (geo_type IS NULL) != (geo_rule IS NULL)"
                " OR (geo_type IS NOT NULL AND (geo_lat NOT BETWEEN -90 AND 90 OR geo_lon NOT BETWEEN -180 AND 180))").fetchone()[0]
print("geo-consistent", bad == 0)
rules = dict(c.execute("SELECT geo_rule, count(*) FROM events GROUP BY 1"))
print("geo-rules", all(rules.get(r, 0) > 0 for r in ("sentence", "dateline", "actor_country")))
PY
check "geo columns consistent" grep -q "^geo-consistent True$" "$tmp/geo.out"
if [ -f "$R" ]; then
    check "all three geo rules used on Reuters" grep -q "^geo-rules True$" "$tmp/geo.out"
else
    echo "synthetic stories (no text to locate): the all-geo-rules check skipped"
fi

# Scattered stories: the same events shuffled (a story's events apart) are
# grouped by the importer; the counts still match.
python3 -c "
import random, sys
l = open(sys.argv[1]).readlines(); random.Random(7).shuffle(l); sys.stdout.writelines(l)" "$tmp/ev.jsonl" > "$tmp/shuf.jsonl"
"$KHALDUN" store import --db "$tmp/s.db" --dedup day --quiet "$tmp/shuf.jsonl"; ran $? "import shuffled events"
indep "$tmp/shuf.jsonl" "$tmp/s.db" > "$tmp/indep2.out"
for w in stories events mentions counts; do
    check "shuffled input: $w" grep -q "^$w True$" "$tmp/indep2.out"
done

# Real coder output: khaldun code on the GigaWord sample, then import.
P2=$SHARED/data/petrarch2
if [ -f "$P2/PETR_config.ini" ] && "$KHALDUN" code --help >/dev/null 2>&1; then
    "$KHALDUN" code --config "$P2/PETR_config.ini" "$P2/GigaWord.sample.PETR.xml" > "$tmp/gw.jsonl" 2>/dev/null
    n=$(wc -l < "$tmp/gw.jsonl")
    "$KHALDUN" store import --db "$tmp/gw.db" --quiet "$tmp/gw.jsonl"; ran $? "import khaldun code output"
    m=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from mentions').fetchone()[0])" "$tmp/gw.db")
    check "every coded event stored ($n)" test "$n" -gt 0 -a "$n" = "$m"
else
    echo "petrarch2 data or khaldun code absent: coder-output import skipped"
fi

# ---- queries: outputs parse back, numbers match an independent count ----
"$KHALDUN" query --db "$tmp/a.db" --format csv dyads --top 3 > "$tmp/q1.csv"; ran $? "query dyads csv"
"$KHALDUN" query --db "$tmp/a.db" --format json counts --pair USA,GBR --by quad > "$tmp/q2.json"; ran $? "query counts json"
"$KHALDUN" query --db "$tmp/a.db" --format table goldstein --country USA > "$tmp/q3.txt"; ran $? "query goldstein table"
"$KHALDUN" query --db "$tmp/a.db" events --pair USA,GBR --undirected --limit 5 > "$tmp/q4.csv"; ran $? "query events (csv when not a terminal)"
python3 - "$tmp/ev.jsonl" "$tmp" > "$tmp/q.out" <<'PY'
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
n = sum(1 for k in keys if {cc(k[1]), cc(k[2])} == {"USA", "GBR"})  # --limit 5 of n
print("events", n > 0 and len(rows) == min(5, n) and all(r["sentence"] for r in rows)
      and all({r["source"][:3], r["target"][:3]} == {"USA", "GBR"} for r in rows))
PY
for w in dyads counts events; do
    check "query $w matches independent count" grep -q "^$w True$" "$tmp/q.out"
done
check "table output has a header rule and a row count" sh -c "grep -q '^------' '$tmp/q3.txt' && grep -q 'rows)$' '$tmp/q3.txt'"
check "query on a missing database fails" sh -c "! '$KHALDUN' query --db '$tmp/none.db' summary 2>/dev/null"

# ---- SIGKILL mid-ingest, re-run == uninterrupted ----
# (300,000 events, about 31,500 stories: a whole run takes seconds, so the
# polls below see each threshold passed well before the run would end)
N=300000
"$KHALDUN" store synth --db "$tmp/full.db" --events $N --batch 20 --quiet; ran $? "uninterrupted synth"
# SIGKILL at three fixed points, mid-transaction (each run resumes the last):
# the process kills itself when it reaches the event KHALDUN_TEST_KILL_AT_EVENT
# names, so the kill lands part-way whatever the machine's load
for at in 20000 90000 180000; do
    st=$(KHALDUN_TEST_KILL_AT_EVENT=$at sh -c '"$0" store synth --db "$1" --events "$2" --batch 20 --quiet 2>/dev/null; echo $?' "$KHALDUN" "$tmp/kill.db" $N 2>/dev/null)
    check "synth killed by SIGKILL at event $at (status 137)" test $st -eq 137
done
python3 - "$tmp/kill.db" "$N" > "$tmp/k.out" <<'PY'
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
check "killed database passes integrity_check" grep -q "^integrity True$" "$tmp/k.out"
check "kill happened part-way" grep -q "^partial True$" "$tmp/k.out"
check "killed database holds complete stories only" grep -q "^complete True$" "$tmp/k.out"
"$KHALDUN" store synth --db "$tmp/kill.db" --events $N --batch 20 --quiet; ran $? "re-run after kill"
dump "$tmp/full.db" > "$tmp/full.dump"
dump "$tmp/kill.db" > "$tmp/kill.dump"
check "killed + re-run == uninterrupted (content dump)" cmp "$tmp/full.dump" "$tmp/kill.dump"
"$KHALDUN" query --db "$tmp/full.db" --format csv counts --pair USA,LBY > "$tmp/c1.csv"
"$KHALDUN" query --db "$tmp/kill.db" --format csv counts --pair USA,LBY > "$tmp/c2.csv"
check "killed + re-run == uninterrupted (query dump)" cmp "$tmp/c1.csv" "$tmp/c2.csv"

# ---- a large load into a non-empty store goes on as a bulk load ----
# --auto-bulk 10000: once 10,000 events (and a quarter of the 20,000 stored)
# are in, the query index is dropped and rebuilt at the end; the content must
# be that of a load that keeps the index (--auto-bulk 0), and a kill after the
# switch leaves the store without the index until a re-run completes
idx() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT count(*) FROM sqlite_master WHERE name='events_pair'\").fetchone()[0])" "$1"; }
for d in ab ref abk keep; do "$KHALDUN" store synth --db "$tmp/$d.db" --events 20000 --batch 50 --quiet; done
"$KHALDUN" store synth --db "$tmp/ab.db" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet; ran $? "load switching to bulk"
"$KHALDUN" store synth --db "$tmp/ref.db" --events 30000 --seed 2 --batch 50 --auto-bulk 0 --quiet; ran $? "load keeping the index"
dump "$tmp/ab.db" > "$tmp/ab.dump"
dump "$tmp/ref.db" > "$tmp/ref.dump"
check "switch to bulk mid-load == index kept (content dump)" cmp "$tmp/ab.dump" "$tmp/ref.dump"
check "query index rebuilt after the switch" test "$(idx "$tmp/ab.db")" = 1
st=$(KHALDUN_TEST_KILL_AT_EVENT=25000 sh -c '"$0" store synth --db "$1" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet 2>/dev/null; echo $?' "$KHALDUN" "$tmp/abk.db" 2>/dev/null)
check "bulk-switched load killed by SIGKILL (status 137)" test $st -eq 137
check "killed after the switch: query index dropped" test "$(idx "$tmp/abk.db")" = 0
st=$(KHALDUN_TEST_KILL_AT_EVENT=25000 sh -c '"$0" store synth --db "$1" --events 30000 --seed 2 --batch 50 --auto-bulk 0 --quiet 2>/dev/null; echo $?' "$KHALDUN" "$tmp/keep.db" 2>/dev/null)
check "killed with --auto-bulk 0: query index kept" test "$(idx "$tmp/keep.db")" = 1
"$KHALDUN" store synth --db "$tmp/abk.db" --events 30000 --seed 2 --batch 50 --auto-bulk 10000 --quiet; ran $? "re-run after the kill"
dump "$tmp/abk.db" > "$tmp/abk.dump"
check "killed + re-run == index kept (content dump)" cmp "$tmp/abk.dump" "$tmp/ref.dump"
check "query index back after the re-run" test "$(idx "$tmp/abk.db")" = 1

# ---- bad databases ----
printf 'this is not a database, just some text that is long enough to be a header......................................\n' > "$tmp/text.db"
"$KHALDUN" store import --db "$tmp/text.db" "$tmp/ev.jsonl" 2> "$tmp/e1"; st=$?
check "not-SQLite file: exit 2" test $st -eq 2
check "not-SQLite file: clear message" has "$tmp/e1" "not an SQLite database"
check "not-SQLite file: left untouched" grep -q "^this is not a database" "$tmp/text.db"
"$KHALDUN" query --db "$tmp/text.db" summary 2> "$tmp/e1q"; st=$?
check "query on not-SQLite file: exit 2 and message" sh -c "test $st -eq 2 && grep -q 'not an SQLite database' '$tmp/e1q'"

# locked by another writer: hold a write transaction from Python
python3 - "$tmp/a.db" "$tmp/locked" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(3)
c.execute("ROLLBACK")
PY
lpid=$!
i=0; while [ ! -f "$tmp/locked" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
"$KHALDUN" store import --db "$tmp/a.db" --dedup day --busy-timeout 300 "$tmp/ev.jsonl" 2> "$tmp/e2"; st=$?
check "locked database: exit 2" test $st -eq 2
check "locked database: clear message with the wait" has "$tmp/e2" "locked by another writer (waited 300 ms)"
wait $lpid
dump "$tmp/a.db" > "$tmp/a3.dump"
check "locked database: content unchanged" cmp "$tmp/a1.dump" "$tmp/a3.dump"

# unknown --format
"$KHALDUN" store export --db "$tmp/a.db" --format xml -o "$tmp/x.out" 2> "$tmp/e3"; st=$?
check "unknown --format: exit 2" test $st -eq 2
check "unknown --format: names the known ones" has "$tmp/e3" "unknown format 'xml' (known: json, petrarch, csv, phoenix, gdelt)"
check "unknown --format: no output file" test ! -e "$tmp/x.out"

# export parses back (GDELT 61 + Mentions 16, Phoenix 26)
"$KHALDUN" store export --db "$tmp/a.db" --format gdelt -o "$tmp/a.export.CSV"; ran $? "export gdelt"
"$KHALDUN" store export --db "$tmp/a.db" --format phoenix -o "$tmp/a.phx"; ran $? "export phoenix"
python3 - "$tmp" "$tmp/a.db" > "$tmp/x.out2" <<'PY'
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
    check "export $w parses back" grep -q "^$w True$" "$tmp/x.out2"
done

# read-only and full disk need a private mount (user namespace + tmpfs)
if unshare -rm sh -c 'mount -t tmpfs -o size=64k none "$1"' sh "$tmp" 2>/dev/null; then
    mkdir -p "$tmp/ro" "$tmp/full"
    unshare -rm sh -c '
        KHALDUN=$1; tmp=$2
        mount -t tmpfs -o size=4m none "$tmp/ro" || exit 9
        cp "$tmp/a.db" "$tmp/ro/a.db"
        mount -o remount,ro "$tmp/ro" || exit 9
        "$KHALDUN" store import --db "$tmp/ro/a.db" --dedup day "$tmp/ev.jsonl" 2> "$tmp/e4"; echo "ro=$?"
        "$KHALDUN" query --db "$tmp/ro/a.db" --format csv summary > "$tmp/ro-q.csv" 2>&1; echo "roq=$?"
        umount "$tmp/ro"
        mount -t tmpfs -o size=600k none "$tmp/full" || exit 9
        "$KHALDUN" store synth --db "$tmp/full/f.db" --events 100000 --batch 50 2> "$tmp/e5"; echo "full=$?"
        python3 -c "
import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
print(\"fullint\", c.execute(\"PRAGMA integrity_check\").fetchone()[0]==\"ok\")
print(\"fullcomplete\", c.execute(\"SELECT count(*) FROM stories s WHERE n_mentions != (SELECT count(*) FROM mentions m WHERE m.story_no = s.story_no)\").fetchone()[0]==0)
" "$tmp/full/f.db"
        rm -f "$tmp/full/f.db"*
        head -c 500000 /dev/zero > "$tmp/full/filler"
        "$KHALDUN" store export --db "$tmp/a.db" --format csv -o "$tmp/full/out.csv" 2> "$tmp/e6"; echo "fullout=$?"
        ls "$tmp/full" > "$tmp/full-ls"
        umount "$tmp/full"
    ' sh "$KHALDUN" "$tmp" > "$tmp/ns.out" 2>&1
    check "read-only database: exit 2" grep -q "^ro=2$" "$tmp/ns.out"
    check "read-only database: clear message" has "$tmp/e4" "read-only"
    check "read-only database: query still works" grep -q "^roq=0$" "$tmp/ns.out"
    check "full disk: exit 2" grep -q "^full=2$" "$tmp/ns.out"
    check "full disk: clear message" has "$tmp/e5" "database or disk is full"
    check "full disk: database consistent" grep -q "^fullint True$" "$tmp/ns.out"
    check "full disk: only complete stories" grep -q "^fullcomplete True$" "$tmp/ns.out"
    check "full disk on output: exit 2" grep -q "^fullout=2$" "$tmp/ns.out"
    check "full disk on output: message" has "$tmp/e6" "No space left on device"
    check "full disk on output: no partial file, no temporary" sh -c "! grep -q 'out.csv' '$tmp/full-ls'"
else
    echo "unshare/tmpfs unavailable: read-only and full-disk checks skipped"
fi

finish
