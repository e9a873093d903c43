# Geolocation (issue 6): gazetteer load time (best of 5) and sentences
# located per second on Reuters-21578 stories, next to tokenizing alone, so
# the geo share per sentence shows.  Uses KHALDUN, SHARED, TMP from bench/run.
K=${KHALDUN:-./khaldun}
reuters=$SHARED/data/reuters21578/reuters21578.jsonl
if ! "$K" geo --help >/dev/null 2>&1; then
    echo "geo: this khaldun has no geo command, skipped"
    exit 0
fi
empty=${TMP:-/tmp}/geo-empty.txt
printf ' date 2021-05-06 Nothing here.\n' > "$empty"
best=
for i in 1 2 3 4 5; do
    ms=$("$K" geo --stats "$empty" 2>&1 >/dev/null | sed -n 's/.*loaded in \([0-9.]*\) ms.*/\1/p')
    if [ -n "$ms" ] && { [ -z "$best" ] || awk -v a="$ms" -v b="$best" 'BEGIN { exit !(a < b) }'; }; then
        best=$ms
    fi
done
size=$(wc -c < data/geo/places.khgeo)
echo "geo: gazetteer $size bytes, load $best ms (best of 5)"
rm -f "$empty"
if [ ! -f "$reuters" ]; then
    echo "geo: $reuters absent, rates skipped"
    exit 0
fi
sample=${TMP:-/tmp}/geo-sample.jsonl
head -n 5000 "$reuters" > "$sample"
"$K" geo --format count --actors USAGOV "$sample" | sed 's/^/geo: /'
g=$("$K" geo --format count --actors USAGOV "$sample" | sed -n 's/.*seconds \([0-9.]*\).*/\1/p')
t=$("$K" tokenize --format count "$sample" | sed -n 's/.*seconds \([0-9.]*\).*/\1/p')
n=$("$K" geo --format count "$sample" | sed -n 's/^sentences \([0-9]*\).*/\1/p')
awk -v g="$g" -v t="$t" -v n="$n" 'BEGIN {
    d = g - t; if (d <= 0) d = 0.0001;
    printf "geo: %d sentences: tokenize+geo %.3f s, tokenize alone %.3f s: %.0f lookups/s (geo share)\n", n, g, t, n / d }'
rm -f "$sample"
