#!/bin/sh
# b_products.sh: SQLite store ingest rate and query latency.
#  - ingest N synthetic events (default 1,000,000; BENCH_EVENTS) into a new
#    database (first load: the query index is built at the end), then N more
#    into the same database (incremental: index kept up to date), and N with
#    --dedup day; target >= 200,000 events/s;
#  - on that database, a country pair's monthly counts (target < 100 ms),
#    counts by QuadClass both directions, a country's monthly Goldstein, top
#    dyads: best of 5 runs each.
# With BASE_KHALDUN (bench/run builds the baseline commit), first loads of
# BENCH_PAIR_EVENTS (default 300,000) alternate between the baseline and this
# build, 5 each: median wall and CPU, and the ratios (the machine is shared,
# so only paired runs compare).
# The databases go to BENCH_DIR (default $TMP or /tmp) and are removed afterwards.
K=${KHALDUN:-./khaldun}
N=${BENCH_EVENTS:-1000000}
D=$(mktemp -d "${BENCH_DIR:-${TMP:-/tmp}}/khaldun-products.XXXXXX")
trap 'rm -rf "$D"' EXIT INT TERM

rate() {  # label, db, extra options
    label=$1; db=$2; shift 2
    "$K" store synth --db "$db" --events "$N" --batch 10000 "$@" 2> "$D/err" || { cat "$D/err"; return 1; }
    # "... N mentions, M new events in W s, C s CPU (R mentions/s)"
    sed -n 's/.* in \([0-9.]*\) s, \([0-9.]*\) s CPU.*/\1 \2/p' "$D/err" | {
        read -r wall cpu
        awk -v n="$N" -v w="$wall" -v c="$cpu" -v l="$label" 'BEGIN {
            printf "ingest %-12s %8d events  %6.2f s wall  %7.0f events/s   (%6.2f s CPU: %7.0f events/CPU-s)\n",
                   l, n, w, n / w, c, n / c }'
    }
}

best() {  # label, query args...: best of 5 runs in ms
    label=$1; shift
    b=""
    for i in 1 2 3 4 5; do
        "$K" query --db "$D/inc.db" --format csv --timing "$@" 2>&1 >/dev/null |
            sed -n 's/.* in \([0-9.]*\) ms$/\1/p' > "$D/t"
        t=$(cat "$D/t")
        if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$t; fi
    done
    printf 'query  %-40s %8s ms (best of 5, 2 x %s events)\n' "$label" "$b" "$N"
}

paired() {  # first loads, alternating baseline and this build
    P=${BENCH_PAIR_EVENTS:-300000}
    : > "$D/pair"
    for i in 1 2 3 4 5; do
        for k in base new; do
            if [ $k = base ]; then bin=$BASE_KHALDUN; else bin=$K; fi
            rm -f "$D"/pair.db*
            "$bin" store synth --db "$D/pair.db" --events "$P" --batch 10000 2> "$D/err" || { cat "$D/err"; return 1; }
            sed -n "s/.* in \([0-9.]*\) s, \([0-9.]*\) s CPU.*/$k \1 \2/p" "$D/err" >> "$D/pair"
        done
    done
    rm -f "$D"/pair.db*
    awk -v n="$P" '
        function med(a, m,   i, j, t) { for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++)
                                          if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                      return a[int((m + 1) / 2)] }
        { if ($1 == "base") { bw[++nb] = $2; bc[nb] = $3 } else { nw[++nn] = $2; nc[nn] = $3 } }
        END { w0 = med(bw, nb); c0 = med(bc, nb); w1 = med(nw, nn); c1 = med(nc, nn)
              printf "paired first load, %d events, median of %d: baseline %.2f s wall %.2f s CPU (%.0f events/s), this build %.2f s wall %.2f s CPU (%.0f events/s): %.2fx wall, %.2fx CPU\n",
                     n, nn, w0, c0, n / w0, w1, c1, n / w1, w0 / w1, c0 / c1 }' "$D/pair"
}

[ -n "$BASE_KHALDUN" ] && [ -x "$BASE_KHALDUN" ] && { paired || exit 1; }

# incremental: a second million into a store that already holds one
rate first-load "$D/inc.db" || exit 1
rate incremental "$D/inc.db" --seed 2 || exit 1
rate dedup-day "$D/day.db" --dedup day || exit 1
ls -l "$D/inc.db" | awk '{ printf "database size: %.1f MB for 2 x %s events\n", $5 / 1048576, "'"$N"'" }'
best "pair monthly counts (USA,LBY)" counts --pair USA,LBY
best "pair monthly counts by quad, undirected" counts --pair USA,LBY --by quad --undirected
best "pair monthly Goldstein" goldstein --pair USA,LBY
best "country monthly counts (USA)" counts --country USA
best "top 20 dyads" dyads
