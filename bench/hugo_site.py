#!/usr/bin/env python3
"""Converts a Générique site (as written by generate_corpus.py) into an equivalent minimal Hugo site.

    python3 bench/hugo_site.py CORPUS_DIR HUGO_DIR

Mapping:
  content/site.yml           → hugo.toml (title, baseURL, description; taxonomies metiers and societes)
  content/index.md           → content/_index.md (home: intro, métiers with counts, 12 newest profiles)
  content/pages/<slug>.md    → content/<slug>.md (free pages at /<slug>/)
  content/metiers/<key>.md   → content/metiers/<key>/_index.md (term page metadata; weight = order)
  content/societes/<key>.md  → content/societes/<key>/_index.md (term page metadata; kind, accounts)
  content/profils/<slug>.md  → content/profils/<slug>.md (front matter: metiers/societes taxonomies)
  templates/assets/          → static/assets/

Work the converter does that Générique does at build time (so Hugo's build does not do it): account handles
are normalised and their profile URLs computed, Markdown links to `.md` files are rewritten to site paths, and
each profile gets an A–Z `letter` parameter. Hugo does not validate anything of the content.

Reads only the YAML subset that generate_corpus.py writes (plain or JSON-quoted scalars, flow lists of keys,
one-level maps). Standard library only.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path

NETWORK_NAMES = {
    "bluesky": "Bluesky", "mastodon": "Mastodon", "x": "X", "instagram": "Instagram", "threads": "Threads",
    "letterboxd": "Letterboxd", "youtube": "YouTube", "tiktok": "TikTok", "linkedin": "LinkedIn",
}

# --------------------------------------------------------------------------------------------------------
# Reading


def parse_scalar(text: str):
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("[") and text.endswith("]"):
        return [item.strip() for item in text[1:-1].split(",") if item.strip()]
    return text


def parse_yaml(text: str) -> dict:
    """The YAML subset written by the generator: `key: value`, and `key:` followed by `  sub: value` lines."""
    data: dict = {}
    current: str | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(" ") and current is not None:
            key, _, value = line.strip().partition(":")
            data[current][key.strip()] = parse_scalar(value)
            continue
        key, _, value = line.partition(":")
        key = key.strip()
        if value.strip():
            data[key] = parse_scalar(value)
            current = None
        else:
            data[key] = {}
            current = key
    return data


def read_entry(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 3)
    return parse_yaml(text[4:end]), text[end + 5:]


# --------------------------------------------------------------------------------------------------------
# Conversions


def normalize_handle(network: str, raw: str) -> str:
    h = raw.strip()
    if h.startswith(("https://", "http://")):
        rest = h.split("://", 1)[1].strip("/")
        host, _, path = rest.partition("/")
        last = path.split("/")[-1]
        if network == "mastodon":
            return f"{last.lstrip('@')}@{host}"
        return last.lstrip("@")
    h = h.lstrip("@") if network != "mastodon" else h[1:] if h.startswith("@") else h
    return h.lower() if network == "bluesky" else h


def profile_url(network: str, handle: str, organization: bool) -> str:
    match network:
        case "x": return f"https://x.com/{handle}"
        case "bluesky": return f"https://bsky.app/profile/{handle}"
        case "mastodon":
            user, _, domain = handle.partition("@")
            return f"https://{domain}/@{user}"
        case "instagram": return f"https://www.instagram.com/{handle}/"
        case "threads": return f"https://www.threads.com/@{handle}"
        case "letterboxd": return f"https://letterboxd.com/{handle}/"
        case "youtube":
            if len(handle) == 24 and handle.startswith("UC"):
                return f"https://www.youtube.com/channel/{handle}"
            return f"https://www.youtube.com/@{handle}"
        case "tiktok": return f"https://www.tiktok.com/@{handle}"
        case "linkedin":
            return f"https://www.linkedin.com/{'company' if organization else 'in'}/{handle}/"
    raise ValueError(network)


LINK = re.compile(r"\]\(([^)\s]+)\)")


def rewrite_links(body: str) -> str:
    """`../profils/x.md` → `/profils/x/`, `../pages/p.md` or `pages/p.md` → `/p/`; other links unchanged."""
    def repl(m: re.Match) -> str:
        url = m.group(1)
        path, suffix = re.match(r"([^#?]*)(.*)", url).groups()
        if "://" in path or not path.endswith(".md"):
            return m.group(0)
        parts = [p for p in path.split("/") if p not in ("", ".", "..")]
        folder, key = (parts[-2] if len(parts) > 1 else ""), parts[-1][:-3]
        target = f"/{key}/" if folder == "pages" else "/" if key == "index" else f"/{folder}/{key}/"
        return f"]({target}{suffix})"
    return LINK.sub(repl, body)


def letter(sort_name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", sort_name.replace("Œ", "O").replace("œ", "o"))
    for c in decomposed:
        if c.isalpha() and c.isascii():
            return c.upper()
        if c.isdigit():
            return "0-9"
    return "#"


def q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def front_matter(fields: list[tuple[str, object]]) -> str:
    lines = ["---"]
    for key, value in fields:
        if value is None or value == [] or value == "":
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            for item in value:
                first = True
                for k, v in item.items():
                    lines.append(f"  {'- ' if first else '  '}{k}: {q(str(v))}")
                    first = False
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(q(v) for v in value)}]")
        elif isinstance(value, int):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {q(str(value))}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def accounts_list(accounts: dict, organization: bool) -> list[dict]:
    out = []
    for network in NETWORK_NAMES:  # the order pages show them
        if network in accounts:
            handle = normalize_handle(network, accounts[network])
            out.append({"network": NETWORK_NAMES[network], "key": network, "handle": handle,
                        "url": profile_url(network, handle, organization)})
    return out


def convert(corpus: Path, out: Path) -> None:
    src = corpus / "content"
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    for sub in ("profils", "metiers", "societes"):
        (content / sub).mkdir(parents=True)
    site = parse_yaml((src / "site.yml").read_text(encoding="utf-8"))
    (out / "hugo.toml").write_text(
        f"baseURL = {q(site['baseURL'])}\n"
        f"title = {q(site['title'])}\n"
        "locale = \"fr-FR\"\n"
        "defaultContentLanguage = \"fr\"\n"
        "disableKinds = [\"rss\", \"sitemap\", \"robotsTXT\"]\n"
        "[taxonomies]\n  metier = \"metiers\"\n  societe = \"societes\"\n"
        "[params]\n"
        f"  description = {q(site['description'])}\n"
        "[markup.goldmark.renderer]\n  unsafe = false\n"
        "[markup.highlight]\n  codeFences = false\n",
        encoding="utf-8")
    layouts = out / "layouts"
    (layouts / "_partials").mkdir(parents=True)
    for name, text in TEMPLATES.items():
        (layouts / name).write_text(text.lstrip("\n"), encoding="utf-8")
    assets = corpus / "templates" / "assets"
    if assets.is_dir():
        shutil.copytree(assets, out / "static" / "assets")

    fm, body = read_entry(src / "index.md") if (src / "index.md").exists() else ({}, "")
    (content / "_index.md").write_text(
        front_matter([("title", site["title"]), ("description", fm.get("description"))]) + rewrite_links(body),
        encoding="utf-8")
    (content / "profils" / "_index.md").write_text(front_matter([("title", "Tous les profils, de A à Z")]),
                                                  encoding="utf-8")
    (content / "metiers" / "_index.md").write_text(front_matter([("title", "Métiers")]), encoding="utf-8")
    (content / "societes" / "_index.md").write_text(front_matter([("title", "Sociétés")]), encoding="utf-8")
    for path in sorted((src / "pages").glob("*.md")):
        fm, body = read_entry(path)
        (content / path.name).write_text(
            front_matter([("title", fm["title"]), ("description", fm.get("description"))]) + rewrite_links(body),
            encoding="utf-8")
    for path in sorted((src / "metiers").glob("*.md")):
        fm, body = read_entry(path)
        (content / "metiers" / path.stem).mkdir()
        (content / "metiers" / path.stem / "_index.md").write_text(
            front_matter([("title", fm["title"]), ("label", fm["label"]), ("weight", int(fm["order"]))])
            + rewrite_links(body), encoding="utf-8")
    for path in sorted((src / "societes").glob("*.md")):
        fm, body = read_entry(path)
        (content / "societes" / path.stem).mkdir()
        (content / "societes" / path.stem / "_index.md").write_text(
            front_matter([
                ("title", fm["name"]), ("sort_name", fm.get("sort_name", fm["name"])), ("kind", fm["kind"]),
                ("website", fm.get("website")), ("accounts", accounts_list(fm.get("accounts", {}), True)),
                ("source", fm.get("source")),
            ]) + rewrite_links(body), encoding="utf-8")
    for path in sorted((src / "profils").glob("*.md")):
        fm, body = read_entry(path)
        organization = fm.get("kind") == "organization"
        sort_name = fm.get("sort_name", fm["name"])
        (content / "profils" / path.name).write_text(
            front_matter([
                ("title", fm["name"]), ("sort_name", sort_name), ("letter", letter(sort_name)),
                ("kind", fm.get("kind", "person")), ("role", fm.get("role")),
                ("metiers", fm.get("professions", [])), ("societes", fm.get("companies", [])),
                ("accounts", accounts_list(fm.get("accounts", {}), organization)),
                ("website", fm.get("website")), ("feed", fm.get("feed")),
                ("date", fm.get("added")), ("verified", fm.get("verified")), ("source", fm.get("source")),
                # Hugo's own aliases: a redirect page at each former address, as Générique writes.
                ("aliases", [f"/profils/{alias}/" for alias in fm.get("aliases", [])]),
            ]) + rewrite_links(body), encoding="utf-8")


# --------------------------------------------------------------------------------------------------------
# Templates: minimal, but showing what Générique's pages show (name, role, métier and société links,
# accounts, bio, dates, source; member lists; the A–Z; métiers with counts; the newest profiles).

TEMPLATES = {
    "baseof.html": """
