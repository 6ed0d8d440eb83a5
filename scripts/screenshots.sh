#!/usr/bin/env bash
# Serves a built site on loopback and takes headless Chromium screenshots of its main pages.
# Usage: scripts/screenshots.sh SITE_DIR OUT_DIR   (the site must be built with --base-url http://127.0.0.1:8741/)
set -euo pipefail
site=$1
out=$2
port=8741
mkdir -p "$out"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done

pages=(
  "home=/"
  "metier=/metiers/production/"
  "societe=/societes/gaumont/"
  "profil=/profils/marc-missonnier/"
  "a-z=/profils/"
  "page=/a-propos/"
  "recherche=/recherche/?q=cannes"
  "404=/404.html"
)
for entry in "${pages[@]}"; do
  name=${entry%%=*}
  path=${entry#*=}
  for size in 1280,900 390,844; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=3000 --window-size="$size" \
      --screenshot="$out/$name-${size%%,*}.png" "http://127.0.0.1:$port$path" >/dev/null 2>&1
  done
done
echo "Screenshots written to $out/"
