#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Matganana's state tabs through the accessibility tree (AT-SPI), as
a screen reader does.

Usage: a11y-tabs.py [--selected NAME] TAB_NAME...
Waits up to 20 s for an application named "matganana" whose tree holds
page tabs named exactly TAB_NAME..., in that order; with --selected, also
for the tab NAME to be the selected one. Exits 0 when found, else prints
what it saw and exits 1.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import Atspi, matganana, walk  # noqa: E402


def find_tabs():
    app = matganana()
    if app is None:
        return None
    tabs = []
    for node in walk(app):
        if node.get_role() == Atspi.Role.PAGE_TAB:
            selected = node.get_state_set().contains(Atspi.StateType.SELECTED)
            tabs.append((node.get_name(), selected))
    return tabs


def main(argv):
    selected = None
    if len(argv) > 2 and argv[1] == "--selected":
        selected = argv[2]
        argv = argv[2:]
    expected = argv[1:]
    deadline = time.monotonic() + 20
    tabs = None
    while time.monotonic() < deadline:
        tabs = find_tabs()
        if tabs is not None and [name for name, _ in tabs] == expected:
            if selected is None or (selected, True) in tabs:
                print("tabs:", ", ".join(f"{n}{' (selected)' if s else ''}" for n, s in tabs))
                return 0
        time.sleep(0.25)
    print(f"expected tabs {expected}, selected {selected!r}; saw {tabs!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
