#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --summary over HTTP against the replay server on 127.0.0.1: a good feed,
# the cache when the server is gone, and hostile servers (untrusted TLS,
# a stall, 20 MiB, a redirect loop, a web page) that must each end in
# exit 1 with one clear line within 20 s.
# Usage: test-http-cli.sh MATGANANA FEED_SERVER TESTS_SOURCE_DIR   (prints TAP)
set -u
bin=$1
server_bin=$2
src=$3
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LANGUAGE=
tmp=$(mktemp -d)
export XDG_CACHE_HOME="$tmp/cache"
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

. "$(dirname "$0")/tap.sh"

# start_server NAME ARGS...: runs the replay server, sets $base to its address.
start_server() {
  log="$tmp/$1.log"
  shift
  "$server_bin" "$@" >"$log" 2>&1 &
  pids="$pids $!"
  server_pid=$!
  for _ in $(seq 50); do
    base=$(sed -n 's/^Serving .* at \(https*:\/\/[^ ]*\)feed.json.*/\1/p' "$log")
    [ -n "$base" ] && return 0
    sleep 0.1
  done
  echo "# the replay server did not start: $(cat "$log")"
  exit 1
}

# summary NAME STATUS URL: runs --summary on URL, checks the status, one
# stderr line at most, and 20 s at most.
summary() {
  name=$1 want=$2 url=$3
  start=$(date +%s)
  "$bin" --summary --feed="$url" >"$tmp/out" 2>"$tmp/err"
  status=$?
  took=$(( $(date +%s) - start ))
  if [ "$status" -eq "$want" ]; then ok "$name: exit $want"; else not_ok "$name: exit $status, expected $want" "$(cat "$tmp/err")"; fi
  if [ "$took" -le 20 ]; then ok "$name: within 20 s ($took s)"; else not_ok "$name: took $took s"; fi
  if [ "$(wc -l <"$tmp/err")" -le 1 ]; then ok "$name: at most one line on stderr"; else not_ok "$name: stderr" "$(cat "$tmp/err")"; fi
}
contains() {
  if grep -qF -- "$2" "$tmp/$1"; then ok "$3"; else not_ok "$3" "no “$2” in $1:" "$(cat "$tmp/$1")"; fi
}
has_line() {
  if grep -qxF -- "$2" "$tmp/$1"; then ok "$3"; else not_ok "$3" "no line “$2” in $1:" "$(cat "$tmp/$1")"; fi
}
matches() {
  if grep -Eq -- "$2" "$tmp/$1"; then ok "$3"; else not_ok "$3" "no line like “$2” in $1:" "$(cat "$tmp/$1")"; fi
}

mkdir -p "$tmp/snapshots"
cp "$src/../data/feeds/default.json" "$tmp/snapshots/01.json"
# Results CSV files too: the real Himachal file by its name and, typed
# text/csv, under a name that says nothing; a text file typed text/csv.
himachal="$src/data/tcpd-ae-himachal-pradesh-2022.csv"
echo "Counting resumes at 14:30." >"$tmp/notes.csv"
start_server replay --period=3600 --file=/himachal.csv="$himachal" --file=/results="$himachal" \
  --file=/notes="$tmp/notes.csv" "$tmp/snapshots"

