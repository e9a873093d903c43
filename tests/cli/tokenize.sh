#!/bin/sh
# tests/cli/tokenize.sh: `khaldun tokenize` on the seed story and on bad
# input generated into a temporary directory.  Each bad input must give
# "file:line: what is wrong", the run must go on with the next story, and
# the good stories around it must still be printed.
K=${KHALDUN:-./khaldun}
SHARED=${SHARED:-../shared}
T=$(mktemp -d /tmp/khaldun-tok-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { # description, command...
    d=$1; shift
    if "$@"; then ok; else bad "$d"; fi
}
has() { grep -q -- "$2" "$1"; }   # file, fixed-ish pattern

# --- the seed story: 11 sentences, the date line's first, U.N. inside ---
seed=$SHARED/data/seed/libya-2021-05-06.txt
if [ -f "$seed" ]; then
    "$K" tokenize "$seed" > "$T/seed.out" 2> "$T/seed.err"; st=$?
    check "seed exit 0" [ "$st" -eq 0 ]
    check "seed 11 sentences" [ "$(wc -l < "$T/seed.out")" -eq 11 ]
    check "seed first sentence is the date line's" \
        [ "$(head -n 1 "$T/seed.out" | cut -f3)" = "Libya 's Foreign Minister made the declaration in Tripoli during a joint press conference with her Turkish counterpart Mevlut Cavusoglu ." ]
    check "U.N. Security Council inside sentence 3" \
        sh -c "sed -n 3p '$T/seed.out' | grep -q '^libya-2021-05-06-1	libya-2021-05-06-1-3	On Monday , May 3 , 2021 , the top diplomat .* U.N. Security Council resolutions .* from Libya .\$'"
    check "al-Manqoush one token" has "$T/seed.out" " al-Manqoush has "
    check "seed no messages" [ ! -s "$T/seed.err" ]
    "$K" tokenize --format conllu "$seed" > "$T/seed.conllu"
    check "conllu sentences" [ "$(grep -c '^# sent_id = ' "$T/seed.conllu")" -eq 11 ]
    check "conllu date" has "$T/seed.conllu" "^# date = 2021-05-06"
    check "conllu token line" has "$T/seed.conllu" "^2	's	_	_	_	_	_	_	_	_\$"
    check "conllu SpaceAfter" has "$T/seed.conllu" "^1	Libya	_	_	_	_	_	_	_	SpaceAfter=No\$"
    # compressed and stdin give the same output
    gzip -c "$seed" > "$T/seed.txt.gz"
    "$K" tokenize "$T/seed.txt.gz" | cut -f3 > "$T/gz.out"
    cut -f3 "$T/seed.out" > "$T/seed.tok"
    check "gzip input same tokens" cmp -s "$T/gz.out" "$T/seed.tok"
    if command -v zstd > /dev/null 2>&1; then
        zstd -q -c "$seed" > "$T/seed.txt.zst"
        "$K" tokenize "$T/seed.txt.zst" | cut -f3 > "$T/zst.out"
        check "zstd input same tokens" cmp -s "$T/zst.out" "$T/seed.tok"
    fi
    "$K" tokenize < "$seed" | cut -f3 > "$T/stdin.out"
    check "stdin same tokens" cmp -s "$T/stdin.out" "$T/seed.tok"
else
    echo "$seed absent: seed checks skipped"
fi

# --- plain stories with an impossible date between two good ones ---
printf ' date 2021-05-06 First story.\n\nMore text.\n date 2021-02-30 Bad date.\n\nLost text.\n date 2021-05-07 Third story.\n' > "$T/dates.txt"
"$K" tokenize "$T/dates.txt" > "$T/o" 2> "$T/e"; st=$?
check "impossible date exit 1" [ "$st" -eq 1 ]
check "impossible date message" has "$T/e" "dates.txt:4:7: error: impossible date '2021-02-30'"
check "story before kept" has "$T/o" "^dates-1	dates-1-2	More text .\$"
check "story after kept" has "$T/o" "^dates-3	dates-3-1	Third story .\$"
check "bad story dropped" sh -c "! grep -q Lost '$T/o'"

# --- no date line; then --date supplies one ---
printf 'An undated story.\n\nSecond paragraph.\n' > "$T/undated.txt"
"$K" tokenize "$T/undated.txt" > "$T/o" 2> "$T/e"; st=$?
check "undated exit 1" [ "$st" -eq 1 ]
check "undated message" has "$T/e" "undated.txt:1: error: text without a date line"
check "undated nothing printed" [ ! -s "$T/o" ]
"$K" tokenize --date 2021-03-04 --format conllu "$T/undated.txt" > "$T/o" 2> "$T/e"; st=$?
check "--date exit 0" [ "$st" -eq 0 ]
check "--date used" has "$T/o" "^# date = 2021-03-04"
"$K" tokenize --date 2021-02-30 "$T/undated.txt" > /dev/null 2> "$T/e"; st=$?
check "--date invalid is usage error" [ "$st" -eq 2 ]

# --- JSON line that does not parse, between good lines ---
printf '{"id":"a","date":"2021-01-01","text":"Good one."}\n{"id":"b","date":"2021-01-01","text":"Broken\n{"id":"c","date":"2021-01-01","text":"Good two."}\n' > "$T/s.jsonl"
"$K" tokenize "$T/s.jsonl" > "$T/o" 2> "$T/e"; st=$?
check "json exit 1" [ "$st" -eq 1 ]
check "json message" has "$T/e" "s.jsonl:2:44: error: invalid JSON"
check "json good before and after" [ "$(cut -f1 "$T/o" | tr '\n' ' ')" = "a c " ]
"$K" tokenize --input-format plain --date 2021-01-01 "$T/s.jsonl" > "$T/o" 2> /dev/null
check "--input-format forces plain" has "$T/o" '^s-1	s-1-1	{ " id " : " a "'

# --- binary file, empty file, unreadable entry in a directory ---
mkdir -p "$T/dir/sub"
head -c 4096 "$K" > "$T/dir/a.bin"
: > "$T/dir/b-empty.txt"
ln -s "$T/nonexistent" "$T/dir/c-dangling.txt"
cp "$T/dates.txt" "$T/dir/sub/d.txt"
printf 'x' > "$T/dir/e-locked.txt"; chmod 000 "$T/dir/e-locked.txt"
"$K" tokenize "$T/dir" > "$T/o" 2> "$T/e"; st=$?
check "dir exit 1" [ "$st" -eq 1 ]
check "binary message" has "$T/e" "dir/a.bin:1: error: not a text file (NUL byte at offset"
check "empty message" has "$T/e" "dir/b-empty.txt:1: error: empty file"
check "unreadable message" has "$T/e" "dir/c-dangling.txt: error: cannot open: No such file or directory"
if [ "$(id -u)" -ne 0 ]; then
    check "locked message" has "$T/e" "dir/e-locked.txt: error: cannot open: Permission denied"
fi
check "recursive and continues" has "$T/o" "^d-3	d-3-1	Third story .\$"
order=$(sed -n 's/^khaldun: .*dir\/\([a-z-]*\.[a-z]*\).*/\1/p' "$T/e" | tr '\n' ' ')
check "sorted order" sh -c "echo '$order' | grep -q '^a.bin b-empty.txt c-dangling.txt'"

# --- NUL bytes inside a text file: only that story is lost ---
printf ' date 2021-05-06 Before.\n date 2021-05-07 Has a \000 byte.\n date 2021-05-08 After.\n' > "$T/nul.txt"
"$K" tokenize "$T/nul.txt" > "$T/o" 2> "$T/e"; st=$?
check "nul message" has "$T/e" "nul.txt:2:24: error: NUL byte in text"
check "nul neighbours kept" [ "$(cut -f3 "$T/o" | tr '\n' '|')" = "Before .|After .|" ]

# --- a 100 MB single line: reported, run goes on (its peak RSS: bench/b_text.sh) ---
{
    printf ' date 2021-05-06 Before the long line.\n\n'
    head -c 100000000 /dev/zero | tr '\0' 'a'
    printf '\n date 2021-05-07 After the long line.\n'
} > "$T/long.txt"
"$K" tokenize "$T/long.txt" > "$T/o" 2> "$T/e"; st=$?
check "long line exit 1" [ "$st" -eq 1 ]
check "long line message" has "$T/e" "long.txt:3: error: line of 100000000 bytes is longer than the limit"
check "long line next story" has "$T/o" "After the long line ."
rm -f "$T/long.txt"

# --- invalid UTF-8: warning with story and offset, text kept ---
printf ' date 2021-05-06 Caf\351 owners met.\n' > "$T/latin1.txt"
"$K" tokenize "$T/latin1.txt" > "$T/o" 2> "$T/e"; st=$?
check "utf8 exit 0 (warning only)" [ "$st" -eq 0 ]
check "utf8 warning" has "$T/e" "latin1.txt:1: record latin1-1: warning: invalid UTF-8 at byte 3"
check "utf8 replaced" has "$T/o" "Caf� owners met"

# --- TABARI and PETRARCH XML detected from content ---
printf '# comment\n\n950101  DEMO-01\nArnor restored ties\nwith Gondor. /* {ARN} */\n\n' > "$T/v.text"
"$K" tokenize "$T/v.text" > "$T/o" 2> "$T/e"
check "tabari record" [ "$(cat "$T/o")" = "DEMO-01	DEMO-01-1	Arnor restored ties with Gondor ." ]
printf '<Sentences>\n<Sentence date="20080804" id="AFP_4" source="AFP">\n<Text>\nThe US leader, an\nally, left.\n</Text>\n</Sentence>\n</Sentences>\n' > "$T/p.xml"
"$K" tokenize --format conllu "$T/p.xml" > "$T/o" 2> "$T/e"
check "xml record" has "$T/o" "^# text = The US leader, an ally, left.\$"
check "xml date" has "$T/o" "^# date = 2008-08-04\$"

# --- usage errors ---
"$K" tokenize --format nope "$T/v.text" > /dev/null 2>&1; st=$?
check "bad --format exit 2" [ "$st" -eq 2 ]
"$K" tokenize --input-format nope "$T/v.text" > /dev/null 2>&1; st=$?
check "bad --input-format exit 2" [ "$st" -eq 2 ]

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
