# SPDX-License-Identifier: GPL-3.0-or-later
"""What the a11y-*.py checks share: walking a running Matganana's
accessibility tree (AT-SPI) as a screen reader does, finding the focus,
and pressing keys as a user does (xdotool)."""
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

R = Atspi.Role
# What a screen reader user acts on: each must have a real name.
INTERACTIVE = {
    R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.MENU_ITEM,
    R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM, R.PAGE_TAB, R.ENTRY, R.PASSWORD_TEXT,
    R.LINK, R.COMBO_BOX, R.SPIN_BUTTON, R.SLIDER, R.TABLE_ROW, R.LIST_ITEM,
}
CLASS_NAME = re.compile(r"\b(Gtk|Gdk|Mg)[A-Z][A-Za-z]*\b")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")


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


def matganana():
    """The running application's root accessible, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "matganana":
            return app
    return None


def key(*keys):
    """Presses keys with xdotool, as a user would, and lets the app answer."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    time.sleep(0.6)


def app_root():
    """The running application's root accessible, once its state tabs are
    there; exits 1 when they do not come within 30 seconds."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app = matganana()
        if app is not None and any(n.get_role() == Atspi.Role.PAGE_TAB for n in walk(app)):
            return app
        time.sleep(0.25)
    print("no running matganana with state tabs", file=sys.stderr)
    sys.exit(1)


def focused():
    """The object that has the keyboard focus (not the window), or None."""
    for node in walk(app_root()):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED) \
                    and node.get_role() != Atspi.Role.FRAME:
                return node
        except Exception:
            continue
    return None


def bad_name(name):
    """What is wrong with an object's name for a screen reader, or None."""
    if not name or not name.strip():
        return "has no name"
    if CLASS_NAME.search(name):
        return "is named after a GTK class"
    if "_" in name:
        return "holds an underscore"
    half = len(name) // 2
    if len(name) % 2 == 1 and name[:half] == name[half + 1:] and name[half] == " ":
        return "says its name twice"
    return None


def untranslated(text, lang):
    """Whether @text is not in @lang: Hindi without Devanagari, or English
    with it."""
    return (DEVANAGARI.search(text or "") is None) == (lang == "hi")


def actionable(node):
    """Whether a screen reader user can focus or act on @node."""
    try:
        return node.get_role() in INTERACTIVE \
            or node.get_state_set().contains(Atspi.StateType.FOCUSABLE)
    except Exception:  # a node that went away while we looked
        return False


def text_of(node):
    """All of @node's text (a label's, an entry's), as AT-SPI gives it."""
    try:
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    except Exception:
        return node.get_name() or ""


def ancestor(node, role, name=None):
    """@node's nearest ancestor of @role (and @name, when given), or None."""
    node = node.get_parent() if node is not None else None
    while node is not None:
        if node.get_role() == role and (name is None or node.get_name() == name):
            return node
        node = node.get_parent()
    return None


def tab_to(found, limit=40):
    """Presses Tab until the focus is on an object for which @found is
    true; returns it, or None after @limit presses."""
    for _ in range(limit):
        node = focused()
        try:
            if node is not None and found(node):
                return node
        except Exception:
            pass
        key("Tab")
    return None


failures = []


def fail(message):
    """Notes a failed check and says it; the check goes on."""
    failures.append(message)
    print("FAIL:", message)
