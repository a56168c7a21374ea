#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the news story of a running Matganana through the accessibility
tree (AT-SPI), as a screen reader does, and checks it holds every line given.

Usage: a11y-text.py FILE   (FILE: the lines to find, one a line)
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import Atspi, matganana, walk  # noqa: E402

def story_text():
    app = matganana()
    for node in walk(app) if app is not None else ():
        if node.get_name() == "News story":
            text = node.get_text_iface()
            if text is not None:
                return Atspi.Text.get_text(text, 0, Atspi.Text.get_character_count(text))
    return None


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        wanted = [line.strip() for line in f if line.strip()]
    deadline = time.monotonic() + 20
    text = None
    while time.monotonic() < deadline:
        text = story_text()
        if text and all(line in text for line in wanted):
            print(f"news story read: {len(text)} characters, all {len(wanted)} lines found")
            return 0
        time.sleep(0.25)
    missing = [line for line in wanted if not text or line not in text]
    print(f"missing from the accessible text: {missing[:3]!r}; read {len(text or '')} characters",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
