#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The display-less command line: --summary (of the states and of one seat),
# --export-csv, --check-feed, --version, exit statuses and one-line errors.
# Runs with no display at all.
# Usage: test-cli.sh MATGANANA TESTS_SOURCE_DIR   (prints TAP)
set -u
bin=$1
src=$2
feeds="$src/feeds"
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LC_ALL= LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. "$(dirname "$0")/tap.sh"

# run NAME EXPECTED_STATUS ARGS...: runs the program, keeps stdout/stderr.
run() {
  run_name=$1 run_status=$2
  shift 2
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" -eq "$run_status" ]; then ok "$run_name: exit $run_status"; else not_ok "$run_name: exit $status, expected $run_status" "$(cat "$tmp/err")"; fi
}
contains() {
  if grep -qF -- "$2" "$tmp/$1"; then ok "$3"; else not_ok "$3" "no “$2” in $1:" "$(cat "$tmp/$1")"; fi
}
lacks() {
  if grep -qF -- "$2" "$tmp/$1"; then not_ok "$3" "unexpected “$2” in $1"; else ok "$3"; fi
}
has_line() {
  if grep -qxF -- "$2" "$tmp/$1"; then ok "$3"; else not_ok "$3" "no line “$2” in $1:" "$(cat "$tmp/$1")"; fi
}
lines() {
  count=$(wc -l <"$tmp/$1")
  if [ "$count" -eq "$2" ]; then ok "$3"; else not_ok "$3" "$count lines in $1, expected $2:" "$(cat "$tmp/$1")"; fi
}

run version 0 --version
contains out "matganana 0." "--version prints the version"

run summary 0 --summary
contains out "Gujarat" "summary names Gujarat"
contains out "182 seats · Majority mark 92" "Gujarat: 182 seats, majority 92"
contains out "BJP leads in 158 of 182 seats" "BJP leads in 158"
contains out "Himachal Pradesh" "summary names Himachal Pradesh"
contains out "68 seats · Majority mark 35" "Himachal: 68 seats, majority 35"
contains out "Congress ahead in 39 of 68 seats (22 won, 17 leading)" "Congress 22 won and 17 leading"
lines err 0 "summary prints nothing on stderr"

# Party rows: name, won, leading, total, change.
if grep -Eq '^  Congress +22 +17 +39 +\+18$' "$tmp/out"; then ok "Himachal Congress row"; else not_ok "Himachal Congress row" "$(cat "$tmp/out")"; fi
if grep -Eq '^  BJP +0 +158 +158 +\+59$' "$tmp/out"; then ok "Gujarat BJP row"; else not_ok "Gujarat BJP row" "$(cat "$tmp/out")"; fi

run summary-state 0 --summary --state=himachal-pradesh
contains out "Himachal Pradesh" "--state keeps the state"
lacks out "Gujarat" "--state drops the others"

LANGUAGE=hi run summary-hindi 0 --summary
contains out "गुजरात" "Hindi: state name"
contains out "हिमाचल प्रदेश" "Hindi: Himachal Pradesh"
contains out "भाजपा" "Hindi: BJP"
contains out "कांग्रेस" "Hindi: Congress"
contains out "निर्दलीय" "Hindi: Independents"
contains out "बहुमत" "Hindi: UI strings are translated"
lacks out "Majority mark" "Hindi: no English left in the summary"

# Hindi asked for where the C library has only the C locale (a locale not
# installed leaves it): gettext then speaks English, and so do the names.
LANGUAGE=hi LANG=C LC_ALL=C run summary-hindi-c-locale 0 --summary --state=himachal-pradesh
contains out "Himachal Pradesh" "C locale: the state's name in English, as the interface"
contains out "Majority mark 35" "C locale: the interface in English"
lacks out "हिमाचल" "C locale: no Hindi name in an English summary"

# Counts of one: each noun takes the plural form of the number it goes with,
# which is not the same number in English ("1 of 68 seats") and Hindi ("68 में
# से 1 सीट"). Dates name the month from the catalogue even under the C locale.
one_seat="$feeds/good-one-seat.json"
LC_ALL=C.UTF-8 TZ=UTC run one-seat 0 --summary --feed="$one_seat"
has_line out "  Counting · updated 8 Dec 2022, 13:05 IST" "one seat: English date, in the election's zone"
has_line out "  68 seats · Majority mark 35 · Congress needs 33 more seats · 1 of 68 seats decided" \
  "one seat: English, 1 of 68 seats decided"
has_line out "  Congress ahead in 2 of 68 seats (1 won, 1 leading)" "one seat: English, 1 won and 1 leading"
has_line out "  BJP leads in 1 of 182 seats" "one seat: English, leads in 1 of 182 seats"
has_line out "  40 seats · Majority mark 21 · BJP is 1 seat over it · 0 of 40 seats decided" \
  "one seat: English, 1 seat over the majority"
