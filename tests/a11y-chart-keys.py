#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The seat chart from the keyboard, as a screen reader user meets it, on a
feed that lists constituencies (the bundled final results).

Usage: a11y-chart-keys.py LANGUAGE
With real keys (xdotool): Tab reaches the chart; Right puts the keyboard's
dot on the first seat, and the chart's name becomes that seat's sentence
("156 Kalol: …"); Right moves to another seat, Left comes back, End and
Home go to the last and the first; Enter opens the seat's detail, with the
focus on its heading ("156 · Kalol"); Escape goes back. In the seat search
(Ctrl+K), "kal" shows the seats so named and Escape clears it, the focus
staying there. Then Tab from the search reaches the seats list, whose rows
say their seat in a sentence and their cells in their description, and
Down moves to the next seat. Prints what it heard; exits 1 on the first failure.
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_tree import Atspi, app_root, focused, key, text_of, walk  # noqa: E402

R = Atspi.Role
SEAT = re.compile(r"^(\d+) \S")
CHART = {"en": "Seat chart", "hi": "सीटों का चार्ट"}


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def name_of_focus():
    node = focused()
    return (node.get_role(), node.get_name() or "") if node is not None else (None, "")


def seat_rows():
    """The names of the seats list's rows there are."""
    return [node.get_name() for node in walk(app_root())
            if node.get_role() in (R.LIST_ITEM, R.TABLE_CELL) and SEAT.match(node.get_name() or "")]


def main(argv):
    lang = argv[1]
    app_root()
    time.sleep(1)

    # Tab from the state tabs until the chart has the focus.
    key("alt+1")
    for _ in range(40):
        role, name = name_of_focus()
        if role == R.IMAGE:
            break
        key("Tab")
    else:
        fail("Tab never reaches the seat chart")
    print(f"chart focused: {name!r}")
    if name != CHART[lang]:
        fail(f"the chart is named {name!r}, not {CHART[lang]!r}")

    key("Right")
    first = name_of_focus()[1]
    key("Right")
    second = name_of_focus()[1]
    key("Left")
    back = name_of_focus()[1]
    key("End")
    last = name_of_focus()[1]
    key("Home")
    home = name_of_focus()[1]
    print(f"Right: {first!r}\nRight: {second!r}\nLeft: {back!r}\nEnd: {last!r}\nHome: {home!r}")
    for heard in (first, second, last):
        if not SEAT.match(heard):
            fail(f"{heard!r} is not a seat's sentence")
    if first == second or back != first or last in (first, second) or home != first:
        fail("the arrows, Home and End do not move between seats")

    key("Return")
    role, title = name_of_focus()
    number = SEAT.match(first).group(1)
    print(f"Enter: focus on {title!r}")
    if not title.startswith(f"{number} · "):
        fail(f"Enter on seat {number} does not open its detail")
    key("Escape")

    # The seats list, from its search: each row says its seat in a
    # sentence, and every cell, with its column's title, in its
    # description; Down moves to the next seat.
    key("ctrl+k")
    # Escape in the seat search clears it (the entry takes the key itself),
    # and the focus stays in the search, the seats all back.
    key("k", "a", "l")
    time.sleep(0.5)
    search = focused()
    typed = text_of(search) if search is not None else ""
    found = seat_rows()
    print(f"typed {typed!r}: {len(found)} seats, {found[:3]!r}")
    if typed != "kal" or not found or not all("kal" in name.lower() for name in found):
        fail(f"the seat search shows {found!r} for {typed!r}")
    key("Escape")
    after = focused()
    cleared = text_of(after) if after is not None else None
    every = seat_rows()
    print(f"Escape: {cleared!r}, {len(every)} seats, focus {after.get_role_name() if after else None!r}")
    if cleared != "" or after is None or after.get_role() != search.get_role():
        fail("Escape in the seat search does not clear it and keep the focus there")
    if len(every) <= len(found):
        fail("the seats do not all come back when Escape clears the search")
    for _ in range(30):
        key("Tab")
        node = focused()
        # A row of the one-column seats grid: GTK 4.8's grid view gives its
        # items the table-cell role, its list view the list-item role.
        if node is not None and node.get_role() in (R.LIST_ITEM, R.TABLE_CELL) and SEAT.match(node.get_name() or ""):
            break
        if node is not None:
            print(f"Tab: {node.get_role_name()} {node.get_name()!r}")
    else:
        fail("Tab from the seat search never reaches a seat's row")
    row, cells = node.get_name(), node.get_description() or ""
    print(f"row: {row!r}\ncells: {cells!r}")
    parts = cells.split("; ")
    # Seven cells, and an eighth where the seat's previous holder is known.
    if len(parts) not in (7, 8) or not all(re.match(r"^\S.*: \S", part) for part in parts):
        fail(f"the row's description does not give its cells: {cells!r}")
    if not parts[0].endswith(": " + SEAT.match(row).group(1)) or not re.search(r"\d", parts[4]):
        fail("the row's cells do not give its number and votes")
    key("Down")
    below = name_of_focus()[1]
    print(f"Down: {below!r}")
    if not SEAT.match(below) or below == row:
        fail("Down does not move to the next seat")
    print("0 failures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