summary "http feed" 0 "${base}feed.json"
contains out "BJP leads in 158 of 182 seats" "http feed: the results"
if ls "$XDG_CACHE_HOME"/matganana/*.json >/dev/null 2>&1; then ok "http feed: cached"; else not_ok "http feed: cached"; fi

# The scheme in any case is still a web address.
upper=$(printf '%s' "$base" | sed 's/^http/HTTP/')
summary "HTTP in capitals" 0 "${upper}feed.json"
contains out "BJP leads in 158 of 182 seats" "HTTP in capitals: the results"

# A results CSV over http reads as the file does: Congress 40, BJP 25 and
# independents 3 of Himachal's 68 seats.
for path in himachal.csv results; do
  summary "http csv /$path" 0 "${base}$path"
  matches out '^  Indian National Congress +40 +0 +40 ' "http csv /$path: Congress won 40"
  matches out '^  Bharatiya Janata Party +25 +0 +25 ' "http csv /$path: BJP won 25"
  matches out '^  Independents +3 +0 +3 ' "http csv /$path: independents won 3"
  contains out "68 seats · Majority mark 35 · Congress has won a majority · 68 of 68 seats decided" \
    "http csv /$path: 68 of 68 seats"
done
# Served as text/csv but no results file: says so, not that it is not JSON.
summary "http text/csv, not results" 1 "${base}notes"
has_line err "matganana: ${base}notes: line 1: no columns State_Name, Year, Constituency_No, Constituency_Name, Candidate, Party, Votes; this is not a Lok Dhaba results file" \
  "http text/csv, not results: names the columns it lacks"

summary "web page" 1 "${base}html"
contains err "the server sent a web page (text/html), not a feed" "web page: says so"
summary "redirect loop" 1 "${base}loop"
contains err "more than 5 redirects" "redirect loop: says so"
summary "20 MiB body" 1 "${base}big"
contains err "larger than the 8 MiB limit" "20 MiB body: says so"
summary "stalled server" 1 "${base}stall"
contains err "no complete answer within 15 seconds" "stalled server: says so"

# The server goes away: the cached copy, marked stale, and exit 0.
kill "$server_pid"
wait "$server_pid" 2>/dev/null
summary "server gone, cache" 0 "${base}feed.json"
contains out "BJP leads in 158 of 182 seats" "server gone: the cached results"
contains err "stale, as of" "server gone: says the results are stale"
XDG_CACHE_HOME="$tmp/empty-cache" summary "server gone, no cache" 1 "${base}feed.json"
contains err "could not reach the server" "no cache: says why"

# History: three snapshots served in turn (BJP leading in 150, then 155,
# then 158), each fetched by --summary and stored; --history lists three;
# --summary --at the first one's time prints its numbers with the server
# gone. Fetches of a snapshot already stored add nothing.
export XDG_DATA_HOME="$tmp/data"
mkdir -p "$tmp/three"
for lead in 150 155 158; do
  python3 - "$src/../data/feeds/default.json" "$tmp/three/$lead.json" "$lead" <<'PY'
import json, sys
feed = json.load(open(sys.argv[1]))
feed["states"][0]["parties"][0]["leading"] = int(sys.argv[3])
json.dump(feed, open(sys.argv[2], "w"), ensure_ascii=False)
PY
done
start_server three --period=1 "$tmp/three"
stored=0
for _ in $(seq 60); do
  "$bin" --summary --feed="${base}feed.json" >/dev/null 2>&1
  now=$("$bin" --history --feed="${base}feed.json" 2>/dev/null | wc -l)
  # A second apart at least, so that --at to the second tells them apart.
  [ "$now" -gt "$stored" ] && sleep 1.1
  stored=$now
  [ "$stored" -ge 3 ] && break
  sleep 0.2
done
kill "$server_pid" 2>/dev/null
wait "$server_pid" 2>/dev/null
"$bin" --history --feed="${base}feed.json" >"$tmp/out" 2>"$tmp/err"
if [ "$?" -eq 0 ]; then ok "--history: exit 0"; else not_ok "--history: exit 0" "$(cat "$tmp/err")"; fi
if [ "$(wc -l <"$tmp/out")" -eq 3 ]; then ok "--history: three snapshots"; else not_ok "--history: three snapshots" "$(cat "$tmp/out")"; fi
i=0
for lead in 150 155 158; do
  i=$((i + 1))
  if sed -n "${i}p" "$tmp/out" | grep -q "Gujarat: BJP 0 won + $lead leading; Himachal Pradesh: "; then
    ok "--history: snapshot $i, BJP leading in $lead"
  else
    not_ok "--history: snapshot $i, BJP leading in $lead" "$(cat "$tmp/out")"
  fi
done
first=$(sed -n '1s/.*(fetched \([^)]*\)).*/\1/p' "$tmp/out")
"$bin" --summary --at="$first" --feed="${base}feed.json" >"$tmp/at" 2>"$tmp/err"
if [ "$?" -eq 0 ]; then ok "--summary --at: exit 0 with the server gone"; else not_ok "--summary --at: exit 0" "$(cat "$tmp/err")"; fi
contains at "BJP leads in 150 of 182 seats" "--summary --at the first snapshot's time: its numbers"
# The PDF of that time holds the same numbers.
"$bin" --export-summary="$tmp/at.pdf" --at="$first" --feed="${base}feed.json" >"$tmp/out" 2>"$tmp/err"
if [ "$?" -eq 0 ]; then ok "--export-summary --at: exit 0"; else not_ok "--export-summary --at: exit 0" "$(cat "$tmp/err")"; fi
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -layout "$tmp/at.pdf" "$tmp/at.txt"
  contains at.txt "BJP leads in 150 of 182 seats" "--export-summary --at the first snapshot's time: its numbers"
