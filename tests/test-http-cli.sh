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

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }

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

mkdir -p "$tmp/snapshots"
cp "$src/../data/feeds/default.json" "$tmp/snapshots/01.json"
start_server replay --period=3600 "$tmp/snapshots"

summary "http feed" 0 "${base}feed.json"
contains out "BJP leads in 158 of 182 seats" "http feed: the results"
if ls "$XDG_CACHE_HOME"/matganana/*.json >/dev/null 2>&1; then ok "http feed: cached"; else not_ok "http feed: cached"; fi

# The scheme in any case is still a web address.
upper=$(printf '%s' "$base" | sed 's/^http/HTTP/')
summary "HTTP in capitals" 0 "${upper}feed.json"
contains out "BJP leads in 158 of 182 seats" "HTTP in capitals: the results"

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

echo "1..$n"
[ "$failed" -eq 0 ]
