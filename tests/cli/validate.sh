#!/bin/sh
# validate.sh: `khaldun validate` on the validation suites named in
# tests/floors.txt; fails when a suite's pass count drops below its floor or
# its last line is not "N passed, N failed".  A floors line may add
# validate options after the floor (@SHARED@ = the shared folder).  Skips when $SHARED is absent.
KHALDUN=${KHALDUN:-./khaldun}
SHARED=${SHARED:-../shared}
FLOORS=${FLOORS:-tests/floors.txt}
pass=0; fail=0
if [ ! -d "$SHARED/data" ]; then
    echo "validate.sh: $SHARED/data is absent: skipping the validation suites"
    echo "0 passed, 0 failed"
    exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
while read -r file floor extra; do
    case $file in ''|'#'*) continue ;; esac
    if [ ! -f "$SHARED/$file" ]; then
        echo "skip: $SHARED/$file is absent"
        continue
    fi
    # extra options may name shared folders as @SHARED@
    extra=$(printf '%s' "$extra" | sed "s|@SHARED@|$SHARED|g")
    # shellcheck disable=SC2086
    "$KHALDUN" validate $extra "$SHARED/$file" >"$tmp/out" 2>"$tmp/err"
    st=$?
    last=$(tail -n 1 "$tmp/out")
    got=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p')
    if [ -z "$got" ] || [ "$st" -gt 1 ]; then
        echo "FAIL $file: no result line (exit $st): $last"; tail -n 5 "$tmp/err"
        fail=$((fail + 1))
    elif [ "$got" -lt "$floor" ]; then
        echo "FAIL $file: $got passed, below the floor $floor"
        grep '^FAIL' "$tmp/out" | head -n 20
        fail=$((fail + 1))
    else
        echo "ok   $file: $last (floor $floor)"
        pass=$((pass + 1))
    fi
done <"$FLOORS"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
