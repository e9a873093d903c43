# bench/lib.sh: helpers for bench/b_*.sh (sourced).
# peak_run OUT CMD...: runs CMD, stdout to /dev/null, stderr to OUT, appends
# "wall_s peak_rss_kib" measured by the shell's clock and getrusage of the
# child (via /usr/bin/time when present).
peak_run() {
    out=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f 'time: %e %M' "$@" >/dev/null 2>"$out"
    else
        s=$(date +%s.%N); "$@" >/dev/null 2>"$out"; e=$(date +%s.%N)
        echo "time: $(echo "$e - $s" | bc) 0" >>"$out"
    fi
}
# field NAME FILE: value of "NAME X" in the stats line of FILE
field() { sed -n "s/.*[ ,]$1 \([0-9.]*\).*/\1/p" "$2" | tail -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a > 0) printf "%.2fx", a / b; else print "n/a" }'; }
