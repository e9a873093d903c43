#!/bin/sh
# compare-petrarch2.sh: Khaldun vs PETRARCH2 on the GigaWord sample with the
# Phoenix dictionaries.  Compares the sets of (date, source, target, code)
# and prints the agreement: common, only-Khaldun, only-PETRARCH2.
#   tools/compare-petrarch2.sh [-v]     (-v: list the differing events)
# Environment: SHARED (default ../shared relative to the repo), KHALDUN
# (default ./khaldun).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$here/../shared}
KHALDUN=${KHALDUN:-$here/khaldun}
d=$SHARED/data/petrarch2
if [ ! -d "$d" ]; then echo "shared data absent ($d): skipped"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$KHALDUN" code --config "$d/PETR_config.ini" --format petrarch "$d/GigaWord.sample.PETR.xml" 2>/dev/null \
    | cut -f1-4 | sort -u > "$tmp/k"
cut -f1-4 "$d/petrarch2-outputs/gigaword.petrarch2.events.txt" | sort -u > "$tmp/p"
common=$(comm -12 "$tmp/k" "$tmp/p" | wc -l)
onlyk=$(comm -23 "$tmp/k" "$tmp/p" | wc -l)
onlyp=$(comm -13 "$tmp/k" "$tmp/p" | wc -l)
echo "Khaldun $(wc -l < "$tmp/k"), PETRARCH2 $(wc -l < "$tmp/p") distinct (date, source, target, code) events"
if [ "${1:-}" = "-v" ]; then
    echo "only Khaldun:"; comm -23 "$tmp/k" "$tmp/p" | sed 's/^/  /'
    echo "only PETRARCH2:"; comm -13 "$tmp/k" "$tmp/p" | sed 's/^/  /'
fi
echo "common $common, only-Khaldun $onlyk, only-PETRARCH2 $onlyp"
