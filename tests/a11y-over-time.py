#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The time bar and a state's Over Time view as a screen reader user meets
them, on a folder of snapshot files (a recorded count).

Usage: a11y-over-time.py --write-snapshots DIR FEED
       a11y-over-time.py LANGUAGE DIR
The first writes four snapshots of FEED into DIR, each with its own time
and its own seats won and leading; the second reads the app, started with
--feed=DIR, in LANGUAGE ("en" or "hi") and checks it against those files.

Through AT-SPI: every object of the time bar that can be acted on has a
real name in LANGUAGE; the slider's name and value say the time it is on;
Alt+Left (xdotool) moves it a snapshot back, and the bar's text then says
"Showing HH:MM" and Back to Live is there, named by its label; Alt+End goes
back to live. In the first state's Over Time view: every object that can be
acted on is named in LANGUAGE; the trend chart, focused with Tab and moved
with Right, Left, End and Home, says in its name each party's seats at its
cursor, as the snapshot files have them; the "What changed since" spin
button is named, reads its time, and the list of changes under it has a
sentence a row with each party's seats then and now. Prints what it heard;
exits 1 on any failure.
"""
import copy
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import (Atspi, actionable, ancestor, app_root, bad_name, fail, failures, focused,  # noqa: E402
                       key, tab_to, text_of, untranslated, walk)

R = Atspi.Role
TIMES = ["10:00", "10:30", "11:00", "11:30"]
SLIDER = {"en": "Time of the results shown: ", "hi": "दिखाए गए नतीजों का समय: "}
LIVE = {"en": "Live", "hi": "लाइव"}
LIVE_VALUE = {"en": "{}, live", "hi": "{}, लाइव"}
SHOWING = {"en": "Showing {}", "hi": "{} का हाल"}
BACK = {"en": "Back to Live", "hi": "वापस लाइव पर"}
OVER_TIME = {"en": "Over Time", "hi": "समय के साथ"}
CHART = {"en": "Seats won and leading over time", "hi": "समय के साथ जीती और आगे वाली सीटें"}
SINCE = {"en": "What changed since", "hi": "तब से क्या बदला"}

def write_snapshots(folder, feed):
    """Four snapshots of @feed, a quarter, a half, three quarters and all
    of its seats won or leading, more of them won each time."""
    base = json.load(open(feed, encoding="utf-8"))
    for i, clock in enumerate(TIMES):
        snapshot = copy.deepcopy(base)
        snapshot["updated"] = f"2022-12-08T{clock}:00+05:30"
        snapshot.pop("articles", None)
        for state in snapshot["states"]:
            for party in state["parties"]:
                total = round((party["won"] + party["leading"]) * (i + 1) / len(TIMES))
                party["won"] = total * i // len(TIMES)
                party["leading"] = total - party["won"]
        with open(os.path.join(folder, f"snapshot-{i + 1}.json"), "w", encoding="utf-8") as out:
            json.dump(snapshot, out, ensure_ascii=False, indent=1)


def read_snapshots(folder, lang):
    """Each snapshot file's time ("10:30", in the feed's own zone) and its
    first state's seats won and leading by party name, in name order."""
    snapshots = []
    for name in sorted(os.listdir(folder)):
        feed = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        state = feed["states"][0]
        seats = {p["name"].get(lang, p["name"]["en"]): p["won"] + p["leading"]
                 for p in state["parties"] if p["won"] + p["leading"] > 0}
        snapshots.append((feed["updated"][11:16], seats))
    return snapshots


def check_names(where, root, lang):
    """Every object under @root that can be acted on has a real name in
    @lang; returns how many there are."""
    checked = 0
    for node in walk(root):
        if not actionable(node):
            continue
        name = node.get_name()
        checked += 1
        problem = bad_name(name) or ("is not in " + lang if untranslated(name, lang) else None)
        if problem:
            fail(f"{where}: {node.get_role_name()} {name!r} {problem}")
    print(f"{where}: {checked} objects to act on, named")
    return checked


def find(root, role, test=lambda node: True):
    for node in walk(root):
        try:
            if node.get_role() == role and test(node):
                return node
        except Exception:
            continue
    return None


def bar_text(bar):
    """What the time bar says of the results shown: its label after the slider."""
    labels = [text_of(n) for n in walk(bar) if n.get_role() == R.LABEL]
    return [t for t in labels if t]


