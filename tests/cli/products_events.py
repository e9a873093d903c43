#!/usr/bin/env python3
"""products_events.py: JSON Lines events for the store tests.

    products_events.py reuters N REUTERS.jsonl   events on the first N Reuters stories
    products_events.py bad                       a file with broken lines

Reuters mode: real story ids, dates and paragraphs; one event per paragraph
(up to 4 a story) between the story's first two places, mapped to ISO 3166
alpha-3 by name (iso-codes if present, else a small table); the code cycles
through a fixed list.  Repeated (date, source, target, code) within and across
stories exercise deduplication."""
import json, sys

SMALL = {"usa": "USA", "uk": "GBR", "japan": "JPN", "west-germany": "DEU",
         "france": "FRA", "canada": "CAN", "brazil": "BRA", "ussr": "USR",
         "china": "CHN", "australia": "AUS", "netherlands": "NLD", "italy": "ITA"}

def names():
    m = dict(SMALL)
    try:
        for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]:
            m.setdefault(c["name"].lower().replace(" ", "-"), c["alpha_3"])
    except OSError:
        pass
    return m

CODES = ["042", "043", "036", "051", "0311", "112", "163", "190", "010", "057"]

def reuters(n, path):
    m = names()
    out = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            d = json.loads(line)
            pl = [m.get(p, "---") for p in d.get("places") or []] + ["---", "---"]
            paras = [p.strip() for p in d["text"].split("\n\n") if p.strip()][:4]
            for k, para in enumerate(paras):
                ev = {"story_id": d["id"], "sentence_id": "%s-%d" % (d["id"], k + 1),
                      "date": d["date"], "source": pl[0] + ("GOV" if k % 2 else ""),
                      "target": pl[1], "code": CODES[(i + k) % len(CODES)] if k < 3 else CODES[0],
                      "sentence": para, "source_text": "src", "target_text": "tgt",
                      "verb_text": "verb", "news_source": "Reuters" if i % 2 else "Reuters-B",
                      "title": d.get("title"), "dateline": d.get("dateline")}
                print(json.dumps(ev, ensure_ascii=False))
                out += 1
    return out

def bad():
    good = {"story_id": "b1", "sentence_id": "b1-1", "date": 20210506, "source": "LBYGOV",
            "target": "USAGOV", "code": "042", "sentence": "ok"}
    print(json.dumps(good))
    print('{"story_id": "b2", "date": 2021')                 # truncated JSON
    print('[1, 2, 3]')                                        # not an object
    print(json.dumps(dict(good, story_id="b3", date="May 6")))  # bad date
    print(json.dumps(dict(good, story_id="b4", code=None)))  # missing code
    print(json.dumps(dict(good, story_id="b5", sentence_id="b5-1")))

if __name__ == "__main__":
    if sys.argv[1] == "reuters":
        reuters(int(sys.argv[2]), sys.argv[3])
    else:
        bad()
