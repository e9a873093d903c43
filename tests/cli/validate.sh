#!/bin/sh
# validate.sh: `khaldun validate` on the validation suites named in
# tests/floors.txt; fails when a suite's pass count drops below its floor or
# its last line is not "N passed, N failed".  A floors line may add
# validate options after the floor (@SHARED@ = the shared folder).  Skips when $SHARED is absent.
. tests/cli-lib.sh
FLOORS=${FLOORS:-tests/floors.txt}
[ -d "$SHARED/data" ] || skip "validate.sh: $SHARED/data is absent: skipping the validation suites"
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
        bad "$file" "no result line (exit $st): $last"; tail -n 5 "$tmp/err"
    elif [ "$got" -lt "$floor" ]; then
        bad "$file" "$got passed, below the floor $floor"
        grep '^FAIL' "$tmp/out" | head -n 20
    else
        ok "$file: $last (floor $floor)"
    fi
done <"$FLOORS"
finish
