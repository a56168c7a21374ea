#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into its prefix, launches Matganana from its desktop file
# through D-Bus activation (gtk-launch), and reads the window as a screen
# reader does: the state tabs must be tabs named after the states, and Alt+2
# must select Himachal Pradesh.
# Usage: test-desktop-launch.sh BUILD_DIR PREFIX TESTS_SOURCE_DIR
# Needs an X server ($DISPLAY). Exits 77 (skipped) when PREFIX is not inside
# BUILD_DIR: it never installs anywhere else.
set -eu
build=$1
prefix=$2
src=$3
app_id=io.github.matganana.Matganana

case "$prefix" in
  "$build"/*) ;;
  *) echo "prefix $prefix is outside the build directory; not installing there"; exit 77 ;;
esac
[ -n "${DISPLAY:-}" ] || { echo "no X server"; exit 77; }

launcher=$(command -v gtk-launch || command -v gtk4-launch || true)
[ -n "$launcher" ] || { echo "no gtk-launch"; exit 77; }

meson install -C "$build" --no-rebuild --quiet >/dev/null

for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
         "dbus-1/services/$app_id.service" "glib-2.0/schemas/gschemas.compiled" \
         "icons/hicolor/scalable/apps/$app_id.svg" \
         "icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
         "locale/hi/LC_MESSAGES/matganana.mo"; do
  [ -f "$prefix/share/$f" ] || { echo "not installed: $prefix/share/$f"; exit 1; }
done
grep -q "^Exec=$prefix/bin/matganana --gapplication-service$" \
  "$prefix/share/dbus-1/services/$app_id.service"

# The HTTP module is installed, and the installed program finds it there (not
# next to itself, as in the build tree): a fetch from a closed port fails as
# a network error, not as missing HTTP support.
module=$(find "$prefix" -path "*/matganana/libmatganana-http.so" | head -n 1)
[ -n "$module" ] || { echo "not installed: libdir/matganana/libmatganana-http.so"; exit 1; }
answer=$(env -u MATGANANA_HTTP_MODULE XDG_CACHE_HOME="$build/launch-cache" \
  "$prefix/bin/matganana" --summary --feed=http://127.0.0.1:9/feed.json 2>&1) && {
  echo "a fetch from a closed port succeeded: $answer"; exit 1; }
case "$answer" in
  *"HTTP support is not available"*) echo "installed module not found: $answer"; exit 1 ;;
esac

# A session bus of its own that finds the installed service and desktop file.
export XDG_DATA_DIRS="$prefix/share:/usr/local/share:/usr/share"
# The desktop file says Exec=matganana, found on PATH as for any installed app.
export PATH="$prefix/bin:$PATH"
unset GSETTINGS_SCHEMA_DIR
export GSETTINGS_BACKEND=memory

exec dbus-run-session -- sh -eu -c '
  launcher=$1 app_id=$2 src=$3
  "$launcher" "$app_id"
  # Read the accessibility bus of this session: another one may be
  # advertised on the X server by an earlier session.
  AT_SPI_BUS_ADDRESS=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.a11y.Bus.GetAddress | sed -n "s/^(.\(.*\).,)$/\1/p")
  export AT_SPI_BUS_ADDRESS
  # The tabs, as a screen reader reads them.
  /usr/bin/python3 "$src/a11y-tabs.py" --selected Gujarat Gujarat "Himachal Pradesh"
  # The news story, as a screen reader reads it: every seed paragraph.
  /usr/bin/python3 "$src/a11y-text.py" "$src/seed-article-lines.txt"
  # A real Alt+2 through the X server.
  window=$(xdotool search --sync --onlyvisible --name "Matganana" | head -n 1)
  xdotool windowfocus --sync "$window" key --clearmodifiers alt+2
  /usr/bin/python3 "$src/a11y-tabs.py" --selected "Himachal Pradesh" Gujarat "Himachal Pradesh"
  # Quit through the running instance.
  gdbus call --session --dest "$app_id" --object-path /io/github/matganana/Matganana \
    --method org.freedesktop.Application.ActivateAction quit "[]" "{}" >/dev/null
  echo "launched through D-Bus activation; tabs read and switched by Alt+2"
' sh "$launcher" "$app_id" "$src"
