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

. "$(dirname "$0")/tap.sh"
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

# --constituencies: each state's results by seat after its summary.
seats=$src/feeds/good-seats.json
"$bin" --export-summary="$tmp/seats-only.pdf" --feed="$seats"
expect "$?" 0 "seats feed without --constituencies: exit 0"
expect "$(pages "$tmp/seats-only.pdf")" 2 "seats feed without --constituencies: the summary, then what changed"
# Kalol 38 was the Congress's and BJP won it: the page of what changed says so.
pdftotext -layout -f 2 -l 2 "$tmp/seats-only.pdf" "$tmp/changes.txt"
for word in "Gujarat: what changed" "1 of 1 seat changed hands" "Seats gained and lost" \
            "From whom" "Seats that changed hands"; do
  has_text "$tmp/changes.txt" "$word" "what changed: the text has “$word”"
done
rows=$(grep -E '^ *(BJP|Congress|38) ' "$tmp/changes.txt" | sed 's/  */ /g; s/^ //; s/ $//')
expect "$rows" "BJP 1 0 +1
Congress 0 1 −1
Congress BJP 1
38 Kalol (SC) Congress BJP 20,000" "what changed: gains, losses, from whom and the seat"
# This feed gives no earlier vote shares: no swings.
if grep -qF "Largest swings in vote share" "$tmp/changes.txt"; then
  not_ok "what changed without earlier vote shares: no swings"
else
  ok "what changed without earlier vote shares: no swings"
fi

# Both Gujarat elections in one file (as test-cli.sh joins them): the
# parties' vote shares in 2017 and 2022, and the largest swings, printed.
{ cat "$src/data/tcpd-ae-gujarat-2017.csv"; tail -n +2 "$src/data/tcpd-ae-gujarat-2022.csv"; } >"$tmp/gujarat-both.csv"
"$bin" --export-summary="$tmp/both.pdf" --feed="$tmp/gujarat-both.csv" 2>"$tmp/err"
expect "$?" 0 "two Gujarat elections: exit 0"
pdftotext -layout "$tmp/both.pdf" "$tmp/both.txt"
for word in "Gujarat: what changed" "79 of 179 seats changed hands since 2017" "Largest swings in vote share"; do
  has_text "$tmp/both.txt" "$word" "two Gujarat elections: the text has “$word”"
done
if grep -Eq '^ *Party +Then +Now +Swing \(points\) *$' "$tmp/both.txt"; then
  ok "two Gujarat elections: the swings' header row"
else
  not_ok "two Gujarat elections: the swings' header row" "$(grep -A2 "Largest swings" "$tmp/both.txt")"
fi
rows=$(grep -E '^ *[^ ].* +[0-9]+\.[0-9]% +[0-9]+\.[0-9]% +[−+]?[0-9]+\.[0-9] *$' "$tmp/both.txt" | sed 's/  */ /g; s/^ //; s/ $//')
expect "$rows" "Congress 41.3% 27.7% −13.6
AAP 0.1% 13.1% +13.0
BJP 49.1% 53.4% +4.3
BTP 0.8% 0.1% −0.7
Independents 4.3% 3.8% −0.5
NCP 0.6% 0.2% −0.4
AIMIM 0.0% 0.3% +0.3
SP 0.0% 0.2% +0.2" "two Gujarat elections: each party's swing, largest first"
"$bin" --export-summary="$tmp/seats.pdf" --constituencies --feed="$seats" 2>"$tmp/err"
expect "$?" 0 "--constituencies: exit 0"
expect "$(cat "$tmp/err")" "" "--constituencies: nothing on stderr"
expect "$(pages "$tmp/seats.pdf")" 3 "--constituencies: the summary, what changed, then a sheet page"
pdftotext -layout "$tmp/seats.pdf" "$tmp/seats.txt"
for word in "Gujarat — results by seat" "Declared" "Counting, round 12 of 20" "Awaiting" \
            "Kalol (SC)" "20,000" "Page 3 of 3"; do
  has_text "$tmp/seats.txt" "$word" "--constituencies: the text has “$word”"
done
if grep -Eq '^ *No\. +Constituency +Winner or leader +Party +Margin +Status *$' "$tmp/seats.txt"; then
  ok "--constituencies: the header row"
else
  not_ok "--constituencies: the header row" "$(cat "$tmp/seats.txt")"
fi
# A row per seat, in number order: a tie and a seat with no candidates have
# no leader; Kalol 127 is led by D of the Congress, 30,000 to 29,500.
rows=$(pdftotext -layout -f 3 -l 3 "$tmp/seats.pdf" - | grep -E '^ *[0-9]+ ' | sed 's/  */ /g; s/^ //; s/ $//')
expect "$rows" "5 Abdasa — — — Awaiting
7 Bhuj — — — Counting
38 Kalol (SC) A BJP 20,000 Declared
127 Kalol D Congress 500 Counting, round 12 of 20" "--constituencies: every seat's row"

