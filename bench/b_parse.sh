# Tagging + parsing (issue 4): Reuters-21578 stories split and tokenized by
# the tokenizer (khaldun parse --input text), tagged and parsed with the
# shipped models on one thread.  Reports model load time, sentences/s and
# tokens/s of tagging + parsing (reading, tokenizing and printing excluded;
# wall and process CPU time), peak RSS of the whole run, and the ratio
# against the targets (5,000 sentences/s, 0.1 s load, 200 MiB).
# Uses KHALDUN, BASE_KHALDUN (may be empty), SHARED, TMP from bench/run.
. bench/lib.sh
K=${KHALDUN:-./khaldun}
reuters=$SHARED/data/reuters21578/reuters21578.jsonl
NSTORIES=${PARSE_STORIES:-3000}
if [ ! -f "$reuters" ]; then
    echo "parse: $reuters absent, skipped"
    exit 0
fi
if [ ! -f data/model/en-ewt.parser ]; then
    echo "parse: data/model absent, skipped"
    exit 0
fi
in=$TMP/parse-input.jsonl
head -n "$NSTORIES" "$reuters" >"$in"
measure() { # BIN LABEL
    peak_run "$TMP/$2.p" "$1" parse --stats --input text "$in"
    sps=$(field sentences_per_s "$TMP/$2.p")
    cps=$(field cpu_sentences_per_s "$TMP/$2.p")
    tps=$(field tokens_per_s "$TMP/$2.p")
    load=$(field load_s "$TMP/$2.p")
    n=$(field sentences "$TMP/$2.p")
    w=$(field tokens "$TMP/$2.p")
    rss=$(sed -n 's/^time: [0-9.]* \([0-9]*\)/\1/p' "$TMP/$2.p")
    echo "${sps:-0} ${tps:-0} ${load:-0} ${rss:-0} ${cps:-0} ${n:-0} ${w:-0}"
}
# best of 3 (the machine may be shared)
best=
for r in 1 2 3; do
    m=$(measure "$K" new)
    if [ -z "$best" ] || awk -v a="$m" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[5] > y[5]) }'; then
        best=$m
    fi
done
set -- $best
echo "parse: $NSTORIES Reuters stories, $6 sentences, $7 tokens (avg $(awk -v w="$7" -v n="$6" 'BEGIN { if (n > 0) printf "%.1f", w / n }') tokens/sentence), one thread"
echo "  sentences/s (tag+parse, wall): $1 ($(ratio "$1" 5000) of the 5,000 target); tokens/s $2"
echo "  sentences/s (tag+parse, process CPU time): $5 ($(ratio "$5" 5000) of the target; steadier on a shared machine)"
echo "  model load: $3 s ($(awk -v l="$3" 'BEGIN { if (l > 0) printf "%.1fx", 0.1 / l; else print "n/a" }') under the 0.1 s target)"
echo "  peak RSS: $(awk -v k="$4" 'BEGIN { printf "%.1f MiB", k / 1024 }') (target 200 MiB)"
echo "  model files: $(du -ck data/model/en-ewt.tagger data/model/en-ewt.parser | tail -n 1 | awk '{ printf "%.1f MiB", $1 / 1024 }')"
if [ -n "${BASE_KHALDUN:-}" ] && "$BASE_KHALDUN" parse --help 2>/dev/null | grep -q "input.*text"; then
    set -- $(measure "$BASE_KHALDUN" base)
    [ "${5:-0}" != 0 ] && echo "  baseline: $5 sentences/s (CPU), load $3 s"
fi
exit 0
