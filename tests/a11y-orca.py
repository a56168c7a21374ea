#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a blind user hears: runs Orca (headless, speech logged to its debug
file) against a running Matganana, tabs from the start into the party
table, and checks what Orca says.

Usage: a11y-orca.py FIRST_ROW
FIRST_ROW is how the first party row must begin, e.g. "BJP: 0 won, 158".
Fails when a SPEECH OUTPUT line names a GTK class or is a bare "panel",
or when the first party row is never heard. Exits 77 without Orca.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

CLASS_NAME = re.compile(r"\b(Gtk|Gdk|Mg)[A-Z][A-Za-z]*\b")
# The words, then the voice Orca used: "SPEECH OUTPUT: 'Parties.'{…}".
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)?\s*(?:\{.*\})?\s*$")

# Orca run with its debug log written a line at a time: --debug-file
# opens the log with full buffering, so what Orca said reaches the file
# only in 8 KiB blocks (or never, when Orca is stopped), and a test
# reading it may see nothing although Orca has spoken. argv: LOG ORCA.
ORCA = """
import runpy, sys
log, orca = sys.argv[1], sys.argv[2]
from orca import debug
debug.debugLevel = debug.LEVEL_INFO
debug.eventDebugLevel = debug.LEVEL_OFF
debug.debugFile = open(log, "w", buffering=1, encoding="utf-8")
sys.argv = [orca, "--replace", "-e", "speech"]
runpy.run_path(orca, run_name="__main__")
"""


def spoken(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [m.group(1) for m in map(SPEECH.search, f) if m]
    except OSError:
        return []


def main(argv):
    first_row = argv[1]
    orca = shutil.which("orca")
    if orca is None:
        print("no orca")
        return 77
    log = os.path.join(tempfile.mkdtemp(), "orca.log")
    home = tempfile.mkdtemp()
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    keep = os.environ.get("MG_ORCA_LOG")
    if keep:
        log = keep
    proc = subprocess.Popen([sys.executable, "-c", ORCA, log, orca], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not spoken(log) and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "matganana"],
                                capture_output=True, text=True, timeout=30).stdout.split()
        subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], check=True, timeout=30)
        time.sleep(1.5)
        for _ in range(16):
            heard = spoken(log)
            if any(line.startswith(first_row) for line in heard):
                break
            subprocess.run(["xdotool", "key", "--clearmodifiers", "Tab"], check=True, timeout=30)
            # Each stop spoken before the next key, however slow the
            # machine: Orca drops what it has not said when the focus has
            # moved on.
            deadline = time.monotonic() + 10
            while len(spoken(log)) == len(heard) and time.monotonic() < deadline:
                time.sleep(0.25)
            time.sleep(1)
    finally:
        # Orca can take long over its goodbye; what it said is on disk.
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    lines = spoken(log)
    for line in lines:
        print("heard:", line)
    bad = [line for line in lines
           if CLASS_NAME.search(line) or line.strip(" .").lower() in ("panel", "filler")]
    for line in bad:
        print("FAIL: heard", repr(line))
    if not any(line.startswith(first_row) for line in lines):
        print(f"FAIL: never heard the first party row, {first_row!r}…")
        bad.append(first_row)
    return 1 if bad or not lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