else
  echo "# pdftotext missing: the PDF's text is not checked"
fi
"$bin" --summary --at="2000-01-01T00:00:00Z" --feed="${base}feed.json" >"$tmp/out" 2>"$tmp/err"
if [ "$?" -eq 1 ]; then ok "--at before the first snapshot: exit 1"; else not_ok "--at before the first snapshot: exit 1"; fi
contains err "nothing stored so early" "--at before the first snapshot: says so"
# A snapshot cut short is skipped with a warning; the others still list.
gz=$(ls "$XDG_DATA_HOME"/matganana/history/*/*.json.gz | sed -n 2p)
head -c 20 "$gz" >"$gz.cut" && mv "$gz.cut" "$gz"
"$bin" --history --feed="${base}feed.json" >"$tmp/out" 2>"$tmp/err"
if [ "$?" -eq 0 ] && [ "$(wc -l <"$tmp/out")" -eq 2 ]; then ok "a damaged snapshot: the others still list"; else not_ok "a damaged snapshot: the others still list" "$(cat "$tmp/out" "$tmp/err")"; fi
contains err "skipped a snapshot: $gz" "a damaged snapshot: named on stderr"

# The history-limit-mib setting, set with gsettings in a key file of the
# test's own: at 0 --summary stores nothing; set back, it stores again.
if command -v gsettings >/dev/null 2>&1; then
  export XDG_DATA_HOME="$tmp/data-limit"
  settings() { XDG_CONFIG_HOME="$tmp/config" GSETTINGS_BACKEND=keyfile gsettings "$@"; }
  settings set io.github.matganana.Matganana history-limit-mib 0
  start_server limit --period=3600 "$tmp/snapshots"
  XDG_CONFIG_HOME="$tmp/config" GSETTINGS_BACKEND=keyfile summary "history-limit-mib 0" 0 "${base}feed.json"
  contains out "BJP leads in 158 of 182 seats" "history-limit-mib 0: the results"
  if [ ! -e "$XDG_DATA_HOME/matganana/history" ]; then ok "history-limit-mib 0: nothing stored"; else not_ok "history-limit-mib 0: nothing stored" "$(find "$XDG_DATA_HOME")"; fi
  settings reset io.github.matganana.Matganana history-limit-mib
  XDG_CONFIG_HOME="$tmp/config" GSETTINGS_BACKEND=keyfile summary "history-limit-mib reset" 0 "${base}feed.json"
  "$bin" --history --feed="${base}feed.json" >"$tmp/out" 2>"$tmp/err"
  if [ "$(wc -l <"$tmp/out")" -eq 1 ]; then ok "history-limit-mib reset: stored again"; else not_ok "history-limit-mib reset: stored again" "$(cat "$tmp/out" "$tmp/err")"; fi
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
else
  echo "# gsettings missing: the history-limit-mib case is not run"
fi

# An https server whose certificate nobody signed.
if command -v openssl >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -keyout "$tmp/key.pem" -out "$tmp/cert.pem" >/dev/null 2>&1
  start_server tls --tls-cert="$tmp/cert.pem" --tls-key="$tmp/key.pem" "$tmp/snapshots"
  summary "untrusted certificate" 1 "${base}feed.json"
  contains err "certificate is not trusted" "untrusted certificate: says so"
else
  echo "# openssl missing: the TLS case is not run"
fi

tap_end
