# SPDX-License-Identifier: GPL-3.0-or-later
"""What the a11y-*.py checks share: walking a running Matganana's
accessibility tree (AT-SPI), as a screen reader does."""
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


def matganana():
    """The running application's root accessible, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "matganana":
            return app
    return None
