#!/bin/sh
# tests/cli/tokenize.sh: `khaldun tokenize` on the seed story and on bad
# input generated into a temporary directory.  Each bad input must give
# "file:line: what is wrong", the run must go on with the next story, and
# the good stories around it must still be printed.
. tests/cli-lib.sh

# --- the seed story: 11 sentences, the date line's first, U.N. inside ---
seed=$SHARED/data/seed/libya-2021-05-06.txt
if [ -f "$seed" ]; then
    "$KHALDUN" tokenize "$seed" > "$tmp/seed.out" 2> "$tmp/seed.err"; st=$?
    check "seed exit 0" [ "$st" -eq 0 ]
    check "seed 11 sentences" [ "$(wc -l < "$tmp/seed.out")" -eq 11 ]
    check "seed first sentence is the date line's" \
        [ "$(head -n 1 "$tmp/seed.out" | cut -f3)" = "Libya 's Foreign Minister made the declaration in Tripoli during a joint press conference with her Turkish counterpart Mevlut Cavusoglu ." ]
    check "U.N. Security Council inside sentence 3" \
        sh -c "sed -n 3p '$tmp/seed.out' | grep -q '^libya-2021-05-06-1	libya-2021-05-06-1-3	On Monday , May 3 , 2021 , the top diplomat .* U.N. Security Council resolutions .* from Libya .\$'"
    check "al-Manqoush one token" has "$tmp/seed.out" " al-Manqoush has "
    check "seed no messages" [ ! -s "$tmp/seed.err" ]
    "$KHALDUN" tokenize --format conllu "$seed" > "$tmp/seed.conllu"
    check "conllu sentences" [ "$(grep -c '^# sent_id = ' "$tmp/seed.conllu")" -eq 11 ]
    check "conllu date" has "$tmp/seed.conllu" "^# date = 2021-05-06"
    check "conllu token line" has "$tmp/seed.conllu" "^2	's	_	_	_	_	_	_	_	_\$"
    check "conllu SpaceAfter" has "$tmp/seed.conllu" "^1	Libya	_	_	_	_	_	_	_	SpaceAfter=No\$"
    # compressed and stdin give the same output
    gzip -c "$seed" > "$tmp/seed.txt.gz"
    "$KHALDUN" tokenize "$tmp/seed.txt.gz" | cut -f3 > "$tmp/gz.out"
    cut -f3 "$tmp/seed.out" > "$tmp/seed.tok"
    check "gzip input same tokens" cmp -s "$tmp/gz.out" "$tmp/seed.tok"
    if command -v zstd > /dev/null 2>&1; then
        zstd -q -c "$seed" > "$tmp/seed.txt.zst"
        "$KHALDUN" tokenize "$tmp/seed.txt.zst" | cut -f3 > "$tmp/zst.out"
        check "zstd input same tokens" cmp -s "$tmp/zst.out" "$tmp/seed.tok"
    fi
    "$KHALDUN" tokenize < "$seed" | cut -f3 > "$tmp/stdin.out"
    check "stdin same tokens" cmp -s "$tmp/stdin.out" "$tmp/seed.tok"
else
    echo "$seed absent: seed checks skipped"
fi

# --- plain stories with an impossible date between two good ones ---
printf ' date 2021-05-06 First story.\n\nMore text.\n date 2021-02-30 Bad date.\n\nLost text.\n date 2021-05-07 Third story.\n' > "$tmp/dates.txt"
"$KHALDUN" tokenize "$tmp/dates.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "impossible date exit 1" [ "$st" -eq 1 ]
check "impossible date message" has "$tmp/e" "dates.txt:4:7: error: impossible date '2021-02-30'"
check "story before kept" has "$tmp/o" "^dates-1	dates-1-2	More text .\$"
check "story after kept" has "$tmp/o" "^dates-3	dates-3-1	Third story .\$"
check "bad story dropped" sh -c "! grep -q Lost '$tmp/o'"

# --- no date line; then --date supplies one ---
printf 'An undated story.\n\nSecond paragraph.\n' > "$tmp/undated.txt"
"$KHALDUN" tokenize "$tmp/undated.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "undated exit 1" [ "$st" -eq 1 ]
check "undated message" has "$tmp/e" "undated.txt:1: error: text without a date line"
check "undated nothing printed" [ ! -s "$tmp/o" ]
"$KHALDUN" tokenize --date 2021-03-04 --format conllu "$tmp/undated.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "--date exit 0" [ "$st" -eq 0 ]
check "--date used" has "$tmp/o" "^# date = 2021-03-04"
"$KHALDUN" tokenize --date 2021-02-30 "$tmp/undated.txt" > /dev/null 2> "$tmp/e"; st=$?
check "--date invalid is usage error" [ "$st" -eq 2 ]

