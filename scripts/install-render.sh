#!/usr/bin/env bash
# Installs what the rendering test needs, from Debian's packages only: LibreOffice Writer (no GUI),
# poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm), Liberation (Latin), and the free Fandol faces (仿宋, 楷体, 黑体,
# 宋体) taken out of texlive-lang-chinese with dpkg-deb into a cache folder, so TeX itself is not
# installed. tests/render/fonts.conf aliases the official face names to them. Safe to run again: each
# part is checked for on disk first, and an installed machine needs no network.
set -euo pipefail

FONTS="$HOME/.cache/speech-writer-render/fonts"
FANDOL=(FandolFang-Regular.otf FandolKai-Regular.otf FandolHei-Regular.otf FandolSong-Regular.otf)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
updated=""
apt_install() {
  [ -n "$updated" ] || { $SUDO apt-get update -qq; updated=1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_apt=()
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v pdffonts >/dev/null || need_apt+=(poppler-utils)
command -v fc-match >/dev/null || need_apt+=(fontconfig)
# Liberation Serif stands in for Times New Roman, the Latin face (fontconfig's metric aliases).
compgen -G "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf" >/dev/null || need_apt+=(fonts-liberation2)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "render: installing ${need_apt[*]} (apt)"
  apt_install "${need_apt[@]}"
fi

missing=0
for face in "${FANDOL[@]}"; do [ -f "$FONTS/$face" ] || missing=1; done
if [ "$missing" -eq 1 ]; then
  echo "render: extracting the Fandol faces from texlive-lang-chinese into $FONTS"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  [ -n "$updated" ] || { $SUDO apt-get update -qq; updated=1; }
  chmod a+rwx "$tmp" # apt downloads as _apt
  (cd "$tmp" && apt-get download texlive-lang-chinese >/dev/null)
  dpkg-deb -x "$tmp"/texlive-lang-chinese_*.deb "$tmp/root"
  mkdir -p "$FONTS"
  for face in "${FANDOL[@]}"; do
    found="$(find "$tmp/root" -name "$face" -print -quit)"
    [ -n "$found" ] || { echo "render: $face not in texlive-lang-chinese" >&2; exit 1; }
    cp "$found" "$FONTS/$face"
  done
fi
echo "render: ready (soffice, poppler-utils, Fandol faces in $FONTS)"
