# Reading + normalizing + splitting + tokenizing the Reuters-21578 stories
# (issue 3): MB/s of input on CPU time (user+sys, one core; best of 3, the
# machine may be shared) and on wall time, peak RSS; then 4x the input and
# the same gzip-compressed, to show that peak RSS does not grow with input.
# Uses KHALDUN, BASE_KHALDUN (may be empty), SHARED, TMP from bench/run.
K=${KHALDUN:-./khaldun}
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=
reuters=$SHARED/data/reuters21578/reuters21578.jsonl

# text_run LABEL BYTES CMD...
text_run() {
    r_label=$1; r_bytes=$2; shift 2
    if [ -z "$TIME" ]; then
        # no /usr/bin/time: the command's own count line (wall time, getrusage RSS)
        "$@" 2>/dev/null | sed "s/^/$r_label: /"
        return
    fi
    best=
    for r_i in 1 2 3; do
        r_out=$($TIME -f 'TIME %U %S %e %M' "$@" 2>&1 >/dev/null | grep '^TIME')
        if [ -z "$best" ] || awk -v a="$r_out" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " ");
            exit !(x[2] + x[3] < y[2] + y[3]) }'; then
            best=$r_out
        fi
    done
    echo "$best" | awk -v l="$r_label" -v b="$r_bytes" '{
        cpu = $2 + $3; if (cpu <= 0) cpu = 0.001; e = $4; if (e <= 0) e = 0.001;
        printf "%s: %.1f MB/s (CPU %.2f s), %.1f MB/s wall (%.2f s), peak RSS %.1f MB\n",
               l, b / 1e6 / cpu, cpu, b / 1e6 / e, e, $5 / 1024 }'
}

if [ ! -f "$reuters" ]; then
    echo "text: $reuters absent, skipped"
else
    bytes=$(wc -c < "$reuters")
    echo "text: input reuters21578.jsonl, $bytes bytes"
    "$K" tokenize --format count "$reuters" | sed 's/^/text: /'
    text_run "text read only (JSON Lines)" "$bytes" "$K" tokenize --format count --read-only "$reuters"
    text_run "text read+normalize+split+tokenize" "$bytes" "$K" tokenize --format count "$reuters"
    if [ -n "${BASE_KHALDUN:-}" ] && "$BASE_KHALDUN" tokenize --help >/dev/null 2>&1; then
        text_run "text baseline read+normalize+split+tokenize" "$bytes" "$BASE_KHALDUN" tokenize --format count "$reuters"
    fi
    text_run "text ... with CoNLL-U written" "$bytes" "$K" tokenize --format conllu "$reuters"
    big=${TMP:-/tmp}/text-x4.jsonl
    cat "$reuters" "$reuters" "$reuters" "$reuters" > "$big"
    text_run "text same x4 (peak RSS must stay flat)" "$((bytes * 4))" "$K" tokenize --format count "$big"
    gzip -c "$big" > "$big.gz"
    text_run "text same x4 gzip (MB/s of uncompressed)" "$((bytes * 4))" "$K" tokenize --format count "$big.gz"
    rm -f "$big" "$big.gz"
fi
# a 100 MB single line (bad input): reported and skipped; peak RSS stays ~ the 8 MiB line cap
long=${TMP:-/tmp}/text-long.txt
{
    printf ' date 2021-05-06 Before the long line.\n\n'
    head -c 100000000 /dev/zero | tr '\0' 'a'
    printf '\n date 2021-05-07 After the long line.\n'
} > "$long"
text_run "text 100 MB single line (reported, skipped)" 100000000 "$K" tokenize --format count "$long"
rm -f "$long"
