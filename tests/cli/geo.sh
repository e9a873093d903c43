#!/bin/sh
# tests/cli/geo.sh: `khaldun geo` on the seed story (the press conference
# and the visit are in Tripoli, Libya, 32.9 N 13.2 E), on a story with a
# dateline, and on bad gazetteers and options.
. tests/cli-lib.sh
# field N of the line of sentence ID in FILE
fld() { awk -F'\t' -v id="$2" -v n="$3" '$1 == id { print $n }' "$1"; }
near() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; exit !(d <= 0.1 && d >= -0.1) }'; }

seed=$SHARED/data/seed/libya-2021-05-06.txt
if [ -f "$seed" ]; then
    "$KHALDUN" geo --actors LBYGOV,TURGOV "$seed" > "$tmp/seed.out" 2> "$tmp/seed.err"; st=$?
    check "seed exit 0" [ "$st" -eq 0 ]
    check "seed no messages" [ ! -s "$tmp/seed.err" ]
    s1=libya-2021-05-06-1-1; s4=libya-2021-05-06-1-4
    for s in $s1 $s4; do
        check "$s in Tripoli" [ "$(fld "$tmp/seed.out" $s 3)" = Tripoli ]
        check "$s LY" [ "$(fld "$tmp/seed.out" $s 4)" = LY ]
        check "$s lat" near "$(fld "$tmp/seed.out" $s 7)" 32.9
        check "$s lon" near "$(fld "$tmp/seed.out" $s 8)" 13.2
        check "$s rule" [ "$(fld "$tmp/seed.out" $s 2)" = sentence ]
    done
else
    echo "geo: $seed absent, seed checks skipped"
fi

printf ' date 2021-05-03 Lebanon talks\n\nTRIPOLI, May 3 (Reuters) - The minister urged calm. Police said two men were held.\n' > "$tmp/dl.txt"
"$KHALDUN" geo --actors LBNGOV "$tmp/dl.txt" > "$tmp/dl.out"
check "dateline rule" [ "$(fld "$tmp/dl.out" dl-1-2 2)" = dateline ]
check "dateline Lebanon by actors" [ "$(fld "$tmp/dl.out" dl-1-2 4)" = LB ]
check "dateline Lebanon FIPS" [ "$(fld "$tmp/dl.out" dl-1-2 5)" = LE ]
check "Police is no place" [ "$(fld "$tmp/dl.out" dl-1-3 2)" = dateline ]
printf ' date 2021-05-03 The minister urged calm.\n' > "$tmp/none.txt"
"$KHALDUN" geo --actors IGOUNO,SYRGOV "$tmp/none.txt" > "$tmp/none.out"
check "actor country" [ "$(fld "$tmp/none.out" none-1-1 2)" = actor_country ]
check "actor country SY" [ "$(fld "$tmp/none.out" none-1-1 4)" = SY ]
"$KHALDUN" geo "$tmp/none.txt" > "$tmp/none2.out"
check "no rule" [ "$(fld "$tmp/none2.out" none-1-1 2)" = - ]

# bad gazetteers: not one, truncated, damaged; each a clear message and exit 2
printf 'hello\n' > "$tmp/bad.khgeo"
"$KHALDUN" geo --gazetteer "$tmp/bad.khgeo" "$tmp/none.txt" > /dev/null 2> "$tmp/e1"; st=$?
check "bad magic exit 2" [ "$st" -eq 2 ]
check "bad magic message" grep -q "bad.khgeo: .*bad magic" "$tmp/e1"
head -c 5000 data/geo/places.khgeo > "$tmp/cut.khgeo"
"$KHALDUN" geo --gazetteer "$tmp/cut.khgeo" "$tmp/none.txt" > /dev/null 2> "$tmp/e2"; st=$?
check "truncated exit 2" [ "$st" -eq 2 ]
check "truncated message" grep -q "truncated" "$tmp/e2"
"$KHALDUN" geo --gazetteer "$tmp/missing.khgeo" "$tmp/none.txt" > /dev/null 2> "$tmp/e3"; st=$?
check "missing exit 2" [ "$st" -eq 2 ]
check "missing message" grep -q "missing.khgeo: .*cannot open gazetteer" "$tmp/e3"
"$KHALDUN" geo --bogus > /dev/null 2>&1; st=$?
check "unknown option exit 2" [ "$st" -eq 2 ]
"$KHALDUN" geo --format xml "$tmp/none.txt" > /dev/null 2>&1; st=$?
check "unknown format exit 2" [ "$st" -eq 2 ]
finish
