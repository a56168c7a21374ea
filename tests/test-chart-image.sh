#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --export-chart: real SVG and PNG images, the SVG rendered by rsvg-convert
# and both read back with ImageMagick, each party's colour measured against
# its share of the seats. Runs with no display.
# Usage: test-chart-image.sh MATGANANA TESTS_SOURCE_DIR   (prints TAP)
set -u
bin=$1
src=$2
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
final=resource:///io/github/matganana/Matganana/feeds/final-2022.json

. "$(dirname "$0")/tap.sh"
width() { identify -format '%w' "$1" 2>/dev/null; }
# count IMAGE RRGGBB: the pixels of exactly that colour
count() { convert "$1" -format %c histogram:info:- | grep -iE "#$2(FF)? " | sed 's/^ *\([0-9]*\):.*/\1/' | head -n 1; }

# shares IMAGE LABEL: each party's pixels against its seats in Himachal
# Pradesh's final result (Congress 40, BJP 25, independents 3 of 68), within
# two points.
shares() {
  inc=$(count "$1" 19AAED); bjp=$(count "$1" F97D09); ind=$(count "$1" 8E8E8E)
  python3 - "${inc:-0}" "${bjp:-0}" "${ind:-0}" <<'PY' >"$tmp/shares" 2>&1
import sys
pixels = [int(a) for a in sys.argv[1:]]
seats = [40, 25, 3]
total = sum(pixels)
bad = [f"{p / total:.3f} of the colour against {s / 68:.3f} of the seats"
       for p, s in zip(pixels, seats) if total == 0 or abs(p / total - s / 68) > 0.02]
print("; ".join(bad))
sys.exit(1 if bad else 0)
PY
  if [ $? -eq 0 ]; then ok "$2: each party's colour covers its share of the seats"
  else not_ok "$2: each party's colour covers its share of the seats" "$(cat "$tmp/shares")"; fi
}

"$bin" --export-chart="$tmp/hp.svg" --feed="$final" --state=himachal-pradesh 2>"$tmp/err"
expect "$?" 0 "SVG: exit 0"
expect "$(wc -c <"$tmp/err")" 0 "SVG: nothing on stderr"
if rsvg-convert -w 1200 -b white "$tmp/hp.svg" -o "$tmp/hp-svg.png" 2>"$tmp/err"; then
  ok "SVG: rsvg-convert renders it"
else
  not_ok "SVG: rsvg-convert renders it" "$(cat "$tmp/err")"
fi
expect "$(width "$tmp/hp-svg.png")" 1200 "SVG: rendered at 1200"
shares "$tmp/hp-svg.png" "SVG"
expect "$(sed -n 's/.*<svg[^>]* width="\([0-9.]*\)[a-z]*".*/\1/p' "$tmp/hp.svg" | head -n 1)" 1200 "SVG: 1200 wide"

"$bin" --export-chart="$tmp/hp.png" --feed="$final" --state=himachal-pradesh 2>"$tmp/err"
expect "$?" 0 "PNG: exit 0"
expect "$(width "$tmp/hp.png")" 1200 "PNG: 1200 wide by default"
shares "$tmp/hp.png" "PNG"
expect "$(convert "$tmp/hp.png" -format '%[fx:p{0,0}.a] %[fx:p{0,0}.r] %[fx:p{0,0}.b]' info:)" "1 1 1" "PNG: a white background"

"$bin" --export-chart="$tmp/small.PNG" --width=640 --transparent --feed="$final" --state=himachal-pradesh
expect "$?" 0 "--width, --transparent: exit 0"
expect "$(width "$tmp/small.PNG")" 640 "--width: the width asked for"
shares "$tmp/small.PNG" "640 wide"
expect "$(convert "$tmp/small.PNG" -format '%[fx:p{0,0}.a]' info:)" 0 "--transparent: a clear background"

# By default the first state; the house first where there is one, by alliance when asked.
"$bin" --export-chart="$tmp/default.svg"
expect "$?" 0 "no --state: exit 0"
# The bundled feed's first state is Gujarat: its BJP's orange is most of the chart.
rsvg-convert -w 600 -b white "$tmp/default.svg" -o "$tmp/default.png"
if [ "$(count "$tmp/default.png" F97D09)" -gt "$(count "$tmp/default.png" 19AAED)" ]; then ok "no --state: the first state's"
else not_ok "no --state: the first state's"; fi
"$bin" --export-chart="$tmp/house.png" --by-alliance --feed="$src/feeds/good-alliances.json"
expect "$?" 0 "--by-alliance: exit 0"
expect "$(count "$tmp/house.png" FF9933 | awk '{ print ($1 > 0) }')" 1 "--by-alliance: the NDA's arc in its colour"

# Bad names and places: exit 1, one line that says where and why, nothing written.
"$bin" --export-chart="$tmp/chart.jpg" 2>"$tmp/err"
expect "$?" 1 "unknown kind: exit 1"
expect "$(cat "$tmp/err")" "matganana: $tmp/chart.jpg: cannot write the chart: the name must end in .svg or .png" \
  "unknown kind: says where and why"
expect "$(ls "$tmp" | grep -c chart.jpg)" 0 "unknown kind: nothing written"
mkdir "$tmp/taken.png"
"$bin" --export-chart="$tmp/taken.png" 2>"$tmp/err"
expect "$?" 1 "a folder in the way: exit 1"
expect "$(wc -l <"$tmp/err")" 1 "a folder in the way: one line"
if grep -q "^matganana: $tmp/taken.png: cannot write the chart: " "$tmp/err"; then ok "a folder in the way: says where"
else not_ok "a folder in the way: says where" "$(cat "$tmp/err")"; fi
expect "$(ls -a "$tmp" | grep -c 'taken.png.')" 0 "a folder in the way: no half-written file left"
"$bin" --export-chart="$tmp/x.png" --state=nowhere 2>"$tmp/err"
expect "$?" 1 "unknown state: exit 1"
"$bin" --export-chart="$tmp/x.png" --width=100 2>/dev/null
expect "$?" 2 "--width too small: usage error"
"$bin" --summary --width=800 2>/dev/null
expect "$?" 2 "--width without --export-chart: usage error"
"$bin" --export-chart="$tmp/x.png" --summary 2>/dev/null
expect "$?" 2 "two modes: usage error"

tap_end