"$bin" --export-summary="$tmp/v1.pdf" --constituencies 2>"$tmp/err"
expect "$?" 0 "--constituencies, no seats listed: exit 0"
expect "$(pages "$tmp/v1.pdf")" 2 "--constituencies, no seats listed: the summary pages only"

# The seats feed with its state named in Hindi too.
python3 - "$seats" "$tmp/seats-hi.json" <<'PY2'
import json, sys
feed = json.load(open(sys.argv[1]))
feed["states"][0]["name"] = {"en": "Gujarat", "hi": "गुजरात"}
json.dump(feed, open(sys.argv[2], "w"), ensure_ascii=False)
PY2
LANGUAGE=hi "$bin" --export-summary="$tmp/seats-hi.pdf" --constituencies --feed="$tmp/seats-hi.json"
expect "$?" 0 "Hindi --constituencies: exit 0"
expect "$(pages "$tmp/seats-hi.pdf")" 3 "Hindi --constituencies: three pages"
pdftotext "$tmp/seats-hi.pdf" "$tmp/seats-hi.txt"
for word in "गुजरात — सीटवार नतीजे" "घोषित" "प्रतीक्षा" "दौर 12 (कुल 20)" "20,000"; do
  has_text "$tmp/seats-hi.txt" "$word" "Hindi --constituencies: the text has “$word”"
done

# 400 seats in one state: the sheet takes pages, each with the header row,
# every seat printed once, and no row split between two pages (the long
# names wrap; each ends in a word of its own).
python3 - "$tmp/400.json" "$tmp/400-long.txt" <<'PY2'
import json, random, sys
def letters(n):
    out = ""
    while True:
        out = chr(97 + n % 26) + out
        n //= 26
        if n == 0:
            return out
parties = [{"id": "bjp", "name": "Bharatiya Janata Party", "short": "BJP"},
           {"id": "inc", "name": "Indian National Congress", "short": "INC"},
           {"id": "rlsp", "name": "Rashtriya Lok Samta Party of the Western Districts"},
           {"id": "ind", "name": "Independents"}]
seats, long_names = [], []
for n in range(1, 401):
    tag = letters(n)
    name = "Nagar " + tag.capitalize()
    if n % 25 == 0:
        name = ("Nagar North Ward Extension Industrial Estate and Riverside Colony "
                "Market End" + tag)
        long_names.append("%d End%s" % (n, tag))
    elif n % 10 == 4:
        name = "गांधीनगर उत्तर " + tag
    a = 30000 + n * 37
    b = a - 1 - (n * 53) % 9000
    lead = "rlsp" if n % 17 == 0 else ["bjp", "inc", "ind"][n % 3]
    other = "inc" if lead != "inc" else "bjp"
    winner = "Candidate " + tag.capitalize()
    if n % 13 == 0:
        winner = "Shri Rameshchandra Bhailalbhai Vishwakarma Extended Name " + tag
    elif n % 8 == 0:
        winner = "भूपेंद्र पटेल " + tag
    seat = {"number": n, "name": name,
            "candidates": [{"name": winner, "party": lead, "votes": a},
                           {"name": "Runner " + tag, "party": other, "votes": b}]}
    if n % 7 == 0:
        seat["reserved"] = "SC"
    elif n % 11 == 0:
        seat["reserved"] = "ST"
    if n % 3 == 0:
        seat["status"] = "declared"
    elif n % 3 == 1:
        seat["round"] = {"current": 1 + n % 19, "total": 20}
    elif n % 2 == 0:
        seat["candidates"] = []
    seats.append(seat)
random.Random(7).shuffle(seats)
feed = {"format": "matganana-feed", "version": 2,
        "states": [{"id": "big", "name": "Big State", "seats": 400, "parties": parties,
                    "constituencies": seats}]}
json.dump(feed, open(sys.argv[1], "w"), ensure_ascii=False)
open(sys.argv[2], "w").write("\n".join(long_names) + "\n")
PY2
"$bin" --export-summary="$tmp/400-only.pdf" --feed="$tmp/400.json"
expect "$(pages "$tmp/400-only.pdf")" 1 "400 seats without --constituencies: one page"
"$bin" --export-summary="$tmp/400.pdf" --constituencies --feed="$tmp/400.json" 2>"$tmp/err"
expect "$?" 0 "400 seats: exit 0"
count=$(pages "$tmp/400.pdf")
if [ "$count" -gt 2 ]; then ok "400 seats: $count pages"; else not_ok "400 seats: the sheet takes pages" "$count page(s)"; fi
sheet_pages=0
no_header=
: >"$tmp/400-numbers.txt"
for i in $(seq 1 "$count"); do
  pdftotext -layout -f "$i" -l "$i" "$tmp/400.pdf" "$tmp/400-p$i.txt"
  grep -q "Big State — results by seat" "$tmp/400-p$i.txt" || continue
  sheet_pages=$((sheet_pages + 1))
  # (The header may wrap in its cells.)
  grep -Eq '^ *No\. +Constituency +Winner or .*Party +Margin +Status *$' "$tmp/400-p$i.txt" || no_header="$no_header $i"
  [ "$sheet_pages" -eq 1 ] || grep -q "Big State — results by seat (continued)" "$tmp/400-p$i.txt" || no_header="$no_header $i(title)"
  # A row's number is at the left edge; wrapped lines start further in.
  grep -oE '^ {0,4}[0-9]+ ' "$tmp/400-p$i.txt" | tr -d ' ' | sed "s/\$/ $i/" >>"$tmp/400-numbers.txt"
