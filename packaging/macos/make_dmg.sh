#!/usr/bin/env bash
# On a Mac (the CI runner): dist/BoardDesk.app from the same spec, then dist/BoardDesk-VERSION.dmg
# with the app and a link to /Applications. Unsigned: see packaging/README.md for signing and
# notarisation, which need the organisation's Apple Developer ID.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' boarddesk/__init__.py)
[ -d dist/BoardDesk.app ] || pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/boarddesk.spec
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/BoardDesk.app "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "BoardDesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "dist/BoardDesk-$version.dmg"
echo "dist/BoardDesk-$version.dmg"
