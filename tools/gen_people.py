#!/usr/bin/env python3
"""Generate data/dict/khaldun.people.actors.txt from tools/people/*.tsv.

Source rows (ours, facts only; one row per person and office):
    name | variants (; separated) | country | role | from | to [| note]
  country  CAMEO country code (ISO alpha-3; KSV), or for role IGO the full actor code
  role     HOS head of state, HOG head of government, VP, FM foreign minister,
           DM defence minister, MIN other minister/spokesperson (all -> <country>GOV),
           MIL armed forces chief (-> MIL), LEG (-> LEG), REB (-> REB), OPP (-> OPP),
           SPY (-> SPY), JUD (-> JUD), ELI (-> ELI), CRM (-> CRM), IGO (country field is the code);
           a row with neither date gives the person's default code
  from,to  YYYY-MM-DD when the day is known; YYYY-MM or YYYY when only the month
           or year is (then the range is widened to the whole month/year and the
           entry is marked "approx" in a comment).  Empty `to`: still in office
           when written.  Empty `from`: since before 2000.
Output: PETRARCH2 actor records with one tab-indented date restriction per office,
then the person's default code <country>ELI (national elite: out of office).
Name variants made here: ASCII folding (Cavusoglu), hyphen as blank
(AL_MANGOUSH), Arabic article al-/el- alternated and dropped (NAJLA_MANGOUSH).
A variant written "@Name" (a bare surname) names the person only while in
office: it gets an entry of its own with the offices' dated codes and no
default code, so outside them the name codes nothing ("Baker" is James Baker
only 1981-1993); two people's "@Name" with offices in different years share it.
"""
import calendar
import datetime
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dictlib import key, uniq, fold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SUFFIX = {'HOS': 'GOV', 'HOG': 'GOV', 'VP': 'GOV', 'FM': 'GOV', 'DM': 'GOV', 'MIN': 'GOV',
          'MIL': 'MIL', 'LEG': 'LEG', 'REB': 'REB', 'OPP': 'OPP', 'SPY': 'SPY', 'JUD': 'JUD',
          'ELI': 'ELI', 'CRM': 'CRM', 'IGO': ''}
ROLE_NAME = {'HOS': 'head of state', 'HOG': 'head of government', 'VP': 'vice-president',
             'FM': 'foreign minister', 'DM': 'defence minister', 'MIN': 'minister/official',
             'MIL': 'armed forces chief', 'LEG': 'legislature', 'REB': 'armed group leader',
             'OPP': 'opposition', 'ELI': 'elite', 'CRM': 'criminal group leader', 'SPY': 'intelligence chief', 'JUD': 'judiciary', 'IGO': 'international'}
DATE = re.compile(r'^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$')


def parse_date(s, end, where):
    """-> (YYYYMMDD int, exact flag)."""
    m = DATE.match(s)
    if not m:
        raise ValueError('%s: bad date %r' % (where, s))
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if d:
        return int('%04d%s%s' % (y, mo, d)), True
    if mo:
        mo = int(mo)
        day = calendar.monthrange(y, mo)[1] if end else 1
        return y * 10000 + mo * 100 + day, False
    return y * 10000 + (1231 if end else 101), False


def name_variants(name):
    """Keys for one written name."""
    out = [key(name)]
    words = name.split()
    # Arabic article: al-X / el-X / X
    if any(re.match(r"^(al|el|Al|El|ad|ed|as|an|ar|at|az|ash)-", w) for w in words):
        alt_el, alt_al, bare = [], [], []
        for w in words:
            m = re.match(r"^(al|el|Al|El)-(.+)$", w)
            if m:
                alt_el.append('el-' + m.group(2))
                alt_al.append('al-' + m.group(2))
                bare.append(m.group(2))
            else:
                alt_el.append(w)
                alt_al.append(w)
                bare.append(w)
        for v in (alt_al, alt_el, bare):
            out.append(key(' '.join(v)))
    res = []
    for k in out:
        res.append(k)
        if '-' in k:
            res.append(k.replace('-', '_'))
            res.append(re.sub(r'(?<=[A-Z])-(?=[A-Z])', '_-_', k))   # UD tokens: AL - MANGOUSH
    return uniq(res)