<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} — {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header"><div class="wrap masthead">
<p class="site-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<nav class="site-nav" aria-label="Navigation principale"><ul>
<li><a href="{{ "/profils/" | relURL }}">Profils</a></li>
<li><a href="{{ "/metiers/" | relURL }}">Métiers</a></li>
<li><a href="{{ "/societes/" | relURL }}">Sociétés</a></li>
</ul></nav>
</div></header>
<main id="contenu" class="wrap">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "footer.html" . }}
</body>
</html>
""",
    "_partials/footer.html": """
<footer class="site-footer"><div class="wrap footer-grid">
<div class="footer-about"><p class="footer-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<p>{{ site.Params.description }}</p></div>
<nav class="footer-nav" aria-label="Informations sur le guide"><ul>
{{ range (where site.RegularPages "Section" "").ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></nav>
</div></footer>
""",
    "_partials/accounts.html": """
<ul class="accounts">
{{ range .accounts }}<li class="account account--{{ .key }}"><a href="{{ .url }}" aria-label="{{ $.name }} sur {{ .network }} ({{ .handle }})"><span class="account-network">{{ .network }}</span> <span class="account-handle">{{ .handle }}</span></a></li>
{{ end }}</ul>
""",
    "_partials/card.html": """
<li class="card"><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.role }} <span class="card-role">{{ . }}</span>{{ end }}</li>
""",
    "home.html": """
{{ define "main" }}
<header class="page-header page-header--home"><h1>{{ site.Title }}</h1>
<p class="page-stats">{{ len (where site.RegularPages "Section" "profils") }} profils</p></header>
<div class="prose intro">{{ .Content }}</div>
<ul class="entry-points">
<li><a href="{{ "/profils/" | relURL }}">Tous les profils, de A à Z</a></li>
<li><a href="{{ "/societes/" | relURL }}">Toutes les sociétés</a></li>
</ul>
<section class="section"><h2 class="section-title">Par métier</h2>
<ul class="metier-list">
{{ range (site.GetPage "/metiers").Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Params.label }}</a> <span class="count">{{ len .Pages }}</span></li>
{{ end }}</ul></section>
<section class="section"><h2 class="section-title">Derniers profils ajoutés</h2>
<ul class="cards">
{{ range first 12 (where site.RegularPages "Section" "profils").ByDate.Reverse }}{{ partial "card.html" . }}{{ end }}
</ul></section>
{{ end }}
""",
    "single.html": """
{{ define "main" }}
<header class="page-header">
{{ if eq .Params.kind "organization" }}<p class="kicker">Compte officiel</p>{{ end }}
<h1>{{ .Title }}</h1>
{{ with .Params.role }}<p class="page-lede">{{ . }}</p>{{ end }}
</header>
{{ if eq .Section "profils" }}
<dl class="facts">
{{ with .GetTerms "metiers" }}<div><dt>Métiers</dt><dd><ul class="inline-list">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Params.label }}</a></li>
{{ end }}</ul></dd></div>{{ end }}
{{ with .GetTerms "societes" }}<div><dt>Sociétés</dt><dd><ul class="inline-list">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></dd></div>{{ end }}
</dl>
<section class="section"><h2 class="section-title">Où suivre {{ .Title }}</h2>
{{ with .Params.accounts }}{{ partial "accounts.html" (dict "accounts" . "name" $.Title) }}{{ end }}
{{ with .Params.website }}<p class="external"><span class="external-label">Site web :</span> <a href="{{ . }}">{{ . }}</a></p>{{ end }}
{{ with .Params.feed }}<p class="external"><span class="external-label">Flux :</span> <a href="{{ . }}">{{ . }}</a></p>{{ end }}
</section>
{{ with .Content }}<section class="section"><h2 class="section-title">Présentation</h2><div class="prose">{{ . }}</div></section>{{ end }}
<section class="record"><h2>À propos de cette fiche</h2><dl>
{{ if not .Date.IsZero }}<div><dt>Ajoutée le</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ time.Format ":date_long" .Date }}</time></dd></div>{{ end }}
{{ with .Params.verified }}<div><dt>Comptes vérifiés le</dt><dd><time datetime="{{ . }}">{{ time.Format ":date_long" . }}</time></dd></div>{{ end }}
{{ with .Params.source }}<div><dt>Source</dt><dd>{{ if hasPrefix . "http" }}<a href="{{ . }}">{{ . }}</a>{{ else }}{{ . }}{{ end }}</dd></div>{{ end }}
</dl></section>
{{ else }}
<div class="prose">{{ .Content }}</div>
{{ end }}
{{ end }}
""",
    "list.html": """
{{ define "main" }}
<header class="page-header"><h1>{{ .Title }}</h1><p class="page-stats">{{ len .Pages }} profils</p></header>
{{ $groups := .Pages.GroupByParam "letter" "asc" }}
<nav class="letters" aria-label="Lettres"><ul>
{{ range $groups }}<li><a href="#lettre-{{ .Key | urlize }}">{{ .Key }}</a></li>{{ end }}
</ul></nav>
{{ range $groups }}
<section class="letter-group"><h2 id="lettre-{{ .Key | urlize }}">{{ .Key }}</h2>
<ul class="cards">
{{ range .Pages.ByParam "sort_name" }}{{ partial "card.html" . }}{{ end }}
</ul></section>
{{ end }}
{{ end }}
""",
    "taxonomy.html": """
{{ define "main" }}
<header class="page-header"><h1>{{ .Title }}</h1></header>
{{ if eq .Data.Plural "metiers" }}
<ul class="metier-list">
{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="count">{{ len .Pages }}</span></li>
{{ end }}</ul>
{{ else }}
{{ range .Pages.GroupByParam "kind" }}
<section class="section"><h2 class="section-title">{{ .Key }}</h2>
<ul class="societe-list">
{{ range .Pages.ByParam "sort_name" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="count">{{ len .Pages }}</span></li>
{{ end }}</ul></section>
{{ end }}
{{ end }}
{{ end }}
""",
    "term.html": """
{{ define "main" }}
<header class="page-header">{{ with .Params.kind }}<p class="kicker">{{ . }}</p>{{ end }}<h1>{{ .Title }}</h1></header>
{{ with .Content }}<div class="prose">{{ . }}</div>{{ end }}
{{ with .Params.website }}<p class="external"><span class="external-label">Site officiel :</span> <a href="{{ . }}">{{ . }}</a></p>{{ end }}
{{ with .Params.accounts }}<section class="section"><h2 class="section-title">Comptes officiels</h2>{{ partial "accounts.html" (dict "accounts" . "name" $.Title) }}</section>{{ end }}
<section class="section"><h2 class="section-title">Profils ({{ len .Pages }})</h2>
<ul class="cards">
{{ range .Pages.ByParam "sort_name" }}{{ partial "card.html" . }}{{ end }}
</ul></section>
{{ end }}
""",
    "404.html": """
{{ define "main" }}
<header class="page-header"><h1>Page introuvable</h1></header>
<p>Cette page n’existe pas ou plus. <a href="{{ "/" | relURL }}">Retour à l’accueil</a>, <a href="{{ "/profils/" | relURL }}">tous les profils</a>.</p>
{{ end }}
""",
}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    convert(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
