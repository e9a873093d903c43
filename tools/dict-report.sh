#!/bin/sh
# dict-report.sh: how well a dictionary set codes real news, and what it misses.
#
# Usage: tools/dict-report.sh [--config FILE] [--stories N] [--top N] [JSONL]
#   JSONL      default ../shared/data/reuters21578/reuters21578.jsonl
#   --config   dictionary set (default Khaldun's own, data/dict/khaldun.config.ini)
#   --stories  how many stories to take (default 1000): the first N whose
#              `places` name at least two distinct places (every Reuters-21578
#              place is a country or territory)
#   --top      length of the to-do list (default 20)
# Environment: KHALDUN (binary, default ./khaldun).  `make dict-report` runs it.
#
# Codes the stories with `khaldun code` (story context on, as for any raw text)
# and reports events per story and the share of events with both actors coded
# (each side's code starts with a country code -- ISO 3166-1 alpha-3 from
# Debian iso-codes, or KSV ROM TMP ZAR SUN YUG CSK DDR SCG YMD -- or IGO).
# Then parses the same stories (`khaldun parse --input text`) and, for every
# nominal subject (nsubj, nsubj:pass) of any head, looks the words of its
# subtree (relative/adjectival clauses left out) up in the set's actor and
# agent phrases (longest match from each word, the dictionary keys being the
# upper-cased words); runs of capitalized words (proper nouns anywhere,
# capitalized nouns/adjectives not first in the sentence; "of" and "&" join
# them; month and day names are dates, not actors) that no phrase covers are the to-do list, most frequent first.
set -u
KHALDUN=${KHALDUN:-./khaldun}
cfg=data/dict/khaldun.config.ini
n=1000
top=20
file=""
while [ $# -gt 0 ]; do
    case $1 in
        --config) cfg=$2; shift 2 ;;
        --stories) n=$2; shift 2 ;;
        --top) top=$2; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        -*) echo "dict-report: unknown option $1" >&2; exit 2 ;;
        *) file=$1; shift ;;
    esac
