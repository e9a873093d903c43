# cli-lib.sh: the set-up the CLI tests share; sourced as `. tests/cli-lib.sh`
# from the repository root (where `make test` runs them).
#   KHALDUN  the binary, made absolute (tests cd into their temporary folder)
#   SHARED   ../shared made absolute (the shared data; tests skip without it)
#   REPO     the repository root
#   tmp      a temporary folder, removed on exit (also on INT and TERM)
#   ok NAME / bad NAME DETAIL   count a check (bad also shows ./err if any)
#   check NAME CMD...           a check that CMD succeeds (its output hidden)
#   ran STATUS NAME             a check that the command just run exited 0
#                               (STATUS: its $?)
#   has FILE PATTERN            a line of FILE matches PATTERN (grep)
#   skip MESSAGE                the whole test cannot run here: say why,
#                               report "0 passed, 0 failed", exit 0
#   finish   print "N passed, N failed" and exit 0 only when none failed
# Each check prints "ok   NAME" or "FAIL NAME: DETAIL"; `finish` repeats the
# failed names just above the summary, so that they stay in sight when
# tests/run shows only the end of a failing test's output.
KHALDUN=${KHALDUN:-./khaldun}
case $KHALDUN in /*) ;; *) KHALDUN=$(pwd)/$KHALDUN ;; esac
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$(pwd)/$SHARED ;; esac
REPO=$(pwd)
pass=0; fail=0; failed=
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
    fail=$((fail + 1)); failed="$failed
  $1"
    echo "FAIL $1: $2"; [ -f err ] && sed 's/^/    /' err | head -n 8
}
check() {
    _check=$1; shift
    if "$@" >/dev/null 2>&1; then ok "$_check"; else bad "$_check" "$*"; fi
}
ran() { if [ "$1" -eq 0 ]; then ok "$2"; else bad "$2" "exit $1"; fi; }
has() { grep -q -- "$2" "$1"; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
finish() {
    cd "$REPO" || exit 1
    [ "$fail" -eq 0 ] || echo "failed:$failed"
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}
skip() { echo "$1"; finish; }
