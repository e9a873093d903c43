#!/bin/sh
# parse.sh: khaldun parse and eval-parse from the command line.
# Needs the shipped models (data/model); the accuracy floors need
# $SHARED/data/ud-ewt (skipped when absent).
. tests/cli-lib.sh
if [ ! -f data/model/en-ewt.tagger ] || [ ! -f data/model/en-ewt.parser ]; then
    skip "models absent (data/model): skipped"
fi

# two sentences, one per line; blank line skipped
printf 'Turkey sent military supplies to Libya .\n\nThe ministers visited Tripoli .\n' > "$tmp/in.txt"
"$KHALDUN" parse "$tmp/in.txt" > "$tmp/out.conllu" 2> "$tmp/err"
ran $? "parse exit status"
# 7 + 5 word lines of 10 tab-separated columns
n=$(awk -F'\t' 'NF == 10 && $1 ~ /^[0-9]+$/' "$tmp/out.conllu" | wc -l)
[ "$n" -eq 12 ] && ok "12 word lines" || bad "12 word lines" "got $n"
# one root per sentence
r=$(awk -F'\t' '$7 == "0" && $8 == "root"' "$tmp/out.conllu" | wc -l)
[ "$r" -eq 2 ] && ok "2 roots" || bad "2 roots" "got $r"
# hand-checked analysis of the second sentence: ministers <-nsubj- visited -obj-> Tripoli
awk -F'\t' '$2 == "ministers" && $8 == "nsubj" && $7 == "3"' "$tmp/out.conllu" | grep -q . && ok "ministers nsubj" || bad "ministers nsubj" "no such word line"
awk -F'\t' '$2 == "Tripoli" && $5 == "NNP" && $8 == "obj" && $7 == "3"' "$tmp/out.conllu" | grep -q . && ok "Tripoli obj" || bad "Tripoli obj" "no such word line"
awk -F'\t' '$2 == "to" && $5 == "IN" && $8 == "case"' "$tmp/out.conllu" | grep -q . && ok "to case" || bad "to case" "no such word line"

# stdin, and --format conllu
printf 'Hello !\n' | "$KHALDUN" parse --format conllu - > "$tmp/o2"; ran $? "stdin"
check "stdin output" grep -q "^1	Hello	" "$tmp/o2"

# bad usage and missing file
"$KHALDUN" parse --format xml "$tmp/in.txt" > /dev/null 2>&1
check "unknown format exit 2" [ $? -eq 2 ]
# --beam: a width from 1 to 64; --beam 1 is the greedy decoder (same output)
for w in 0 65 x; do
    "$KHALDUN" parse --beam $w "$tmp/in.txt" > /dev/null 2> "$tmp/err"
    [ $? -eq 2 ] && grep -q -- "--beam expects an integer from 1 to 64, got '$w'" "$tmp/err" && ok "--beam $w: usage error" || bad "--beam $w: usage error" "$(cat "$tmp/err")"
done
"$KHALDUN" parse --beam 1 "$tmp/in.txt" > "$tmp/b1.conllu" 2> /dev/null
check "--beam 1 same as the default greedy parse" cmp -s "$tmp/out.conllu" "$tmp/b1.conllu"
"$KHALDUN" parse --beam 4 "$tmp/in.txt" > "$tmp/b4.conllu" 2> /dev/null; ran $? "--beam 4 status"
r=$(awk -F'\t' '$7 == "0" && $8 == "root"' "$tmp/b4.conllu" | wc -l)
[ "$r" -eq 2 ] && ok "--beam 4: 2 roots" || bad "--beam 4: 2 roots" "got $r"
"$KHALDUN" eval-parse --beam 0 "$tmp/g.conllu" > /dev/null 2>&1
check "eval-parse --beam 0: exit 2" [ $? -eq 2 ]
# options of eval-parse and train-parse are checked like those of the other commands
"$KHALDUN" eval-parse --prune 12x "$tmp/g.conllu" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--prune expects an integer from 0 to 32767, got '12x'" "$tmp/err" && ok "eval-parse --prune 12x" || bad "eval-parse --prune 12x" "$(cat "$tmp/err")"
"$KHALDUN" eval-parse > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "gold CoNLL-U file is required" "$tmp/err" && ok "eval-parse without a file" || bad "eval-parse without a file" "$(cat "$tmp/err")"
"$KHALDUN" eval-parse --help > "$tmp/h" 2>/dev/null && grep -q "usage: khaldun eval-parse" "$tmp/h" && ok "eval-parse --help" || bad "eval-parse --help" "no usage line"
"$KHALDUN" parse "$tmp/none.txt" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && grep -q "cannot open" "$tmp/err" && ok "missing input" || bad "missing input" "$(cat "$tmp/err")"

# truncated model: clear message, exit 2, no crash
mkdir -p "$tmp/m"
cp data/model/en-ewt.parser "$tmp/m/"
head -c 1000 data/model/en-ewt.tagger > "$tmp/m/en-ewt.tagger"
"$KHALDUN" parse --model "$tmp/m" "$tmp/in.txt" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "en-ewt.tagger.*truncated" "$tmp/err" && ok "truncated model message" || bad "truncated model message" "$(cat "$tmp/err")"

