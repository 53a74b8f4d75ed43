#!/usr/bin/env bash
# dist/BoardDesk-VERSION-linux-x86_64.tar.gz: the frozen app (./dev package) with its desktop
# entry, icon, AppStream metadata and install.sh; the two metadata files are validated first.
# Needs: apt-get install desktop-file-utils appstream
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' boarddesk/__init__.py)
id=io.github.boarddesk.BoardDesk
desktop-file-validate packaging/boarddesk.desktop
appstreamcli validate --no-net "packaging/linux/$id.metainfo.xml"
[ -x dist/BoardDesk/BoardDesk ] || { echo "no dist/BoardDesk: run ./dev package first" >&2; exit 2; }
name="BoardDesk-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp -R dist/BoardDesk "$stage/$name/BoardDesk"
cp packaging/boarddesk.desktop resources/icons/boarddesk.svg "packaging/linux/$id.metainfo.xml" \
  packaging/linux/install.sh "$stage/$name/"
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1)"
