#!/bin/sh
# badinput.sh: `khaldun code` on broken inputs generated here (nothing read
# from ../shared).  Each case must end with a clear message naming the
# record (or file:line:col), go on with the next record, exit 1 (0 for a
# repaired tree), and never crash (a crash or sanitizer report exits > 1).
. tests/cli-lib.sh
cd "$tmp" || exit 1

printf -- '--- ATTACK  [ZZ9]  ---\nATTACK {ATTACKED}\n- * GONDOR  [ZZ9]\n' >verbs.txt
printf 'ARNOR [ARN]\nGONDOR [GON]\n' >actors.txt
GOODTREE='(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))'
rec() { # id parse-text
    printf '<Sentence date="19950101" id="%s" sentence="true">\n<Text>Arnor attacked Gondor.</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$1" "$2"
}
good() { rec "$1" "$GOODTREE"; }

# run NAME FILE WANT_EXIT 'grep pattern for stderr' WANT_EVENTS
run() {
    name=$1; file=$2; want=$3; pat=$4; nev=$5
    "$KHALDUN" code --verbs verbs.txt --actors actors.txt "$file" >out 2>err
    st=$?
    if [ "$st" -gt 1 ] && [ "$want" -le 1 ]; then bad "$name" "exit $st (crash or fatal)"; return; fi
    if [ "$st" -ne "$want" ]; then bad "$name" "exit $st, expected $want"; return; fi
    if ! grep -q -- "$pat" err; then bad "$name" "no message matching '$pat'"; return; fi
    got=$(grep -c '"code":"ZZ9"' out)
    if [ "$got" -ne "$nev" ]; then bad "$name" "$got events, expected $nev"; return; fi
    ok "$name"
}

{ echo '<Sentences>'; good G-1; echo '</Sentences>'; } >good.xml
run "good input" good.xml 0 "1 records, 1 events, 0 records failed" 1

{ echo '<Sentences>'; good T-1; printf '<Sentence date="19950101" id="T-2">\n<Text>Arnor'; } >trunc.xml
run "truncated XML" trunc.xml 1 "trunc.xml:[0-9]*:[0-9]*: record T-2: error: XML error" 1

{ echo '<Sentences>'; rec U-1 '(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))'; good U-2; echo '</Sentences>'; } >unbal.xml
run "unbalanced tree (missing ')')" unbal.xml 1 "record U-1: error: unbalanced tree" 1

{ echo '<Sentences>'; rec U-3 '(ROOT (S (NP (NNP Arnor))))) (VP (VBD left))'; good U-4; echo '</Sentences>'; } >unbal2.xml
run "unbalanced tree (extra ')')" unbal2.xml 1 "unbal2.xml:4:35: record U-3: error: unbalanced tree: unexpected ')'" 1

{ echo '<Sentences>'; rec E-1 '   '; rec E-2 '()'; good E-3; echo '</Sentences>'; } >emptytree.xml
run "empty parse tree" emptytree.xml 1 "record E-2: error: parse tree has no words" 1
grep -q "record E-1: error: empty <Parse>" err && ok "empty <Parse> named" || bad "empty <Parse> named" "no message for E-1"

{ echo '<Sentences>'; rec R-1 '(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (. .))'; good R-2; echo '</Sentences>'; } >tworoot.xml
run "ROOT with two children (repaired, coded, exit 1)" tworoot.xml 1 "record R-1: warning: top node has 2 children" 2

{ echo '<Sentences>'; rec X-1 'this is not a tree'; rec X-2 '(ROOT (NP Arnor (NN x)))'; good X-3; echo '</Sentences>'; } >garbage.xml
run "garbage parse" garbage.xml 1 "garbage.xml:8:24: record X-2: error: expected ')' after a word" 1
grep -q "record X-1: error: expected 10 tab-separated columns" err && ok "garbage read as CoNLL-U named" || bad "garbage read as CoNLL-U named" "no message for X-1"