# CoNLL-U input: gold tokens kept, multiword ranges skipped
printf '1-2\tdon'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn'"'"'t\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n' > "$tmp/g.conllu"
"$KHALDUN" parse --input conllu "$tmp/g.conllu" > "$tmp/o3"; ran $? "conllu input"
n=$(awk -F'\t' 'NF == 10' "$tmp/o3" | wc -l)
[ "$n" -eq 3 ] && ok "conllu input: 3 words" || bad "conllu input: 3 words" "got $n"

# --input text: a story through the tokenizer (the seed story, when present)
seed="$SHARED/data/seed/libya-2021-05-06.txt"
if [ -f "$seed" ]; then
    "$KHALDUN" parse --input text "$seed" > "$tmp/seed.conllu"; ran $? "parse --input text status"
    ns=$(grep -c '^# sent_id' "$tmp/seed.conllu")
    nr=$(awk -F'\t' '$7 == "0"' "$tmp/seed.conllu" | wc -l)
    [ "$ns" -gt 5 ] && [ "$ns" -eq "$nr" ] && ok "one root per sentence" || bad "one root per sentence" "$ns sentences, $nr roots"
    # hand-checked (UD English): "Libya's Foreign Minister": Libya -nmod:poss-> Minister, 's -case-> Libya
    awk -F'\t' 'NR < 30 && $2 == "Libya" && $8 == "nmod:poss" && $7 == "4"' "$tmp/seed.conllu" | grep -q . && ok "Libya nmod:poss" || bad "Libya nmod:poss" "no such word line"
    awk -F'\t' 'NR < 30 && $2 == "'"'"'s" && $5 == "POS" && $8 == "case" && $7 == "1"' "$tmp/seed.conllu" | grep -q . && ok "'s case" || bad "'s case" "no such word line"
else
    echo "$seed absent: --input text skipped"
fi

# train-parse --tagger-only writes the tagger alone; --wordnet DIR gives it
# the WordNet lexicon (format 4); a missing WordNet directory is exit 2
printf '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tgeese\tgoose\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n3\tran\trun\tVERB\tVBD\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n' > "$tmp/tr.conllu"
# train-parse --help is exit 0 on stdout; a malformed number is exit 2 naming it
"$KHALDUN" train-parse --help > "$tmp/h" 2>/dev/null && grep -q "usage: khaldun train-parse" "$tmp/h" && ok "train-parse --help" || bad "train-parse --help" "no usage line"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tag-epochs 3x > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--tag-epochs expects an integer from 1 to 1000, got '3x'" "$tmp/err" && ok "train-parse bad number" || bad "train-parse bad number" "$(cat "$tmp/err")"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --word-dropout 1.5 > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--word-dropout expects a number from 0 to 1, got '1.5'" "$tmp/err" && ok "train-parse --word-dropout 1.5" || bad "train-parse --word-dropout 1.5" "$(cat "$tmp/err")"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--dev needs a value" "$tmp/err" && ok "train-parse --dev without value" || bad "train-parse --dev without value" "$(cat "$tmp/err")"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" stray > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "unexpected argument 'stray'" "$tmp/err" && ok "train-parse stray argument" || bad "train-parse stray argument" "$(cat "$tmp/err")"
# the output folder is created when missing; one that cannot be is exit 2 at once
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --out "$tmp/to" > /dev/null 2>&1
[ $? -eq 0 ] && [ -f "$tmp/to/en-ewt.tagger" ] && [ ! -f "$tmp/to/en-ewt.parser" ] && ok "train-parse --tagger-only" || bad "train-parse --tagger-only" "no tagger alone in $tmp/to"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --out "$tmp/none/deeper" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "none/deeper: cannot create the output folder" "$tmp/err" && ok "train-parse --out uncreatable" || bad "train-parse --out uncreatable" "$(cat "$tmp/err")"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --wordnet "$tmp/nowordnet" --out "$tmp/to" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "nowordnet/data.noun.*cannot open WordNet file" "$tmp/err" && ok "missing WordNet" || bad "missing WordNet" "$(cat "$tmp/err")"
if [ -f /usr/share/wordnet/index.noun ]; then
    "$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --wordnet /usr/share/wordnet --out "$tmp/to" > /dev/null 2>&1
    v=$(od -An -tu1 -j8 -N1 "$tmp/to/en-ewt.tagger" | tr -d ' ')
    [ "$v" = 4 ] && ok "tagger with WordNet: format 4" || bad "tagger with WordNet: format 4" "format $v"
    cp data/model/en-ewt.parser "$tmp/to/"
    printf 'The geese ran .\n' | "$KHALDUN" parse --model "$tmp/to" > "$tmp/o4"; ran $? "parse with a WordNet tagger"
else
    echo "WordNet (/usr/share/wordnet) absent: train-parse --wordnet skipped"
