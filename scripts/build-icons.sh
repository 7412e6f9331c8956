#!/bin/sh
# Renders the PNG icons in public/ from the drawings public/icon.svg and public/icon-maskable.svg.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).
# The PNGs are committed, so this runs only when a drawing changes.
set -eu
cd "$(dirname "$0")/../public"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: install librsvg2-bin" >&2; exit 1; }
rsvg-convert -w 192 -h 192 icon.svg -o icon-192.png
rsvg-convert -w 512 -h 512 icon.svg -o icon-512.png
rsvg-convert -w 512 -h 512 icon-maskable.svg -o icon-maskable-512.png
# iOS rounds the corners itself and shows transparency as black: the full-bleed drawing, no transparency.
rsvg-convert -w 180 -h 180 icon-maskable.svg -o apple-touch-icon.png
