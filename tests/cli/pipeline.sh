#!/bin/sh
# pipeline.sh: `khaldun code` from raw text to events (issue 4 item 3): the
# seed story with no options, every documented JSON field on every event,
# stdin and compressed input equal to the file, the other output formats
# and the SQLite store from the same run, --threads N byte-identical to
# --threads 1 on Reuters stories, and usage errors.  Needs the shipped
# models and dictionaries (repository data/); parts needing ../shared skip
# when it is absent.
. tests/cli-lib.sh
cd "$tmp" || exit 1

# A story written here (plain story format): run from another folder, so the
# dictionaries and models must be found next to the executable.
cat >story.txt <<'S'
 date 2021-05-06 Greece condemns Turkey

ATHENS, May 6 (Reuters) - Greece condemned Turkey on Thursday.

The Greek foreign minister accused Turkey of provocations in the Aegean.
S
"$KHALDUN" code story.txt >ev.jsonl 2>err; st=$?
n=$(wc -l <ev.jsonl)
if [ $st -eq 0 ] && [ "$n" -ge 1 ]; then ok "plain story, no options: exit 0, $n events"; else bad "plain story, no options" "exit $st, $n events"; fi

# every documented field on every event, with sane values
check_fields() { # FILE
    python3 - "$1" <<'P'
import json, sys
need = ["story_id", "sentence_id", "date", "source", "target", "code", "sentence", "pattern", "pattern_source",
        "pattern_file", "pattern_line", "source_text", "target_text", "verb_text", "issues", "root", "quad_class",
        "goldstein", "plover", "geo_name", "geo_country", "geo_fips", "geo_adm1", "geo_lat", "geo_lon", "geo_type",
        "geo_rule"]
bad = 0; n = 0
for line in open(sys.argv[1]):
    e = json.loads(line); n += 1
    miss = [k for k in need if k not in e]
    if miss:
        print("missing", miss, line[:100]); bad += 1; continue
    if e["root"] is not None and (e["root"] != e["code"][:2] or e["quad_class"] not in (1, 2, 3, 4)):
        print("root/quad_class wrong", line[:160]); bad += 1
    if e["geo_rule"] not in (None, "sentence", "dateline", "actor_country"):
        print("geo_rule", e["geo_rule"]); bad += 1
    if e["geo_rule"] and not (-90 <= e["geo_lat"] <= 90 and -180 <= e["geo_lon"] <= 180 and len(e["geo_country"]) == 2):
        print("geo values", line[:160]); bad += 1
print(n, bad)
sys.exit(1 if bad or n == 0 else 0)
P
}
if out=$(check_fields ev.jsonl); then ok "every event has the documented fields ($out)"; else bad "documented fields" "$out"; fi
# the story's events: Greece (GRC) is the source of a disapproval (root 11), the dateline places it in Athens
if grep '"source":"GRC' ev.jsonl | grep -q '"root":"11"'; then ok "Greece condemns Turkey: GRC source, root 11"; else bad "GRC 11x" "$(cut -c1-200 ev.jsonl)"; fi

# stdin and gzip give the same events
"$KHALDUN" code - <story.txt >ev2.jsonl 2>err; st=$?
# ids name the input: story-1 for story.txt, stdin-1 for standard input
sed 's/"stdin-1/"story-1/g' ev2.jsonl | cmp -s ev.jsonl - && [ $st -eq 0 ] && ok "stdin = file" || bad "stdin = file" "exit $st"
gzip -c story.txt >story.txt.gz
"$KHALDUN" code story.txt.gz >ev3.jsonl 2>err; st=$?
cmp -s ev.jsonl ev3.jsonl && [ $st -eq 0 ] && ok ".gz = file" || bad ".gz = file" "exit $st"
# JSON Lines story input
python3 -c 'import json; print(json.dumps({"id": "j1", "date": "2021-05-06", "title": "t", "text": "ATHENS, May 6 (Reuters) - Greece condemned Turkey on Thursday."}))' >story.jsonl
"$KHALDUN" code story.jsonl >ev4.jsonl 2>err; st=$?
[ $st -eq 0 ] && grep -q '"story_id":"j1"' ev4.jsonl && ok "JSON Lines story" || bad "JSON Lines story" "exit $st"

