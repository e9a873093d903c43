#!/bin/sh
# geo_sinks.sh: every output of `khaldun code` carries the same ActionGeo as
# its JSON Lines output (issue 6): the csv, phoenix and gdelt writers and the
# SQLite store use the place the pipeline found with the parse instead of
# locating the event again from its text, and `store import` / `convert` of
# that JSON keep it.  A story written here names "Quebec" only inside a
# noun phrase after a preposition ("in two small Quebec cities", "to several
# Quebec towns"), which only the dependency tree shows to be a place: every
# format must give Quebec, CA by the sentence rule.  The seed story (when
# ../shared is there) must agree across formats too.  Also: parsed XML input
# does not need the parser models (they load on the first raw-text story).
. tests/cli-lib.sh
cd "$tmp" || exit 1

cat >quebec.txt <<'S'
 date 2021-05-06 Ministers meet

LONDON, May 6 (Reuters) - Britain's foreign minister met Canada's prime minister in two small Quebec cities on Thursday.

Canada's prime minister welcomed the visit by the British minister to several Quebec towns.
S

# compare.py JSON CSV PHOENIX GDELT DB DB2 [CSV...]: geo of event i equal everywhere (the extra CSVs:
# convert's and store export's)
cat >compare.py <<'P'
import csv, json, sqlite3, sys
js = [json.loads(l) for l in open(sys.argv[1])]
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
phx = [l.rstrip("\n").split("\t") for l in open(sys.argv[3])]
gd = [l.rstrip("\n").split("\t") for l in open(sys.argv[4])]
dbs = [sqlite3.connect(p).execute("SELECT geo_rule, geo_country, geo_lat, geo_lon, geo_name, geo_adm1 FROM events"
                                  " ORDER BY event_id").fetchall() for p in sys.argv[5:6] + sys.argv[6:7]]
extra = [(p, list(csv.DictReader(open(p, newline="")))) for p in sys.argv[7:]]
errs = []
def near(a, b):
    return a is not None and b not in (None, "") and abs(float(a) - float(b)) < 6e-5
def adm(j):  # GeoNames admin1 "CA.10" -> "CA10" with the FIPS code in front, as csv/gdelt/store write it
    a = j.get("geo_adm1")
    return j["geo_fips"] + a.split(".", 1)[1] if a and "." in a and j.get("geo_fips") else ""
n = len(js)
for name, seq in (("csv", rows), ("phoenix", phx), ("gdelt", gd)) + tuple(("db%d" % k, d) for k, d in enumerate(dbs)) \
        + tuple(extra):
    if len(seq) != n:
        errs.append("%s: %d records, json %d" % (name, len(seq), n))
for i, j in enumerate(js):
    rule, cc, lat, lon, gname = j["geo_rule"], j["geo_country"], j["geo_lat"], j["geo_lon"], j["geo_name"]
    for tag, r in (("csv", rows[i] if i < len(rows) else None),) + tuple((p, e[i] if i < len(e) else None) for p, e in extra):
        if r is None:
            continue
        if rule is None:
            if r["geo_rule"] or r["geo_country"]:
                errs.append("%s %d: located, json not" % (tag, i))
        elif not (r["geo_rule"] == rule and r["geo_country"] == cc and near(lat, r["geo_lat"]) and near(lon, r["geo_lon"])
                  and r["geo_name"].startswith(gname) and r["geo_adm1"] == adm(j)):
            errs.append("%s %d: %s %s %s %s %s vs json %s %s %s %s %s" % (tag, i, r["geo_rule"], r["geo_country"], r["geo_lat"],
                        r["geo_lon"], r["geo_name"], rule, cc, lat, lon, gname))
    if i < len(phx):
        p = phx[i]   # 19 Lat 20 Lon 21 LocationName 22 StateName (1-based)
        if rule is None:
            if p[18] or p[20]:
                errs.append("phoenix %d: located, json not" % i)
        elif not (near(lat, p[18]) and near(lon, p[19]) and p[20].startswith(gname) and p[21] == adm(j)):
            errs.append("phoenix %d: %s vs json %s %s %s" % (i, p[18:23], lat, lon, gname))
    if i < len(gd):
        g = gd[i][51:59]   # ActionGeo: Type FullName CountryCode ADM1 ADM2 Lat Long FeatureID
        if rule is None:
            if g[0] != "0" or g[2]:
                errs.append("gdelt %d: located, json not" % i)
        elif not (g[2] == cc and near(lat, g[5]) and near(lon, g[6]) and g[1].startswith(gname) and g[3] == adm(j)
                  and g[7]):
            errs.append("gdelt %d: %s vs json %s %s %s %s" % (i, g, cc, lat, lon, gname))
    for k, d in enumerate(dbs):
        if i >= len(d):
            continue
        r = d[i]
        if rule is None:
            if r[0] is not None:
                errs.append("db%d %d: located, json not" % (k, i))
        elif not (r[0] == rule and r[1] == cc and near(lat, r[2]) and near(lon, r[3]) and r[4].startswith(gname)
                  and (r[5] or "") == adm(j)):
            errs.append("db%d %d: %s vs json %s %s %s %s" % (k, i, r, rule, cc, lat, lon))
