#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual against the program: every option --help and --help-all print
# (long and short) has an entry of its own in matganana.1 and an example,
# and groff and man format the page without a warning.
# Usage: test-manpage.sh MATGANANA MANPAGE   (prints TAP)
set -u
bin=$1
page=$2
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LC_ALL= LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. "$(dirname "$0")/tap.sh"

# The options, from the help as users see it.
if "$bin" --help >"$tmp/help" 2>&1 && "$bin" --help-all >>"$tmp/help" 2>&1; then
  ok "--help and --help-all exit 0"
else
  not_ok "--help and --help-all exit 0" "$(cat "$tmp/help")"
fi
sed -n 's/^ *\(-[A-Za-z?], \)\{0,1\}\(--[a-z0-9-]*\).*/\2/p' "$tmp/help" | sort -u >"$tmp/long"
sed -n 's/^ *\(-[A-Za-z?]\), --.*/\1/p' "$tmp/help" | sort -u >"$tmp/short"
count=$(wc -l <"$tmp/long")
if [ "$count" -ge 15 ]; then ok "--help lists $count long options"; else not_ok "--help lists $count long options, expected 15 or more" "$(cat "$tmp/help")"; fi

# Words in the page's source as they read: \- is -, font changes dropped.
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g'; }
# Each .TP's tag line: the option entries.
awk 'tp { print; tp = 0 } /^\.TP/ { tp = 1 }' "$page" | plain >"$tmp/tags"
# The example blocks.
awk '/^\.EE/ { ex = 0 } ex { print } /^\.EX/ { ex = 1 }' "$page" | plain >"$tmp/examples"

# has WORD FILE: WORD in FILE, not as part of a longer option.
has() { grep -Eq -- "(^|[^A-Za-z0-9-])$1([^A-Za-z0-9-]|\$)" "$2"; }

missing="" no_example=""
while read -r option; do
  has "$option" "$tmp/tags" || missing="$missing $option"
  has "$option" "$tmp/examples" || no_example="$no_example $option"
done <"$tmp/long"
while read -r option; do
  has "$option" "$tmp/tags" || missing="$missing $option"
done <"$tmp/short"
if [ -z "$missing" ]; then ok "every option has an entry in the manual"; else not_ok "options missing from the manual:$missing" "add an entry (.TP) for each to $page"; fi
if [ -z "$no_example" ]; then ok "every long option has an example"; else not_ok "options without an example in the manual:$no_example"; fi

for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES "KEYBOARD SHORTCUTS"; do
  if grep -qx "\.SH \"*$section\"*" "$page"; then ok "section $section"; else not_ok "no section $section"; fi
done
for word in MATGANANA_HTTP_MODULE LANGUAGE XDG_CACHE_HOME XDG_DATA_HOME io.github.matganana.Matganana \
            .cache/matganana/ .local/share/matganana/history/; do
  if plain <"$page" | grep -qF -- "$word"; then ok "the manual names $word"; else not_ok "the manual does not name $word"; fi
done

# Formatting: no warning from groff (all of them on) nor from man.
if command -v groff >/dev/null 2>&1; then
  if groff -man -ww -z "$page" >"$tmp/groff" 2>&1 && [ ! -s "$tmp/groff" ]; then
    ok "groff -man -ww: no warnings"
  else
    not_ok "groff -man -ww warns" "$(cat "$tmp/groff")"
  fi
else
  echo "ok $((n = n + 1)) - groff -man -ww # SKIP groff is not installed"
fi
if command -v man >/dev/null 2>&1; then
  if MANWIDTH=80 man --warnings -l "$page" >"$tmp/man" 2>"$tmp/man-err" && [ ! -s "$tmp/man-err" ]; then
    ok "man --warnings: no warnings"
  else
    not_ok "man --warnings warns" "$(cat "$tmp/man-err")"
  fi
  if grep -q "matganana --summary --state=himachal-pradesh" "$tmp/man"; then
    ok "the formatted page reads as typed"
  else
    not_ok "the formatted page lacks “matganana --summary --state=himachal-pradesh”" "$(head -n 40 "$tmp/man")"
  fi
else
  echo "ok $((n = n + 1)) - man --warnings # SKIP man is not installed"
fi

tap_end
