#!/usr/bin/env python3
"""Deterministic corpus generator for Générique benchmarks.

Writes a complete Générique site (content/ + a copy of the shipped templates/) with N fictional French film
professionals, the guide's 20 métiers and about N/20 generated sociétés, following the content schema of
the repository's README. The same (N, seed) always gives byte-identical files.

    python3 bench/generate_corpus.py --profiles 1000 --out /tmp/corpus-1000 [--seed 42] [--hugo /tmp/hugo-1000]

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Bump when the generated output changes, so that cached corpora are rebuilt.
GENERATOR_VERSION = 5

# ---------------------------------------------------------------------------------------------------------
# Name pools (fictional combinations; accents, ligatures, apostrophes and particles on purpose).

FEMALE_FIRST = """
Marie Camille Léa Chloé Manon Emma Inès Zoé Élodie Hélène Sophie Claire Julie Anne Isabelle Nathalie Céline
Valérie Sandrine Aurélie Émilie Laëtitia Lætitia Océane Mathilde Juliette Margaux Clémence Adèle Agnès
Bérénice Noémie Anaïs Maëlle Maïwenn Solène Gaëlle Léonie Salomé Rachida Leïla Yasmina Fatoumata Aïssatou
Mélanie Pénélope Ophélie Capucine Delphine Cécile Béatrice Danièle Édith Éloïse Héloïse Nadège Thérèse Zélie
Armelle Ségolène Ève Noëlle Geneviève Françoise Josiane Karine Virginie Stéphanie Florence Charlotte Pauline
Lucie Louise Jeanne Alice Agathe Apolline Rose Lina Mélissa Sarah Yasmine Nour Amel Soraya Lou Romane Elsa
Marie-Hélène Anne-Sophie Marie-Claude Marie-Ève Anne-Laure Claire-Lise
""".split()

MALE_FIRST = """
Jean Pierre Nicolas Julien Thomas Antoine Vincent Olivier Marc Arnaud Guillaume François Jérôme Hervé Stéphane
Frédéric Benoît Loïc Joël Gaël Noël Raphaël Mickaël Étienne Éric Cédric Sébastien Rémi Jérémie Grégoire Théo
Léo Mathéo Aurélien Anaël Bastien Thibault Clément Timothée Hugo Karim Mehdi Youssef Moussa Amadou Octave Côme
Anatole Honoré André René Gérard Jérémy Maël Éloi Ludovic Xavier Yannick Hadrien Baptiste Félix Lucien Mathias
Paul Louis Gabriel Arthur Jules Adam Raphaël Noé Sacha Nathan Malik Samir Rachid Ousmane Kévin Damien Fabrice
Jean-Pierre Jean-Luc Jean-François Pierre-Yves Jean-Baptiste Paul-Émile Louis-Marie
""".split()

SURNAMES = """
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David
Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez Legrand
Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont
Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche
Roy Noël Meyer Lucas Meunier Pérez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin
Fernandez Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard
Philippe Lacroix Fabre Dupuis Rodriguez Hubert Guillot Rivière Adam Rey Moulin Gonzalez Berger Lecomte Ménard
Fleury Deschamps Carpentier Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prévost Poirier Charpentier
Royer Huet Baron Dupuy Pons Carré Rémy Schneider Bérard Hélary Lefébure Sénéchal Thévenin Bénard Mézières
Lebœuf Œuvrard Cœurderoy Vœltzel Sœurette Besnard Lévêque Crépin Mégret Bézier Chénier Hébert Pétillon
Diallo Traoré Haddad Benali Kaci Mansouri Bensaïd Belkacem Cissé Diop Ndiaye Keïta Nguyễn Trần Phạm Kowalski
Nowak Da Silva Ferreira Costa Santos Oliveira Rossi Bianchi Esposito Müller Schäfer Weiß Lindström Øster
""".split()

PARTICLE_SURNAMES = [
    "Le Gall", "Le Roux", "Le Bihan", "Le Goff", "Le Floch", "La Fontaine", "de La Tour", "de Villiers",
    "de Saint-Exupéry", "d’Arcy", "d'Anjou", "N’Diaye", "D’Almeida", "Da Costa", "Du Pré", "Van der Berg",
    "El Mansouri", "Ben Saïd", "Ould Ahmed", "de L’Estoile", "Saint-Cyr", "Saint-Hélier", "Le Pêcheur",
]

NOUNS = """
Losange Lendemain Carrousel Belvédère Sémaphore Crépuscule Zéphyr Hérisson Phare Kiosque Préau Télescope
Solstice Tilleul Albatros Aurore Balcon Boussole Cerf-Volant Chardon Comète Dédale Écluse Éventail Falaise
Funambule Galet Grenier Horizon Île Jasmin Lanterne Lucarne Marée Méridien Mirage Nénuphar Oiseau-Lyre
Orage Parallèle Passerelle Pélican Périscope Phalène Quai Rivage Roseau Sablier Satellite Silhouette Sirocco
Tamaris Tourbillon Trapèze Vague Velours Verger Vertige Zodiaque Cœur Œil Bœuf Hêtre Sillage Pivert Escale
""".split()

ADJECTIVES = """
Rouge Bleu Nord-Ouest Haut Sud Lointain Noir Blanc Doré Vif Buissonnier Nocturne Ardent Errant Tranquille
Insolite Rêveur Sauvage Lunaire Solaire Paisible Fauve Pâle Clair Obscur
""".split()

CITIES = """
Lyon Marseille Bordeaux Nantes Lille Rennes Strasbourg Montpellier Grenoble Brest Angers Tours Besançon Dijon
Clermont-Ferrand Annecy Cherbourg Saint-Étienne Orléans Nîmes Aix-en-Provence Béziers Angoulême Gérardmer
Évreux Pézenas Sète Créteil Montreuil Aubervilliers Pantin Vénissieux La-Rochelle Arcachon Cannes Deauville
Cabourg Annonay Brive Valenciennes Amiens Poitiers Limoges Metz Nancy Reims Caen Rouen Le-Havre Périgueux Pau
Bayonne Biarritz Ajaccio Bastia Fort-de-France Pointe-à-Pitre Saint-Denis Nouméa Château-Thierry Épinal
""".split()

REGIONS = [
    "Bretagne", "Normandie", "Occitanie", "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes", "Hauts-de-France",
    "Grand Est", "Île-de-France", "Provence-Alpes-Côte d’Azur", "Pays de la Loire", "Centre-Val de Loire",
    "Bourgogne-Franche-Comté", "Corse", "La Réunion", "Guadeloupe", "Martinique",
]

FILM_WORDS_A = ["La Nuit", "Le Jour", "L’Été", "Les Enfants", "Le Silence", "La Mémoire", "Le Retour",
                "La Fuite", "Les Ombres", "Le Dernier Été", "L’Hiver", "La Chambre", "Le Bal", "Les Évadés",
                "La Promesse", "Le Chant", "Les Amants", "La Traversée", "L’Île", "Le Souffle"]
FILM_WORDS_B = ["des Hérissons", "de Brest", "du Phare", "d’Élodie", "sans fin", "du Nord", "à Marseille",
                "des Œillets", "de la Falaise", "du Tilleul", "en hiver", "d’après", "des Lucioles",
                "de Zoé", "au bord de l’eau", "du Sémaphore", "sans retour", "des Mélèzes", "de Noël", "à rebours"]

SCHOOLS = ["la Fémis", "l’ENS Louis-Lumière", "la CinéFabrique de Lyon", "l’ESAV de Toulouse",
           "l’INSAS à Bruxelles", "Ciné-Sup à Nantes", "l’École nationale supérieure Louis-Lumière",
           "l’ESRA", "les Gobelins", "le Conservatoire national supérieur d’art dramatique"]

MEDIA_SITES = ["www.cahiersducinema.com", "www.positif-revue.fr", "www.telerama.fr", "www.lemonde.fr",
               "www.liberation.fr", "www.sofilm.fr", "www.troiscouleurs.fr", "www.franceculture.fr",
               "www.allocine.fr", "www.cnc.fr", "www.festival-cannes.com", "www.unifrance.org"]

MASTODON_INSTANCES = ["piaille.fr", "mastodon.social", "mamot.fr", "framapiaf.org", "mas.to",
                      "mastodon.online", "pouet.chapril.org", "eldritch.cafe", "social.sciences.re"]

NETWORKS = ["bluesky", "mastodon", "x", "instagram", "threads", "letterboxd", "youtube", "tiktok", "linkedin"]
NETWORK_WEIGHTS = [30, 18, 20, 20, 6, 10, 4, 4, 8]

# Role labels per métier: (feminine, masculine). Chosen from the first name's usual gender, as an editor would
# write it on the fiche; epicene labels repeat.
ROLES = {
    "production": [("Productrice", "Producteur"), ("Productrice déléguée", "Producteur délégué")],
    "distribution": [("Distributrice", "Distributeur"), ("Directrice de la distribution", "Directeur de la distribution")],
    "exploitation": [("Exploitante", "Exploitant"), ("Programmatrice", "Programmateur")],
    "ventes-internationales": [("Vendeuse internationale", "Vendeur international")],
    "relations-presse": [("Attachée de presse", "Attaché de presse")],
    "communication": [("Chargée de communication", "Chargé de communication"), ("Community manager", "Community manager")],
    "realisation": [("Réalisatrice", "Réalisateur"), ("Cinéaste", "Cinéaste")],
    "scenario": [("Scénariste", "Scénariste")],
    "interpretation": [("Actrice", "Acteur"), ("Comédienne", "Comédien")],
    "image": [("Cheffe opératrice", "Chef opérateur"), ("Directrice de la photographie", "Directeur de la photographie")],
    "son": [("Ingénieure du son", "Ingénieur du son"), ("Mixeuse", "Mixeur")],
    "montage": [("Monteuse", "Monteur")],
    "musique": [("Compositrice", "Compositeur")],
    "casting": [("Directrice de casting", "Directeur de casting")],
    "decors": [("Cheffe décoratrice", "Chef décorateur")],
    "costumes": [("Créatrice de costumes", "Créateur de costumes")],
    "critique": [("Critique", "Critique"), ("Journaliste", "Journaliste")],
    "festivals": [("Déléguée générale", "Délégué général"), ("Sélectionneuse", "Sélectionneur")],
    "agents": [("Agente artistique", "Agent artistique")],
    "institutions": [("Chargée de mission", "Chargé de mission")],
}
# Relative frequency of each métier among profiles.
METIER_WEIGHTS = {
    "production": 12, "distribution": 7, "exploitation": 6, "ventes-internationales": 3, "relations-presse": 5,
    "communication": 4, "realisation": 12, "scenario": 7, "interpretation": 10, "image": 5, "son": 4,
    "montage": 4, "musique": 3, "casting": 2, "decors": 2, "costumes": 2, "critique": 7, "festivals": 3,
    "agents": 2, "institutions": 2,
}
# Which société kinds a métier's members usually work for.
METIER_KINDS = {
    "production": ["production", "studio"], "distribution": ["distribution"], "exploitation": ["exploitation"],
    "ventes-internationales": ["ventes-internationales"], "relations-presse": ["agence"],
    "communication": ["agence", "distribution"], "critique": ["media"], "festivals": ["festival"],
    "institutions": ["institution"], "agents": ["agence"],
}
SOCIETE_KINDS = ["production", "distribution", "ventes-internationales", "exploitation", "studio", "festival",
                 "institution", "media", "agence"]
SOCIETE_KIND_WEIGHTS = [30, 15, 6, 15, 3, 10, 5, 8, 8]
KIND_TO_METIER = {
    "production": "production", "distribution": "distribution", "ventes-internationales": "ventes-internationales",
    "exploitation": "exploitation", "studio": "production", "festival": "festivals", "institution": "institutions",
    "media": "critique", "agence": "relations-presse",
}

# ---------------------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII folding as the README describes: é→e, œ→oe, ß→ss; other marks dropped."""
    text = (text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
            .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D"))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str) -> str:
    out, pending = [], False
    for c in fold(text).lower():
        if c.isascii() and c.isalnum():
            if pending and out:
                out.append("-")
            pending = False
            out.append(c)
        else:
            pending = True
    return "".join(out)


def ascii_word(text: str) -> str:
    """Letters and digits only, lowercase: 'Jean-Pierre' → 'jeanpierre'."""
    return "".join(c for c in fold(text).lower() if c.isascii() and c.isalnum())


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def weighted_pool(items: list[str]) -> tuple[list[str], list[float]]:
    """A Zipf-like weighting: early names are common, so display names repeat as in real life."""
    return items, [1.0 / (rank + 8) for rank in range(len(items))]


@dataclass
class Societe:
    key: str
    name: str
    kind: str
    sort_name: str | None = None
    website: str | None = None
    accounts: list[tuple[str, str]] = field(default_factory=list)
    source: str | None = None
    body: str = ""


@dataclass
class Profile:
    slug: str
    name: str
    first: str = ""
    last: str = ""
    feminine: bool = True
    organization: bool = False
    sort_name: str | None = None
    professions: list[str] = field(default_factory=list)
    role: str | None = None
    companies: list[str] = field(default_factory=list)
    accounts: list[tuple[str, str]] = field(default_factory=list)
    website: str | None = None
    feed: str | None = None
    added: dt.date | None = None
    verified: dt.date | None = None
    source: str | None = None
    body: str = ""
    features: set[str] = field(default_factory=set)


GFM_FEATURES = {"emphasis", "profile-link", "societe-link", "external-link", "table", "strikethrough", "task-list",
                "inline-code", "code-block", "autolink", "escaping"}


class Generator:
    def __init__(self, n: int, seed: int, repo: Path = REPO):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed)
        self.repo = repo
        self.metiers = self._read_metiers()
        self.societes: list[Societe] = []
        self.profiles: list[Profile] = []
        self._female = weighted_pool(FEMALE_FIRST)
        self._male = weighted_pool(MALE_FIRST)
        self._surnames = weighted_pool(SURNAMES)

    # -- métiers -----------------------------------------------------------------------------------------
    def _read_metiers(self) -> dict[str, str]:
        folder = self.repo / "content" / "metiers"
        files = sorted(folder.glob("*.md"))
        if len(files) != 20:
            sys.exit(f"expected 20 métiers in {folder}, found {len(files)}")
        return {f.stem: f.read_text(encoding="utf-8") for f in files}

    # -- sociétés ----------------------------------------------------------------------------------------
    def _societe_name(self, kind: str) -> str:
        r = self.rng
        noun, adj = r.choice(NOUNS), r.choice(ADJECTIVES)
        city = r.choice(CITIES).replace("La-Rochelle", "La Rochelle").replace("Le-Havre", "Le Havre")
        region = r.choice(REGIONS)
        first, last = r.choice(FEMALE_FIRST + MALE_FIRST), r.choice(SURNAMES)
        patterns = {
            "production": [f"Les Films du {noun}", f"{noun} Productions", f"{adj} Films", f"{noun} & Cie",
                           f"Les Productions du {noun}", f"{last} & {r.choice(SURNAMES)} Films", f"Studio {noun}"],
            "distribution": [f"{noun} Distribution", f"Films {adj}", f"{noun} Diffusion",
                             f"Distribution « {noun} »"],
            "ventes-internationales": [f"{noun} International", f"{noun} Sales", f"{adj} World Sales",
                                       f"{noun} & {r.choice(NOUNS)} International"],
            "exploitation": [f"Cinéma Le {noun} ({city})", f"Ciné {city}", f"Le {noun}, cinéma d’art et d’essai",
                             f"Cinéma {last} ({city})"],
            "studio": [f"Studios de {city}", f"{noun} Studio", f"Atelier {noun} (animation)"],
            "festival": [f"Festival du film de {city}", f"Festival international du court métrage de {city}",
                         f"Rencontres du cinéma de {city}", f"Festival « {noun} » de {city}",
                         f"Les Nuits du cinéma de {city}"],
            "institution": [f"Cinémathèque de {region}", f"Pôle image {region}", f"Commission du film {region}",
                            f"Association des cinémas de {region}", f"Agence culturelle {region}"],
            "media": [f"Revue {noun}", f"{noun} Magazine", f"Les Cahiers du {noun}", f"Radio {noun}",
                      f"{noun} — le podcast ciné"],
            "agence": [f"Agence {noun}", f"{first} {last} Communication", f"Bureau {noun} (relations presse)",
                       f"{noun} R&D Presse", f"Agence artistique {last}"],
        }
        return r.choice(patterns[kind])

    def make_societes(self) -> None:
        count = max(1, round(self.n / 20))
        keys: set[str] = set()
        for _ in range(count):
            kind = self.rng.choices(SOCIETE_KINDS, SOCIETE_KIND_WEIGHTS)[0]
            for attempt in range(40):
                name = self._societe_name(kind)
                if attempt >= 20:
                    name = f"{name} {self.rng.randint(2, 99)}"
                key = slugify(name)
                if key not in keys:
                    break
            else:
                base, i = key, 2
                while f"{base}-{i}" in keys:
                    i += 1
                key = f"{base}-{i}"
            keys.add(key)
            s = Societe(key=key, name=name, kind=kind)
            for article in ("Les ", "Le ", "La "):
                if name.startswith(article) and self.rng.random() < 0.7:
                    s.sort_name = f"{name[len(article):]}, {article.strip()}"
            word = ascii_word(name)[:40] or "societe"
            if self.rng.random() < 0.7:
                s.website = f"https://www.{key[:50].strip('-')}.fr/"
            for network in self.rng.sample(["x", "instagram", "linkedin", "bluesky", "youtube"], self.rng.randint(0, 2)):
                s.accounts.append((network, self._handle(network, word, "", organization=True)))
            s.source = s.website or f"Annuaire professionnel, {self.rng.randint(2015, 2025)}"
            s.body = self._societe_body(s)
            self.societes.append(s)

    def _societe_body(self, s: Societe) -> str:
        r = self.rng
        year = r.randint(1946, 2022)
        films = ", ".join(f"*{self._film()}*" for _ in range(r.randint(1, 3)))
        lines = {
            "festival": f"Créé en {year}, ce festival réunit chaque année compétitions, rétrospectives et "
                        f"rencontres professionnelles. Séances à 20:30, format 2,39:1 de rigueur !",
            "exploitation": f"Salle indépendante ouverte en {year}, classée art et essai : avant-premières, "
                            f"ciné-concerts et rencontres « en présence de l’équipe ».",
            "media": f"Fondée en {year}, la rédaction couvre sorties, festivals et patrimoine ; critiques, "
                     f"entretiens & dossiers.",
            "institution": f"Depuis {year}, l’institution soutient la création, la diffusion et l’éducation "
                           f"à l’image en {r.choice(REGIONS)}.",
            "agence": f"Agence fondée en {year} : relations presse, R&D éditoriale et tournées promotionnelles.",
        }
        text = lines.get(s.kind, f"Fondée en {year}, la société a notamment accompagné {films}.")
        if self.societes and r.random() < 0.3:
            other = r.choice(self.societes)
            text += f" Partenaire régulier de [{other.name}](../societes/{other.key}.md)."
        return text + "\n"

    # -- profiles ----------------------------------------------------------------------------------------
    def _film(self) -> str:
        return f"{self.rng.choice(FILM_WORDS_A)} {self.rng.choice(FILM_WORDS_B)}"

    def _person_name(self) -> tuple[str, str, bool]:
        r = self.rng
        feminine = r.random() < 0.5
        pool = self._female if feminine else self._male
        first = r.choices(pool[0], pool[1])[0]
        x = r.random()
        if x < 0.08:
            last = r.choice(PARTICLE_SURNAMES)
        elif x < 0.14:
            last = f"{r.choices(*self._surnames)[0]}-{r.choices(*self._surnames)[0]}"
        else:
            last = r.choices(*self._surnames)[0]
        return first, last, feminine

    def _handle(self, network: str, first: str, last: str, organization: bool = False) -> str:
        r = self.rng
        f, l = ascii_word(first) or "x", ascii_word(last)
        fl = f + l
        if network == "bluesky":
            h = r.choice([f"{f}-{l}.bsky.social" if l else f"{f}.bsky.social", f"{fl}.bsky.social", f"{fl}.fr"])
            return f"https://bsky.app/profile/{h}" if r.random() < 0.1 else h
        if network == "mastodon":
            inst = r.choice(MASTODON_INSTANCES)
            user = r.choice([f, f"{f}_{l}" if l else f, f"{f}.{l}" if l else f])[:30].strip("._")
            form = r.random()
            if form < 0.1:
                return f"https://{inst}/@{user}"
            return f"@{user}@{inst}" if form < 0.4 else f"{user}@{inst}"
        if network == "x":
            words = [w.capitalize() for w in (f, ascii_word(last.split()[-1]) if last else "") if w]
            body = ("_" if r.random() < 0.2 else "").join(words) or "Cinema"
            suffix = f"{r.randint(0, 99):02d}" if r.random() < 0.6 else ""
            return body[: 15 - len(suffix)] + suffix
        if network in ("instagram", "threads"):
            h = r.choice([f"{f}.{l}" if l else f, f"{f}_{l}_cinema" if l else f"{f}_cinema", fl])[:30].strip(".")
            return f"@{h}" if network == "threads" and r.random() < 0.5 else h
        if network == "letterboxd":
            return r.choice([fl, f"{f}_{l}" if l else f])[:40]
        if network == "youtube":
            if r.random() < 0.3:
                alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
                return "UC" + "".join(r.choice(alphabet) for _ in range(22))
            camel = "".join(c for c in fold(first.title() + last.title()) if c.isascii() and c.isalnum())
            return "@" + (camel[:30] if len(camel) >= 3 else camel + "Cine")
        if network == "tiktok":
            h = r.choice([f"{f}.{l}" if l else f, fl + "cine"])[:24].rstrip(".")
            return h if len(h) >= 2 else h + "tv"
        if network == "linkedin":
            h = f"{f}-{l}" if l else f
            h = "-".join(p for p in h.split("-") if p)[:90]
            return f"{h}-{r.randint(1000, 99999):x}" if not organization else (h if len(h) >= 3 else h + "-fr")
        raise ValueError(network)

    def make_profiles(self) -> None:
        r = self.rng
        metier_keys = list(METIER_WEIGHTS)
        weights = [METIER_WEIGHTS[k] for k in metier_keys]
        by_kind: dict[str, list[Societe]] = {k: [] for k in SOCIETE_KINDS}
        for s in self.societes:
            by_kind[s.kind].append(s)
        slugs: set[str] = set()
        official_pool = list(self.societes)
        r.shuffle(official_pool)

        def unique(base: str) -> str:
            slug, i = base, 2
            while slug in slugs:
                slug = f"{base}-{i}"
                i += 1
            slugs.add(slug)
            return slug

        for i in range(self.n):
            # About 3 % official accounts of sociétés (kind: organization), one per société at most.
            if i >= 20 and official_pool and r.random() < 0.03:
                s = official_pool.pop()
                name = r.choice([f"{s.name} (compte officiel)", f"{s.name} — compte officiel", s.name])
                p = Profile(slug=unique(slugify(f"{s.key}-officiel")), name=name, organization=True)
                p.first, p.last = s.name, ""
                p.professions = [KIND_TO_METIER[s.kind]]
                p.companies = [s.key]
            else:
                first, last, feminine = self._person_name()
                name = f"{first} {last}"
                p = Profile(slug=unique(slugify(name)), name=name, first=first, last=last, feminine=feminine)
                p.sort_name = f"{last}, {first}"
                count = r.choices([1, 2, 3], [60, 30, 10])[0]
                chosen: list[str] = []
                if i < len(metier_keys):  # every métier gets members
                    chosen.append(metier_keys[i])
                while len(chosen) < count:
                    k = r.choices(metier_keys, weights)[0]
                    if k not in chosen:
                        chosen.append(k)
                p.professions = chosen
                if r.random() < 0.9:
                    labels = [r.choice(ROLES[k])[0 if feminine else 1] for k in chosen[:2]]
                    p.role = labels[0] if len(labels) == 1 or labels[0] == labels[1] else \
                        f"{labels[0]} et {labels[1][0].lower()}{labels[1][1:]}"
                ncomp = r.choices([0, 1, 2], [35, 50, 15])[0]
                comps: list[str] = []
                for _ in range(ncomp):
                    kinds = [k for m in chosen for k in METIER_KINDS.get(m, []) if by_kind[k]]
                    pool = by_kind[r.choice(kinds)] if kinds and r.random() < 0.7 else self.societes
                    s = r.choice(pool)
                    if s.key not in comps:
                        comps.append(s.key)
                p.companies = comps
            self.profiles.append(p)

        # Every société is referenced by at least one profile (else a warning): give unreferenced ones to
        # people with room for one more.
        referenced = {k for p in self.profiles for k in p.companies}
        people = [p for p in self.profiles if not p.organization]
        cursor = 0
        for s in self.societes:
            if s.key in referenced:
                continue
            for _ in range(len(people)):
                p = people[cursor % len(people)]
                cursor += 1
                if len(p.companies) < 2:
                    p.companies.append(s.key)
                    break
            else:
                people[0].companies.append(s.key)

        start = dt.date(2023, 1, 1)
        for p in self.profiles:
            f = p.first if not p.organization else ascii_word(p.first)[:30]
            l = p.last
            nacc = r.choices([1, 2, 3, 4], [30, 35, 22, 13])[0]
            networks: list[str] = []
            while len(networks) < nacc:
                n = r.choices(NETWORKS, NETWORK_WEIGHTS)[0]
                if n not in networks:
                    networks.append(n)
            p.accounts = [(n, self._handle(n, f, l, p.organization)) for n in networks]
            domain = f"{slugify(p.first)}-{slugify(p.last)}".strip("-")[:60].strip("-") + ".fr"
            if r.random() < 0.3:
                p.website = f"https://{domain}/"
                if r.random() < 0.3:
                    p.feed = f"https://{domain}/feed.xml"
            p.added = start + dt.timedelta(days=r.randint(0, 1276))
            if r.random() < 0.3:
                p.verified = p.added + dt.timedelta(days=r.randint(0, 200))
            p.source = r.choice([
                p.website or f"https://{r.choice(MEDIA_SITES)}/",
                f"Générique du film « {self._film()} » ({r.randint(1995, 2025)})",
                f"Annuaire du festival, édition {r.randint(2015, 2025)}",
                f"https://{r.choice(MEDIA_SITES)}/annuaire/{p.slug}",
            ])
        for p in self.profiles:
            p.body = self._bio(p)

    # -- bios ----------------------------------------------------------------------------------------------
    def _bio(self, p: Profile) -> str:
        r = self.rng
        target = r.randint(150, 1499)  # + the final newline
        pronoun = "Elle" if p.feminine else "Il"
        films = [self._film() for _ in range(4)]
        if p.organization:
            intro = (f"Le compte officiel de **{p.name}** : annonces, programmations et coulisses. "
                     f"Un fil « pratique » pour suivre les sorties de *{films[0]}* & *{films[1]}*, "
                     f"les horaires (séance à 20:30) et les \"dernières nouvelles\".")
        else:
            role = (p.role or "professionnel du cinéma").lower()
            school = r.choice(SCHOOLS)
            intro = r.choice([
                f"Formée à {school}, {p.first} {p.last} est {role}. {pronoun} a travaillé sur *{films[0]}* "
                f"et **{films[1]}** ; son travail sur *{films[2]}* a été salué par la critique.",
                f"{p.first} {p.last}, {role}, partage en ligne tournages, lectures et coups de cœur. "
                f"{pronoun} a signé *{films[0]}* puis *{films[1]}*, présenté en festival l’an dernier.",
                f"Après des études à {school}, {p.first} devient {role} et accompagne *{films[0]}* jusqu’en "
                f"salle. {pronoun} s’intéresse à la R&D des nouveaux formats et aux \"petits\" films d’auteur.",
            ])
            if not p.feminine:
                intro = intro.replace("Formée", "Formé")
        others = [o for o in (r.choice(self.profiles) for _ in range(3)) if o is not p]
        soc = r.choice(self.societes)
        metier = r.choice(list(self.metiers))
        label = next(line[6:].strip() for line in self.metiers[metier].splitlines() if line.startswith("label:"))
        site = r.choice(MEDIA_SITES)
        blocks: list[tuple[str, str]] = []
        if others:
            o = others[0]
            link = f"../profils/{o.slug}.md" if r.random() < 0.8 else f"/profils/{o.slug}/"
            also = f" et [{others[1].name}](../profils/{others[1].slug}.md)" if len(others) > 1 else ""
            blocks.append(("profile-link", f"Travaille avec [{o.name}]({link}){also}."))
        blocks.append(("societe-link", f"Chez [{soc.name}](../societes/{soc.key}.md) depuis {r.randint(2005, 2025)} "
                                       f"(métier : [{label.lower()}](../metiers/{metier}.md))."))
        blocks.append(("external-link", f"À lire : [un entretien](https://{site}/entretiens/{p.slug}?source=guide&page=2) "
                                        "(« long format »)."))
        full = target >= 1250  # about a quarter of the bios use every GFM feature at once
        rows = "\n".join(f"| {r.randint(1998, 2025)} | *{self._film()}* | {r.choice(['Long', 'Court', 'Série', 'Doc.'])} |"
                         for _ in range(2 if full else r.randint(2, 4)))
        blocks.append(("table", f"| Année | Film | Format |\n|---:|---|:---:|\n{rows}"))
        blocks.append(("strikethrough", f"Sortie ~~en mars~~ en avril, sous le titre ~~{films[1]}~~ *{films[2]}*."))
        blocks.append(("task-list", f"- [x] Sélection à {r.choice(CITIES)}\n- [ ] Sortie en salle & VOD"))
        blocks.append(("inline-code", "Format préféré : `2,39:1`, règle d’or : `a < b && c > d`."))
        blocks.append(("code-block", f"```text\nDurée : 1 h {r.randint(20, 59)}\nFormat : 1,85:1 <DCP> & \"VOSTFR\"\n```"))
        blocks.append(("autolink", f"Dossier de presse : https://{site}/films/{p.slug} (ou <https://www.cnc.fr/>)."))
        blocks.append(("escaping", "Budget R&D < 5 % du total, \"hors taxes\" & 'hors frais' ; bruit > 60 dB."))
        optional = [
            ("blockquote", f"> « Le cinéma, c’est l’écriture moderne dont l’encre est la lumière. »\n"
                           f"> — cité dans un entretien de {r.randint(2010, 2025)}"),
            ("heading-list", f"### Filmographie choisie\n\n1. *{self._film()}* ({r.randint(1995, 2025)})\n"
                             f"2. *{self._film()}* ({r.randint(1995, 2025)})"),
        ]
        if r.random() < 0.03:
            optional.append(("image", "![Logo du guide](/assets/favicon.svg)"))
        r.shuffle(blocks)
        r.shuffle(optional)
        parts, size = [intro], len(intro.encode())
        features = {"emphasis"}
        required = sum(len(text.encode()) + 2 for _, text in blocks)
        if full and size + required > 1499:  # long names: a shorter introduction makes room
            intro = f"**{p.name}** : *{(p.role or 'compte officiel').lower()}*."
            parts, size = [intro], len(intro.encode())
            full = size + required <= 1499
        if full:
            for name, text in blocks:
                parts.append(text)
                size += len(text.encode()) + 2
                features.add(name)
            blocks, target = optional, 1499
        else:
            blocks = blocks + optional
            r.shuffle(blocks)
        for name, text in blocks:
            extra = len(text.encode()) + 2
            if size + extra <= target:
                parts.append(text)
                size += extra
                features.add(name)
        body = "\n\n".join(parts) + "\n"
        while len(body.encode()) < 150:  # never happens with the intros above, kept as a guard
            body = body.rstrip("\n") + " Fiche fictive.\n"
        assert 150 <= len(body.encode()) <= 1500, (p.slug, len(body.encode()))
        p.features = features
        return body

    # -- writing -------------------------------------------------------------------------------------------
    def write(self, out: Path, templates: Path) -> None:
        content = out / "content"
        if out.exists():
            shutil.rmtree(out)
        for sub in ("metiers", "societes", "profils", "pages"):
            (content / sub).mkdir(parents=True)
        (content / "site.yml").write_text(
            f"title: {q(f'Qui suivre ? — corpus de test ({self.n} fiches)')}\n"
            f"description: {q('Un guide fictif des professionnels du cinéma français, généré pour mesurer Générique.')}\n"
            "baseURL: \"https://quisuivre.example/\"\n"
            "language: fr\n"
            "accounts:\n  mastodon: \"quisuivre@piaille.fr\"\n  bluesky: quisuivre.bsky.social\n"
            # The corpus's dates are fixed, the day of a build is not: without this, more of its verified
            # dates would be stale-entry warnings every day, and builds would print more and more of them.
            "stale_after: 36500\n",
            encoding="utf-8")
        (content / "index.md").write_text(
            "---\ndescription: \"Corpus de test : des fiches fictives, classées par métier.\"\n---\n"
            f"Ce guide **fictif** recense {self.n} profils générés : voir [la page « À propos »](pages/a-propos.md), "
            "[les métiers](/metiers/) et [toutes les sociétés](/societes/).\n", encoding="utf-8")
        (content / "pages" / "a-propos.md").write_text(
            "---\ntitle: À propos\ndescription: \"D’où vient ce corpus de test.\"\n---\n"
            "Toutes les fiches de ce site sont **inventées** par `bench/generate_corpus.py` (graine "
            f"`{self.seed}`). Toute ressemblance avec des personnes existantes serait fortuite.\n\n"
            "## Contenu\n\n- des profils ;\n- des sociétés ;\n- les 20 métiers du guide.\n", encoding="utf-8")
        (content / "pages" / "mentions-legales.md").write_text(
            "---\ntitle: Mentions légales\n---\nSite de test, non publié. Contact : corrections@quisuivre.example.\n",
            encoding="utf-8")
        for key, text in self.metiers.items():
            (content / "metiers" / f"{key}.md").write_text(text, encoding="utf-8")
        for s in self.societes:
            lines = ["---", f"name: {q(s.name)}"]
            if s.sort_name:
                lines.append(f"sort_name: {q(s.sort_name)}")
            lines.append(f"kind: {s.kind}")
            if s.website:
                lines.append(f"website: {q(s.website)}")
            if s.accounts:
                lines.append("accounts:")
                lines += [f"  {n}: {q(h)}" for n, h in s.accounts]
            if s.source:
                lines.append(f"source: {q(s.source)}")
            lines.append("---")
            (content / "societes" / f"{s.key}.md").write_text("\n".join(lines) + "\n" + s.body, encoding="utf-8")
        for p in self.profiles:
            (content / "profils" / f"{p.slug}.md").write_text(self.profile_text(p), encoding="utf-8")
        shutil.copytree(templates, out / "templates")

    @staticmethod
    def profile_text(p: Profile) -> str:
        lines = ["---", f"name: {q(p.name)}"]
        if p.sort_name:
            lines.append(f"sort_name: {q(p.sort_name)}")
        if p.organization:
            lines.append("kind: organization")
        lines.append(f"professions: [{', '.join(p.professions)}]")
        if p.role:
            lines.append(f"role: {q(p.role)}")
        if p.companies:
            lines.append(f"companies: [{', '.join(p.companies)}]")
        if p.accounts:
            lines.append("accounts:")
            lines += [f"  {n}: {q(h)}" for n, h in p.accounts]
        # A verified profile's Mastodon and Bluesky accounts count as confirmed (no draw from the generator, so
        # the rest of the corpus stays as it was).
        confirmed = [n for n, _ in p.accounts if n in ("mastodon", "bluesky")] if p.verified else []
        if confirmed:
            lines.append(f"confirmed: [{', '.join(confirmed)}]")
        if p.website:
            lines.append(f"website: {q(p.website)}")
        if p.feed:
            lines.append(f"feed: {q(p.feed)}")
        if p.added:
            lines.append(f"added: {p.added.isoformat()}")
        if p.verified:
            lines.append(f"verified: {p.verified.isoformat()}")
        if p.source:
            lines.append(f"source: {q(p.source)}")
        lines.append("---")
        return "\n".join(lines) + "\n" + p.body

    def stats(self) -> str:
        feats: dict[str, int] = {}
        for p in self.profiles:
            for f in p.features:
                feats[f] = feats.get(f, 0) + 1
        sizes = sorted(len(p.body.encode()) for p in self.profiles)
        names = [p.name for p in self.profiles]
        dup = len(names) - len(set(names))
        all_feats = sum(1 for p in self.profiles if GFM_FEATURES <= p.features)
        return (f"{len(self.profiles)} profiles ({sum(p.organization for p in self.profiles)} organizations, "
                f"{dup} repeated display names), {len(self.societes)} sociétés, {len(self.metiers)} métiers; "
                f"bio bytes min {sizes[0]} median {sizes[len(sizes) // 2]} max {sizes[-1]}; "
                f"bios with every feature: {all_feats}; per feature: "
                + ", ".join(f"{k} {v}" for k, v in sorted(feats.items())))


def generate(n: int, out: Path, seed: int = 42, templates: Path | None = None, quiet: bool = False) -> Generator:
    g = Generator(n, seed)
    g.make_societes()
    g.make_profiles()
    g.write(out, templates or REPO / "templates")
    if not quiet:
        print(f"{out}: {g.stats()}", file=sys.stderr)
    return g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profiles", type=int, required=True, help="number of profiles (N)")
    ap.add_argument("--out", type=Path, required=True, help="site root to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--templates", type=Path, default=REPO / "templates", help="theme to copy (default: the shipped one)")
    ap.add_argument("--hugo", type=Path, help="also write the equivalent Hugo site to this folder")
    args = ap.parse_args(argv)
    if args.profiles < 1:
        ap.error("--profiles must be at least 1")
    generate(args.profiles, args.out, args.seed, args.templates)
    if args.hugo:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import hugo_site
        hugo_site.convert(args.out, args.hugo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
