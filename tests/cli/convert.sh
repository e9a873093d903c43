#!/bin/sh
# convert.sh: khaldun convert on real coder output (the GigaWord sample coded
# with the Phoenix dictionaries by khaldun code): every format parses back
# with Python's csv/json modules into its documented column count, the
# deduplicated counts match an independent count, unknown --format fails.
. tests/cli-lib.sh
P2=$SHARED/data/petrarch2
command -v python3 >/dev/null 2>&1 || skip "python3 absent: skipped"
[ -f "$P2/PETR_config.ini" ] || skip "$P2 absent: skipped"
"$KHALDUN" code --config "$P2/PETR_config.ini" "$P2/GigaWord.sample.PETR.xml" > "$tmp/ev.jsonl" 2>/dev/null
check "coder output is not empty" test -s "$tmp/ev.jsonl"
check "gdelt" "$KHALDUN" convert --format gdelt --dedup day -o "$tmp/g.export.CSV" "$tmp/ev.jsonl"
check "phoenix" "$KHALDUN" convert --format phoenix --dedup day -o "$tmp/p.tsv" "$tmp/ev.jsonl"
check "csv" "$KHALDUN" convert --format csv --dedup story -o "$tmp/c.csv" "$tmp/ev.jsonl"
check "json" "$KHALDUN" convert --format json -o "$tmp/j.jsonl" "$tmp/ev.jsonl"
check "petrarch" "$KHALDUN" convert --format petrarch -o "$tmp/pe.txt" "$tmp/ev.jsonl"
python3 - "$tmp" > "$tmp/out" <<'PY'
import csv, json, sys, collections
T = sys.argv[1]
ev = [json.loads(l) for l in open(T + "/ev.jsonl")]
day = collections.OrderedDict()
for e in ev:
    day.setdefault((e["date"].replace("-", ""), e["source"], e["target"], e["code"]), []).append(e)
story = {(e["story_id"],) + k for k, ms in day.items() for e in ms}
rd = lambda p: list(csv.reader(open(p, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
g, m, p = rd(T + "/g.export.CSV"), rd(T + "/g.mentions.CSV"), rd(T + "/p.tsv")
print("gdelt", len(g) == len(day) and {len(r) for r in g} == {61})
print("mentions", len(m) == len(ev) and {len(r) for r in m} == {16})
print("phoenix", len(p) == len(day) and {len(r) for r in p} == {26})
# GDELT columns by the published layout: SQLDATE, Actor1Code, EventCode, NumMentions
print("gdelt-fields", [(r[1], r[5], r[26], int(r[31])) for r in g]
      == [(k[0], k[1][3:] if k[1].startswith("---") else k[1], k[3], len(ms)) for k, ms in day.items()])
print("phoenix-fields", [(r[1], r[13], r[14]) for r in p] == [(k[0], k[3], k[3][:2]) for k in day])
c = list(csv.DictReader(open(T + "/c.csv", newline="")))
print("csv", len(c) == len(story) and all(len(r) == 35 for r in c))
j = [json.loads(l) for l in open(T + "/j.jsonl")]
print("json", len(j) == len(ev))
print("petrarch", len(open(T + "/pe.txt").read().splitlines()) == len(ev))
PY
for w in gdelt mentions phoenix gdelt-fields phoenix-fields csv json petrarch; do
    check "$w parses back" grep -q "^$w True$" "$tmp/out"
done
"$KHALDUN" convert --format xml -o "$tmp/x" "$tmp/ev.jsonl" 2> "$tmp/err"
check "unknown --format: exit 2" test $? -eq 2
check "unknown --format: message" grep -q "unknown format 'xml'" "$tmp/err"
check "unknown --format: no file" test ! -e "$tmp/x"
finish
