# cli-lib.sh: the set-up the CLI tests share; sourced as `. tests/cli-lib.sh`
# from the repository root (where `make test` runs them).
#   KHALDUN  the binary, made absolute (tests cd into their temporary folder)
#   SHARED   ../shared made absolute (the shared data; tests skip without it)
#   REPO     the repository root
#   tmp      a temporary folder, removed on exit
#   ok NAME / bad NAME DETAIL   count a check (bad also shows ./err if any)
#   finish   print "N passed, N failed" and exit 0 only when none failed
KHALDUN=${KHALDUN:-./khaldun}
case $KHALDUN in /*) ;; *) KHALDUN=$(pwd)/$KHALDUN ;; esac
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$(pwd)/$SHARED ;; esac
REPO=$(pwd)
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1: $2"; [ -f err ] && sed 's/^/    /' err | head -n 8; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
finish() {
    cd "$REPO" || exit 1
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}
