#!/bin/sh
# tests/cli/explain.sh: `khaldun explain` on a small hand-written set.  The
# expected phrases, lines and events were worked out by hand from the files
# written here (and the date rule of docs/dict.md: inclusive limits).
. tests/cli-lib.sh
hasline() { grep -qxF -- "$2" "$1"; }    # FILE LINE: FILE has that exact line

cd "$tmp" || exit 1
printf -- '--- ACCUSE [112] ---\nACCUSE\n- * + OF CORRUPTION [1121]\n--- VISIT [042:043] ---\nVISIT\n' > v.txt
printf 'LIBYA_ [LBY]\n+TRIPOLI_\nTURKEY_ [TUR]\n+TURKISH_\nNAJLA_MANGOUSH_\n+NAJLA_AL-MANGOUSH_\n\t[LBYGOV 20210315-20230827]\n' > a.txt
printf 'FOREIGN_MINISTER [~GOV]\n' > g.txt
D="--verbs v.txt --actors a.txt --agents g.txt"
S="Najla al-Mangoush accused Turkey of corruption."
TREE="(ROOT (S (NP (NNP Najla) (NNP al-Mangoush)) (VP (VBD accused) (NP (NNP Turkey)) (PP (IN of) (NP (NN corruption)))) (. .)))"

# raw text without parser models: tokens, phrases and verb entries, no events
"$KHALDUN" explain $D --model "$tmp/nomodel" --date 2021-05-06 "$S" > out.txt 2> err.txt; st=$?
check "raw: exit 0" [ "$st" -eq 0 ]
check "raw: says why there is no parse" grep -q "nomodel/en-ewt.tagger" err.txt
check "raw: tokens" hasline out.txt "  1:Najla=NAJLA 2:al-Mangoush=AL-MANGOUSH 3:accused=ACCUSED 4:Turkey=TURKEY 5:of=OF 6:corruption=CORRUPTION 7:."
check "raw: says parsing is not available" grep -q "^parse: not available: the parser models could not be loaded" out.txt
check "raw: person at the date" hasline out.txt "  1-2 'Najla al-Mangoush' -> LBYGOV   a.txt:6 NAJLA_AL-MANGOUSH_ (synonym of NAJLA_MANGOUSH_)"
check "raw: country" hasline out.txt "  4-4 'Turkey' -> TUR   a.txt:3 TURKEY_"
check "raw: verb entry" hasline out.txt "  3 accused: v.txt:2 'ACCUSE' (form; block ACCUSE [112], 1 pattern) code 112"
check "raw: candidate pattern" hasline out.txt "      v.txt:3 - * + OF CORRUPTION [1121]"
check "raw: no events section" sh -c "! grep -q '^events' out.txt"
# without "corruption" the pattern is no candidate
"$KHALDUN" explain $D --model "$tmp/nomodel" "Najla al-Mangoush accused Turkey." > out.txt 2> err.txt
check "raw: no candidate without its words" sh -c "! grep -q 'CORRUPTION' out.txt"

# raw text with Khaldun's own parser (models next to the binary): the event
kdir=$(dirname "$KHALDUN")
if [ -f "$kdir/data/model/en-ewt.tagger" ] || [ -f "$kdir/../data/model/en-ewt.tagger" ]; then
    "$KHALDUN" explain $D --date 2021-05-06 "$S" > out.txt 2> err.txt; st=$?
    check "parsed raw: exit 0" [ "$st" -eq 0 ]
    check "parsed raw: tree shown" grep -q "^parse (dependency tree" out.txt
    check "parsed raw: verb is the root" hasline out.txt "  accused/VBD root (3)"
    check "parsed raw: event" hasline out.txt "  LBYGOV TUR 1121   verb 'accused'"
else
    echo "no parser models next to $KHALDUN (or one level up): parsed raw-text checks skipped"
fi

