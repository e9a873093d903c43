#!/usr/bin/env python3
"""Lint and count Khaldun's own dictionary set (PETRARCH2 formats).

Usage: tools/check_dicts.py [--config data/dict/khaldun.config.ini] [--cameo PATH] [-q]

Reports file:line: messages and exits 1 when any error is found.  Checks: line
syntax of every file kind; phrases are upper-case ASCII; an actor phrase is
listed once across all actor files; actor codes are made of 3-letter parts
with a known country/organization prefix; dates are valid and the date ranges
of one entry that overlap carry the same code; verb pattern codes are CAMEO
codes (from CAMEO.eventcodes.txt when available); synsets are defined before
use; a verb belongs to one block; agent codes are ~CODE or CODE~; agent
substitution markers are defined; issue blocks are balanced.
Then prints counts: entries per kind, people, countries, CAMEO codes covered.
Until `khaldun dict check` exists this is the project's dictionary lint.
"""
import argparse
import configparser
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ROLE = {'GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'MED', 'BUS', 'CVL', 'EDU', 'HLH', 'REF', 'IGO', 'ELI',
        'SPY', 'CRM', 'REL', 'LAB', 'AGR', 'ENV', 'PTY', 'NGO', 'MNC', 'IMG', 'UAF', 'INS', 'SEP', 'RAD', 'HRI',
        'DEV', 'MOD', 'CHR', 'MUS', 'JEW', 'BUD', 'HIN', 'SHI', 'SUN'}
REGIONS = {'AFR', 'ASA', 'EUR', 'MEA', 'NAF', 'WAF', 'EAF', 'SAF', 'CFR', 'SAS', 'SEA', 'CAS', 'NMR', 'LAM', 'SAM',
           'CRB', 'WST', 'BLK', 'CAU', 'PGS', 'MDT', 'SAH', 'SCN', 'EEU'}
PREFIX_OTHER = {'IGO', 'IMG', 'NGO', 'MNC', 'KSV', 'SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD'}
PHRASE_OK = re.compile(r"^[A-Z0-9_'.\-&/,()]+$")
DATE = re.compile(r'^(\d{6}|\d{8})$')


class Lint:
    def __init__(self, quiet):
        self.errors = 0
        self.warnings = 0
        self.quiet = quiet

    def err(self, where, msg):
        self.errors += 1
        print('%s: error: %s' % (where, msg))

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print('%s: warning: %s' % (where, msg))


def strip_comment(s):
    i = s.find('#')
    return s if i < 0 else s[:i]


def parse_date(d, where, lint):
    if not DATE.match(d):
        lint.err(where, 'bad date %r' % d)
        return None
    if len(d) == 6:
        yy = int(d[:2])
        d = ('19' if yy >= 30 else '20') + d
    try:
        datetime.date(int(d[:4]), int(d[4:6]), int(d[6:]))
    except ValueError:
        lint.err(where, 'no such date %r' % d)
        return None
    return int(d)


def check_code(code, where, lint, countries):
    if not re.match(r'^([A-Z0-9]{3})+$', code):
        lint.err(where, 'code %r is not made of 3-character parts' % code)
        return
    head = code[:3]
    if head not in countries and head not in REGIONS and head not in PREFIX_OTHER:
        lint.err(where, 'code %r: unknown country/organization prefix %s' % (code, head))
        return
    if head in ('IGO', 'IMG', 'NGO', 'MNC'):
        return                       # organization codes: free 3-letter parts
    for i in range(3, len(code), 3):
        part = code[i:i + 3]
        if part not in ROLE and part not in countries and part not in REGIONS:
            lint.warn(where, 'code %r: part %s is not a known role code' % (code, part))


