"""Shared helpers for Khaldun's dictionary generators (tools/gen_*.py).

Keys are written the way PETRARCH2 dictionaries write phrases: upper case,
words joined by '_', letters folded to ASCII (Cavusoglu for Cavusoglu with
diacritics), so that a reader that upper-cases and folds tokens finds them.
"""
import unicodedata

_SPECIAL = {'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
            'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd',
            '\u2019': "'", '\u2018': "'", 'ʻ': "'", 'ʼ': "'", '\u2013': '-', '\u2010': '-'}


def fold(text):
    """ASCII-fold: strip diacritics, map a few letters NFKD does not decompose."""
    text = ''.join(_SPECIAL.get(ch, ch) for ch in text)
    text = unicodedata.normalize('NFKD', text)
    return ''.join(ch for ch in text if not unicodedata.combining(ch)).encode('ascii', 'ignore').decode()


def key(name):
    """Dictionary phrase key: folded, upper case, blanks -> '_'."""
    k = fold(name).upper().strip()
    k = ' '.join(k.split())
    return k.replace(' ', '_')


def variants(name):
    """The key of a name plus, for hyphenated names, the form with the hyphen
    as a word break (AL-MANGOUSH -> AL_MANGOUSH) and, for Arabic articles,
    the form without the article (NAJLA_MANGOUSH)."""
    out = []
    k = key(name)
    out.append(k)
    if '-' in k:
        out.append(k.replace('-', '_'))
    return out


def uniq(seq):
    seen = set()
    res = []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            res.append(x)
    return res


def plural(word):
    """Plural of a demonym noun (Libyan -> Libyans, Frenchman -> Frenchmen);
    None when the word has no distinct plural (Chinese, Swiss)."""
    w = word
    if w.endswith('man'):
        return w[:-3] + 'men'
    if w.endswith('woman'):
        return w[:-5] + 'women'
    for end in ('ese', 's', 'sh', 'ch', 'x', 'z', 'ois'):
        if w.endswith(end):
            return None
    return w + 's'