has_line out "  NPP has won 1 of 60 seats" "one seat: English, has won 1 of 60 seats"

# Times in the election's zone, named, whatever the machine's: the bundled
# feed says Asia/Kolkata; a version 1 feed has only its updated offset.
LANGUAGE=hi LC_ALL=C.UTF-8 TZ=UTC run bundled-hindi-time 0 --summary
contains out "8 दिसंबर 2022, 13:05 IST" "bundled, Hindi, TZ=UTC: 13:05 IST"
LC_ALL=C.UTF-8 TZ=America/New_York run v1-offset-time 0 --summary --feed="$feeds/good-extras.json"
contains out "UTC+05:30" "version 1 feed: shown at its own updated offset, named"

LANGUAGE=hi LC_ALL=C.UTF-8 TZ=UTC run one-seat-hindi 0 --summary --feed="$one_seat"
contains out "दिसंबर" "one seat: Hindi month name under the C locale"
lacks out "Dec" "one seat: no English month name"
has_line out "  मतगणना जारी · अपडेट: 8 दिसंबर 2022, 13:05 IST" "one seat: Hindi date, in the election's zone"
has_line out "  68 सीटें · बहुमत का आंकड़ा 35 · कांग्रेस को 33 और सीटें चाहिए · 68 में से 1 सीट के नतीजे घोषित" \
  "one seat: Hindi, 68 में से 1 सीट के नतीजे"
has_line out "  कांग्रेस 68 में से 2 सीटों पर आगे (1 जीते, 1 आगे)" "one seat: Hindi, 1 जीते, 1 आगे"
has_line out "  भाजपा 182 में से 1 सीट पर आगे" "one seat: Hindi, 1 सीट पर आगे"
has_line out "  40 सीटें · बहुमत का आंकड़ा 21 · भाजपा के पास बहुमत से 1 सीट ज़्यादा · 40 में से 0 सीटों के नतीजे घोषित" \
  "one seat: Hindi, बहुमत से 1 सीट ज़्यादा"
has_line out "  एनपीपी ने 60 में से 1 सीट जीती" "one seat: Hindi, 1 सीट जीती"
lacks out "1 सीटों" "one seat: Hindi, no plural noun after 1"

LC_ALL=C.UTF-8 run one-seat-check 0 --check-feed="$one_seat"
has_line out "gujarat: Gujarat, 182 seats, majority 92, 1 party, 1 reported, 0 decided" \
  "one seat: check-feed, 1 party"
LANGUAGE=hi LC_ALL=C.UTF-8 run one-seat-check-hindi 0 --check-feed="$one_seat"
has_line out "gujarat: गुजरात, 182 सीटें, बहुमत 92, 1 दल, 1 के रुझान, 0 घोषित" \
  "one seat: Hindi check-feed line"

# One constituency: --summary --state=ID --constituency=N. Seat 38 is
# declared, reserved, with postal votes, NOTA and electors, and was held by
# another party; 127 has the same name and is counting.
seats="$feeds/good-seats.json"
LC_ALL=C.UTF-8 TZ=UTC run seat-38 0 --summary --feed="$seats" --state=gujarat --constituency=38
cat >"$tmp/expected" <<'END'
38 · Kalol (SC)
  Gujarat · Panchmahal district
  Declared · updated 8 Dec 2022, 13:05 IST
  A (BJP) won by 20,000 votes (18.2%)
  Gain from Congress
  Held by Congress last time, by 500 votes
  Turnout 47.8% (1,10,000 of 2,30,000 electors)

  Candidate  Party          Votes  Share  Postal
  A          BJP           60,000  54.5%     500
  B          Congress      40,000  36.4%       —
  C          Independents   9,000   8.2%       —
  NOTA                      1,000   0.9%
END
if cmp -s "$tmp/expected" "$tmp/out"; then ok "seat 38: the whole text"; else not_ok "seat 38: the whole text" "$(diff "$tmp/expected" "$tmp/out")"; fi
lines err 0 "seat 38: nothing on stderr"

LANGUAGE=hi LC_ALL=C.UTF-8 TZ=UTC run seat-38-hindi 0 --summary --feed="$seats" --state=gujarat --constituency=38
has_line out "38 · कलोल (अ.जा.)" "seat 38, Hindi: number, name, reservation"
has_line out "  गुजरात · पंचमहाल ज़िला" "seat 38, Hindi: state and district"
has_line out "  घोषित · अपडेट: 8 दिसंबर 2022, 13:05 IST" "seat 38, Hindi: declared"
has_line out "  A (भाजपा) 20,000 वोटों से जीते (18.2%)" "seat 38, Hindi: won by"
has_line out "  कांग्रेस से छीनी" "seat 38, Hindi: gain from"
has_line out "  पिछली बार कांग्रेस 500 वोटों से जीती थी" "seat 38, Hindi: held last time"
has_line out "  मतदान 47.8% (2,30,000 मतदाताओं में से 1,10,000 वोट)" "seat 38, Hindi: turnout"
has_line out "  उम्मीदवार  दल          वोट  प्रतिशत  डाक मत" "seat 38, Hindi: table heading"
has_line out "  A         भाजपा    60,000   54.5%     500" "seat 38, Hindi: winner's row, aligned"
has_line out "  B         कांग्रेस    40,000   36.4%       —" "seat 38, Hindi: runner-up's row, aligned"
has_line out "  C         निर्दलीय   9,000    8.2%       —" "seat 38, Hindi: independent's row, aligned"
has_line out "  नोटा                1,000    0.9%" "seat 38, Hindi: NOTA row"
lines out 13 "seat 38, Hindi: 13 lines"
lacks out "Declared" "seat 38, Hindi: no English left"

