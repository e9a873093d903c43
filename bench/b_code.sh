# Coding parsed input with the Phoenix dictionaries: the GigaWord sample and
# the unit-test records, repeated REPEAT times into one file.
. bench/lib.sh
P2=$SHARED/data/petrarch2
REPEAT=${REPEAT:-120}
in=$TMP/code-input.xml
{
    echo "<Sentences>"
    i=0
    while [ $i -lt "$REPEAT" ]; do
        for f in "$P2/GigaWord.sample.PETR.xml" "$P2/PETR.UnitTest.records.xml"; do
            awk -v r=$i '/<Sentence[ >]/ { on = 1; sub(/id="/, "id=\"r" r "-") } on { print } /<\/Sentence>/ { on = 0 }' "$f"
        done
        i=$((i + 1))
    done
    echo "</Sentences>"
} >"$in"
one=$TMP/code-one.xml
awk '/<Sentence[ >]/ { on = 1 } on { print } /<\/Sentence>/ { if (on) exit }' "$P2/GigaWord.sample.PETR.xml" |
    { echo "<Sentences>"; cat; echo "</Sentences>"; } >"$one"
measure() { # BIN LABEL
    peak_run "$TMP/$2.big" "$1" code --stats --config "$P2/PETR_config.ini" "$in"
    peak_run "$TMP/$2.one" "$1" code --stats --config "$P2/PETR_config.ini" "$one"
    n=$(field sentences "$TMP/$2.big")
    tb=$(sed -n 's/^time: \([0-9.]*\) .*/\1/p' "$TMP/$2.big")
    to=$(sed -n 's/^time: \([0-9.]*\) .*/\1/p' "$TMP/$2.one")
    rss=$(sed -n 's/^time: [0-9.]* \([0-9]*\)/\1/p' "$TMP/$2.big")
    sps=$(field sentences_per_s "$TMP/$2.big")
    load=$(field dict_load_s "$TMP/$2.one")
    [ -n "$sps" ] || sps=$(awk -v n="${n:-0}" -v a="$tb" -v b="$to" 'BEGIN { if (a > b) printf "%d", n / (a - b); else print 0 }')
    [ -n "$load" ] || load=$to
    co=$(field coder_only_sentences_per_s "$TMP/$2.big")
    echo "$2 ${n:-0} $sps $load $rss $tb ${co:-0}"
}
set -- $(measure "$KHALDUN" new)
echo "coding: $2 sentences ($REPEAT x GigaWord sample + unit-test records), Phoenix dictionaries"
echo "  sentences/s, reading XML + trees + coding + writing JSON (load excluded): $3"
echo "  sentences/s, coder alone: $7"
echo "  dictionary load: $4 s"
echo "  peak RSS: $(awk -v k="$5" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
echo "  whole run: $6 s"
if [ -n "$BASE_KHALDUN" ]; then
    b=$(measure "$BASE_KHALDUN" base)
    set -- $b
    if [ "${3:-0}" != 0 ]; then
        new_sps=$(measure "$KHALDUN" new2 | cut -d' ' -f3)
        echo "  vs baseline: sentences/s $(ratio "$new_sps" "$3") (baseline $3/s), load $4 s, peak RSS $(awk -v k="$5" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
    else
        echo "  baseline could not code this input"
    fi
fi
echo "  PETRARCH2 reference (measured on this machine class, petrarch2-outputs/README.md): 1,000-1,400 sentences/s, load 2.5 s, 195 MiB"
