# SPDX-License-Identifier: GPL-3.0-or-later
# What the shell tests share, sourced by each: TAP lines and their count.
# ok NAME; not_ok NAME [DETAIL…]; expect GOT WANTED NAME; tap_end (the plan,
# and the status: 1 when any failed).
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; shift; for line in "$@"; do echo "# $line"; done; }
expect() {
  if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3" "got “$1”, expected “$2”"; fi
}
tap_end() {
  echo "1..$n"
  [ "$failed" -eq 0 ]
}