for e in errs[:10]:
    print(e)
sys.exit(1 if errs or not n else 0)
P

run_all() { # STORY TAG: every format from one input, the JSON re-imported and converted
    "$KHALDUN" code "$1" >"$2.jsonl" 2>err &&
    "$KHALDUN" code --format csv -o "$2.csv" "$1" 2>/dev/null &&
    "$KHALDUN" code --format phoenix -o "$2.phx" "$1" 2>/dev/null &&
    "$KHALDUN" code --format gdelt -o "$2.export.CSV" "$1" 2>/dev/null &&
    "$KHALDUN" code --db "$2.db" "$1" 2>/dev/null &&
    "$KHALDUN" store import --quiet --db "$2.imp.db" "$2.jsonl" 2>/dev/null &&
    "$KHALDUN" convert --format csv -o "$2.conv.csv" "$2.jsonl" 2>/dev/null &&
    "$KHALDUN" store export --db "$2.db" --format csv -o "$2.exp.csv" 2>/dev/null &&
    "$KHALDUN" store export --db "$2.db" --format json -o "$2.exp.jsonl" 2>/dev/null
}

# store export's JSON: the same geo_* fields as khaldun code's JSON
same_json_geo() { # A.jsonl B.jsonl
    python3 - "$1" "$2" <<'P'
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in open(sys.argv[2])]
keys = ["geo_name", "geo_country", "geo_fips", "geo_adm1", "geo_lat", "geo_lon", "geo_type", "geo_rule"]
bad = [i for i, (x, y) in enumerate(zip(a, b)) if [x.get(k) for k in keys] != [y.get(k) for k in keys]]
print(len(a), len(b), bad[:5])
sys.exit(0 if a and len(a) == len(b) and not bad else 1)
P
}