# other formats and the store from the same input
"$KHALDUN" code --format csv -o ev.csv story.txt 2>err; st=$?
rows=$(python3 -c 'import csv,sys; r=list(csv.reader(open("ev.csv"))); print(len(r)-1 if all(len(x)==35 for x in r) else -1)')
[ $st -eq 0 ] && [ "$rows" = "$n" ] && ok "--format csv: $rows rows of 35 columns" || bad "--format csv" "exit $st rows $rows"
"$KHALDUN" code --format gdelt -o ev.export.CSV story.txt 2>err; st=$?
cols=$(python3 -c 'import csv; r=list(csv.reader(open("ev.export.CSV"), delimiter="\t")); print(len(r), set(len(x) for x in r))')
[ $st -eq 0 ] && [ "$cols" = "$n {61}" ] && [ -f ev.mentions.CSV ] && ok "--format gdelt: 61 columns + mentions" || bad "--format gdelt" "exit $st: $cols"
"$KHALDUN" code --db ev.db story.txt >dbout 2>err; st=$?
dbn=$(python3 -c 'import sqlite3; print(sqlite3.connect("ev.db").execute("select count(*) from mentions").fetchone()[0])')
[ $st -eq 0 ] && [ "$dbn" = "$n" ] && [ ! -s dbout ] && ok "--db: $dbn mentions stored, nothing printed" || bad "--db" "exit $st, $dbn mentions"
"$KHALDUN" code --db ev.db story.txt >/dev/null 2>err; st=$?
dbn2=$(python3 -c 'import sqlite3; print(sqlite3.connect("ev.db").execute("select count(*) from mentions").fetchone()[0])')
[ $st -eq 0 ] && [ "$dbn2" = "$n" ] && ok "--db again: nothing added" || bad "--db again" "exit $st, $dbn2 mentions"
cat story.txt story.txt >twice.txt
"$KHALDUN" code --dedup day twice.txt >dd.jsonl 2>err; st=$?
"$KHALDUN" code twice.txt >nd.jsonl 2>err
[ $st -eq 0 ] && [ "$(wc -l <nd.jsonl)" -eq $((2 * n)) ] && [ "$(wc -l <dd.jsonl)" -le "$n" ] && ok "--dedup day folds a repeated story" || bad "--dedup day" "exit $st"

# usage errors
"$KHALDUN" code --format xml story.txt >out 2>err; st=$?
[ $st -eq 2 ] && grep -q "unknown format 'xml'" err && ok "unknown --format: exit 2" || bad "unknown --format" "exit $st"
"$KHALDUN" code --threads 0 story.txt >out 2>err; st=$?
[ $st -eq 2 ] && ok "--threads 0: exit 2" || bad "--threads 0" "exit $st"
"$KHALDUN" code --input-format word story.txt >out 2>err; st=$?
[ $st -eq 2 ] && ok "unknown --input-format: exit 2" || bad "unknown --input-format" "exit $st"

