# `khaldun dict check` (issue 5 target: under 2 s on the Phoenix set) and the
# load of Khaldun's own set (target: under 0.1 s): best of 3 on CPU time
# (user+sys) and wall time, peak RSS; ratio against the baseline binary.
# Uses KHALDUN, BASE_KHALDUN (may be empty), SHARED, TMP from bench/run.
K=${KHALDUN:-./khaldun}
TIME=/usr/bin/time
P=$SHARED/data/petrarch2/PETR_config.ini
own=data/dict/khaldun.config.ini

# best3 BIN ARGS...: "cpu_s wall_s rss_kib" of the best of 3 runs (by CPU)
best3() {
    b_best=
    for b_i in 1 2 3; do
        b_out=$($TIME -f 'TIME %U %S %e %M' "$@" 2>&1 >/dev/null | grep '^TIME' | awk '{ print $2 + $3, $4, $5 }')
        if [ -z "$b_best" ] || awk -v a="$b_out" -v b="$b_best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then
            b_best=$b_out
        fi
    done
    echo "$b_best"
}
show() { # LABEL "cpu wall rss" [BASE "cpu wall rss"]
    echo "$2" | awk -v l="$1" '{ printf "%s: CPU %.3f s, wall %.3f s, peak RSS %.1f MB", l, $1, $2, $3 / 1024 }'
    if [ -n "${3:-}" ]; then
        echo "$2 $3" | awk '{ if ($4 > 0) printf " (%.2fx the baseline'"'"'s CPU)", $1 / $4 }'
    fi
    echo
}
if [ ! -x "$TIME" ]; then
    echo "dict: /usr/bin/time absent; skipped"
    exit 0
fi
if "$K" dict check --help >/dev/null 2>&1; then
    if [ -f "$P" ]; then
        new=$(best3 "$K" dict check -q --config "$P")
        base=
        [ -n "${BASE_KHALDUN:-}" ] && "$BASE_KHALDUN" dict check --help >/dev/null 2>&1 &&
            base=$(best3 "$BASE_KHALDUN" dict check -q --config "$P")
        show "dict check, Phoenix set (target < 2 s)" "$new" "$base"
    fi
    if [ -f "$own" ]; then
        show "dict stats, Khaldun's own set (load + counts; load target < 0.1 s)" "$(best3 "$K" dict stats --config "$own")"
        show "dict check, Khaldun's own set" "$(best3 "$K" dict check -q --config "$own")"
    fi
else
    echo "dict: this binary has no 'dict' command"
fi
exit 0
