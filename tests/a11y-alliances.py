#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a general election counted by alliance the way a screen reader
user meets it: the Parties | Alliances switch is named and can be pressed;
once pressed, the house's table is named for alliances, each alliance's
row says its alliance and figures, and the parties beneath say whose they
are; every focusable or actionable object of the page has a real name.

Usage: a11y-alliances.py LANGUAGE
The app runs on a generated general election (make-general-election.py),
on its house's tab. Prints what it checked; exits 1 on a failure.
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import Atspi, app_root, bad_name, fail, failures, walk  # noqa: E402

R = Atspi.Role
WORDS = {
    "en": {"alliances": "Alliances", "nda": "NDA", "bjp_of_nda": "Bharatiya Janata Party, of NDA: ",
           "won": " won"},
    "hi": {"alliances": "गठबंधन", "nda": "एनडीए", "bjp_of_nda": "भारतीय जनता पार्टी (एनडीए): ",
           "won": " जीते"},
}


def buttons(name):
    """GTK 4.8 gives a toggle button the push button's role, pressed or not."""
    return [n for n in walk(app_root())
            if n.get_role() in (R.PUSH_BUTTON, R.TOGGLE_BUTTON) and n.get_name() == name]


def main(argv):
    lang = argv[1]
    words = WORDS[lang]
    app_root()
    time.sleep(1)

    switches = buttons(words["alliances"])
    if not switches:
        fail(f"no button named {words['alliances']!r} (Parties | Alliances)")
        return 1
    switches[0].do_action(0)
    time.sleep(1.5)

    tables = [n for n in walk(app_root()) if n.get_role() in (R.TABLE, R.TREE_TABLE)
              and n.get_name() == words["alliances"]]
    if not tables:
        fail(f"by alliance: no table named {words['alliances']!r}")
    rows = [n.get_name() or "" for n in walk(app_root()) if n.get_role() == R.TABLE_ROW and ":" in (n.get_name() or "")]
    if not rows or not rows[0].startswith(words["nda"] + ": ") or words["won"] not in rows[0]:
        fail(f"by alliance: the first row {rows[:1]!r} is not the {words['nda']} with its figures")
    else:
        print(f"by alliance: first row {rows[0]!r}")
    members = [r for r in rows if r.startswith(words["bjp_of_nda"])]
    if not members or not re.search(r"\d", members[0]):
        fail(f"by alliance: no row says {words['bjp_of_nda']!r} with its figures: {rows[:4]!r}")
    else:
        print(f"by alliance: a party beneath its alliance: {members[0]!r}")

    checked = 0
    for node in walk(app_root()):
        try:
            focusable = node.get_state_set().contains(Atspi.StateType.FOCUSABLE)
            name = node.get_name()
        except Exception:
            continue
        if not focusable:
            continue
        checked += 1
        problem = bad_name(name)
        if problem:
            fail(f"by alliance: {node.get_role_name()} {name!r} {problem}")
    print(f"by alliance: {checked} focusable objects named, {len(rows)} rows read")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