LC_ALL=C.UTF-8 TZ=UTC run seat-127 0 --summary --feed="$seats" --state=gujarat --constituency=127
has_line out "127 · Kalol" "seat 127: number and name, not reserved"
has_line out "  Gujarat" "seat 127: no district"
has_line out "  Counting, round 12 of 20 · updated 8 Dec 2022, 13:05 IST" "seat 127: round 12 of 20"
has_line out "  D (Congress) leads by 500 votes (0.8%)" "seat 127: leads by"
has_line out "  D          Congress  30,000  50.4%" "seat 127: leader's row, no postal column"
has_line out "  E          BJP       29,500  49.6%" "seat 127: runner-up's row"
lacks out "Postal" "seat 127: no postal votes given"
lacks out "Turnout" "seat 127: no electors given"
lacks out "Held" "seat 127: no previous holder given"
LANGUAGE=hi LC_ALL=C.UTF-8 TZ=UTC run seat-127-hindi 0 --summary --feed="$seats" --state=gujarat --constituency=127
has_line out "  मतगणना जारी, दौर 12 (कुल 20) · अपडेट: 8 दिसंबर 2022, 13:05 IST" "seat 127, Hindi: round"
has_line out "  D (कांग्रेस) 500 वोटों से आगे (0.8%)" "seat 127, Hindi: leads by"

run seat-unknown 1 --summary --feed="$seats" --state=gujarat --constituency=999
lines err 1 "unknown seat: one line"
has_line err "matganana: no constituency 999 in Gujarat" "unknown seat: says which and where"
lines out 0 "unknown seat: nothing on stdout"
LANGUAGE=hi run seat-unknown-hindi 1 --summary --feed="$seats" --state=gujarat --constituency=999
has_line err "matganana: गुजरात में सीट संख्या 999 नहीं है" "unknown seat, Hindi"
run seat-none-listed 1 --summary --state=gujarat --constituency=38
lines err 1 "a state without seats listed: one line"
has_line err "matganana: Gujarat lists no constituencies" "a state without seats listed: says so"
run usage-seat-without-state 2 --summary --feed="$seats" --constituency=38
lines err 1 "--constituency without --state: one line"
contains err "--constituency needs --state" "--constituency without --state: says so"
run usage-seat-with-check 2 --check-feed="$seats" --state=gujarat --constituency=38
run usage-seat-zero 2 --summary --feed="$seats" --state=gujarat --constituency=0

# The seats as CSV: the exact bytes of tests/feeds/good-seats.csv (written
# by hand from the feed), atomically, and nothing left by a failure.
run csv 0 --export-csv="$tmp/seats.csv" --feed="$seats"
if cmp -s "$feeds/good-seats.csv" "$tmp/seats.csv"; then ok "csv: the expected bytes"; else not_ok "csv: the expected bytes" "$(od -c "$tmp/seats.csv")"; fi
lines out 0 "csv: nothing on stdout"
lines err 0 "csv: nothing on stderr"
echo "an old file" >"$tmp/seats.csv"
run csv-state 0 --export-csv="$tmp/seats.csv" --feed="$seats" --state=gujarat
if cmp -s "$feeds/good-seats.csv" "$tmp/seats.csv"; then ok "csv: --state, over an old file"; else not_ok "csv: --state, over an old file" "$(od -c "$tmp/seats.csv")"; fi
LANGUAGE=hi run csv-hindi 0 --export-csv="$tmp/seats-hi.csv" --feed="$seats"
contains seats-hi.csv "gujarat,38,कलोल,SC,declared,,A,bjp,60000," "csv, Hindi: names in the UI language, the rest as it was"
run csv-unwritable 1 --export-csv=/nonexistent/x.csv --feed="$seats"
lines err 1 "csv, unwritable: one line"
has_line err "matganana: /nonexistent/x.csv: cannot write the CSV: No such file or directory" \
  "csv, unwritable: names the path and why"