def check_actors(path, lint, countries, seen, stats):
    base = os.path.relpath(path, ROOT)
    entry = None

    def close(e):
        if not e:
            return
        rs = [r for r in e['ranges'] if r[0] is not None]
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                a, b = rs[i], rs[j]
                if a[0] <= b[1] and b[0] <= a[1] and a[2] != b[2]:
                    lint.err(b[3], 'date range overlaps line %s with another code (%s vs %s)'
                             % (a[3].rsplit(':', 1)[1], a[2], b[2]))
        if e['dated']:
            stats['dated_entries'] += 1

    for n, raw in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
        where = '%s:%d' % (base, n)
        line = raw.rstrip('\n')
        if any(ord(c) > 127 for c in line):
            lint.err(where, 'non-ASCII character')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line.startswith('\t') or line.startswith(' ') and line.strip().startswith('['):
            body = strip_comment(line).strip()
            m = re.match(r'^\[([A-Z0-9]+)(?:\s+(<|>)?(\d+)(?:-(\d+))?)?\]$', body)
            if not m or entry is None:
                lint.err(where, 'expected a date restriction "\\t[CODE date]" after an entry')
                continue
            code, op, d1, d2 = m.groups()
            check_code(code, where, lint, countries)
            stats['date_lines'] += 1
            if d1 is None:
                entry['ranges'].append((None, None, code, where))
                continue
            a = parse_date(d1, where, lint)
            if op == '<':
                rng = (0, a)
            elif op == '>':
                rng = (a, 99999999)
            elif d2:
                b = parse_date(d2, where, lint)
                if a and b and a > b:
                    lint.err(where, 'date range ends before it starts')
                rng = (a, b)
            else:
                lint.err(where, 'a single date needs < or >')
                continue
            if None in rng:
                continue
            entry['dated'] = True
            entry['ranges'].append((rng[0], rng[1], code, where))
            continue
        body = strip_comment(line).rstrip()
        syn = body.startswith('+')
        if syn:
            if entry is None:
                lint.err(where, 'synonym before any entry')
                continue
            phrase = body[1:].strip()
            code = None
        else:
            close(entry)
            m = re.match(r'^(\S+?)\s*(?:\[([A-Z0-9]+)\])?\s*$', body)
            if not m:
                lint.err(where, 'expected "PHRASE [CODE]"')
                entry = None
                continue
            phrase, code = m.group(1), m.group(2)
            entry = {'ranges': [], 'dated': False, 'where': where}
            stats['entries'] += 1
            if code:
                check_code(code, where, lint, countries)
        if ' ' in phrase:
            lint.err(where, 'blank inside phrase %r (join words with _)' % phrase)
        if not PHRASE_OK.match(phrase):
            lint.err(where, 'phrase %r has characters outside A-Z 0-9 _ \' . - & / , ( )' % phrase)
        k = phrase.strip('_')
        if k in seen:
            lint.err(where, 'phrase %s already listed at %s' % (k, seen[k]))
        else:
            seen[k] = where
        stats['phrases'] += 1
    close(entry)


def check_agents(path, lint, stats):
    base = os.path.relpath(path, ROOT)
    markers = set()
    seen = {}
    for n, raw in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
        where = '%s:%d' % (base, n)
        line = strip_comment(raw.rstrip('\n')).strip()
        if not line:
            continue
        m = re.match(r'^(![A-Z]+!)\s*=\s*(.+)$', line)
        if m:
            markers.add(m.group(1))
            continue
        m = re.match(r'^(\S+)\s*(\{[^}]*\})?\s*\[(~[A-Z]+|[A-Z]+~)\]$', line)
        if not m:
            lint.err(where, 'expected "PHRASE {plural} [~CODE]"')
            continue
        phrase = m.group(1)
        for mk in re.findall(r'![A-Z]+!', phrase):
            if mk not in markers:
                lint.err(where, 'substitution marker %s used before definition' % mk)
        code = m.group(3).strip('~')
        for i in range(0, len(code), 3):
            if code[i:i + 3] not in ROLE:
                lint.warn(where, 'agent code %s: part %s is not a known role code' % (code, code[i:i + 3]))
        if not PHRASE_OK.match(re.sub(r'![A-Z]+!', 'X', phrase)):
            lint.err(where, 'phrase %r has unexpected characters' % phrase)
        if phrase in seen:
            lint.err(where, 'agent %s already listed at %s' % (phrase, seen[phrase]))
        seen[phrase] = where
        stats['agents'] += 1
        stats['agent_codes'].add(code)


