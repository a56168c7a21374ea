#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Matganana from the build tree in a D-Bus session of its own (so its
# accessibility bus is its own too) and reads it as a screen reader does,
# in English and in Hindi: tests/a11y-walk.py walks its accessibility tree
# and drives it with keys; tests/a11y-orca.py listens to Orca, where Orca is
# installed; tests/a11y-chart-keys.py walks the seat chart's dots with the
# arrow keys; tests/a11y-alliances.py reads a general election counted by
# alliance; tests/a11y-over-time.py reads the time bar and the Over Time
# view on a folder of snapshots it writes.
# Usage: test-a11y.sh MATGANANA TESTS_SOURCE_DIR
# Needs an X server ($DISPLAY) and xdotool; exits 77 (skipped) without them.
set -eu
app=$1
src=$2
[ -n "${DISPLAY:-}" ] || { echo "no X server"; exit 77; }
command -v xdotool >/dev/null || { echo "no xdotool"; exit 77; }

status=0
# run LANGUAGE CHECK ARGS...: the app in a session of its own (with the
# arguments in $app_args), and CHECK (a python script in this folder)
# reading it.
app_args=""
run() {
  lang=$1
  shift
  echo "# LANGUAGE=$lang: $1"
  XDG_RUNTIME_DIR=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d) LANGUAGE=$lang \
  dbus-run-session -- sh -eu -c '
    app=$1 src=$2 args=$3
    shift 3
    "$app" $args & pid=$!
    trap "kill \$pid 2>/dev/null || true" EXIT
    sleep 1
    AT_SPI_BUS_ADDRESS=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
      --method org.a11y.Bus.GetAddress | sed -n "s/^(.\(.*\).,)$/\1/p")
    export AT_SPI_BUS_ADDRESS
    # A window that never shows (a crash) or never takes the focus fails
    # the check, not the whole suite by its time limit.
    window=$(timeout 60 xdotool search --sync --onlyvisible --class matganana | head -n 1)
    [ -n "$window" ] || { echo "FAIL: no Matganana window in 60 s"; exit 1; }
    timeout 30 xdotool windowfocus --sync "$window" || { echo "FAIL: the window did not take the focus"; exit 1; }
    /usr/bin/python3 "$src/$@"
  ' sh "$app" "$src" "$app_args" "$@" || {
    rc=$?
    [ $rc -eq 77 ] || status=1
  }
}

bad="$src/feeds/bad-sum-over-seats.json"
run en a11y-walk.py en "$bad"
run hi a11y-walk.py hi "$bad"
run en a11y-orca.py "BJP: 0 won, 158 leading, 158 in all"
run hi a11y-orca.py "भाजपा: 0 जीते, 158 पर आगे, कुल 158"
app_args="--feed=resource:///io/github/matganana/Matganana/feeds/final-2022.json"
run en a11y-chart-keys.py en
run hi a11y-chart-keys.py hi
snapshots=$(mktemp -d)
trap 'rm -rf "$snapshots"' EXIT
/usr/bin/python3 "$src/make-general-election.py" "$snapshots/general.json" --counting 2>/dev/null
app_args="--feed=$snapshots/general.json --state=house"
run en a11y-alliances.py en
run hi a11y-alliances.py hi
rm "$snapshots/general.json"
/usr/bin/python3 "$src/a11y-over-time.py" --write-snapshots "$snapshots" "$src/../data/feeds/default.json"
app_args="--feed=$snapshots"
run en a11y-over-time.py en "$snapshots"
run hi a11y-over-time.py hi "$snapshots"
exit $status
