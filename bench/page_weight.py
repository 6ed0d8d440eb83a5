#!/usr/bin/env python3
"""Page weight of a built guide, by page kind: what a reader downloads.

    python3 bench/page_weight.py --sizes 1000,10000 [--binary .build/release/generique]
    python3 bench/page_weight.py --site public/

For each size, builds the benchmark corpus (bench/generate_corpus.py, cached in bench/.corpus/) into a
temporary folder, or reads an already built site with --site. Then, for each kind of HTML page (home, A–Z,
profile, métier, société, search…), it reports the number of pages, the largest page and its profile cards,
the largest download — the page with the stylesheet, scripts and icon it links, and for the search page the
index's table of contents and its heaviest shard, what a first query can need — and the total bytes of the
kind. It prints a Markdown table and checks the budget: no HTML page over 150 KB, no page with more than 200
profile cards, a first search answer within 150 KB. The exit status is 1 when a limit is exceeded.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import generate_corpus  # noqa: E402

PAGE_LIMIT = 150_000
CARD_LIMIT = 200
SEARCH_LIMIT = 150_000
LINKED = re.compile(rb'<(?:link[^>]*rel="(?:stylesheet|icon)"[^>]*href|script[^>]*src)="([^"]+)"')
CARD = re.compile(rb'<li class="card[ "]')


@dataclass
class Kind:
    pages: int = 0
    total: int = 0
    largest: tuple[int, str] = (0, "")
    most_cards: tuple[int, str] = (0, "")
    largest_download: tuple[int, str] = (0, "")
    extra: list[str] = field(default_factory=list)


def kind_of(path: str) -> str:
    """The page kind of an output path such as `profils/ana/index.html`."""
    parts = path.split("/")[:-1]
    if path == "index.html":
        return "home"
    if path == "404.html":
        return "404"
    if not parts:
        return "other"
    section = parts[0]
    names = {"profils": "profile", "metiers": "métier", "societes": "société", "reseaux": "network"}
    if len(parts) == 1:
        return {"profils": "A–Z", "metiers": "métiers", "societes": "sociétés", "recherche": "search",
                "reseaux": "networks"}.get(section, "free page")
    if section == "profils" and len(parts[1]) == 1:
        return "A–Z letter"
    if "page" in parts[2:] or (section == "profils" and len(parts) >= 3 and parts[2].isdigit()):
        return names.get(section, section) + " (later pages)"
    return names.get(section, "other")


def linked_bytes(site: Path, base: str, html: bytes, cache: dict[str, int]) -> int:
    """Bytes of the stylesheet, scripts and icon a page links (each counted once per page)."""
    total = 0
    for url in sorted(set(LINKED.findall(html))):
        url = url.decode()
        if not url.startswith(base):
            continue
        if url not in cache:
            file = site / url[len(base):]
            cache[url] = file.stat().st_size if file.is_file() else 0
        total += cache[url]
    return total


def search_bytes(site: Path) -> tuple[int, str]:
    """The table of contents and the heaviest shard it names: the most a first query downloads."""
    contents = site / "recherche" / "index.json"
    if not contents.is_file():
        return 0, ""
    table = json.loads(contents.read_text())
    size = contents.stat().st_size
    if table.get("version") != 2:
        return size, "one index"
    heaviest = max((word[2] for word in table["words"]), default=0)
    return size + heaviest, f"table {size:,} B + heaviest shard {heaviest:,} B"


def measure(site: Path, base: str) -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    cache: dict[str, int] = {}
    for file in sorted(site.rglob("*.html")):
        path = file.relative_to(site).as_posix()
        html = file.read_bytes()
        kind = kinds.setdefault(kind_of(path), Kind())
        kind.pages += 1
        kind.total += len(html)
        kind.largest = max(kind.largest, (len(html), path))
        kind.most_cards = max(kind.most_cards, (len(CARD.findall(html)), path))
        download = len(html) + linked_bytes(site, base, html, cache)
        if path == "recherche/index.html":
            extra, note = search_bytes(site)
            download += extra
            kind.extra.append(note)
        kind.largest_download = max(kind.largest_download, (download, path))
    return kinds


def table(label: str, kinds: dict[str, Kind]) -> tuple[str, list[str]]:
    lines = [
        f"**{label}**",
        "",
        "| page kind | pages | largest page (bytes) | most cards | largest download (bytes) | total bytes |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    failures = []
    for name, kind in sorted(kinds.items(), key=lambda item: -item[1].total):
        note = f" ({'; '.join(kind.extra)})" if kind.extra else ""
        lines.append(
            f"| {name} | {kind.pages:,} | {kind.largest[0]:,} `{kind.largest[1]}` | {kind.most_cards[0]:,} | "
            f"{kind.largest_download[0]:,}{note} | {kind.total:,} |")
        if kind.largest[0] > PAGE_LIMIT:
            failures.append(f"{label}: {kind.largest[1]} weighs {kind.largest[0]:,} B (limit {PAGE_LIMIT:,})")
        if kind.most_cards[0] > CARD_LIMIT:
            failures.append(f"{label}: {kind.most_cards[1]} has {kind.most_cards[0]:,} cards (limit {CARD_LIMIT})")
        if name == "search" and kind.largest_download[0] > SEARCH_LIMIT:
            failures.append(f"{label}: a first search downloads {kind.largest_download[0]:,} B (limit {SEARCH_LIMIT:,})")
    return "\n".join(lines) + "\n", failures


def build(size: int, binary: Path, out: Path) -> Path:
    corpus = BENCH / ".corpus" / f"corpus-{size}-v{generate_corpus.GENERATOR_VERSION}"
    if not (corpus / "content").is_dir():
        subprocess.run([sys.executable, str(BENCH / "generate_corpus.py"), "--profiles", str(size), "--out", str(corpus)],
                       check=True, stdout=subprocess.DEVNULL)
    site = out / f"site-{size}"
    # The corpus's generated handles repeat (duplicate-account warnings by the thousand): only the status counts.
    subprocess.run([str(binary), "build", "--quiet", "--root", str(corpus), "--output", str(site)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return site


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes to build (profiles)")
    parser.add_argument("--binary", default=str(REPO / ".build" / "release" / "generique"))
    parser.add_argument("--site", help="measure this built site instead of building corpora")
    parser.add_argument("--base", default="/", help="the site's base path (with --site)")
    args = parser.parse_args()
    failures: list[str] = []
    if args.site:
        text, failures = table(args.site, measure(Path(args.site), args.base))
        print(text)
    else:
        with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as out:
            for size in (int(value) for value in args.sizes.split(",")):
                text, found = table(f"{size:,} profiles", measure(build(size, Path(args.binary), Path(out)), "/"))
                print(text)
                failures += found
    for failure in failures:
        print("over budget:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