if [ -e /nonexistent/x.csv ]; then not_ok "csv, unwritable: no file"; else ok "csv, unwritable: no file"; fi
mkdir "$tmp/folder"
run csv-onto-folder 1 --export-csv="$tmp/folder" --feed="$seats"
has_line err "matganana: $tmp/folder: cannot write the CSV: Is a directory" "csv onto a folder: says why"
leftovers=$(find "$tmp" -name 'folder.*')
if [ -z "$leftovers" ]; then ok "csv onto a folder: nothing half-written left"; else not_ok "csv onto a folder: nothing half-written left" "$leftovers"; fi
run csv-no-seats 1 --export-csv="$tmp/none.csv"
has_line err "matganana: the feed lists no constituencies" "csv of a feed without seats: says so"
if [ -e "$tmp/none.csv" ]; then not_ok "csv of a feed without seats: no file"; else ok "csv of a feed without seats: no file"; fi
run usage-csv-and-summary 2 --summary --export-csv="$tmp/x.csv"

run summary-file 0 --summary --feed="$feeds/good-minimal.json"
contains out "Gujarat" "--feed with a path"
run summary-uri 0 --summary --feed="file://$feeds/good-minimal.json"
contains out "Gujarat" "--feed with a file:// URI"
run summary-resource 0 --summary --feed=resource:///io/github/matganana/Matganana/feeds/default.json
contains out "Himachal Pradesh" "--feed with a resource:// URI"

# Parties named by their registry id alone: the registry's names, in the UI
# language, and its short names in the table.
registry_feed="$feeds/good-registry-parties.json"
run registry-parties 0 --summary --feed="$registry_feed"
has_line out "  BJP has won 156 of 182 seats" "registry parties: the registry's short name"
LANGUAGE=hi run registry-parties-hindi 0 --summary --feed="$registry_feed"
has_line out "  भाजपा ने 182 में से 156 सीटें जीतीं" "registry parties, Hindi: the registry's Hindi short name"

run unknown-state 1 --summary --state=delhi
lines err 1 "unknown state: one line"
contains err "no state “delhi” in the feed; it has gujarat, himachal-pradesh" "unknown state: says which exist"

run missing-feed 1 --summary --feed="$tmp/none.json"
lines err 1 "missing feed: one line"
contains err "$tmp/none.json" "missing feed: names the file"

run check-default 0 --check-feed=resource:///io/github/matganana/Matganana/feeds/default.json
lines out 2 "check-feed: one line per state"
contains out "gujarat: Gujarat, 182 seats, majority 92, 4 parties, 182 reported, 0 decided" "check-feed: Gujarat line"
contains out "himachal-pradesh: Himachal Pradesh, 68 seats, majority 35, 3 parties, 68 reported, 39 decided" "check-feed: Himachal line"

# The bundled final results of 2022, seat by seat (build-aux/make-final-feed):
# 179 of Gujarat's 182 seats are listed, the others said to have no data,
# and the official totals stand.
final=resource:///io/github/matganana/Matganana/feeds/final-2022.json
run check-final 0 --check-feed="$final"
lines out 2 "final 2022: check-feed, one line per state"
has_line out "gujarat: Gujarat, 182 seats, majority 92, 71 parties, 182 reported, 182 decided" \
  "final 2022: check-feed Gujarat line"
has_line out "himachal-pradesh: Himachal Pradesh, 68 seats, majority 35, 15 parties, 68 reported, 68 decided" \
  "final 2022: check-feed Himachal line"
LC_ALL=C.UTF-8 TZ=UTC run summary-final 0 --summary --feed="$final"
has_line out "  BJP has won 156 of 182 seats" "final 2022: Gujarat headline"
has_line out "  182 seats · Majority mark 92 · BJP has won a majority · 182 of 182 seats decided, 3 with no details in this file" \
  "final 2022: Gujarat's seats without details"
has_line out "  Bharatiya Janata Party                                  156        0    156     +57     53.4" \
  "final 2022: BJP's official total, seats without details included"
has_line out "  Congress has won 40 of 68 seats" "final 2022: Himachal headline"
has_line out "  Final result · updated 8 Dec 2022, 20:00 IST" "final 2022: final, declared in the evening"
lines err 0 "final 2022: summary prints nothing on stderr"
# Its source credited as tests/data/README.md (and the About dialog) says.
has_line out "Source: The Election Commission of India’s results as compiled by the Trivedi Centre for Political Data (TCPD), taken from the ElectionLens project’s data (MIT licence)" \
  "final 2022: the Trivedi Centre and ElectionLens credited"
LANGUAGE=hi run summary-final-hindi 0 --summary --feed="$final" --state=himachal-pradesh
has_line out "स्रोत: भारत निर्वाचन आयोग के नतीजे, त्रिवेदी सेंटर फ़ॉर पॉलिटिकल डेटा (TCPD) द्वारा संकलित, ElectionLens परियोजना के डेटा से लिए गए (MIT लाइसेंस)" \
  "final 2022, Hindi: the same credit"
