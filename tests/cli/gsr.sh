#!/bin/sh
# gsr.sh: PETR2_GSR_validation.xml (78 records of real news, events expected by
# PETRARCH-2's authors) coded from each record's <Text> alone (tokenizer, tagger,
# parser, coder) and compared at (source country, target country, CAMEO root)
# by tools/gsr-compare.sh.  Floors are the figures achieved when the test was
# written (docs/dictreport.md); the issue 5 target for our own set is 60%.
. tests/cli-lib.sh
export KHALDUN
GSR=$SHARED/data/udpetrarch-gsr/PETR2_GSR_validation.xml
PHX=$SHARED/data/petrarch2/PETR_config.ini
OWN_FLOOR=54
PHX_FLOOR=61
[ -r "$GSR" ] || skip "$GSR absent: skipped"
if ! command -v python3 >/dev/null 2>&1 || [ ! -r /usr/share/iso-codes/json/iso_3166-1.json ]; then
    skip "python3 or iso-codes absent: skipped"
fi
gsr_floor() { # name floor [--config FILE]
    name=$1; floor=$2; shift 2
    out=$(sh tools/gsr-compare.sh "$@" "$GSR" 2>&1)
    last=$(printf '%s\n' "$out" | tail -n 1)
    n=$(printf '%s\n' "$last" | sed -n 's/^expected 78 found \([0-9]*\) .*/\1/p')
    if [ -z "$n" ]; then bad "$name" "unexpected output: $out"
    elif [ "$n" -ge "$floor" ]; then ok "$name: $last (floor $floor)"
    else bad "$name" "$last (floor $floor)"; fi
}
gsr_floor "own dictionaries" $OWN_FLOOR
if [ -r "$PHX" ]; then gsr_floor "Phoenix set" $PHX_FLOOR --config "$PHX"; else echo "$PHX absent: Phoenix skipped"; fi
finish
