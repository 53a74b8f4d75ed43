#!/usr/bin/env sh
# Install BoardDesk from this unpacked tarball: for you alone (default), or for everyone with
#   sudo ./install.sh --system
# The app goes to ~/.local/opt/BoardDesk (or /opt/BoardDesk), with a `boarddesk` command, a menu
# entry, its icon and its AppStream data. Your boards stay where they are (~/.local/share/BoardDesk).
# ./install.sh --uninstall (with --system if installed so) removes the app and leaves your boards.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"; opt="$HOME/.local/opt"
for argument in "$@"; do
  case "$argument" in
    --system) prefix=/usr/local; opt=/opt ;;
    --uninstall) uninstall=1 ;;
    *) echo "usage: ./install.sh [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
id=io.github.boarddesk.BoardDesk
if [ "${uninstall:-0}" = 1 ]; then
  rm -rf "$opt/BoardDesk" "$prefix/bin/boarddesk" "$prefix/share/applications/boarddesk.desktop" \
    "$prefix/share/icons/hicolor/scalable/apps/boarddesk.svg" "$prefix/share/metainfo/$id.metainfo.xml"
  echo "BoardDesk removed; your boards are still in ~/.local/share/BoardDesk"
  exit 0
fi
mkdir -p "$opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/scalable/apps" \
  "$prefix/share/metainfo"
rm -rf "$opt/BoardDesk"
cp -R "$here/BoardDesk" "$opt/BoardDesk"
ln -sf "$opt/BoardDesk/BoardDesk" "$prefix/bin/boarddesk"
sed "s|^Exec=boarddesk|Exec=$opt/BoardDesk/BoardDesk|" "$here/boarddesk.desktop" >"$prefix/share/applications/boarddesk.desktop"
cp "$here/boarddesk.svg" "$prefix/share/icons/hicolor/scalable/apps/boarddesk.svg"
cp "$here/$id.metainfo.xml" "$prefix/share/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
echo "BoardDesk installed in $opt/BoardDesk; start it from the menu or with: boarddesk"