run final-no-data-seat 1 --summary --feed="$final" --state=gujarat --constituency=38
has_line err "matganana: constituency 38 of Gujarat: no data in this file" "final 2022: a seat the file lacks"
run final-no-seat 1 --summary --feed="$final" --state=gujarat --constituency=183
has_line err "matganana: no constituency 183 in Gujarat" "final 2022: a seat the state does not have"

for feed in "$feeds"/good-*.json; do
  run "check $(basename "$feed")" 0 --check-feed="$feed"
done

# Every bad feed: exit 1, nothing on stdout, one line naming the feed and the reason.
for feed in "$feeds"/bad-*.json; do
  name=$(basename "$feed" .json)
  expected="matganana: $feed: $(cat "$feeds/$name.err")"
  run "check $name" 1 --check-feed="$feed"
  actual=$(cat "$tmp/err")
  if [ "$actual" = "$expected" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && [ ! -s "$tmp/out" ]; then
    ok "check $name: one line naming the place and the reason"
  else
    not_ok "check $name: message" "expected: $expected" "actual:   $actual"
  fi
done

# Results CSV files (Lok Dhaba layout), the real ones.
data="$src/data"
run csv-himachal 0 --summary --feed="$data/tcpd-ae-himachal-pradesh-2022.csv"
if grep -Eq '^  Indian National Congress +40 +0 +40 ' "$tmp/out"; then ok "Himachal CSV: Congress won 40"; else not_ok "Himachal CSV: Congress won 40" "$(cat "$tmp/out")"; fi
if grep -Eq '^  Bharatiya Janata Party +25 +0 +25 ' "$tmp/out"; then ok "Himachal CSV: BJP won 25"; else not_ok "Himachal CSV: BJP won 25" "$(cat "$tmp/out")"; fi
if grep -Eq '^  Independents +3 +0 +3 ' "$tmp/out"; then ok "Himachal CSV: independents won 3"; else not_ok "Himachal CSV: independents won 3" "$(cat "$tmp/out")"; fi
contains out "68 seats · Majority mark 35 · Congress has won a majority · 68 of 68 seats decided" "Himachal CSV: 68 of 68"
run csv-gujarat 0 --summary --feed="$data/tcpd-ae-gujarat-2022.csv"
contains out "182 seats · Majority mark 92 · BJP has won a majority · 179 results of 182 seats, 3 with no data in this file" "Gujarat CSV: 179 results of 182 seats"
# One seat of Gujarat's 182 in the file: "1 result", the plural following
# the seats with a result, not the 181 without.
printf '%s\n' "State_Name,Assembly_No,Constituency_No,Year,Poll_No,Position,Candidate,Party,Votes,Constituency_Name" \
  "Gujarat,15,1,2022,0,1,Z,BJP,800,ABDASA" "Gujarat,15,1,2022,0,2,W,INC,500,ABDASA" >"$tmp/one-seat.csv"
run csv-one-seat 0 --summary --feed="$tmp/one-seat.csv"
has_line out "  182 seats · Majority mark 92 · BJP needs 91 more seats · 1 result of 182 seats, 181 with no data in this file" \
  "one-seat CSV: 1 result of 182 seats"
LANGUAGE=hi run csv-one-seat-hindi 0 --summary --feed="$tmp/one-seat.csv"
has_line out "  182 सीटें · बहुमत का आंकड़ा 92 · भाजपा को 91 और सीटें चाहिए · 182 में से 1 सीट के नतीजे, 181 का इस फ़ाइल में डेटा नहीं" \
  "one-seat CSV, Hindi: 1 सीट के नतीजे"
# Both Gujarat elections in one file: the change from 2017, party by party
# and seat by seat.
{ cat "$data/tcpd-ae-gujarat-2017.csv"; tail -n +2 "$data/tcpd-ae-gujarat-2022.csv"; } >"$tmp/gujarat-both.csv"
run csv-gujarat-both 0 --summary --feed="$tmp/gujarat-both.csv"
if grep -Eq '^  Bharatiya Janata Party +153 +0 +153 +\+55 ' "$tmp/out"; then ok "Gujarat 2017 and 2022: BJP +55"; else not_ok "Gujarat 2017 and 2022: BJP +55" "$(cat "$tmp/out")"; fi
if grep -Eq '^  Indian National Congress +17 +0 +17 +−58 ' "$tmp/out"; then ok "Gujarat 2017 and 2022: Congress −58"; else not_ok "Gujarat 2017 and 2022: Congress −58" "$(cat "$tmp/out")"; fi
run csv-gujarat-seat 0 --summary --feed="$tmp/gujarat-both.csv" --state=gujarat --constituency=1
contains out "Gain from Congress" "Gujarat seat 1: a gain from Congress"
contains out "Held by Congress in 2017, by 9,746 votes" "Gujarat seat 1: its 2017 holder"
run csv-gujarat-changes 0 --summary --changes --feed="$tmp/gujarat-both.csv"
has_line out "  79 of 179 seats changed hands since 2017" "changes: how many seats changed hands"
has_line out "  Party         Gained  Lost  Net" "changes: the gains and losses table's heading"
has_line out "  BJP               63     8  +55" "changes: a party's seats gained, lost and net"
has_line out "  Congress           7    65  −58" "changes: a net loss with its minus sign"
has_line out "  Congress      BJP              61" "changes: from whom, the largest flow"
has_line out "  NCP           SP                1" "changes: from whom, one seat"
has_line out "  Congress      41.3%  27.7%           −13.6" "changes: the largest swing in vote share first"
has_line out "  AAP            0.1%  13.1%           +13.0" "changes: a gain in vote share"
has_line out "    1  ABDASA               Congress      BJP            9,431" "changes: a seat that changed hands, with its margin"
lacks out "    2  MANDVI" "changes: a seat held is not listed"
run csv-himachal-changes 0 --summary --changes --state=himachal-pradesh --feed="$data/tcpd-ae-himachal-pradesh-2022.csv"
has_line out "  No earlier result of its seats to compare with" "changes: none to compare with"
run usage-changes-alone 2 --changes
run usage-at-alone 2 --at=12:00
lines err 1 "--at alone: one line"
run usage-history-and-summary 2 --history --summary
run history-none 1 --history --feed="$tmp/never-fetched.json"
contains err "no snapshot of $tmp/never-fetched.json is stored" "--history with nothing stored: says so"
run usage-changes-seat 2 --summary --changes --state=gujarat --constituency=1

# A folder of snapshot files is a recorded count: --history lists its feeds
# in name order (2 before 10) at their own times, --at picks from them and
# plain --summary takes the last; a file that is not a feed is skipped with
# a line naming it, and nothing is written, neither cache nor history.
snaps="$tmp/snapshots"
mkdir "$snaps"
# snapshot NAME UPDATED WON LEADING: the bundled feed with Himachal's
# Congress on WON won and LEADING leading, at UPDATED.
snapshot() {
  sed -e "0,/\"updated\": \"2022-12-08T13:05:00+05:30\"/s//\"updated\": \"$2\"/" \
      -e "0,/\"won\": 22,/s//\"won\": $3,/" -e "0,/\"leading\": 17,/s//\"leading\": $4,/" \
      "$src/../data/feeds/default.json" >"$snaps/$1"
}
snapshot 1.json 2022-12-08T09:30:00+05:30 22 17
snapshot 2.json 2022-12-08T11:40:00+05:30 30 9
snapshot 10.json 2022-12-08T13:05:00+05:30 35 4
XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" run folder-history 0 --history --feed="$snaps"
lines out 3 "folder --history: a line per snapshot"
lines err 0 "folder --history: nothing on stderr"
if [ "$(cut -d' ' -f2 "$tmp/out" | tr '\n' ' ')" = "(1.json): (2.json): (10.json): " ]; then ok "folder --history: in name order, 2 before 10"; else not_ok "folder --history: in name order, 2 before 10" "$(cat "$tmp/out")"; fi
has_line out "2022-12-08T11:40:00+05:30 (2.json): Gujarat: BJP 0 won + 158 leading; Himachal Pradesh: Congress 30 won + 9 leading" \
  "folder --history: the feed's time, the file and the leaders"
XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" run folder-summary 0 --summary --feed="$snaps" --state=himachal-pradesh
has_line out "  Congress ahead in 39 of 68 seats (35 won, 4 leading)" "folder --summary: the last snapshot"
XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" run folder-at 0 --summary --at=11:45 --feed="file://$snaps" --state=himachal-pradesh
has_line out "  Congress ahead in 39 of 68 seats (30 won, 9 leading)" "folder --at 11:45: the snapshot of 11:40"
has_line out "  Counting · updated 8 Dec 2022, 11:40 IST" "folder --at 11:45: its own time"
lines err 0 "folder --at: nothing on stderr"
run folder-at-iso 0 --summary --at=2022-12-08T09:30:00+05:30 --feed="$snaps" --state=himachal-pradesh
has_line out "  Congress ahead in 39 of 68 seats (22 won, 17 leading)" "folder --at ISO 8601: the first snapshot"
run folder-export-at 0 --export-summary="$tmp/folder.pdf" --at=09:30 --feed="$snaps"
if [ -s "$tmp/folder.pdf" ]; then ok "folder --export-summary --at: a PDF"; else not_ok "folder --export-summary --at: a PDF"; fi
# The PDF holds the first snapshot's numbers (Congress 22 won, 17 leading),
# not the last's (35 and 4).
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -layout "$tmp/folder.pdf" "$tmp/folder.txt"
  contains folder.txt "Counting · updated 8 Dec 2022, 09:30 IST" "folder --export-summary --at: the first snapshot's time"
  contains folder.txt "Congress ahead in 39 of 68 seats (22 won, 17 leading)" "folder --export-summary --at: the first snapshot's headline"
  if grep -Eq '^ *Congress +22 +17 +39 ' "$tmp/folder.txt"; then ok "folder --export-summary --at: the first snapshot's Congress row"; else not_ok "folder --export-summary --at: the first snapshot's Congress row" "$(grep Congress "$tmp/folder.txt")"; fi
  lacks folder.txt "35 won, 4 leading" "folder --export-summary --at: not the last snapshot's numbers"
else
  echo "# pdftotext missing: the PDF's text is not checked"
fi
# --export-csv --at: the seats as the first snapshot had them (Kalol, 127,
# led by D of Congress by 500), not as the last (E of the BJP, by 9,500).
seat_snaps="$tmp/seat-snapshots"
mkdir "$seat_snaps"
sed -e 's/"updated": "2022-12-08T13:05:00+05:30"/"updated": "2022-12-08T09:30:00+05:30"/' \
  "$feeds/good-seats.json" >"$seat_snaps/1.json"
sed -e 's/"votes": 29500/"votes": 39500/' "$feeds/good-seats.json" >"$seat_snaps/2.json"
run folder-csv-at 0 --export-csv="$tmp/folder-at.csv" --at=10:00 --feed="$seat_snaps"
cp "$tmp/folder-at.csv" "$tmp/out"
contains out "gujarat,127,Kalol,,counting,12/20,D,inc,30000,E,bjp,29500,500," "folder --export-csv --at: the first snapshot's seat"
lacks out "39500" "folder --export-csv --at: not the last snapshot's votes"
run folder-csv-last 0 --export-csv="$tmp/folder-last.csv" --feed="$seat_snaps"
cp "$tmp/folder-last.csv" "$tmp/out"
contains out "gujarat,127,Kalol,,counting,12/20,E,bjp,39500,D,inc,30000,9500," "folder --export-csv without --at: the last snapshot's seat"
run folder-at-early 1 --summary --at=09:00 --feed="$snaps"
lines err 1 "folder --at before the first: one line"
contains err "the first snapshot is of 8 Dec 2022, 09:30 IST" "folder --at before the first: says when the first is"
if [ ! -e "$tmp/data" ] && [ ! -e "$tmp/cache" ]; then ok "folder: no history, no cache written"; else not_ok "folder: no history, no cache written" "$(find "$tmp/data" "$tmp/cache" 2>&1)"; fi
echo "Counting resumes at 14:30." >"$snaps/notes.txt"
run folder-skipped 0 --history --feed="$snaps"
lines out 3 "folder with a file not a feed: the rest listed"
lines err 1 "folder with a file not a feed: one line for it"
contains err "matganana: skipped a snapshot: $snaps/notes.txt: line 1" "folder with a file not a feed: names it and why"
if [ "$(ls "$snaps" | wc -l)" -eq 4 ]; then ok "folder: nothing written into it"; else not_ok "folder: nothing written into it" "$(ls "$snaps")"; fi
mkdir "$tmp/empty-folder"
run folder-empty 1 --history --feed="$tmp/empty-folder"
lines err 1 "empty folder: one line"
has_line err "matganana: $tmp/empty-folder: no snapshot files in this folder" "empty folder: names it"
mkdir "$tmp/bad-folder"
printf '{' >"$tmp/bad-folder/a.json"
: >"$tmp/bad-folder/b.json"
run folder-bad 1 --summary --feed="$tmp/bad-folder"
lines err 1 "folder of no feed: one line"
contains err "matganana: $tmp/bad-folder: none of the 2 files in this folder is a feed; the first: $tmp/bad-folder/a.json: " \
  "folder of no feed: names the folder, the first file and why"
lines out 0 "folder of no feed: nothing on stdout"
# --convert writes a version 2 feed that --check-feed accepts, showing the
# same results.
for csv in "$data"/*.csv "$tmp/gujarat-both.csv"; do
  name=$(basename "$csv" .csv)
  run "convert $name" 0 --convert="$tmp/$name.json" --feed="$csv"
  run "check $name" 0 --check-feed="$tmp/$name.json"
  cp "$tmp/out" "$tmp/check-json"
  run "check $name.csv" 0 --check-feed="$csv"
  if cmp -s "$tmp/out" "$tmp/check-json"; then ok "convert $name: the same results"; else not_ok "convert $name: the same results" "$(diff "$tmp/out" "$tmp/check-json")"; fi
  # The summary and what changed, gaps and vote swings included, read the same.
  run "summary $name.json" 0 --summary --changes --feed="$tmp/$name.json"
  cp "$tmp/out" "$tmp/summary-json"
  run "summary $name.csv" 0 --summary --changes --feed="$csv"
  if cmp -s "$tmp/out" "$tmp/summary-json"; then ok "convert $name: the same summary and changes"; else not_ok "convert $name: the same summary and changes" "$(diff "$tmp/out" "$tmp/summary-json")"; fi
done
printf 'State_Name,Year,Constituency_No,Constituency_Name,Candidate,Party,Votes\nGujarat,2022,1,A,B,BJP,12a\n' >"$tmp/bad.csv"
run csv-bad 1 --summary --feed="$tmp/bad.csv"
has_line err "matganana: $tmp/bad.csv: line 2: column Votes: “12a” is not a whole number" "bad CSV: one line naming the file, line and column"
# A file named .csv that is no results file says so, not that it is not JSON.
echo "Counting resumes at 14:30." >"$tmp/results.csv"
not_results="line 1: no columns State_Name, Year, Constituency_No, Constituency_Name, Candidate, Party, Votes; this is not a Lok Dhaba results file"
run csv-not-results 1 --summary --feed="$tmp/results.csv"
lines err 1 "a text file named .csv: one line"
has_line err "matganana: $tmp/results.csv: $not_results" "a text file named .csv: not a results file, naming the columns it lacks"
run csv-not-results-uri 1 --check-feed="file://$tmp/results.csv"
has_line err "matganana: $tmp/results.csv: $not_results" "a text file named .csv, as a file:// URI: the same line"
run convert-not-results 1 --convert="$tmp/never.json" --feed="$tmp/results.csv"
has_line err "matganana: $tmp/results.csv: $not_results" "--convert of a text file named .csv: the same line"
run convert-bad 1 --convert="$tmp/never.json" --feed="$tmp/bad.csv"
if [ ! -e "$tmp/never.json" ]; then ok "convert-bad: nothing written"; else not_ok "convert-bad: nothing written"; fi
run convert-unwritable 1 --convert=/nonexistent/x.json --feed="$data/tcpd-ae-himachal-pradesh-2022.csv"
lines err 1 "convert-unwritable: one line"

run usage-unknown-option 2 --frobnicate
lines err 1 "usage error: one line"
contains err "Unknown option --frobnicate" "usage error: names the option"
run usage-both-modes 2 --summary --check-feed=x
# A general election: the generated Lok Sabha feed (36 states and union
# territories, 543 seats), still counting. What each alliance won and leads
# in is counted here from the feed's own candidates, by a second hand.
python3 "$src/make-general-election.py" "$tmp/general.json" --counting 2>/dev/null
run by-alliance 0 --summary --by-alliance --feed="$tmp/general.json"
has_line out "Lok Sabha" "by alliance: the house comes first"
contains out "  543 seats · Majority mark 272 · " "by alliance: the house's seats and majority mark"
if grep -Eq '^  Alliance or party +Won +Leading +Total$' "$tmp/out"; then ok "by alliance: the table's heading"; else not_ok "by alliance: the table's heading" "$(head -n 8 "$tmp/out")"; fi
python3 - "$tmp/general.json" >"$tmp/expected" <<'PY'
import json, sys
feed = json.load(open(sys.argv[1], encoding="utf-8"))
alliance_of = {p: a["name"]["en"] for a in feed["alliances"] for p in a["parties"]}
count = {a["name"]["en"]: [0, 0] for a in feed["alliances"]}
for state in feed["states"]:
    for seat in state["constituencies"]:
        leader = max(seat["candidates"], key=lambda c: c["votes"])
        name = alliance_of.get(leader["party"])
        if name:
            count[name][0 if seat["status"] == "declared" else 1] += 1
for name, (won, leading) in count.items():
    print(name, won, leading, won + leading)
PY
while read -r name won leading total; do
  if grep -m 1 -E "^  $name +[0-9]" "$tmp/out" | grep -Eq "^  $name +$won +$leading +$total$"; then
    ok "by alliance: $name won $won, leads in $leading"
  else
    not_ok "by alliance: $name won $won, leads in $leading" "$(grep -m 1 -E "^  $name " "$tmp/out")"
  fi
done <"$tmp/expected"
nda_total=$(awk '$1 == "NDA" { print $4 }' "$tmp/expected")
contains out "NDA ahead in $nda_total of 543 seats" "by alliance: the headline speaks of the alliance"
if grep -A1 -E '^  NDA +[0-9]' "$tmp/out" | head -n 2 | grep -Eq '^    Bharatiya Janata Party +[0-9]'; then
  ok "by alliance: the alliance's biggest party beneath it"
else
  not_ok "by alliance: the alliance's biggest party beneath it" "$(grep -A2 -E '^  NDA ' "$tmp/out" | head -n 3)"
fi
run by-alliance-state 0 --summary --by-alliance --feed="$tmp/general.json" --state=goa
lacks out "Lok Sabha" "by alliance with --state: that state alone"
has_line out "Goa" "by alliance with --state: the state's name"
run by-alliance-alone 2 --by-alliance
contains err "--by-alliance goes with --summary" "--by-alliance alone: says what it goes with"
run general-check 0 --check-feed="$tmp/general.json"
lines out 36 "the general election: a line for each of its 36 states and union territories"

run usage-extra-argument 2 --summary extra
run usage-empty-value 2 --summary --feed=

tap_end