done
[ -n "$file" ] || file=../shared/data/reuters21578/reuters21578.jsonl
[ -r "$file" ] || { echo "dict-report: cannot read $file" >&2; exit 2; }
[ -r "$cfg" ] || { echo "dict-report: cannot read $cfg" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "dict-report: python3 needed" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$file" "$n" >"$tmp/stories.jsonl" <<'EOF' || exit 2
import json, sys
want, got = int(sys.argv[2]), 0
for ln in open(sys.argv[1], encoding='utf-8'):
    if got >= want:
        break
    if len(set(json.loads(ln).get('places') or [])) >= 2:
        sys.stdout.write(ln); got += 1
EOF
"$KHALDUN" code --config "$cfg" "$tmp/stories.jsonl" >"$tmp/events.jsonl" 2>"$tmp/code.err"
[ $? -ge 2 ] && { cat "$tmp/code.err" >&2; exit 2; }
"$KHALDUN" parse --input text "$tmp/stories.jsonl" >"$tmp/parse.conllu" 2>"$tmp/parse.err" ||
    { cat "$tmp/parse.err" >&2; exit 2; }
python3 - "$tmp/stories.jsonl" "$tmp/events.jsonl" "$tmp/parse.conllu" "$cfg" "$top" <<'EOF'
import collections, configparser, json, os, re, sys
storyf, evf, conf, cfg, top = sys.argv[1:6]
top = int(top)
countries = {'KSV', 'ROM', 'TMP', 'ZAR', 'SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD'}
try:
    with open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8') as f:
        countries |= {c['alpha_3'] for c in json.load(f)['3166-1']}
except OSError:
    sys.exit('dict-report: /usr/share/iso-codes/json/iso_3166-1.json missing (apt-get install iso-codes)')

def coded(code):
    c = (code or '').upper()
    return c.startswith('IGO') or c[:3] in countries

nstories = sum(1 for _ in open(storyf, encoding='utf-8'))
ev = [json.loads(l) for l in open(evf, encoding='utf-8')]
both = sum(1 for e in ev if coded(e.get('source')) and coded(e.get('target')))
anyc = sum(1 for e in ev if all((e.get(k) or '---')[:3] != '---' for k in ('source', 'target')))
roots = collections.Counter((e.get('code') or '')[:2] for e in ev)

# --- the set's actor and agent phrases
cp = configparser.ConfigParser(inline_comment_prefixes=('#', ';'), strict=False)
cp.read(cfg, encoding='utf-8')
base = os.path.dirname(cfg)
d = cp['Dictionaries']
def files(key):
    return [os.path.join(base, x.strip()) for x in d.get(key, '').split(',') if x.strip()]
phrases = collections.defaultdict(set)       # first word -> phrase tuples
def add(words):
    words = tuple(w for w in words if w)
    if words:
        phrases[words[0]].add(words)
def plurals(w):
    if w.endswith('Y') and len(w) > 1 and w[-2] not in 'AEIOU':
        return [w[:-1] + 'IES']
    if re.search(r'(S|X|Z|CH|SH)$', w):
        return [w + 'ES']
    return [w + 'S']
for f in files('actorfile_list'):
    for ln in open(f, encoding='utf-8', errors='replace'):
        ln = ln.split('#', 1)[0].strip()
        if not ln or ln[0] in '[<!{=':
            continue
        tok = ln.split()[0].lstrip('+')
        if '[' in tok or '=' in tok:
            continue
        add(tok.upper().rstrip('_').split('_'))
subst = {}
for f in files('agentfile_name'):
    for ln in open(f, encoding='utf-8', errors='replace'):
        ln = ln.split('#', 1)[0].strip()
        if not ln:
            continue
        m = re.match(r'^(!\w+!)\s*=\s*(.*)$', ln)
        if m:
            subst[m.group(1).upper()] = [x.strip().upper() for x in m.group(2).split(',') if x.strip()]
            continue
        m = re.match(r'^([^\s\[{]+)\s*(\{[^}]*\})?', ln)
        if not m:
            continue
        ph = m.group(1).upper().rstrip('_')
        forms = [ph]
        for k, vals in subst.items():
            if k in ph:
                forms = [x.replace(k, v) for x in forms for v in vals]
        if m.group(2) is not None:
            forms += [x for x in m.group(2)[1:-1].upper().replace('_', ' ').split(',') if x.strip()]
        else:
            forms += [x.rsplit('_', 1)[0] + '_' + plurals(x.rsplit('_', 1)[-1])[0] if '_' in x
                      else plurals(x)[0] for x in list(forms)]
        for x in forms:
            add(x.replace(' ', '_').split('_'))

calendar = {'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER',
            'OCTOBER', 'NOVEMBER', 'DECEMBER', 'JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP',
            'SEPT', 'OCT', 'NOV', 'DEC', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
            'SATURDAY', 'SUNDAY'}

def covered(keys):
    cov = [False] * len(keys)
    for i, k in enumerate(keys):
        best = 0
        for p in phrases.get(k, ()):
            if len(p) > best and tuple(keys[i:i + len(p)]) == p:
                best = len(p)
        for j in range(i, i + best):
            cov[j] = True
    return cov

# --- subjects in the parse
todo, todo_stories = collections.Counter(), collections.defaultdict(set)
nsent = nsubj = nsubj_unmatched = 0
def sentence(sid, toks):
    global nsubj, nsubj_unmatched
    kids = collections.defaultdict(list)
    for t in toks:
        kids[t[6]].append(t)
    story = re.sub(r'-\d+$', '', sid)
    for t in toks:
        if t[7] not in ('nsubj', 'nsubj:pass'):
            continue
        nsubj += 1
        sub, stack = [], [t]
        while stack:
            x = stack.pop(); sub.append(x)
            stack += [c for c in kids[x[0]] if not c[7].startswith('acl') and c[7] != 'parataxis']
        sub.sort(key=lambda x: int(x[0]))
        # contiguous stretches of the subtree, each looked up on its own
        runs, cur = [], []
        for x in sub:
            if cur and int(x[0]) != int(cur[-1][0]) + 1:
                runs.append(cur); cur = []
            cur.append(x)
        if cur:
            runs.append(cur)
        found = False
        for r in runs:
            cov = covered([x[1].upper() for x in r])
            def cap(i):
                x = r[i]
                if cov[i] or not x[1][:1].isupper() or x[1].upper() in calendar:
                    return False
                return x[3] == 'PROPN' or x[4] in ('NNP', 'NNPS') or \
                    (x[3] in ('NOUN', 'ADJ', 'X') and x[0] != '1')
            words, i = [], 0
            while i <= len(r):
                if i < len(r) and cap(i):
                    words.append(r[i][1])
                elif (i < len(r) and words and r[i][1] in ('of', '&') and i + 1 < len(r) and cap(i + 1)):
                    words.append(r[i][1])
                elif words:
                    ph = ' '.join(words)
                    todo[ph] += 1; todo_stories[ph].add(story); found = True
                    words = []
                i += 1
        if found:
            nsubj_unmatched += 1

sid, toks = '', []
for ln in open(conf, encoding='utf-8'):
    ln = ln.rstrip('\n')
    if ln.startswith('# sent_id = '):
        sid = ln[12:]
    elif not ln:
        if toks:
            nsent += 1; sentence(sid, toks)
        toks = []
    elif not ln.startswith('#'):
        f = ln.split('\t')
        if len(f) >= 8 and f[0].isdigit():
            toks.append(f)
if toks:
    nsent += 1; sentence(sid, toks)

n = len(ev)
print('dictionaries: %s' % cfg)
print('stories: %d (the first with at least two places), sentences: %d' % (nstories, nsent))
print('events: %d, %.2f per story' % (n, n / max(nstories, 1)))
print('events with both actors coded (country or IGO): %d (%.1f%%)' % (both, 100.0 * both / max(n, 1)))
print('events with neither side "---" or empty: %d (%.1f%%)' % (anyc, 100.0 * anyc / max(n, 1)))
print('roots: ' + ' '.join('%s:%d' % kv for kv in sorted(roots.items())))
print('subjects (nsubj): %d, with an unmatched capitalized phrase: %d (%.1f%%)'
      % (nsubj, nsubj_unmatched, 100.0 * nsubj_unmatched / max(nsubj, 1)))
print('top %d unmatched capitalized phrases in subject position (occurrences, stories):' % top)
for ph, c in sorted(todo.items(), key=lambda kv: (-kv[1], -len(todo_stories[kv[0]]), kv[0]))[:top]:
    print('  %5d %4d  %s' % (c, len(todo_stories[ph]), ph))
EOF