if run_all quebec.txt q; then
    out=$(python3 compare.py q.jsonl q.csv q.phx q.export.CSV q.db q.imp.db q.conv.csv q.exp.csv 2>&1); st=$?
    [ $st -eq 0 ] && ok "Quebec story: csv, phoenix, gdelt, --db, store import, convert and store export carry the JSON's ActionGeo ($(wc -l <q.jsonl) events)" \
        || bad "Quebec story: formats agree with JSON" "$out"
    out=$(same_json_geo q.jsonl q.exp.jsonl 2>&1) && ok "Quebec story: store export --format json gives the JSON's geo fields" \
        || bad "Quebec story: export json geo" "$out"
    # the place is the one the sentences name, found through the parse
    n=$(python3 -c '
import json, sys
print(sum(1 for l in open("q.jsonl") if (lambda o: o["geo_rule"] == "sentence" and o["geo_country"] == "CA"
      and o["geo_name"].startswith("Qu") and abs(o["geo_lat"] - 46.81) < 0.1)(json.loads(l))))')
    m=$(wc -l <q.jsonl)
    [ "$m" -ge 2 ] && [ "$n" -eq "$m" ] && ok "Quebec story: all $m events in Quebec, CA by the sentence rule" \
        || bad "Quebec story: Quebec by the sentence rule" "$n of $m events"
    q=$(python3 -c '
import csv
print(sum(1 for r in csv.DictReader(open("q.csv", newline="")) if r["geo_rule"] == "sentence" and r["geo_country"] == "CA"))')
    [ "$q" -eq "$m" ] && ok "Quebec story, csv: $q rows in Quebec, CA" || bad "csv Quebec" "$q of $m rows"
else
    bad "Quebec story: runs" "exit status"
fi

SEED=$SHARED/data/seed/libya-2021-05-06.txt
if [ -f "$SEED" ]; then
    if run_all "$SEED" s; then
        out=$(python3 compare.py s.jsonl s.csv s.phx s.export.CSV s.db s.imp.db s.conv.csv s.exp.csv 2>&1); st=$?
        [ $st -eq 0 ] && ok "seed story: every format and the store carry the JSON's ActionGeo ($(wc -l <s.jsonl) events)" \
            || bad "seed story: formats agree with JSON" "$out"
    else
        bad "seed story: runs" "exit status"
    fi
else
    echo "skip: $SEED absent (seed story checks)"
fi

# Parsed XML does not need the parser models: no warning about them, exit 0;
# raw text without them still fails per story (exit 1) with the reason; an
# explicit --model that is not there is fatal (exit 2), as before.
cat >parsed.xml <<'X'
<Sentences>
<Sentence date="20210506" id="P-1" source="test" sentence="true">
<Text>Greece condemned Turkey.</Text>
<Parse>(ROOT (S (NP (NNP Greece)) (VP (VBD condemned) (NP (NNP Turkey))) (. .)))</Parse>
</Sentence>
</Sentences>
X
KHALDUN_MODEL=$tmp/nomodel "$KHALDUN" code parsed.xml >x.jsonl 2>err; st=$?
if [ $st -eq 0 ] && [ -s x.jsonl ] && ! grep -q "model" err; then ok "parsed XML without parser models: exit 0, events, no model message"
else bad "parsed XML without models" "exit $st, $(wc -l <x.jsonl) events"; fi
KHALDUN_MODEL=$tmp/nomodel "$KHALDUN" code quebec.txt >y.jsonl 2>err; st=$?
if [ $st -eq 1 ] && grep -q "parser models not loaded" err && grep -q "nomodel/en-ewt.tagger" err \
   && grep -q "cannot code raw text" err; then ok "raw text without parser models: exit 1, reason and story named"
else bad "raw text without models" "exit $st"; fi
"$KHALDUN" code --model "$tmp/nomodel" parsed.xml >z.jsonl 2>err; st=$?
[ $st -eq 2 ] && grep -q "nomodel" err && ok "explicit --model that is not there: exit 2, named" || bad "explicit --model" "exit $st"
"$KHALDUN" code --model "$tmp/nomodel" quebec.txt >z.jsonl 2>err; st=$?
[ $st -eq 2 ] && grep -q "nomodel" err && [ ! -s z.jsonl ] && ok "explicit --model missing, raw text: exit 2" || bad "explicit --model raw" "exit $st"
# a model file that is there but damaged: fatal when the first raw-text story needs it
mkdir -p badm && printf 'not a model' >badm/en-ewt.tagger && printf 'not a model' >badm/en-ewt.parser
"$KHALDUN" code --model badm -o w.jsonl quebec.txt 2>err; st=$?
[ $st -eq 2 ] && grep -q "badm/en-ewt.tagger" err && [ ! -e w.jsonl ] && ok "damaged --model: exit 2 at the first raw-text story, no output file" \
    || bad "damaged --model" "exit $st"
"$KHALDUN" code --model badm parsed.xml >v.jsonl 2>err; st=$?
[ $st -eq 0 ] && [ -s v.jsonl ] && ok "damaged --model, parsed XML only: never loaded, exit 0" || bad "damaged --model, parsed XML" "exit $st"
finish
