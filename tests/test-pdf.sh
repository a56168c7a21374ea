#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --export-summary: real PDFs, checked with poppler's pdfinfo, pdftotext and
# pdffonts. Runs with no display.
# Usage: test-pdf.sh MATGANANA TESTS_SOURCE_DIR   (prints TAP)
set -u
bin=$1
src=$2
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
expect() {
  if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3" "got “$1”, expected “$2”"; fi
}
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
has_text() {
  if grep -qF -- "$2" "$1"; then ok "$3"; else not_ok "$3" "no “$2” in the PDF's text"; fi
}

"$bin" --export-summary="$tmp/all.pdf" 2>"$tmp/err"
expect "$?" 0 "export: exit 0"
expect "$(pages "$tmp/all.pdf")" 2 "export: a page per state"
pdftotext -layout "$tmp/all.pdf" "$tmp/all.txt"
for word in Gujarat "Himachal Pradesh" BJP Congress AAP Others Independents \
            "BJP leads in 158 of 182 seats" "Majority 92" "Majority 35" \
            "0 of 182 seats decided" "39 of 68 seats decided" "Page 1 of 2"; do
  has_text "$tmp/all.txt" "$word" "export: the text has “$word”"
done
# The Congress row in Himachal: won 22, leading 17, total 39.
if grep -Eq 'Congress +22 +17 +39' "$tmp/all.txt"; then ok "export: Himachal Congress row"; else not_ok "export: Himachal Congress row"; fi
if pdffonts "$tmp/all.pdf" | grep -E 'NotoSansDevanagari' | grep -q ' yes yes '; then
  ok "export: a Devanagari font, embedded"
else
  not_ok "export: a Devanagari font, embedded" "$(pdffonts "$tmp/all.pdf")"
fi

LANGUAGE=hi "$bin" --export-summary="$tmp/hi.pdf" 2>"$tmp/err"
expect "$?" 0 "Hindi export: exit 0"
pdftotext "$tmp/hi.pdf" "$tmp/hi.txt"
# (pdftotext splits "प्रदेश" at the matra; the page itself is right, see the PNGs.)
for word in गुजरात हिमाचल भाजपा कांग्रेस निर्दलीय "बहुमत 92" 182 158; do
  has_text "$tmp/hi.txt" "$word" "Hindi export: the text has “$word”"
done

"$bin" --export-summary="$tmp/one.pdf" --state=gujarat
expect "$?" 0 "--state export: exit 0"
expect "$(pages "$tmp/one.pdf")" 1 "--state export: one page"
pdftotext "$tmp/one.pdf" "$tmp/one.txt"
if grep -q "Himachal" "$tmp/one.txt"; then not_ok "--state export: only Gujarat"; else ok "--state export: only Gujarat"; fi

# 200 parties paginate, and every one of them is printed.
python3 - "$tmp/parties.json" <<'PY'
import json, sys
parties = [{"id": "p%d" % i, "name": ("Party %d" % i) if i % 2 else ("दल %d" % i),
            "won": i % 3, "leading": i % 2} for i in range(200)]
feed = {"format": "matganana-feed", "version": 1,
        "states": [{"id": "big", "name": "Big State", "seats": 1000, "parties": parties}]}
json.dump(feed, open(sys.argv[1], "w"), ensure_ascii=False)
PY
"$bin" --export-summary="$tmp/parties.pdf" --feed="$tmp/parties.json"
expect "$?" 0 "200 parties: exit 0"
count=$(pages "$tmp/parties.pdf")
if [ "$count" -gt 1 ]; then ok "200 parties: $count pages"; else not_ok "200 parties: paginated" "$count page(s)"; fi
pdftotext -layout "$tmp/parties.pdf" "$tmp/parties.txt"
missing=0
for i in $(seq 1 2 199); do grep -qE "Party $i( |$)" "$tmp/parties.txt" || missing=$((missing + 1)); done
expect "$missing" 0 "200 parties: every Latin-named party printed"
has_text "$tmp/parties.txt" "Big State (continued)" "200 parties: continued pages say so"
has_text "$tmp/parties.txt" "Page $count of $count" "200 parties: numbered pages"

"$bin" --export-summary=/nonexistent-dir/summary.pdf 2>"$tmp/err"
expect "$?" 1 "unwritable path: exit 1"
expect "$(wc -l <"$tmp/err")" 1 "unwritable path: one line"
has_text "$tmp/err" "/nonexistent-dir/summary.pdf: cannot write the PDF" "unwritable path: says where"

"$bin" --export-summary="$tmp/x.pdf" --summary 2>/dev/null
expect "$?" 2 "two modes: usage error"

echo "1..$n"
[ "$failed" -eq 0 ]
