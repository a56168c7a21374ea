#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion, sourced into bash as bash-completion loads it: the
# options (every one --help-all prints), file names for the options that
# take a file, and the state ids of the feed on the line for --state.
# Usage: test-completion.sh MATGANANA COMPLETION SOURCE_DIR   (prints TAP)
set -u
bin=$1
completion=$2
top=$3
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LC_ALL= LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bash_completion=/usr/share/bash-completion/bash_completion
if [ ! -f "$bash_completion" ]; then
  echo "1..0 # SKIP bash-completion is not installed"
  exit 0
fi
# shellcheck disable=SC1090
. "$bash_completion"
# shellcheck disable=SC1090
. "$completion"
# The program by its name, as users type it.
mkdir "$tmp/bin"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/matganana"
export PATH="$tmp/bin:$PATH"

. "$(dirname "$0")/tap.sh"

# complete LINE: COMPREPLY for LINE with the cursor at its end, the words
# split as bash splits them (at blanks, and COMP_WORDBREAKS characters in
# words of their own: "--feed=x" is "--feed" "=" "x").
complete_line() {
  local line=$1 word="" kind="" c i breaks=$COMP_WORDBREAKS
  COMP_WORDS=()
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ $c == " " ]]; then
      [[ -n $kind ]] && COMP_WORDS+=("$word")
      word="" kind=""
      continue
    fi
    if [[ $breaks == *"$c"* ]]; then new=break; else new=word; fi
    if [[ -n $kind && $kind != "$new" ]]; then
      COMP_WORDS+=("$word")
      word=""
    fi
    word+=$c kind=$new
  done
  COMP_WORDS+=("$word")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _matganana matganana "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
  reply=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
  reply=${reply% }
}

# expect LINE REPLY: the completions of LINE are REPLY (sorted, spaced).
expect() {
  complete_line "$1"
  if [[ $reply == "$2" ]]; then ok "“$1” completes to “$2”"; else not_ok "“$1” completes to “$reply”, expected “$2”"; fi
}

if complete -p matganana 2>/dev/null | grep -q -- "-F _matganana"; then ok "the completion is registered"; else not_ok "no completion registered for matganana"; fi

expect "matganana --sta" "--state="
expect "matganana --export-s" "--export-summary="
expect "matganana --ver" "--version"

# Every long option --help-all prints is offered, but the one D-Bus
# activation gives.
complete_line "matganana --"
missing=""
for option in $("$bin" --help-all | sed -n 's/^ *\(-[A-Za-z?], \)\{0,1\}\(--[a-z0-9-]*\)\(=*\).*/\2\3/p'); do
  [[ $option == --gapplication-service ]] && continue
  case " $reply " in *" $option "*) ;; *) missing="$missing $option" ;; esac
done
if [[ -z $missing ]]; then ok "“matganana --” offers every option of --help-all"; else not_ok "“matganana --” does not offer:$missing" "offered: $reply"; fi

# State ids, from the feed on the line.
expect "matganana --feed=$top/tests/data/tcpd-ae-himachal-pradesh-2022.csv --state=" "himachal-pradesh"
expect "matganana --feed=$top/data/feeds/default.json --state=" "gujarat himachal-pradesh"
expect "matganana --summary --feed=$top/data/feeds/final-2022.json --state=h" "himachal-pradesh"
expect "matganana -f $top/tests/data/tcpd-ae-gujarat-2022.csv -s " "gujarat"
expect "matganana --state=" "gujarat himachal-pradesh"
expect "matganana --feed=resource:///io/github/matganana/Matganana/feeds/final-2022.json --state=" \
  "gujarat himachal-pradesh"
# A folder of snapshots: its last file that is a feed.
mkdir "$tmp/count"
cp "$top/tests/data/tcpd-ae-gujarat-2022.csv" "$tmp/count/2.csv"
cp "$top/data/feeds/default.json" "$tmp/count/10.json"
echo "not a feed" >"$tmp/count/11.txt"
expect "matganana --feed=$tmp/count --state=" "gujarat himachal-pradesh"
# An http(s) feed: its copy in the cache, without the network (nothing
# listens on port 9).
mkdir -p "$tmp/cache/matganana"
uri=http://127.0.0.1:9/feed.json
hash=$(printf %s "$uri" | sha256sum)
cp "$top/tests/data/tcpd-ae-himachal-pradesh-2022.csv" "$tmp/cache/matganana/${hash%% *}.json"
XDG_CACHE_HOME=$tmp/cache expect "matganana --feed=$uri --state=" "himachal-pradesh"
# A feed that cannot be read offers nothing, quietly.
expect "matganana --feed=$tmp/missing.json --state=" ""
# The program named by its path, as from a build tree.
complete_line "$bin --feed=$top/data/feeds/default.json --state=g"
if [[ $reply == gujarat ]]; then ok "the program by its path"; else not_ok "the program by its path: “$reply”"; fi

# File names: only PDFs (and folders) for --export-summary.
mkdir "$tmp/files" "$tmp/files/sub"
touch "$tmp/files/a.pdf" "$tmp/files/b.csv" "$tmp/files/c.json" "$tmp/files/d.svg" "$tmp/files/e.png"
expect "matganana --export-summary=$tmp/files/" "$tmp/files/a.pdf $tmp/files/sub"
expect "matganana --export-csv $tmp/files/" "$tmp/files/b.csv $tmp/files/sub"
expect "matganana --convert=$tmp/files/" "$tmp/files/c.json $tmp/files/sub"
expect "matganana --export-chart=$tmp/files/" "$tmp/files/d.svg $tmp/files/e.png $tmp/files/sub"
expect "matganana --feed=$tmp/files/" \
  "$tmp/files/a.pdf $tmp/files/b.csv $tmp/files/c.json $tmp/files/d.svg $tmp/files/e.png $tmp/files/sub"
# Nothing to offer for numbers.
expect "matganana --constituency=" ""
expect "matganana --export-chart=x.png --width=" ""

tap_end
