#!/usr/bin/env bash
# The MSI from boarddesk.wxs, built with wixl (msitools) and read back with msiinfo.
#   packaging/windows/build_msi.sh [APP_FOLDER] [OUT.msi]     (defaults: dist/BoardDesk, dist/BoardDesk.msi)
# On Windows the folder is the frozen app PyInstaller built there. On Linux this checks the
# authoring (per machine, the fixed UpgradeCode, the shortcut, every file listed) with the Linux
# build standing in for the Windows files; that MSI is for reading, not for installing.
# Needs: apt-get install wixl msitools
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(cd "${1:-dist/BoardDesk}" && pwd)
out=${2:-dist/BoardDesk.msi}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$here/../../boarddesk/__init__.py")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every file of the app folder as a component of the group AppFiles, under INSTALLDIR.
# wixl finds files relative to the sources, so everything is linked into one work folder.
ln -s "$app" "$work/app"
cp "$here/boarddesk.wxs" "$here/boarddesk.ico" "$work/"
(cd "$app" && find . -type f | sort) |
  wixl-heat --prefix ./ --directory-ref INSTALLDIR --component-group AppFiles --var var.AppDir --win64 \
    >"$work/files.wxs"
out=$(realpath -m "$out")
(cd "$work" && wixl --arch x64 -D Version="$version" -D AppDir=app -D Win64=yes -D IconFile=boarddesk.ico \
  -o "$out" boarddesk.wxs files.wxs)

echo "== $out ($(du -h "$out" | cut -f1))"
msiinfo suminfo "$out"
echo "== properties"
msiinfo export "$out" Property | grep -E '^(ProductName|ProductVersion|Manufacturer|UpgradeCode|ALLUSERS|ARPNOMODIFY)\b'
echo "== upgrade"
msiinfo export "$out" Upgrade | tail -n +4
echo "== shortcut"
msiinfo export "$out" Shortcut | tail -n +4 | cut -f1-5
echo "== files: $(msiinfo export "$out" File | tail -n +4 | wc -l) (in the folder: $(find "$app" -type f | wc -l))"