if [ -f "$SHARED/data/seed/libya-2021-05-06.txt" ]; then
    "$KHALDUN" code "$SHARED/data/seed/libya-2021-05-06.txt" >seed.jsonl 2>err; st=$?
    if [ $st -eq 0 ] && [ -s seed.jsonl ] && out=$(check_fields seed.jsonl); then ok "seed story, no options: exit 0, events with every field ($out)"
    else bad "seed story" "exit $st: $out"; fi
    # issue 4/5 seed targets end to end (raw text, story context): Libya's government demanding or
    # appealing to Turkey (02/10), the visit (TURGOV->LBY 042 or LBY->TURGOV 043), Turkish military
    # support (TUR->LBY/LBYGOV 07x), Greece and Cyprus denouncing the agreement (11x), resolved actors.
    # seed_targets FILE own|phoenix.  With the Phoenix dictionaries (issue 4) the appeal is "We call on
    # Turkey to take steps" (CALL's "* (ON)" [020], the clause not combined, as PETRARCH-2); military
    # support (07x) is a known gap of CAMEO.2.0.txt as PETRARCH-2 reads it (docs/coder.md): reported,
    # and checked not to come out as 15x ("* &MILITARY" [154] on the adjective "military").
    seed_targets() {
        python3 - "$1" "$2" <<'P'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
own = sys.argv[2] == "own"
def has(f): return any(f(e) for e in ev)
sup = has(lambda e: e["source"].startswith("TUR") and e["target"] in ("LBY", "LBYGOV") and e["code"][:2] == "07")
need = {
  "LBYGOV->TUR 02/10": has(lambda e: e["source"] == "LBYGOV" and e["target"].startswith("TUR") and e["code"][:2] in ("02", "10")),
  "visit 042/043": has(lambda e: (e["source"] == "TURGOV" and e["target"].startswith("LBY") and e["code"] == "042")
                                  or (e["source"].startswith("LBY") and e["target"] == "TURGOV" and e["code"] == "043")),
  "GRC 11x": has(lambda e: e["source"] == "GRC" and e["code"][:2] == "11"),
  "CYP 11x": has(lambda e: e["source"] == "CYP" and e["code"][:2] == "11"),
  "resolved": has(lambda e: e.get("source_resolved") or e.get("target_resolved")),
  "no TUR->LBY 15x": not has(lambda e: e["source"].startswith("TUR") and e["target"].startswith("LBY") and e["code"][:2] == "15"),
}
if own:
    need["TUR->LBY 07x"] = sup
else:
    print("known gap now passes: make TUR->LBY 07x a check" if sup else "known gap (Phoenix): TUR->LBY 07x", file=sys.stderr)
bad = [k for k, v in need.items() if not v]
print("missing:", bad) if bad else None
sys.exit(1 if bad else 0)
P
    }
    if seed_targets seed.jsonl own; then ok "seed targets end to end (appeal, visit, military support, GRC/CYP denounce, resolved actors)"
    else bad "seed targets" "see above"; fi
    if [ -f "$SHARED/data/petrarch2/PETR_config.ini" ]; then
        "$KHALDUN" code --config "$SHARED/data/petrarch2/PETR_config.ini" "$SHARED/data/seed/libya-2021-05-06.txt" \
            >seedph.jsonl 2>err; st=$?
        if [ $st -eq 0 ] && seed_targets seedph.jsonl phoenix; then
            ok "seed targets with the Phoenix dictionaries (appeal, visit, GRC/CYP denounce, resolved actors; no 15x)"
        else bad "Phoenix seed targets" "exit $st"; fi
    fi
    "$KHALDUN" code --no-context "$SHARED/data/seed/libya-2021-05-06.txt" >seednc.jsonl 2>err; st=$?
    [ $st -eq 0 ] && ! grep -q '_resolved' seednc.jsonl && ok "--no-context: no resolved actors" || bad "--no-context" "exit $st"
    # the dateline-less seed: the visit sentence names Tripoli
    grep -q '"geo_name":"Tripoli","geo_country":"LY"' seed.jsonl && ok "seed: an event in Tripoli, LY" || bad "seed Tripoli" "no event located in Tripoli"
else
    echo "skip: $SHARED/data/seed absent"
fi
R=$SHARED/data/reuters21578/reuters21578.jsonl
if [ -f "$R" ]; then
    head -n 300 "$R" >r300.jsonl
    "$KHALDUN" code --threads 1 r300.jsonl >t1.jsonl 2>t1.err; s1=$?
    "$KHALDUN" code --threads 2 r300.jsonl >t2.jsonl 2>t2.err; s2=$?
    "$KHALDUN" code --threads 3 --format gdelt -o t3.export.CSV r300.jsonl 2>/dev/null
    "$KHALDUN" code --threads 1 --format gdelt -o t4.export.CSV r300.jsonl 2>/dev/null
    if [ $s1 -eq 0 ] && [ $s2 -eq 0 ] && [ -s t1.jsonl ] && cmp -s t1.jsonl t2.jsonl && cmp -s t1.err t2.err \
       && cmp -s t3.export.CSV t4.export.CSV && cmp -s t3.mentions.CSV t4.mentions.CSV; then
        ok "300 Reuters stories: --threads 2 and 3 byte-identical to --threads 1 ($(wc -l <t1.jsonl) events)"
    else bad "--threads identity" "exit $s1/$s2, $(wc -l <t1.jsonl) vs $(wc -l <t2.jsonl) lines"; fi
else
    echo "skip: $R absent"
fi
if [ -f "$SHARED/data/petrarch2/GigaWord.sample.PETR.xml" ]; then
    # parsed XML with no dictionary options: Khaldun's own set, trees as given
    "$KHALDUN" code "$SHARED/data/petrarch2/GigaWord.sample.PETR.xml" >gw.jsonl 2>err; st=$?
    [ $st -le 1 ] && [ -s gw.jsonl ] && grep -q "76 records" err && ok "parsed XML, default dictionaries: $(wc -l <gw.jsonl) events" || bad "parsed XML default" "exit $st"
fi
finish
