"""English verb forms for the verb dictionary generator.

Irregular and spelling-changed forms come from WordNet's exception list
(verb.exc, Debian package wordnet-base, WordNet licence); everything else
follows the regular rules.  SAME_PAST lists verbs whose past equals the base
(WordNet's list omits them because they need no lemmatisation)."""

SAME_PAST = {'cut', 'hit', 'put', 'set', 'shut', 'quit', 'let', 'upset', 'bid', 'rid', 'spread',
             'cast', 'broadcast', 'bet', 'burst', 'hurt', 'thrust', 'split', 'forecast', 'beat'}


def load_exc(path='/usr/share/wordnet/verb.exc'):
    exc = {}
    for ln in open(path, encoding='utf-8'):
        parts = ln.split()
        if len(parts) < 2:
            continue
        form = parts[0]
        for base in parts[1:]:
            exc.setdefault(base, []).append(form)
    return exc


def third(v):
    if v.endswith(('s', 'x', 'z', 'ch', 'sh')):
        return v + 'es'
    if len(v) > 1 and v.endswith('y') and v[-2] not in 'aeiou':
        return v[:-1] + 'ies'
    if v.endswith('o') and v not in ('veto',):
        return v + 'es' if v in ('go', 'do', 'echo') else v + 's'
    if v == 'veto':
        return 'vetoes'
    return v + 's'


def ing(v):
    if v.endswith('ie'):
        return v[:-2] + 'ying'
    if v.endswith('e') and not v.endswith(('ee', 'ye', 'oe')):
        return v[:-1] + 'ing'
    return v + 'ing'


def past(v):
    if v.endswith('e'):
        return v + 'd'
    if len(v) > 1 and v.endswith('y') and v[-2] not in 'aeiou':
        return v[:-1] + 'ied'
    return v + 'ed'


def forms(v, exc):
    """(forms, irregular): all inflected forms of base verb v (lower case), and
    whether they differ from what the regular rules would generate."""
    ex = exc.get(v, [])
    ings = [f for f in ex if f.endswith('ing')]
    pasts = [f for f in ex if not f.endswith('ing') and not f.endswith('s')]
    thirds = [f for f in ex if f.endswith('s') and not f.endswith('ing')]
    g = ings[0] if ings else ing(v)
    if pasts:
        p = pasts
    elif v in SAME_PAST:
        p = [v]
    elif ings and ings[0] == v + v[-1] + 'ing':
        p = [v + v[-1] + 'ed']
    else:
        p = [past(v)]
    t = thirds[0] if thirds else third(v)
    allf = [t] + p + [g]
    seen = []
    for f in allf:
        if f not in seen and f != v:
            seen.append(f)
    regular = (t == third(v) and g == ing(v) and p == [past(v)])
    return seen, not regular
