#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a generated general-election feed (version 2): the Lok Sabha as a
house of its 36 states and union territories with their real seat counts
(543 seats), each seat with its candidates (about 8,400 in all), 40
parties and two alliances, NDA and INDIA. The parties, candidates and
votes are made up, the same on every run (a fixed seed): what the feed is
for is the scale of a general election, in tests and in build-aux/bench.

Usage: make-general-election.py OUT.json [--counting]
--counting leaves a third of the seats counting and gives no status to
the states; without it every seat is declared and every state final.
"""
import json
import random
import sys

# id, English, Hindi, seats (the Lok Sabha's, from the 2008 delimitation).
STATES = [
    ("uttar-pradesh", "Uttar Pradesh", "उत्तर प्रदेश", 80),
    ("maharashtra", "Maharashtra", "महाराष्ट्र", 48),
    ("west-bengal", "West Bengal", "पश्चिम बंगाल", 42),
    ("bihar", "Bihar", "बिहार", 40),
    ("tamil-nadu", "Tamil Nadu", "तमिलनाडु", 39),
    ("madhya-pradesh", "Madhya Pradesh", "मध्य प्रदेश", 29),
    ("karnataka", "Karnataka", "कर्नाटक", 28),
    ("gujarat", "Gujarat", "गुजरात", 26),
    ("andhra-pradesh", "Andhra Pradesh", "आंध्र प्रदेश", 25),
    ("rajasthan", "Rajasthan", "राजस्थान", 25),
    ("odisha", "Odisha", "ओडिशा", 21),
    ("kerala", "Kerala", "केरल", 20),
    ("telangana", "Telangana", "तेलंगाना", 17),
    ("assam", "Assam", "असम", 14),
    ("jharkhand", "Jharkhand", "झारखंड", 14),
    ("punjab", "Punjab", "पंजाब", 13),
    ("chhattisgarh", "Chhattisgarh", "छत्तीसगढ़", 11),
    ("haryana", "Haryana", "हरियाणा", 10),
    ("delhi", "Delhi", "दिल्ली", 7),
    ("jammu-and-kashmir", "Jammu and Kashmir", "जम्मू और कश्मीर", 5),
    ("uttarakhand", "Uttarakhand", "उत्तराखंड", 5),
    ("himachal-pradesh", "Himachal Pradesh", "हिमाचल प्रदेश", 4),
    ("arunachal-pradesh", "Arunachal Pradesh", "अरुणाचल प्रदेश", 2),
    ("goa", "Goa", "गोवा", 2),
    ("manipur", "Manipur", "मणिपुर", 2),
    ("meghalaya", "Meghalaya", "मेघालय", 2),
    ("tripura", "Tripura", "त्रिपुरा", 2),
    ("andaman-and-nicobar-islands", "Andaman and Nicobar Islands", "अंडमान और निकोबार द्वीपसमूह", 1),
    ("chandigarh", "Chandigarh", "चंडीगढ़", 1),
    ("dnh-and-daman-diu", "Dadra and Nagar Haveli and Daman and Diu",
     "दादरा और नगर हवेली और दमन और दीव", 2),
    ("ladakh", "Ladakh", "लद्दाख", 1),
    ("lakshadweep", "Lakshadweep", "लक्षद्वीप", 1),
    ("mizoram", "Mizoram", "मिज़ोरम", 1),
    ("nagaland", "Nagaland", "नागालैंड", 1),
    ("puducherry", "Puducherry", "पुडुचेरी", 1),
    ("sikkim", "Sikkim", "सिक्किम", 1),
]

# The two big parties and their alliances, then 37 more (p03…p39) and
# independents: 40 in all.
PARTIES = [("bjp", "Bharatiya Janata Party", "भारतीय जनता पार्टी", "BJP", "भाजपा", "#F97D09"),
           ("inc", "Indian National Congress", "भारतीय राष्ट्रीय कांग्रेस", "INC", "कांग्रेस", "#19AAED")]
for i in range(3, 40):
    PARTIES.append((f"p{i:02d}", f"Party {i}", f"दल {i}", f"P{i}", f"द{i}", None))
PARTIES.append(("ind", "Independents", "निर्दलीय", "IND", "निर्दलीय", "#9A9996"))
NDA = ["bjp"] + [f"p{i:02d}" for i in range(3, 15)]
INDIA = ["inc"] + [f"p{i:02d}" for i in range(15, 30)]


def text(en, hi):
    return {"en": en, "hi": hi}


def main(argv):
    out = argv[1]
    counting = "--counting" in argv[2:]
    rng = random.Random(2024)
    states = []
    n_candidates = 0
    for s, (sid, en, hi, seats) in enumerate(STATES):
        # Each state has the two big parties, independents and a few others.
        local = ["bjp", "inc", "ind"] + rng.sample([p[0] for p in PARTIES[2:-1]], 6)
        # Some states' own parties are strong there.
        strengths = {"bjp": rng.uniform(2.0, 5.5), "inc": rng.uniform(1.5, 4.5), "ind": 0.25}
        for party in local[3:]:
            strengths[party] = rng.choice([0.6, 0.8, 1.2, 3.0, 5.0])
        seats_list = []
        for number in range(1, seats + 1):
            n = rng.randint(12, 19)
            names = local + [local[3 + k % 6] for k in range(n - len(local))] if n > len(local) else local[:n]
            candidates = []
            for k, party in enumerate(names):
                strength = strengths[party]
                votes = int(rng.uniform(0.4, 1.0) * strength * 90000 / (1 + k * 0.1))
                candidates.append({"name": f"Candidate {s + 1}-{number}-{k + 1}", "party": party,
                                   "votes": max(votes, 100)})
            seat = {"number": number, "name": text(f"{en} {number}", f"{hi} {number}"),
                    "candidates": candidates}
            top = sorted(c["votes"] for c in candidates)
            declared = not counting or number % 3 != 0
            if declared and top[-1] == top[-2]:
                candidates[0]["votes"] += 1
            seat["status"] = "declared" if declared else "counting"
            seats_list.append(seat)
            n_candidates += len(candidates)
        used = sorted({c["party"] for seat in seats_list for c in seat["candidates"]})
        parties = []
        for pid, pen, phi, sen, shi, color in PARTIES:
            if pid not in used:
                continue
            party = {"id": pid, "name": text(pen, phi), "short_name": text(sen, shi)}
            if color:
                party["color"] = color
            parties.append(party)
        state = {"id": sid, "name": text(en, hi), "seats": seats, "parties": parties,
                 "constituencies": seats_list}
        if not counting:
            state["status"] = "final"
        states.append(state)
    feed = {
        "format": "matganana-feed", "version": 2, "timezone": "Asia/Kolkata",
        "updated": "2024-06-04T20:00:00+05:30",
        "house": {"name": text("Lok Sabha", "लोक सभा"), "seats": 543, "majority": 272},
        "alliances": [
            {"id": "nda", "name": text("NDA", "एनडीए"), "color": "#FF9933", "parties": NDA},
            {"id": "india", "name": text("INDIA", "इंडिया"), "color": "#1F77B4", "parties": INDIA},
        ],
        "states": states,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(feed, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{out}: {len(states)} states, {sum(s[3] for s in STATES)} seats, {n_candidates} candidates, "
          f"{len(PARTIES)} parties", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