# a PTB parse: the tree and the event with the pattern's file:line
"$KHALDUN" explain $D --date 2021-05-06 "$S" --ptb "$TREE" > out.txt 2> err.txt; st=$?
check "ptb: exit 0" [ "$st" -eq 0 ]
check "ptb: root" hasline out.txt "  accused/VBD root (3)"
check "ptb: subject" hasline out.txt "    al-Mangoush/NNP nsubj (2)"
check "ptb: object" hasline out.txt "    Turkey/NNP obj (4)"
check "ptb: one event" hasline out.txt "events (1):"
check "ptb: event codes" hasline out.txt "  LBYGOV TUR 1121   verb 'accused'"
check "ptb: pattern file:line" hasline out.txt "    pattern v.txt:3 '- * + OF CORRUPTION [1121]'"
check "ptb: trace names the verb and its pattern" grep -q "^  verb .*'accused'.*v.txt:3" out.txt
check "ptb: trace lists the subject phrase" grep -q "^  unit .*'NAJLA AL-MANGOUSH' -> LBYGOV" out.txt
# after her term (2023-08-27) the person has no code: no event
"$KHALDUN" explain $D --date 2024-01-01 "$S" --ptb "$TREE" > out.txt 2> err.txt
check "ptb after term: no code" hasline out.txt "  1-2 'Najla al-Mangoush' -> (no code at this date)   a.txt:6 NAJLA_AL-MANGOUSH_ (synonym of NAJLA_MANGOUSH_)"
check "ptb after term: no event" grep -q "^events (0):" out.txt
check "ptb after term: trace says why (require_dyad)" grep -q "^  drop .*require_dyad" out.txt
# last day of the term still codes (inclusive limit)
"$KHALDUN" explain $D --date 2023-08-27 --ptb "$TREE" > out.txt 2> err.txt
check "ptb last day: event" hasline out.txt "  LBYGOV TUR 1121   verb 'accused'"
check "ptb without sentence: tokens joined" hasline out.txt "sentence: Najla al-Mangoush accused Turkey of corruption ."

# CoNLL-U: a visit, paired code 042:043, agent on the subject
cat > s.conllu <<'EOF'
# text = Turkish Foreign Minister visited Tripoli.
1	Turkish	turkish	ADJ	JJ	_	3	amod	_	_
2	Foreign	foreign	PROPN	NNP	_	3	compound	_	_
3	Minister	minister	PROPN	NNP	_	4	nsubj	_	_
4	visited	visit	VERB	VBD	_	0	root	_	_
5	Tripoli	Tripoli	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

1	Second	second	ADJ	JJ	_	0	root	_	_
EOF
"$KHALDUN" explain $D --conllu s.conllu > out.txt 2> err.txt; st=$?
check "conllu: exit 0" [ "$st" -eq 0 ]
check "conllu: text from the file" hasline out.txt "sentence: Turkish Foreign Minister visited Tripoli."
check "conllu: agent" hasline out.txt "  2-3 'Foreign Minister' -> ~GOV   g.txt:1 FOREIGN_MINISTER"
check "conllu: verb entry" hasline out.txt "  4 visited: v.txt:5 'VISIT' (form; block VISIT [042:043], 0 patterns) code 042:043"
check "conllu: visit" hasline out.txt "  TURGOV LBY 042   verb 'visited'"
check "conllu: hosting" hasline out.txt "  LBY TURGOV 043   verb 'visited'"

# usage errors
"$KHALDUN" explain $D > /dev/null 2>&1; st=$?
check "no sentence: exit 2" [ "$st" -eq 2 ]
"$KHALDUN" explain $D --date 2021-02-30 "$S" > /dev/null 2>&1; st=$?
check "bad date: exit 2" [ "$st" -eq 2 ]
"$KHALDUN" explain $D --ptb "(ROOT (S (NP (NNP Libya))" "$S" > out.txt 2> err.txt; st=$?
check "broken tree: exit 1" [ "$st" -eq 1 ]
check "broken tree: message" grep -q "^khaldun: --ptb" err.txt
"$KHALDUN" explain --help | grep -q -- "--conllu FILE"; check "help names --conllu" [ $? -eq 0 ]
finish
