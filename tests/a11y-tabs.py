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
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        try:
            child = node.get_child_at_index(i)
        except Exception:  # a node that went away while we looked
            continue
        yield from walk(child, depth + 1)


def find_tabs():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None or app.get_name() != "matganana":
            continue
        tabs = []
        for node in walk(app):
            if node.get_role() == Atspi.Role.PAGE_TAB:
                selected = node.get_state_set().contains(Atspi.StateType.SELECTED)
                tabs.append((node.get_name(), selected))
        return tabs
    return None


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