done
if [ "$sheet_pages" -gt 1 ]; then ok "400 seats: $sheet_pages sheet pages"; else not_ok "400 seats: more than one sheet page" "$sheet_pages"; fi
expect "$no_header" "" "400 seats: every sheet page has its title and header row"
expect "$(cut -d' ' -f1 "$tmp/400-numbers.txt" | sort -n | uniq -c | awk '$1 != 1' | wc -l)" 0 "400 seats: no seat printed twice"
expect "$(cut -d' ' -f1 "$tmp/400-numbers.txt" | sort -n | uniq | tr '\n' ' ')" "$(seq 1 400 | tr '\n' ' ')" "400 seats: every seat printed, in order"
split=
while read -r number end; do
  page=$(awk -v n="$number" '$1 == n { print $2 }' "$tmp/400-numbers.txt")
  grep -q "$end" "$tmp/400-p$page.txt" 2>/dev/null || split="$split $number"
done <"$tmp/400-long.txt"
expect "$split" "" "400 seats: every long name on its row's page"
has_text "$tmp/400-p$count.txt" "Page $count of $count" "400 seats: numbered pages"

# A house with alliances: the house first, then each state; by alliance,
# each alliance's parties beneath it, in the table and the chart.
"$bin" --export-summary="$tmp/house.pdf" --feed="$src/feeds/good-alliances.json" 2>"$tmp/err"
expect "$?" 0 "house export: exit 0"
expect "$(pages "$tmp/house.pdf")" 3 "house export: the house's page, then the state's and its changes"
expect "$(pdftotext -f 1 -l 1 "$tmp/house.pdf" - | head -n 1)" "Gujarat Assembly" "house export: the house first"
"$bin" --export-summary="$tmp/alliances.pdf" --by-alliance --feed="$src/feeds/good-alliances.json" 2>"$tmp/err"
expect "$?" 0 "--by-alliance export: exit 0"
pdftotext -layout -f 1 -l 1 "$tmp/alliances.pdf" "$tmp/alliances.txt"
has_text "$tmp/alliances.txt" "Alliance or party" "--by-alliance export: the table is by alliance"
sed -n '/Alliance or party/,$p' "$tmp/alliances.txt" >"$tmp/alliances-table.txt"
# NDA is the BJP; its row, then the BJP's beneath it, set in.
nda=$(grep -nE '^ *NDA +[0-9]' "$tmp/alliances-table.txt" | cut -d: -f1)
bjp=$(grep -nE '^ +BJP +[0-9]' "$tmp/alliances-table.txt" | cut -d: -f1)
expect "$(( ${bjp:-0} - ${nda:-0} ))" 1 "--by-alliance export: the BJP beneath the NDA"
nda_indent=$(sed -n "${nda:-1}p" "$tmp/alliances-table.txt" | sed 's/NDA.*//' | wc -c)
bjp_indent=$(sed -n "${bjp:-1}p" "$tmp/alliances-table.txt" | sed 's/BJP.*//' | wc -c)
if [ "$bjp_indent" -gt "$nda_indent" ]; then ok "--by-alliance export: the BJP set in"; else not_ok "--by-alliance export: the BJP set in" "NDA at $nda_indent, BJP at $bjp_indent"; fi
# The chart names each alliance with its seats at its wedge.
if grep -Eq 'NDA [0-9]+' "$tmp/alliances.txt"; then ok "--by-alliance export: the NDA's wedge named"; else not_ok "--by-alliance export: the NDA's wedge named"; fi
"$bin" --export-summary="$tmp/x.pdf" --by-alliance --constituency=1 --state=gujarat 2>/dev/null
expect "$?" 2 "--by-alliance with --constituency: usage error"

"$bin" --constituencies 2>"$tmp/err"
expect "$?" 2 "--constituencies alone: usage error"
expect "$(wc -l <"$tmp/err")" 1 "--constituencies alone: one line"
has_text "$tmp/err" "--export-summary" "--constituencies alone: says what it goes with"
"$bin" --summary --constituencies 2>/dev/null
expect "$?" 2 "--constituencies with --summary: usage error"

"$bin" --export-summary=/nonexistent-dir/summary.pdf 2>"$tmp/err"
expect "$?" 1 "unwritable path: exit 1"
expect "$(wc -l <"$tmp/err")" 1 "unwritable path: one line"
has_text "$tmp/err" "/nonexistent-dir/summary.pdf: cannot write the PDF" "unwritable path: says where"

"$bin" --export-summary="$tmp/x.pdf" --summary 2>/dev/null
expect "$?" 2 "two modes: usage error"

tap_end
