#!/usr/bin/env bash
# Builds the starter guide and a generated 200-profile guide for http://127.0.0.1:8743/ and loads one page of
# each kind in headless Chromium: console errors, failed and third-party requests, axe-core violations.
# Screenshots of the starter guide's pages at 1280×900 and 390×844 go to SCREENSHOT_DIR (default screenshots/),
# those of the generated guide (and of one of its profiles with a confirmed account) to SCREENSHOT_DIR/generated/.
# Usage: scripts/browser-check.sh GENERIQUE_BINARY WORK_DIR [SCREENSHOT_DIR]
set -euo pipefail
generique=$1
work=$2
shots=${3:-screenshots}
base=http://127.0.0.1:8743/
rm -rf "$work"
mkdir -p "$work"
"$generique" build --quiet --output "$work/starter" --base-url "$base"
python3 bench/generate_corpus.py --profiles 200 --out "$work/generated-site" >/dev/null
"$generique" build --quiet --root "$work/generated-site" --output "$work/generated" --base-url "$base"

pages_of() {  # the home, the A–Z, a métier, a société, a profile, search, a free page and the 404 page
  local site=$1
  local metier societe profile page
  metier=$(ls "$site/metiers" | grep -v '\.' | head -1)
  societe=$(ls "$site/societes" | grep -v '\.' | head -1)
  profile=$(ls "$site/profils" | grep -v '\.' | head -1)
  page=$(find "$site" -mindepth 2 -maxdepth 2 -name index.html -printf '%h\n' | xargs -n1 basename \
    | grep -vxE 'profils|metiers|societes|recherche|donnees|assets' | head -1)
  echo / /profils/ "/metiers/$metier/" "/societes/$societe/" "/profils/$profile/" /recherche/ "/$page/" /404.html
}

echo "== starter (screenshots in $shots/)"
# shellcheck disable=SC2046
python3 scripts/browser-check.py --screenshots "$shots" "$work/starter" $(pages_of "$work/starter")
echo "== generated (screenshots in $shots/generated/)"
confirmed=$(grep -l 'class="account-confirmed"' "$work"/generated/profils/*/index.html | head -1 | xargs dirname | xargs basename)
# shellcheck disable=SC2046
python3 scripts/browser-check.py --screenshots "$shots/generated" "$work/generated" $(pages_of "$work/generated") \
  "/profils/$confirmed/"
