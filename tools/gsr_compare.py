#!/usr/bin/env python3
"""Compare coded events with a validation file's expected events at the level of
(source country, target country, CAMEO root code).

Usage: tools/gsr_compare.py VALIDATION.xml EVENTS.jsonl
Country = first three letters of an actor code (IGO/NGO/IMG codes keep their first
three letters too).  Prints found/expected and false/produced shares."""
import json
import re
import sys


def key(src, tgt, code):
    return (src[:3], tgt[:3], code[:2])


def main():
    xml, ev = sys.argv[1], sys.argv[2]
    expected = {}
    cur = None
    for ln in open(xml, encoding='utf-8'):
        m = re.search(r'<Sentence [^>]*id="([^"]+)"', ln)
        if m:
            cur = m.group(1)
            expected.setdefault(cur, set())
            continue
        m = re.search(r'<EventCoding eventcode="([^"]*)" sourcecode="([^"]*)" targetcode="([^"]*)"', ln)
        if m and cur:
            code, s, t = m.groups()
            if code and s and t:
                expected[cur].add(key(s, t, code))
    produced = {}
    for ln in open(ev, encoding='utf-8'):
        e = json.loads(ln)
        produced.setdefault(e['sentence_id'], set()).add(key(e['source'], e['target'], e['code']))
    nexp = sum(len(v) for v in expected.values())
    found = sum(len(v & produced.get(k, set())) for k, v in expected.items())
    nprod = sum(len(v) for k, v in produced.items() if k in expected)
    false = sum(len(v - expected.get(k, set())) for k, v in produced.items() if k in expected)
    print('expected %d, found %d (%.1f%%); produced %d, not expected %d (%.1f%%)'
          % (nexp, found, 100.0 * found / max(nexp, 1), nprod, false, 100.0 * false / max(nprod, 1)))


if __name__ == '__main__':
    main()