# --- JSON line that does not parse, between good lines ---
printf '{"id":"a","date":"2021-01-01","text":"Good one."}\n{"id":"b","date":"2021-01-01","text":"Broken\n{"id":"c","date":"2021-01-01","text":"Good two."}\n' > "$tmp/s.jsonl"
"$KHALDUN" tokenize "$tmp/s.jsonl" > "$tmp/o" 2> "$tmp/e"; st=$?
check "json exit 1" [ "$st" -eq 1 ]
check "json message" has "$tmp/e" "s.jsonl:2:44: error: invalid JSON"
check "json good before and after" [ "$(cut -f1 "$tmp/o" | tr '\n' ' ')" = "a c " ]
"$KHALDUN" tokenize --input-format plain --date 2021-01-01 "$tmp/s.jsonl" > "$tmp/o" 2> /dev/null
check "--input-format forces plain" has "$tmp/o" '^s-1	s-1-1	{ " id " : " a "'

# --- binary file, empty file, unreadable entry in a directory ---
mkdir -p "$tmp/dir/sub"
head -c 4096 "$KHALDUN" > "$tmp/dir/a.bin"
: > "$tmp/dir/b-empty.txt"
ln -s "$tmp/nonexistent" "$tmp/dir/c-dangling.txt"
cp "$tmp/dates.txt" "$tmp/dir/sub/d.txt"
printf 'x' > "$tmp/dir/e-locked.txt"; chmod 000 "$tmp/dir/e-locked.txt"
"$KHALDUN" tokenize "$tmp/dir" > "$tmp/o" 2> "$tmp/e"; st=$?
check "dir exit 1" [ "$st" -eq 1 ]
check "binary message" has "$tmp/e" "dir/a.bin:1: error: not a text file (NUL byte at offset"
check "empty message" has "$tmp/e" "dir/b-empty.txt:1: error: empty file"
check "unreadable message" has "$tmp/e" "dir/c-dangling.txt: error: cannot open: No such file or directory"
if [ "$(id -u)" -ne 0 ]; then
    check "locked message" has "$tmp/e" "dir/e-locked.txt: error: cannot open: Permission denied"
fi
check "recursive and continues" has "$tmp/o" "^d-3	d-3-1	Third story .\$"
order=$(sed -n 's/^khaldun: .*dir\/\([a-z-]*\.[a-z]*\).*/\1/p' "$tmp/e" | tr '\n' ' ')
check "sorted order" sh -c "echo '$order' | grep -q '^a.bin b-empty.txt c-dangling.txt'"

# --- NUL bytes inside a text file: only that story is lost ---
printf ' date 2021-05-06 Before.\n date 2021-05-07 Has a \000 byte.\n date 2021-05-08 After.\n' > "$tmp/nul.txt"
"$KHALDUN" tokenize "$tmp/nul.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "nul message" has "$tmp/e" "nul.txt:2:24: error: NUL byte in text"
check "nul neighbours kept" [ "$(cut -f3 "$tmp/o" | tr '\n' '|')" = "Before .|After .|" ]

# --- a 100 MB single line: reported, run goes on (its peak RSS: bench/b_text.sh) ---
{
    printf ' date 2021-05-06 Before the long line.\n\n'
    head -c 100000000 /dev/zero | tr '\0' 'a'
    printf '\n date 2021-05-07 After the long line.\n'
} > "$tmp/long.txt"
"$KHALDUN" tokenize "$tmp/long.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "long line exit 1" [ "$st" -eq 1 ]
check "long line message" has "$tmp/e" "long.txt:3: error: line of 100000000 bytes is longer than the limit"
check "long line next story" has "$tmp/o" "After the long line ."
rm -f "$tmp/long.txt"

# --- invalid UTF-8: warning with story and offset, text kept ---
printf ' date 2021-05-06 Caf\351 owners met.\n' > "$tmp/latin1.txt"
"$KHALDUN" tokenize "$tmp/latin1.txt" > "$tmp/o" 2> "$tmp/e"; st=$?
check "utf8 exit 0 (warning only)" [ "$st" -eq 0 ]
check "utf8 warning" has "$tmp/e" "latin1.txt:1: record latin1-1: warning: invalid UTF-8 at byte 3"
check "utf8 replaced" has "$tmp/o" "Caf� owners met"

# --- TABARI and PETRARCH XML detected from content ---
printf '# comment\n\n950101  DEMO-01\nArnor restored ties\nwith Gondor. /* {ARN} */\n\n' > "$tmp/v.text"
"$KHALDUN" tokenize "$tmp/v.text" > "$tmp/o" 2> "$tmp/e"
check "tabari record" [ "$(cat "$tmp/o")" = "DEMO-01	DEMO-01-1	Arnor restored ties with Gondor ." ]
printf '<Sentences>\n<Sentence date="20080804" id="AFP_4" source="AFP">\n<Text>\nThe US leader, an\nally, left.\n</Text>\n</Sentence>\n</Sentences>\n' > "$tmp/p.xml"
"$KHALDUN" tokenize --format conllu "$tmp/p.xml" > "$tmp/o" 2> "$tmp/e"
check "xml record" has "$tmp/o" "^# text = The US leader, an ally, left.\$"
check "xml date" has "$tmp/o" "^# date = 2008-08-04\$"

# --- usage errors ---
"$KHALDUN" tokenize --format nope "$tmp/v.text" > /dev/null 2>&1; st=$?
check "bad --format exit 2" [ "$st" -eq 2 ]
"$KHALDUN" tokenize --input-format nope "$tmp/v.text" > /dev/null 2>&1; st=$?
check "bad --input-format exit 2" [ "$st" -eq 2 ]

finish