{ echo '<Sentences>'; printf '<Sentence date="19950101" id="B-1">\n<Text>Ar\377nor attacked Gondor.</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$GOODTREE"; good B-2; echo '</Sentences>'; } >badutf8.xml
run "invalid UTF-8 in text" badutf8.xml 1 "badutf8.xml:3:9: record B-1: error: invalid UTF-8" 1

{ echo '<Sentences>'; rec B-3 "(ROOT (S (NP (NNP Ar$(printf '\303\050')nor)) (VP (VBD left))))"; good B-4; echo '</Sentences>'; } >badutf8b.xml
run "invalid UTF-8 in a parse" badutf8b.xml 1 "record B-3: error: invalid UTF-8" 1

: >empty.xml
run "empty file" empty.xml 1 "empty.xml:1:1: error: XML error: no element found" 0

{ echo '<Sentences>'; printf '<Sentence date="19950101" id="L-1">\n<Text>long</Text>\n<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)'
  i=0; while [ $i -lt 2500 ]; do printf ' (CC and) (NNP Gondor) (, ,) (NNP Gondor)'; i=$((i + 1)); done
  printf '))))</Parse>\n</Sentence>\n'; good L-2; echo '</Sentences>'; } >long.xml
run "10,000-token sentence (over --max-tokens)" long.xml 1 "record L-1: error: sentence of 10003 tokens, more than --max-tokens 1000" 1
"$KHALDUN" code --max-tokens 0 --verbs verbs.txt --actors actors.txt long.xml >out 2>err; st=$?
if [ $st -eq 0 ] && grep -q '"sentence_id":"L-2"' out && grep -q '"sentence_id":"L-1"' out; then ok "10,000-token sentence coded with --max-tokens 0"
else bad "10,000-token sentence coded with --max-tokens 0" "exit $st"; fi
"$KHALDUN" code --max-tokens x --verbs verbs.txt --actors actors.txt long.xml >out 2>err; st=$?
[ $st -eq 2 ] && ok "bad --max-tokens value" || bad "bad --max-tokens value" "exit $st"

{ echo '<Validation><Sentences>'; printf '<Sentence date="19950101" id="C-1" sentence="true">\n<EventCoding sourcecode="ARN" targetcode="GON" eventcode="NOT-A-CODE"/>\n<Text>x</Text><Parse>%s</Parse></Sentence>\n' "$GOODTREE"
  printf '<Sentence date="19950101" id="C-2" sentence="true">\n<EventCoding sourcecode="ARN" targetcode="GON" eventcode="ZZ9"/>\n<Text>x</Text><Parse>%s</Parse></Sentence>\n' "$GOODTREE"; echo '</Sentences></Validation>'; } >code.xml
"$KHALDUN" validate --verbs verbs.txt --actors actors.txt code.xml >out 2>err; st=$?
if [ $st -eq 1 ] && tail -n 1 out | grep -q '^1 passed, 1 failed$' && grep -q 'FAIL C-1.*ARN|GON|NOT-A-CODE.*ARN|GON|ZZ9' out; then
    ok "unknown codes (dictionary ZZ9, expected NOT-A-CODE)"; else bad "unknown codes" "exit $st: $(tail -n 1 out)"; fi

# -o keeps no partial file under the final name and gets the good events
{ echo '<Sentences>'; good O-1; rec O-2 '(ROOT'; good O-3; echo '</Sentences>'; } >mixed.xml
"$KHALDUN" code --verbs verbs.txt --actors actors.txt -o ev.jsonl mixed.xml 2>err; st=$?
if [ $st -eq 1 ] && [ "$(wc -l <ev.jsonl)" -eq 2 ] && [ "$(ls -A | grep -c '\.tmp\.')" -eq 0 ]; then ok "-o after a bad record"; else bad "-o after a bad record" "exit $st"; fi
"$KHALDUN" code --verbs verbs.txt --actors actors.txt -o /nonexistent-dir/ev.jsonl good.xml 2>err; st=$?
[ $st -eq 2 ] && grep -q "cannot create output" err && ok "unwritable -o" || bad "unwritable -o" "exit $st"
"$KHALDUN" code --verbs missing.txt --actors actors.txt good.xml >out 2>err; st=$?
[ $st -eq 2 ] && grep -q "missing.txt" err && ok "missing dictionary is fatal" || bad "missing dictionary" "exit $st"
# no dictionary options: Khaldun's own set; when it cannot be found or read, a fatal error naming it
KHALDUN_DICT=$tmp/nowhere/khaldun.config.ini "$KHALDUN" code good.xml >out 2>err; st=$?
[ $st -eq 2 ] && grep -q "nowhere/khaldun.config.ini" err && ok "default dictionaries missing: fatal, named" || bad "default dictionaries missing" "exit $st"
"$KHALDUN" code --verbs verbs.txt --actors actors.txt nosuchfile.xml >out 2>err; st=$?
[ $st -eq 1 ] && grep -q "nosuchfile.xml: error: cannot open" err && ok "missing input file" || bad "missing input file" "exit $st"
# --reparse codes the <Text> and ignores <Parse>, even a broken one
{ echo '<Sentences>'; printf '<Sentence date="19950101" id="P-1" sentence="true">\n<EventCoding sourcecode="ARN" targetcode="GON" eventcode="ZZ9"/>\n<Text>Arnor attacked Gondor.</Text><Parse>(ROOT (S</Parse></Sentence>\n'; echo '</Sentences>'; } >reparse.xml
"$KHALDUN" validate --reparse --verbs verbs.txt --actors actors.txt reparse.xml >out 2>err; st=$?
[ $st -eq 0 ] && tail -n 1 out | grep -q '^1 passed, 0 failed$' && ok "validate --reparse codes the text, not the broken parse" || bad "--reparse" "exit $st: $(tail -n 1 out)"
"$KHALDUN" validate --reparse --model "$tmp/nomodel" --verbs verbs.txt --actors actors.txt reparse.xml >out 2>err; st=$?
[ $st -eq 2 ] && grep -q "nomodel" err && ok "validate --reparse without models: fatal, named" || bad "--reparse without models" "exit $st"
# unknown --format: clean error naming the known formats, no output file
"$KHALDUN" code --format xml --verbs verbs.txt --actors actors.txt -o ev2.jsonl good.xml >out 2>err; st=$?
[ $st -eq 2 ] && grep -q "unknown format 'xml' (known: json, petrarch, csv, phoenix, gdelt)" err && [ ! -e ev2.jsonl ] && ok "unknown --format" || bad "unknown --format" "exit $st"

finish