def check_verbs(path, lint, cameo, stats):
    base = os.path.relpath(path, ROOT)
    synsets = set()
    verbs = {}
    block = None
    for n, raw in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
        where = '%s:%d' % (base, n)
        line = raw.rstrip('\n')
        if any(ord(c) > 127 for c in line):
            lint.err(where, 'non-ASCII character')
        s = line.strip()
        if not s or (s.startswith('#') and not s.startswith('####')):
            continue
        if s.startswith('####'):
            continue
        if s.startswith('---'):
            m = re.match(r'^---\s+(.+?)\s+\[([0-9]+|---)(?::([0-9]+))?\]\s+---\s*$', s)
            if not m:
                lint.err(where, 'expected "--- NAME [code] ---"')
                continue
            block = m.group(1)
            for c in (m.group(2), m.group(3)):
                if c and c != '---':
                    stats['codes'].add(c)
                    if cameo and c not in cameo:
                        lint.err(where, 'block code %s is not a CAMEO code' % c)
            stats['blocks'] += 1
            continue
        if s.startswith('&'):
            lab = s.split()[0]
            synsets.add(lab.rstrip('_'))
            synsets.add(lab)
            cur_syn = lab
            stats['synsets'] += 1
            continue
        body = strip_comment(s).strip()
        if not body:
            continue
        if body.startswith('+') and block is None:
            continue                  # synset member
        if body.startswith('- '):
            if block is None:
                lint.err(where, 'pattern outside a verb block')
                continue
            m = re.match(r'^-\s+(.*?)\s*\[([0-9]+|---)(?::([0-9]+|---))?\]\s*$', body)
            if not m:
                lint.err(where, 'expected "- pattern [code]"')
                continue
            pat = m.group(1)
            if pat.count('*') != 1:
                lint.err(where, 'pattern must contain exactly one *')
            if pat.count('(') != pat.count(')') or pat.count('{') != pat.count('}'):
                lint.err(where, 'unbalanced ( ) or { } in pattern')
            for lab in re.findall(r'&[A-Z_]+', pat):
                if lab not in synsets and lab.rstrip('_') not in synsets:
                    lint.err(where, 'synset %s used before definition' % lab)
            for c in (m.group(2), m.group(3)):
                if c and c != '---':
                    stats['codes'].add(c)
                    if cameo and c not in cameo:
                        lint.err(where, 'code %s is not a CAMEO code' % c)
            stats['patterns'] += 1
            continue
        if body.startswith('~'):
            stats['transformations'] += 1
            continue
        # a verb line
        if block is None:
            lint.err(where, 'verb line outside a block')
            continue
        m = re.match(r'^(\S+)(?:\s*\{([^}]*)\})?\s*(?:\[([0-9]+|---)\])?\s*$', body)
        if not m:
            lint.err(where, 'expected "VERB {FORMS} [code]"')
            continue
        v = m.group(1)
        if v.count('+') > 1:
            lint.err(where, 'more than one + in multi-word verb %s' % v)
        if '_' in v and '+' not in v:
            lint.err(where, 'multi-word verb %s needs + before its verb word' % v)
        if not re.match(r'^[A-Z+_\-]+$', v):
            lint.err(where, 'verb %r has unexpected characters' % v)
        forms = (m.group(2) or '').split()
        for f in [v] + forms:
            if f in verbs and verbs[f] != block:
                lint.err(where, 'verb form %s already in block %s' % (f, verbs[f]))
            verbs.setdefault(f, block)
        stats['verbs'] += 1


def check_discards(path, lint, stats):
    base = os.path.relpath(path, ROOT)
    seen = {}
    for n, raw in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
        where = '%s:%d' % (base, n)
        s = strip_comment(raw.rstrip('\n')).strip()
        if not s:
            continue
        if any(ord(c) > 127 for c in s):
            lint.err(where, 'non-ASCII character')
        k = s.upper()
        if k in seen:
            lint.err(where, 'discard %s already listed at %s' % (s, seen[k]))
        seen[k] = where
        stats['discards'] += 1
        if s.startswith('+'):
            stats['discards_story'] += 1