fi
# a tagger trained with a beam and fixed tags is format 5 and parses; bad widths are exit 2
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --tag-beam 2 --fixed-min 1 --out "$tmp/tb" > /dev/null 2>&1
v=$(od -An -tu1 -j8 -N1 "$tmp/tb/en-ewt.tagger" | tr -d ' ')
[ "$v" = 5 ] && ok "tagger with a beam: format 5" || bad "tagger with a beam: format 5" "format $v"
cp data/model/en-ewt.parser "$tmp/tb/"
printf 'The geese ran .\n' | "$KHALDUN" parse --model "$tmp/tb" > "$tmp/o5" && [ "$(grep -v '^#' "$tmp/o5" | cut -f5 | head -4 | tr '\n' ' ')" = "DT NNS VBD . " ] && ok "parse with a beam tagger" || bad "parse with a beam tagger" "$(cat "$tmp/o5")"
for w in 0 17 x; do
    "$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --tag-beam $w --out "$tmp/tb" > /dev/null 2> "$tmp/err"
    [ $? -eq 2 ] && grep -q -- "--tag-beam expects an integer from 1 to 16, got '$w'" "$tmp/err" && ok "--tag-beam $w: exit 2" || bad "--tag-beam $w: exit 2" "$(cat "$tmp/err")"
done
# a parser trained with a beam and a decoding margin is format 6 and parses; bad margins are exit 2
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --beam 2 --beam-margin 500 --out "$tmp/bm" > /dev/null 2>&1
v=$(od -An -tu1 -j8 -N1 "$tmp/bm/en-ewt.parser" | tr -d ' ')
[ "$v" = 6 ] && ok "parser with a beam margin: format 6" || bad "parser with a beam margin: format 6" "format $v"
printf 'The geese ran .\n' | "$KHALDUN" parse --model "$tmp/bm" > "$tmp/o6"; ran $? "parse with a beam-margin parser"
r=$(awk -F'\t' '$7 == "0" && $8 == "root"' "$tmp/o6" | wc -l)
[ "$r" -eq 1 ] && ok "beam-margin parser: one root" || bad "beam-margin parser: one root" "got $r"
for m in -1 10000001 x; do
    "$KHALDUN" parse --beam-margin "$m" "$tmp/in.txt" > /dev/null 2> "$tmp/err"
    [ $? -eq 2 ] && grep -q -- "--beam-margin expects an integer from 0 to 10000000, got '$m'" "$tmp/err" && ok "parse --beam-margin $m: usage error" || bad "parse --beam-margin $m: usage error" "$(cat "$tmp/err")"
done
"$KHALDUN" eval-parse --beam-margin x "$tmp/g.conllu" > /dev/null 2>&1
check "eval-parse --beam-margin x: exit 2" [ $? -eq 2 ]
"$KHALDUN" parse --beam-margin 0 "$tmp/in.txt" > "$tmp/m0.conllu" 2> /dev/null
check "--beam-margin 0 on the greedy model: same parse" cmp -s "$tmp/out.conllu" "$tmp/m0.conllu"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --explore 2 --out "$tmp/tb" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--explore expects a number from 0 to 1, got '2'" "$tmp/err" && ok "--explore 2: exit 2" || bad "--explore 2: exit 2" "$(cat "$tmp/err")"
"$KHALDUN" train-parse --train "$tmp/tr.conllu" --dev "$tmp/tr.conllu" --tagger-only --fixed-share 0.4 --out "$tmp/tb" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--fixed-share expects a number from 0.5 to 1" "$tmp/err" && ok "--fixed-share 0.4: exit 2" || bad "--fixed-share 0.4: exit 2" "$(cat "$tmp/err")"

# accuracy floors on EWT test (gold tokens)
test_file="$SHARED/data/ud-ewt/en_ewt-ud-test.conllu"
if [ -f "$test_file" ]; then
    "$KHALDUN" eval-parse "$test_file" > "$tmp/eval" 2>&1; ran $? "eval-parse status"
    line=$(grep "XPOS" "$tmp/eval")
    x=$(echo "$line" | sed 's/.*XPOS \([0-9.]*\)%.*/\1/')
    u=$(echo "$line" | sed 's/.*UAS \([0-9.]*\)%.*/\1/')
    l=$(echo "$line" | sed 's/.*  LAS \([0-9.]*\)%.*/\1/')
    # floors: a little under the figures measured for the shipped models (docs/parse.md)
    awk -v v="$x" 'BEGIN { exit !(v >= 95.5) }' && ok "XPOS $x >= 95.5" || bad "XPOS $x" "below the floor 95.5"
    awk -v v="$u" 'BEGIN { exit !(v >= 85.5) }' && ok "UAS $u >= 85.5" || bad "UAS $u" "below the floor 85.5"
    awk -v v="$l" 'BEGIN { exit !(v >= 82.8) }' && ok "LAS $l >= 82.8" || bad "LAS $l" "below the floor 82.8"
else
    echo "$test_file absent: accuracy floors skipped"
fi
finish
