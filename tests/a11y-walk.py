#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a running Matganana the way a screen reader user meets it: every
object that takes the focus or can be acted on must have a real name, and
the keyboard must reach every region.

Usage: a11y-walk.py LANGUAGE BAD_FEED
LANGUAGE is "en" or "hi" (the language the app runs in). BAD_FEED is a feed
file that fails to parse, opened through Ctrl+L to bring up the error bar.

It walks the whole accessibility tree (AT-SPI) with each state shown, with
the main menu open, with the Alliances dialog open, with the Open Feed
dialog open and with the error bar shown, and fails on any focusable or actionable object whose name is empty,
is a GTK class name, holds an underscore or says the same thing twice. Each
party row must be named with its party and its figures. Then, with real
keys (xdotool): F6 three times visits three regions and comes back, and
Alt+2 pressed in the story selects the second state and focuses its tab.
Prints what it checked; exits 1 on the first failure.
"""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import (INTERACTIVE, Atspi, app_root, bad_name, fail, failures,  # noqa: E402
                       focused, key, walk)

R = Atspi.Role
WON = {"en": " won", "hi": " जीते"}
# A party's button in the Alliances dialog, as its name reads.
ALLIANCE_OF = {"en": r"^Alliance of .+: ", "hi": r"^.+ का गठबंधन: "}

def state(node, kind):
    return node.get_state_set().contains(kind)


def label(node):
    try:
        return f"{node.get_role_name()} {node.get_name()!r}"
    except Exception:
        return "(gone)"


def check_tree(where, lang):
    """Checks every focusable or actionable object; returns the party rows."""
    app = app_root()
    checked = 0
    rows = []
    for node in walk(app):
        try:
            role = node.get_role()
            focusable = state(node, Atspi.StateType.FOCUSABLE)
            name = node.get_name()
        except Exception:
            continue
        if not (focusable or role in INTERACTIVE):
            continue
        checked += 1
        problem = bad_name(name)
        if problem:
            fail(f"{where}: {label(node)} {problem}")
        if role == R.TABLE_ROW and ":" in (name or ""):
            rows.append(name)
    print(f"{where}: {checked} focusable or actionable objects named")
    return rows


def check_rows(where, rows, lang):
    if not rows:
        fail(f"{where}: no party rows")
    for name in rows:
        party, _, figures = name.partition(": ")
        if not party or not re.search(r"\d", figures) or WON[lang] not in figures:
            fail(f"{where}: party row {name!r} does not say its party and figures")
    print(f"{where}: {len(rows)} party rows, e.g. {rows[0]!r}" if rows else "")


def region(node):
    """tabs, results or news: where a focused object is."""
    if node is None:
        return None
    if node.get_role() == R.PAGE_TAB:
        return "tabs"
    n = node
    while n is not None:
        try:
            if n.get_role() == R.TEXT and state(n, Atspi.StateType.MULTI_LINE):
                return "news"
            if n.get_role() in (R.PANEL, R.GROUPING) and n.get_description():
                return "results"  # a state page describes itself
            n = n.get_parent()
        except Exception:
            return None
    return "other"


def tabs():
    return [n for n in walk(app_root()) if n.get_role() == R.PAGE_TAB and n.get_name()]


def main(argv):
    lang, bad_feed = argv[1], argv[2]
    app_root()
    time.sleep(1)

    # Each state's page: its rows exist only while it is shown.
    names = [t.get_name() for t in tabs()]
    print("tabs:", ", ".join(names))
    for i in range(len(names)):
        key(f"alt+{i + 1}")
        check_rows(names[i], check_tree(f"state {names[i]}", lang), lang)
    key("alt+1")

    # F6 goes round three regions and back.
    seen = []
    for _ in range(4):
        key("F6")
        seen.append(region(focused()))
    print("F6 regions:", " → ".join(str(r) for r in seen))
    if len(set(seen[:3])) != 3 or None in seen[:3] or "other" in seen[:3] or seen[3] != seen[0]:
        fail(f"F6 does not go round three regions: {seen}")

    # Alt+2 from inside the story selects the second state, focus on its tab.
    for _ in range(3):
        if region(focused()) == "news":
            break
        key("F6")
    if region(focused()) != "news":
        fail("F6 never reached the story")
    key("alt+2")
    node = focused()
    if node is None or node.get_role() != R.PAGE_TAB or node.get_name() != names[1] \
            or not state(node, Atspi.StateType.SELECTED):
        fail(f"Alt+2 in the story: focus is on {label(node) if node else None}, "
             f"not the selected tab {names[1]!r}")
    else:
        print(f"Alt+2 in the story: focus on the selected tab {names[1]!r}")

    # The main menu, open.
    key("F10")
    check_tree("main menu", lang)
    items = [n.get_name() for n in walk(app_root()) if n.get_role() == R.MENU_ITEM]
    if len(items) < 5:
        fail(f"main menu: only {items} read")
    key("Escape")

    # Edit Alliances (the bundled feed names none), from the main menu: its
    # every control named, each party's list of alliances by its party.
    key("F10")
    for _ in range(9):
        key("Down")
    key("Return")
    time.sleep(1)
    check_tree("alliances dialog", lang)
    lists = [n.get_name() for n in walk(app_root()) if n.get_role() in (R.PUSH_BUTTON, R.TOGGLE_BUTTON)
             and re.search(ALLIANCE_OF[lang], n.get_name() or "")]
    party = {"en": "BJP", "hi": "भाजपा"}[lang]
    if not any(party in (name or "") for name in lists):
        fail(f"alliances dialog: no list of alliances named for {party}: {lists}")
    else:
        print(f"alliances dialog: {len(lists)} lists of alliances, e.g. {lists[0]!r}")
    key("Escape")
    time.sleep(0.5)

    # The Open Feed dialog, then the error bar from a bad feed opened there.
    key("ctrl+l")
    check_tree("open feed dialog", lang)
    subprocess.run(["xdotool", "type", "--delay", "5", bad_feed], check=True)
    key("Return")
    time.sleep(1.5)
    check_tree("error bar", lang)
    bar = [n for n in walk(app_root()) if n.get_role() == R.LABEL and bad_feed.split("/")[-1]
           in (n.get_name() or "")]
    if not bar:
        fail("error bar: the message naming the bad feed is not read")

    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