def check_issues(path, lint, stats):
    base = os.path.relpath(path, ROOT)
    inside = None
    for n, raw in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
        where = '%s:%d' % (base, n)
        s = strip_comment(raw.rstrip('\n')).strip()
        if not s:
            continue
        m = re.match(r'^<ISSUE CATEGORY="([A-Z_]+)">$', s)
        if m:
            if inside:
                lint.err(where, 'ISSUE block opened inside another')
            inside = m.group(1)
            stats['issue_categories'] += 1
            continue
        if s == '</ISSUE>':
            if not inside:
                lint.err(where, '</ISSUE> without an open block')
            inside = None
            continue
        if s.startswith('~'):
            stats['issue_ignores'] += 1
            continue
        m = re.match(r'^(.+?)\s+\[([A-Z_]+)\]$', s)
        if not m:
            lint.err(where, 'expected "phrase [CODE]"')
            continue
        if inside and m.group(2) != inside:
            lint.warn(where, 'code %s differs from its block %s' % (m.group(2), inside))
        stats['issues'] += 1
    if inside:
        lint.err(base, 'ISSUE block %s not closed' % inside)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--config', default=os.path.join(ROOT, 'data', 'dict', 'khaldun.config.ini'))
    ap.add_argument('--cameo', default=os.path.join(ROOT, '..', 'shared', 'data', 'cameo', 'CAMEO.eventcodes.txt'))
    ap.add_argument('--iso', default='/usr/share/iso-codes/json/iso_3166-1.json')
    ap.add_argument('-q', action='store_true', help='errors only')
    a = ap.parse_args()
    lint = Lint(a.q)
    cameo = None
    if os.path.exists(a.cameo):
        cameo = {}
        for ln in open(a.cameo, encoding='latin-1'):
            f = ln.rstrip('\n').split('\t')
            if f and re.match(r'^\d+$', f[0]):
                cameo[f[0]] = f[1] if len(f) > 1 else ''
    else:
        print('note: %s absent: verb codes not checked against CAMEO' % a.cameo)
    countries = set()
    if os.path.exists(a.iso):
        countries = {c['alpha_3'] for c in json.load(open(a.iso))['3166-1']}
    else:
        print('note: %s absent: country prefixes not checked' % a.iso)
        countries = None
    cp = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
    cp.read(a.config)
    d = cp['Dictionaries']
    cdir = os.path.dirname(os.path.abspath(a.config))
    path = lambda name: os.path.join(cdir, name.strip())  # noqa: E731
    stats = {'entries': 0, 'phrases': 0, 'date_lines': 0, 'dated_entries': 0, 'agents': 0, 'agent_codes': set(),
             'blocks': 0, 'verbs': 0, 'patterns': 0, 'synsets': 0, 'transformations': 0, 'codes': set(),
             'discards': 0, 'discards_story': 0, 'issues': 0, 'issue_categories': 0, 'issue_ignores': 0}
    seen = {}
    per_file = {}
    for name in d['actorfile_list'].split(','):
        p = path(name)
        if not os.path.exists(p):
            lint.err(a.config, 'actor file %s missing' % p)
            continue
        before = dict(stats)
        check_actors(p, lint, countries if countries is not None else _AnySet(), seen, stats)
        per_file[name.strip()] = (stats['entries'] - before['entries'], stats['phrases'] - before['phrases'],
                                  stats['dated_entries'] - before['dated_entries'])
    for key, fn in (('agentfile_name', lambda p: check_agents(p, lint, stats)),
                    ('verbfile_name', lambda p: check_verbs(p, lint, cameo, stats)),
                    ('discardfile_name', lambda p: check_discards(p, lint, stats)),
                    ('issuefile_name', lambda p: check_issues(p, lint, stats))):
        if key in d:
            p = path(d[key])
            if os.path.exists(p):
                fn(p)
            else:
                lint.err(a.config, '%s %s missing' % (key, p))
    # counts
    print('actor files:')
    for name, (e, ph, dt) in per_file.items():
        print('  %-32s %6d entries %7d phrases %6d dated' % (name, e, ph, dt))
    print('actor entries %d, phrases %d, date lines %d' % (stats['entries'], stats['phrases'], stats['date_lines']))
    if 'khaldun.people.actors.txt' in per_file:
        print('people entries: %d' % per_file['khaldun.people.actors.txt'][0])
    print('agents %d (codes: %s)' % (stats['agents'], ' '.join(sorted(stats['agent_codes']))))
    print('verbs: %d blocks, %d verbs, %d patterns, %d synsets' % (stats['blocks'], stats['verbs'],
                                                                  stats['patterns'], stats['synsets']))
    if cameo:
        used = stats['codes'] & set(cameo)
        roots = {c[:2] for c in used}
        allroots = {c for c in cameo if len(c) == 2}
        full = used | (roots & allroots)
        print('CAMEO codes used: %d of %d codes other than the 20 roots; with roots counted when used: %d of %d'
              % (len(used), len([c for c in cameo if len(c) > 2]), len(full), len(cameo)))
        print('root categories covered: %d of %d' % (len(roots & allroots), len(allroots)))
        missing = sorted(c for c in cameo if len(c) > 2 and c not in used)
        print('codes without a verb or pattern: %s' % (' '.join(missing) or 'none'))
    print('discards %d (%d whole-story)' % (stats['discards'], stats['discards_story']))
    print('issues %d phrases in %d categories, %d ignore phrases' % (stats['issues'], stats['issue_categories'],
                                                                   stats['issue_ignores']))
    print('%d errors, %d warnings' % (lint.errors, lint.warnings))
    sys.exit(1 if lint.errors else 0)


class _AnySet(set):
    def __contains__(self, x):
        return True


if __name__ == '__main__':
    main()