RANK = {'HOS': 0, 'HOG': 0, 'VP': 0, 'FM': 0, 'DM': 0, 'MIN': 0, 'IGO': 0, 'MIL': 1, 'SPY': 1,
        'LEG': 2, 'JUD': 2, 'REB': 3, 'OPP': 3, 'CRM': 3, 'ELI': 4}


def _day(d, delta):
    """YYYYMMDD int shifted by delta days (0 and 99999999 stay open ends)."""
    if d in (0, 99999999):
        return d
    x = datetime.date(d // 10000, d // 100 % 100, d % 100) + datetime.timedelta(days=delta)
    return x.year * 10000 + x.month * 100 + x.day


def resolve(ranges):
    """Make the offices of one person non-overlapping where their codes differ, so
    that a date has one code: state and international offices (GOV, IGO) win over
    MIL/SPY, which win over LEG/JUD, then REB/OPP/CRM, then ELI; between offices of
    the same rank the one that began later wins (a new post supersedes the old).
    Unbounded rows (no dates: the person's default) are left alone."""
    fixed = [r for r in ranges if r[0] == 0 and r[1] == 99999999]
    rows = [r for r in ranges if not (r[0] == 0 and r[1] == 99999999)]
    order = sorted(rows, key=lambda r: (RANK[r[4]], -r[0]))
    placed = []
    for r in order:
        pieces = [(r[0], r[1])]
        for q in placed:
            if q[2] == r[2]:
                continue
            nxt = []
            for a, b in pieces:
                if b < q[0] or a > q[1]:
                    nxt.append((a, b))
                    continue
                if a < q[0]:
                    nxt.append((a, _day(q[0], -1)))
                if b > q[1]:
                    nxt.append((_day(q[1], 1), b))
            pieces = nxt
        for a, b in pieces:
            placed.append((a, b) + tuple(r[2:]))
    return sorted(placed) + fixed


SURNAME_FIRST = {'CHN', 'TWN', 'KOR', 'PRK', 'HKG', 'MAC', 'MNG'}
NO_SURNAME = {'MMR', 'IDN', 'KHM', 'THA', 'ISL', 'ETH', 'ERI'}
MONARCHY_HOS = {'GBR', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'JPN', 'SAU', 'JOR', 'MAR', 'THA', 'KHM', 'BHR',
                'OMN', 'QAT', 'KWT', 'BRN', 'LSO', 'SWZ', 'MCO', 'LIE', 'VAT', 'LUX'}


def titles(role, cc):
    if role == 'HOS':
        if cc in MONARCHY_HOS:
            return []
        if cc == 'IRN':
            return ['SUPREME_LEADER']
        return ['PRESIDENT']
    if role == 'HOG':
        if cc == 'IRN':
            return ['PRESIDENT']
        if cc in ('DEU', 'AUT'):
            return ['CHANCELLOR']
        if cc == 'HKG':
            return ['CHIEF_EXECUTIVE']
        if cc == 'CHN':
            return ['PREMIER']
        return ['PRIME_MINISTER', 'PREMIER']
    if role == 'VP':
        return ['VICE_PRESIDENT', 'VICE-PRESIDENT']
    if role == 'FM':
        if cc == 'USA':
            return ['SECRETARY_OF_STATE']
        if cc == 'GBR':
            return ['FOREIGN_SECRETARY']
        return ['FOREIGN_MINISTER']
    if role == 'DM':
        if cc == 'USA':
            return ['DEFENSE_SECRETARY', 'SECRETARY_OF_DEFENSE']
        if cc == 'GBR':
            return ['DEFENCE_SECRETARY']
        return ['DEFENSE_MINISTER', 'DEFENCE_MINISTER']
    return []


def surname(name, cc):
    words = [w.strip(',') for w in name.split()]
    words = [w for w in words if w not in ('Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV')]
    if len(words) < 2 or cc in NO_SURNAME:
        return None
    w = words[0] if cc in SURNAME_FIRST else words[-1]
    short = 2 if cc in SURNAME_FIRST else 3
    if len(w.strip("'.-")) < short or w[0].islower() and '-' not in w:
        return None
    return w


def add_titles(persons, order, alias):
    """Title + surname variants ("PRESIDENT_ERDOGAN", "FOREIGN_MINISTER_CAVUSOGLU") for
    the offices a person held, kept only when no other person would have the same key
    and the surname is nobody's first name."""
    firsts = set()
    for pk in order:
        w = persons[pk]['name'].split()
        if len(w) > 1:
            firsts.add(fold(w[0]).upper())
    cand = {}
    rows = {}
    for pk in order:
        p = persons[pk]
        for r in p['ranges']:
            role, cc = r[4], r[5]
            sn = surname(p['name'], cc)
            if not sn or fold(sn).upper() in firsts:
                continue        # "President Michel" would swallow "President Michel Suleiman"
            for t in titles(role, cc):
                for k in name_variants(t.replace('_', ' ') + ' ' + sn):
                    cand.setdefault(k, set()).add(pk)
                    rows.setdefault(k, []).append((r, p['name']))
    shared = {}
    for k, owners in cand.items():
        if k in alias:
            continue
        if len(owners) == 1:
            pk = next(iter(owners))
            persons[pk]['keys'].append(k)
            alias[k] = pk
            continue
        # several holders of one country's office share the title ("President Bush"):
        # the title gets its own entry with the offices of all of them
        ccs = {r[5] for r, _ in rows[k]}
        if len(ccs) == 1:
            grp = tuple(sorted(set(n for _, n in rows[k])))
            shared.setdefault(grp, []).append(k)
    for grp, keys in shared.items():
        k0 = keys[0]
        rs = []
        for r, _ in rows[k0]:
            if r not in rs:
                rs.append(r)
        pk = 'TITLE:' + k0
        persons[pk] = {'name': k0, 'keys': list(keys), 'ranges': rs, 'cc': rs[0][5],
                       'notes': ['title shared by ' + ', '.join(grp)], 'src': 'titles'}
        order.append(pk)
        for k in keys:
            alias[k] = pk


def main():
    out_path = os.path.join(HERE, '..', 'data', 'dict', 'khaldun.people.actors.txt')
    if len(sys.argv) > 2 and sys.argv[1] == '-o':
        out_path = sys.argv[2]
    persons = {}     # primary key -> person
    alias = {}       # any phrase key -> primary key of the person it names
    order = []
    errors = 0
    nrows = 0
    for path in sorted(glob.glob(os.path.join(HERE, 'people', '*.tsv'))):
        base = os.path.basename(path)
        for lineno, ln in enumerate(open(path, encoding='utf-8'), 1):
            ln = ln.rstrip('\n')
            if not ln.strip() or ln.lstrip().startswith('#'):
                continue
            where = '%s:%d' % (base, lineno)
            f = [x.strip() for x in ln.split('|')]
            if len(f) < 6 or len(f) > 7:
                print('%s: expected 6 or 7 fields' % where, file=sys.stderr)
                errors += 1
                continue
            name, variants, cc, role, dfrom, dto = f[:6]
            note = f[6] if len(f) == 7 else ''
            if role not in SUFFIX:
                print('%s: unknown role %r' % (where, role), file=sys.stderr)
                errors += 1
                continue
            if role != 'IGO' and not re.match(r'^[A-Z]{3}$', cc):
                print('%s: bad country %r' % (where, cc), file=sys.stderr)
                errors += 1
                continue
            try:
                a, ea = parse_date(dfrom, False, where) if dfrom else (None, True)
                b, eb = parse_date(dto, True, where) if dto else (None, True)
            except ValueError as e:
                print(e, file=sys.stderr)
                errors += 1
                continue
            if a and b and a > b:
                print('%s: from after to' % where, file=sys.stderr)
                errors += 1
                continue
            nrows += 1
            code = cc if role == 'IGO' else cc + SUFFIX[role]
            pk = alias.get(key(name), key(name))
            p = persons.get(pk)
            if p is None:
                p = {'name': name, 'keys': [], 'ranges': [], 'cc': None, 'notes': [], 'src': where}
                persons[pk] = p
                order.append(pk)
            if p['cc'] is None and role != 'IGO':
                p['cc'] = cc
            for n in [name] + [v for v in variants.split(';') if v.strip()]:
                n = n.strip()
                if n.startswith('@'):
                    # a name (a bare surname) that means this person only while in office
                    p.setdefault('office_keys', []).extend(name_variants(n[1:]))
                    continue
                for k in name_variants(n):
                    p['keys'].append(k)
                    alias.setdefault(k, pk)
            p['ranges'].append((a or 0, b or 99999999, code, ea and eb, role, cc, where))
            if note:
                p['notes'].append(note)
    if errors:
        sys.exit('%d errors' % errors)
    add_titles(persons, order, alias)
    owner = {}
    lines = ['# khaldun.people.actors.txt: people who speak for states and bodies (PETRARCH2 actor format).',
             '# GENERATED by tools/gen_people.py from tools/people/*.tsv (Khaldun project, facts only): edit those.',
             '# Each office is a dated restriction; "approx" marks ranges known only to the month or year.',
             '# Out of office the person codes as the national elite (<country>ELI).', '']
    nappr = 0
    for pk in order:
        p = persons[pk]
        keys = uniq(p['keys'])
        mine = []
        if not pk.startswith('TITLE:'):
            keys = [pk] + [k for k in keys if k != pk]
        for k in keys:
            if k in owner and owner[k] != pk:
                print('warning: %s: phrase %s already belongs to %s' % (p['src'], k, owner[k]), file=sys.stderr)
                continue
            owner[k] = pk
            mine.append(k)
        rs = resolve(sorted(p['ranges']))
        offices = sorted(set('%s %s' % (r[5], ROLE_NAME[r[4]]) for r in rs))
        approx = any(not r[3] for r in rs)
        nappr += approx
        cmt = '; '.join(offices) + ('; approx' if approx else '')
        if p['notes']:
            cmt += '; ' + '; '.join(p['notes'])
        lines.append('%s  # %s' % (mine[0], fold(cmt)))
        for k in mine[1:]:
            lines.append('+' + k)
        has_default = False
        for a, b, code, exact, role, cc, where in rs:
            if a == 0 and b == 99999999:
                has_default = True
                continue
            if a == 0:
                r = '<%d' % b
            elif b == 99999999:
                r = '>%d' % a
            else:
                r = '%d-%d' % (a, b)
            lines.append('\t[%s %s]%s' % (code, r, '' if exact else '  # approx'))
        if has_default:
            lines.append('\t[%s]' % [r[2] for r in rs if r[0] == 0 and r[1] == 99999999][0])
        elif p['cc']:
            lines.append('\t[%sELI]' % p['cc'])
        lines.append('')
    # names that mean a person only in office ('@' variants): entries with the
    # offices' dated codes and no default, so outside them the name is no actor;
    # a name two people held in different years ("Stoltenberg") has both's offices
    office = {}      # key -> primary keys of the persons it names in office
    for pk in order:
        for k in uniq(persons[pk].get('office_keys', [])):
            if k in owner:
                print('warning: %s: in-office name %s already belongs to %s'
                      % (persons[pk]['src'], k, owner[k]), file=sys.stderr)
                continue
            office.setdefault(k, [])
            if pk not in office[k]:
                office[k].append(pk)
    groups = {}
    for k, pks in office.items():
        groups.setdefault(tuple(pks), []).append(k)
    noff = 0
    for pks, keys in groups.items():
        rs = []
        for pk in pks:
            rs += [r for r in resolve(sorted(persons[pk]['ranges']))
                   if not (r[0] == 0 and r[1] == 99999999)]
        rs.sort()
        if not rs or any(rs[i][1] >= rs[i + 1][0] and rs[i][2] != rs[i + 1][2] for i in range(len(rs) - 1)):
            print('warning: in-office name %s: no offices, or overlapping offices of %s'
                  % (keys[0], ', '.join(persons[pk]['name'] for pk in pks)), file=sys.stderr)
            continue
        lines.append('%s  # %s, only while in office' % (keys[0], fold(' / '.join(persons[pk]['name'] for pk in pks))))
        for k in keys[1:]:
            lines.append('+' + k)
        for a, b, code, exact, role, cc, where in rs:
            r = '<%d' % b if a == 0 else '>%d' % a if b == 99999999 else '%d-%d' % (a, b)
            lines.append('\t[%s %s]%s' % (code, r, '' if exact else '  # approx'))
        lines.append('')
        noff += 1
    with open(out_path, 'w', encoding='ascii') as fh:
        fh.write('\n'.join(lines))
    ntitle = sum(1 for pk in order if pk.startswith('TITLE:'))
    print('%s: %d person entries + %d shared-title entries + %d in-office names from %d office rows '
          '(%d persons with approximate dates)'
          % (out_path, len(order) - ntitle, ntitle, noff, nrows, nappr), file=sys.stderr)


if __name__ == '__main__':
    main()
