#!/bin/sh
# tests/cli/geo.sh: `khaldun geo` on the seed story (the press conference
# and the visit are in Tripoli, Libya, 32.9 N 13.2 E), on a story with a
# dateline, and on bad gazetteers and options.
K=${KHALDUN:-./khaldun}
SHARED=${SHARED:-../shared}
T=$(mktemp -d /tmp/khaldun-geo-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
# field N of the line of sentence ID in FILE
fld() { awk -F'\t' -v id="$2" -v n="$3" '$1 == id { print $n }' "$1"; }
near() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; exit !(d <= 0.1 && d >= -0.1) }'; }

seed=$SHARED/data/seed/libya-2021-05-06.txt
if [ -f "$seed" ]; then
    "$K" geo --actors LBYGOV,TURGOV "$seed" > "$T/seed.out" 2> "$T/seed.err"; st=$?
    check "seed exit 0" [ "$st" -eq 0 ]
    check "seed no messages" [ ! -s "$T/seed.err" ]
    s1=libya-2021-05-06-1-1; s4=libya-2021-05-06-1-4
    for s in $s1 $s4; do
        check "$s in Tripoli" [ "$(fld "$T/seed.out" $s 3)" = Tripoli ]
        check "$s LY" [ "$(fld "$T/seed.out" $s 4)" = LY ]
        check "$s lat" near "$(fld "$T/seed.out" $s 7)" 32.9
        check "$s lon" near "$(fld "$T/seed.out" $s 8)" 13.2
        check "$s rule" [ "$(fld "$T/seed.out" $s 2)" = sentence ]
    done
else
    echo "geo: $seed absent, seed checks skipped"
fi

printf ' date 2021-05-03 Lebanon talks\n\nTRIPOLI, May 3 (Reuters) - The minister urged calm. Police said two men were held.\n' > "$T/dl.txt"
"$K" geo --actors LBNGOV "$T/dl.txt" > "$T/dl.out"
check "dateline rule" [ "$(fld "$T/dl.out" dl-1-2 2)" = dateline ]
check "dateline Lebanon by actors" [ "$(fld "$T/dl.out" dl-1-2 4)" = LB ]
check "dateline Lebanon FIPS" [ "$(fld "$T/dl.out" dl-1-2 5)" = LE ]
check "Police is no place" [ "$(fld "$T/dl.out" dl-1-3 2)" = dateline ]
printf ' date 2021-05-03 The minister urged calm.\n' > "$T/none.txt"
"$K" geo --actors IGOUNO,SYRGOV "$T/none.txt" > "$T/none.out"
check "actor country" [ "$(fld "$T/none.out" none-1-1 2)" = actor_country ]
check "actor country SY" [ "$(fld "$T/none.out" none-1-1 4)" = SY ]
"$K" geo "$T/none.txt" > "$T/none2.out"
check "no rule" [ "$(fld "$T/none2.out" none-1-1 2)" = - ]

# bad gazetteers: not one, truncated, damaged; each a clear message and exit 2
printf 'hello\n' > "$T/bad.khgeo"
"$K" geo --gazetteer "$T/bad.khgeo" "$T/none.txt" > /dev/null 2> "$T/e1"; st=$?
check "bad magic exit 2" [ "$st" -eq 2 ]
check "bad magic message" grep -q "bad.khgeo: .*bad magic" "$T/e1"
head -c 5000 data/geo/places.khgeo > "$T/cut.khgeo"
"$K" geo --gazetteer "$T/cut.khgeo" "$T/none.txt" > /dev/null 2> "$T/e2"; st=$?
check "truncated exit 2" [ "$st" -eq 2 ]
check "truncated message" grep -q "truncated" "$T/e2"
"$K" geo --gazetteer "$T/missing.khgeo" "$T/none.txt" > /dev/null 2> "$T/e3"; st=$?
check "missing exit 2" [ "$st" -eq 2 ]
check "missing message" grep -q "missing.khgeo: .*cannot open gazetteer" "$T/e3"
"$K" geo --bogus > /dev/null 2>&1; st=$?
check "unknown option exit 2" [ "$st" -eq 2 ]
"$K" geo --format xml "$T/none.txt" > /dev/null 2>&1; st=$?
check "unknown format exit 2" [ "$st" -eq 2 ]
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