def check_time_bar(lang, snapshots):
    last, before = snapshots[-1][0], snapshots[-2][0]
    slider = find(app_root(), R.SLIDER, lambda n: (n.get_name() or "").startswith(SLIDER[lang]))
    if slider is None:
        fail("no time slider named " + repr(SLIDER[lang]))
        return
    bar = slider.get_parent()
    check_names("time bar, live", bar, lang)
    value = Atspi.Value.get_current_value(slider)
    print(f"slider: {slider.get_name()!r}, value {value}; bar says {bar_text(bar)}")
    if slider.get_name() != SLIDER[lang] + LIVE_VALUE[lang].format(last):
        fail(f"live, the slider does not say {LIVE_VALUE[lang].format(last)!r}")
    if value != len(snapshots) - 1:
        fail(f"live, the slider's value is {value}, not the last snapshot")
    if LIVE[lang] not in bar_text(bar):
        fail(f"live, the bar does not say {LIVE[lang]!r}")

    key("alt+Left")
    value = Atspi.Value.get_current_value(slider)
    said = bar_text(bar)
    print(f"Alt+Left: slider {slider.get_name()!r}, value {value}; bar says {said}")
    if slider.get_name() != SLIDER[lang] + before or value != len(snapshots) - 2:
        fail(f"Alt+Left does not move the slider to {before}")
    if SHOWING[lang].format(before) not in said:
        fail(f"after Alt+Left the bar does not say {SHOWING[lang].format(before)!r}")
    # A hidden widget is not in the tree: the button is there in the past only.
    back = find(bar, R.PUSH_BUTTON, lambda n: BACK[lang] in bar_text(n))
    if back is None:
        fail(f"after Alt+Left there is no {BACK[lang]!r} button")
    elif back.get_name() != BACK[lang]:
        fail(f"the {BACK[lang]!r} button is named {back.get_name()!r}, not by its label")
    else:
        print(f"Back to Live: {back.get_name()!r}")
    check_names("time bar, in the past", bar, lang)

    key("alt+End")
    print(f"Alt+End: slider {slider.get_name()!r}; bar says {bar_text(bar)}")
    if slider.get_name() != SLIDER[lang] + LIVE_VALUE[lang].format(last) \
            or LIVE[lang] not in bar_text(bar):
        fail("Alt+End does not go back to live")


def parse_point(text):
    """"11:40: BJP 150, Congress 20" as ("11:40", {"BJP": 150, "Congress": 20})."""
    clock, _, parties = text.partition(": ")
    seats = {}
    for part in parties.split(", "):
        name, _, count = part.rpartition(" ")
        if not name or not count.isdigit():
            return clock, None
        seats[name] = int(count)
    return clock, seats


def check_chart(lang, snapshots):
    if tab_to(lambda n: n.get_role() == R.PAGE_TAB and n.get_name() == OVER_TIME[lang]) is None:
        fail(f"Tab never reaches the {OVER_TIME[lang]!r} view's tab")
        return None
    key("space")
    chart = tab_to(lambda n: n.get_role() == R.IMAGE and n.get_name() == CHART[lang])
    if chart is None:
        fail(f"Tab never reaches the trend chart named {CHART[lang]!r}")
        return None
    print(f"chart focused: {chart.get_name()!r}\n  {chart.get_description()!r}")
    if f" {len(snapshots)} " not in chart.get_description() or untranslated(chart.get_description(), lang):
        fail("the chart's description does not say the trend in " + lang)
    # Right from no cursor goes to the first snapshot.
    for keys, point in (("Right", 0), ("Right", 1), ("Right", 2), ("Left", 1), ("End", len(snapshots) - 1),
                        ("Home", 0)):
        key(keys)
        node = focused()
        heard = node.get_name() if node is not None else ""
        clock, seats = parse_point(heard)
        print(f"{keys}: {heard!r}")
        if node is None or node.get_role() != R.IMAGE:
            fail(f"{keys} takes the focus off the chart")
        elif (clock, seats) != snapshots[point]:
            fail(f"{keys}: the chart says {heard!r}, the snapshot at {snapshots[point][0]} "
                 f"has {snapshots[point][1]}")
    return ancestor(chart, R.SCROLL_PANE)


def check_changes(lang, view, snapshots):
    spin = tab_to(lambda n: n.get_role() == R.SPIN_BUTTON)
    if spin is None:
        fail("Tab never reaches the spin button of the time to compare with")
        return
    # The first snapshot, whatever was picked before.
    for _ in range(len(snapshots)):
        key("Down")
    print(f"spin button: {spin.get_name()!r} reads {text_of(spin)!r}")
    if spin.get_name() != SINCE[lang]:
        fail(f"the spin button is named {spin.get_name()!r}, not {SINCE[lang]!r}")
    for point in (0, 1):
        then, now = snapshots[point], snapshots[-1]
        if not text_of(spin).startswith(then[0]):
            fail(f"the spin button reads {text_of(spin)!r}, not {then[0]}")
        rows = [n.get_name() or "" for n in walk(view) if n.get_role() == R.LIST_ITEM]
        print(f"since {then[0]}:" + "".join(f"\n  {row!r}" for row in rows))
        if len(rows) != len(now[1]):
            fail(f"since {then[0]}: {len(rows)} rows of changes, not one a party ({len(now[1])})")
        for party, seats in now[1].items():
            row = next((r for r in rows if r.startswith(party + ": ")), None)
            numbers = [int(n) for n in re.findall(r"(?<![:\d])\d+(?![:\d])", row or "")]
            if row is None or untranslated(row, lang) \
                    or numbers[:2] != [then[1].get(party, 0), seats] or then[0] not in row or now[0] not in row:
                fail(f"since {then[0]}: no row says {party} had {then[1].get(party, 0)} at {then[0]} "
                     f"and {seats} at {now[0]}: {row!r}")
        key("Up")


def main(argv):
    if argv[1] == "--write-snapshots":
        write_snapshots(argv[2], argv[3])
        return 0
    lang, folder = argv[1], argv[2]
    snapshots = read_snapshots(folder, lang)
    app_root()
    time.sleep(1.5)

    check_time_bar(lang, snapshots)
    key("alt+1")
    view = check_chart(lang, snapshots)
    if view is not None:
        check_names("Over Time view", view, lang)
        check_changes(lang, view, snapshots)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
