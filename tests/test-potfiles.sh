#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with strings for translation is in po/POTFILES.in (else its
# strings never reach the translators, and the Hindi interface shows them
# in English), every file listed there exists, and the Hindi translation
# has every string of the program's code and interfaces, none fuzzy.
# Usage: test-potfiles.sh SOURCE_DIR   (prints TAP)
set -u
top=$1
cd "$top" || exit 1

. "$(dirname "$0")/tap.sh"

listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$' | sort)
translatable=$( (grep -l -E '\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' src/*.c; grep -l 'translatable="yes"' ui/*.ui;
                 ls data/*.desktop.in* data/*.metainfo.xml.in* data/*.gschema.xml 2>/dev/null) | sort -u)

for file in $translatable; do
  if printf '%s\n' "$listed" | grep -qx "$file"; then ok "$file is listed"; else not_ok "$file has strings for translation but is not in po/POTFILES.in"; fi
done
for file in $listed; do
  if [ -f "$file" ]; then ok "$file exists"; else not_ok "po/POTFILES.in lists $file, which does not exist"; fi
done

# The strings as they are now, not as the committed template has them.
if command -v xgettext >/dev/null && command -v msgmerge >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  printf '%s\n' "$listed" | grep -E '^(src|ui)/' >"$tmp/files"
  xgettext --files-from="$tmp/files" --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
    --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 -o "$tmp/strings.pot"
  msgmerge -q --output="$tmp/hi.po" po/hi.po "$tmp/strings.pot"
  # "N translated messages, M fuzzy translations, K untranslated messages."
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/hi.po" 2>&1)
  translated=$(echo "$stats" | sed -n 's/^\([0-9]*\) translated.*/\1/p')
  fuzzy=$(echo "$stats" | sed -n 's/.* \([0-9]*\) fuzzy.*/\1/p')
  untranslated=$(echo "$stats" | sed -n 's/.* \([0-9]*\) untranslated.*/\1/p')
  total=$((${translated:-0} + ${fuzzy:-0} + ${untranslated:-0}))
  fuzzy=${fuzzy:-0} untranslated=${untranslated:-0}
  if [ "$untranslated" -eq 0 ] && [ "$fuzzy" -eq 0 ]; then
    ok "po/hi.po translates all $total strings"
  else
    not_ok "po/hi.po leaves $untranslated of $total strings untranslated and $fuzzy fuzzy" \
      "$(msgattrib --untranslated --no-obsolete "$tmp/hi.po" | sed -n 's/^msgid //p' | head -20)" \
      "$(msgattrib --only-fuzzy --no-obsolete "$tmp/hi.po" | sed -n 's/^msgid //p' | head -20)"
  fi
else
  not_ok "xgettext and msgmerge (gettext) are needed"
fi
tap_end
