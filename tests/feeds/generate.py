# Writes the feed corpus of this folder: good-*.json must parse; each bad-*.json must
# be refused with the message in its bad-*.err. Run from this folder; the .err files
# are written by hand (or from the parser after reviewing every message).
import json, copy, os
base = {"format": "matganana-feed", "version": 1,
        "states": [{"id": "gujarat", "name": {"en": "Gujarat", "hi": "गुजरात"}, "seats": 182, "majority": 92,
                    "parties": [{"id": "bjp", "name": {"en": "BJP", "hi": "भाजपा"}, "color": "#F97D09", "won": 0, "leading": 158},
                                {"id": "inc", "name": {"en": "Congress", "hi": "कांग्रेस"}, "won": 0, "leading": 16}]}]}
def w(name, obj=None, raw=None):
    data = raw if raw is not None else (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode()
    open(name + ".json", "wb").write(data)
def m(f):
    d = copy.deepcopy(base); f(d); return d
P = lambda d: d["states"][0]["parties"][0]
S = lambda d: d["states"][0]
# good feeds
w("good-minimal", base)
def ten(d):
    d["states"] = [dict(copy.deepcopy(base["states"][0]), id="state-%d" % i, name="State %d" % i) for i in range(10)]
w("good-ten-states", m(ten))
def extras(d):
    d["unknown_key"] = {"nested": [1, 2, {"x": None}]}
    d["updated"] = "2022-12-08T13:05:00+05:30"
    d["source"] = {"name": "Plain source", "url": "https://example.org/results"}
    S(d)["status"] = "final"; S(d)["previous_year"] = 2017; S(d)["majority"] = None
    P(d).update(previous=99, vote_percent=52.5, short="भाजपा", extra=True)
    d["articles"] = [{"id": "a1", "lang": "hi", "title": "शीर्षक", "state": "gujarat",
                      "blocks": [{"type": "heading", "text": "H"}, {"type": "paragraph", "text": "<b>&amp;</b>\nline"},
                                 {"type": "quote", "text": "q"}],
                      "related": [{"title": "R", "url": "http://example.org/r"}]}]
w("good-extras", m(extras))
# bad feeds
w("bad-empty", raw=b"")
w("bad-whitespace-only", raw=b"  \n\t \n")
w("bad-trailing-comma", raw=b'{"format": "matganana-feed", "version": 1, "states": [1,]}\n')
full = (json.dumps(base, ensure_ascii=False, indent=1) + "\n").encode()
w("bad-truncated", raw=full[: len(full) // 2])
w("bad-html-page", raw=b"<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n")
w("bad-not-object", raw=b"[]\n")
w("bad-wrong-format", m(lambda d: d.update(format="something-else")))
w("bad-missing-version", m(lambda d: d.pop("version")))
w("bad-unknown-version", m(lambda d: d.update(version=2)))
w("bad-version-string", m(lambda d: d.update(version="1")))
w("bad-no-states", m(lambda d: d.update(states=[])))
def many(d): d["states"] = [dict(copy.deepcopy(base["states"][0]), id="s%d" % i) for i in range(65)]
w("bad-too-many-states", m(many))
w("bad-state-id", m(lambda d: S(d).update(id="Gujarat")))
def dup_state(d): d["states"].append(copy.deepcopy(d["states"][0]))
w("bad-duplicate-state-id", m(dup_state))
w("bad-seats-zero", m(lambda d: S(d).update(seats=0)))
w("bad-seats-enormous", m(lambda d: S(d).update(seats=10001)))
w("bad-majority-too-small", m(lambda d: S(d).update(majority=91)))
w("bad-majority-over-seats", m(lambda d: S(d).update(majority=183)))
w("bad-won-negative", m(lambda d: P(d).update(won=-1)))
w("bad-won-fractional", m(lambda d: P(d).update(won=1.5)))
w("bad-leading-string", m(lambda d: P(d).update(leading="5")))
w("bad-sum-over-seats", m(lambda d: P(d).update(won=10, leading=158)))
w("bad-color", m(lambda d: P(d).update(color="orange")))
w("bad-color-short", m(lambda d: P(d).update(color="#F97")))
txt = json.dumps(base, ensure_ascii=False, indent=1).replace('"won": 0, ', '', 1)
w("bad-integer-overflow", raw=full.replace(b'"leading": 158', b'"leading": 99999999999999999999', 1))
w("bad-huge-exponent", raw=full.replace(b'"leading": 158', b'"leading": 1e400', 1))
w("bad-invalid-utf8", raw=full.replace("गुजरात".encode(), b"\xe0\xa4\x97\xff\xfe", 1))
w("bad-nul-byte", raw=full.replace(b'"BJP"', b'"B\x00JP"', 1))
w("bad-escaped-nul", raw=full.replace(b'"BJP"', b'"B\\u0000JP"', 1))
w("bad-deep-nesting", raw=b'{"format": "matganana-feed", "version": 1, "x": ' + b"[" * 1000000 + b"]" * 1000000 + b"}\n")
w("bad-bidi-name", m(lambda d: P(d).update(name={"en": "B\u202eJP"})))
w("bad-control-char-name", m(lambda d: P(d).update(name="B\u0007JP")))
w("bad-vote-percent", m(lambda d: P(d).update(vote_percent=101)))
def dup_party(d): S(d)["parties"][1]["id"] = "bjp"
w("bad-duplicate-party-id", m(dup_party))
w("bad-party-id-chars", m(lambda d: P(d).update(id="bjp_1")))
w("bad-status", m(lambda d: S(d).update(status="done")))
w("bad-article-state", m(lambda d: d.update(articles=[{"id": "a", "title": "t", "state": "delhi"}])))
w("bad-updated-date", m(lambda d: d.update(updated="8 December 2022")))
w("bad-overlong-string", m(lambda d: S(d).update(name="x" * 70000)))
w("bad-missing-parties", m(lambda d: S(d).pop("parties")))
w("bad-empty-name", m(lambda d: P(d).update(name="")))
w("bad-related-url", m(lambda d: d.update(articles=[{"id": "a", "title": "t", "related": [{"title": "r", "url": "javascript:alert(1)"}]}])))
w("bad-previous-year", m(lambda d: S(d).update(previous_year=1800)))
w("bad-block-type", m(lambda d: d.update(articles=[{"id": "a", "title": "t", "blocks": [{"type": "image", "text": "x"}]}])))
w("bad-text-object-empty", m(lambda d: S(d).update(name={})))
w("bad-party-not-object", m(lambda d: S(d).update(parties=[42])))
w("bad-too-many-parties", m(lambda d: S(d).update(seats=1000, majority=501, parties=[{"id": "p%d" % i, "name": "P", "won": 0, "leading": 0} for i in range(201)])))
# Version 2's limits, each plus one, compact. (100,001 candidates in a document,
# 3.5 MB, are made by test-parser.c when it runs.)
w("bad-seat-constituencies-limit", raw=(json.dumps(
    {"format": "matganana-feed", "version": 2,
     "states": [{"id": "big", "name": "Big", "seats": 1001, "parties": [{"id": "ind", "name": "Independents"}],
                 "constituencies": [{"number": n, "name": "S%d" % n, "candidates": []} for n in range(1, 1002)]}]},
    separators=(",", ":")) + "\n").encode())
