#!/usr/bin/env bash
# Builds the fuzz seed corpus from the test fixtures: each fixture file becomes one input whose first byte
# selects the file it stands for (the order of `targets` in Fuzz/Sources/FuzzPipeline/FuzzPipeline.swift).
set -euo pipefail
out=$1
mkdir -p "$out"
selector() {
  case "$1" in
    content/profils/*.md) echo 0 ;;
    content/metiers/*.md) echo 1 ;;
    content/societes/*.md) echo 2 ;;
    content/pages/*.md) echo 3 ;;
    content/index.md) echo 4 ;;
    content/site.yml) echo 5 ;;
    templates/profile.mustache) echo 6 ;;
    templates/partials/*.mustache) echo 7 ;;
    templates/layout.mustache) echo 8 ;;
    *) echo "" ;;
  esac
}
count=0
for site in Tests/Fixtures/Invalid/* Tests/Fixtures/Sites/* .; do
  while IFS= read -r -d '' file; do
    relative=${file#"$site"/}
    index=$(selector "$relative")
    [ -n "$index" ] || continue
    { printf "\\$(printf '%03o' "$index")"; cat "$file"; } > "$out/seed-$count"
    count=$((count + 1))
  done < <(find "$site/content" "$site/templates" -type f -print0 2>/dev/null)
done
echo "$count seed inputs in $out"
