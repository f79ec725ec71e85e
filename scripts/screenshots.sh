#!/usr/bin/env sh
# Rebuilds docs/screenshots/: every page type of the example site at 1280 and 375 px wide, light and dark, in
# headless Chromium. Needs target/factpress.jar (mvn package), chromium, python3 (to serve) and pngquant.
# Usage: scripts/screenshots.sh [content folder, default content]
set -eu
content=${1:-content}
root=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=8765
java -jar "$root/target/factpress.jar" build --content="$content" --out="$work/factpress" --no-pdf \
  --base-url="http://127.0.0.1:$port/factpress/" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
server=$!
sleep 1
out="$root/docs/screenshots"
rm -f "$out"/*.png
# page type, path, height of the shot at 1280 px and at 375 px
while read -r name path tall phone; do
  for scheme in light dark; do
    for width in 1280 375; do
      height=$tall; [ "$width" = 375 ] && height=$phone
      url="http://127.0.0.1:$port/factpress/$path"
      [ "$scheme" = dark ] && flag=--force-dark-mode || flag=
      chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" $flag \
        --blink-settings=preferredColorScheme=$([ "$scheme" = dark ] && echo 0 || echo 1) \
        --virtual-time-budget=3000 --window-size="$width,$height" \
        --screenshot="$work/shot.png" "$url" >/dev/null 2>&1
      # 256 colours keep each file small (pngquant, a Debian package); without it the shot is kept as it is.
      if command -v pngquant >/dev/null; then
        pngquant --force --speed 1 --output "$out/$name-$width-$scheme.png" 256 "$work/shot.png"
      else
        cp "$work/shot.png" "$out/$name-$width-$scheme.png"
      fi
    done
  done
done <<'PAGES'
home . 1400 2200
fact-check claims/end-of-us-policy-on-ukraine-nato-membership/ 1500 2400
source-article articles/trump-putin-call-ukraine-negotiations/ 1500 2400
claimant people/donald-trump/ 1300 2200
rating ratings/false/ 1000 1800
tag tags/ukraine/ 1100 2000
archive claims/ 1400 2400
methodology methodology/ 1200 2000
about about/ 900 1400
corrections corrections/ 900 1400
search search/?q=nato 1000 1800
not-found no/such/page/ 1100 1800
PAGES
ls "$out"
