#!/bin/sh
# gsr-compare.sh: code a PETRARCH validation file's records from their <Text>
# alone (khaldun code --reparse: our tokenizer, tagger and parser) and compare
# expected with produced events at the level of
# (source country, target country, CAMEO root code).
#
# Usage: tools/gsr-compare.sh [-v] [--config FILE] [VALIDATION.xml]
#   VALIDATION.xml  default ../shared/data/udpetrarch-gsr/PETR2_GSR_validation.xml
#   --config FILE   dictionary set (default: Khaldun's own, data/dict/khaldun.config.ini)
#   -v              list each record's expected and produced triples
# Environment: KHALDUN (binary, default ./khaldun).
#
# Country of an actor code: its first three letters when they are an ISO
# 3166-1 alpha-3 code (Debian iso-codes) or one of the CAMEO/historical codes
# KSV ROM TMP ZAR SUN YUG CSK DDR SCG YMD; "IGO" for any IGO... code; "---"
# for everything else (---, empty, NGO, IMG, MNC, region codes, bare roles).
# Events are compared per record as sets of triples; an expected triple counts
# as found when the record produced the same triple.  Last line:
#   expected N found N (P%) produced N not-expected N
set -u
KHALDUN=${KHALDUN:-./khaldun}
cfg=""
verbose=0
file=""
while [ $# -gt 0 ]; do
    case $1 in
        --config) cfg=$2; shift 2 ;;
        -v) verbose=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "gsr-compare: unknown option $1" >&2; exit 2 ;;
        *) file=$1; shift ;;
    esac
done
[ -n "$file" ] || file=../shared/data/udpetrarch-gsr/PETR2_GSR_validation.xml
[ -r "$file" ] || { echo "gsr-compare: cannot read $file" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "gsr-compare: python3 needed" >&2; exit 2; }
tmp=$(mktemp) || exit 2
trap 'rm -f "$tmp"' EXIT
if [ -n "$cfg" ]; then
    "$KHALDUN" code --reparse --config "$cfg" "$file" >"$tmp" 2>"$tmp.err"
else
    "$KHALDUN" code --reparse "$file" >"$tmp" 2>"$tmp.err"
fi
rc=$?
if [ $rc -ge 2 ]; then cat "$tmp.err" >&2; rm -f "$tmp.err"; exit 2; fi
rm -f "$tmp.err"
python3 - "$file" "$tmp" "$verbose" <<'EOF'
import json, re, sys
xml, evf, verbose = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
countries = {'KSV', 'ROM', 'TMP', 'ZAR', 'SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD'}
try:
    with open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8') as f:
        countries |= {c['alpha_3'] for c in json.load(f)['3166-1']}
except OSError:
    sys.exit('gsr-compare: /usr/share/iso-codes/json/iso_3166-1.json missing (apt-get install iso-codes)')

def country(code):
    c = (code or '').upper()
    if c.startswith('IGO'):
        return 'IGO'
    return c[:3] if c[:3] in countries else '---'

def key(s, t, code):
    return (country(s), country(t), (code or '')[:2])

expected, order, cur = {}, [], None
text = open(xml, encoding='utf-8').read()
text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
for m in re.finditer(r'<Sentence\b[^>]*>|<EventCoding\b[^>]*>', text):
    tag = m.group(0)
    if tag.startswith('<Sentence'):
        i = re.search(r'\bid="([^"]+)"', tag)
        cur = i.group(1) if i else None
        if cur and cur not in expected:
            expected[cur] = set(); order.append(cur)
        continue
    a = dict(re.findall(r'(\w+)="([^"]*)"', tag))
    if cur and a.get('eventcode') and 'sourcecode' in a and 'targetcode' in a:
        expected[cur].add(key(a['sourcecode'], a['targetcode'], a['eventcode']))
produced = {}
for ln in open(evf, encoding='utf-8'):
    e = json.loads(ln)
    rid = re.sub(r'-\d+$', '', e.get('sentence_id') or '')
    produced.setdefault(rid, set()).add(key(e.get('source'), e.get('target'), e.get('code')))
nexp = found = nprod = false = cexp = cfound = 0
for r in order:
    ex, pr = expected[r], produced.get(r, set())
    nexp += len(ex); found += len(ex & pr); nprod += len(pr); false += len(pr - ex)
    cc = {k for k in ex if k[0] not in ('---', 'IGO') and k[1] not in ('---', 'IGO')}
    cexp += len(cc); cfound += len(cc & pr)
    if verbose:
        print('%s expected %s produced %s%s' % (r, sorted(ex), sorted(pr), '' if ex <= pr else '  MISS'))
print('records %d; country-country expected %d found %d' % (len(order), cexp, cfound))
print('expected %d found %d (%.1f%%) produced %d not-expected %d'
      % (nexp, found, 100.0 * found / max(nexp, 1), nprod, false))
EOF
