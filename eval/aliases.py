"""A Latin-script proxy evaluation built from the bundled sanctions lists' own aliases.

Run from the repository root: ``.venv/bin/python eval/aliases.py`` (writes
``out/eval_aliases.csv`` and ``out/eval_aliases_errors.csv``, not committed).

The dev sets of ``eval/names.py`` hold Chinese company names only. This builds an
independent labelled set of general Latin-script organization pairs (Russian, Iranian,
Western, transliterated, acronyms...) from ``data/lists/``, and is NOT for tuning: fw-1's
word-frequency tables are derived from the same lists, so it is a proxy, not a held-out set.

Positives: an organization's primary name against one of its Latin-script aliases
(OFAC ``alt.csv`` a.k.a. rows; the JSON lists' ``aliases``), persons, vessels, aircraft and
non-Latin names dropped, and pairs identical after case/accent/punctuation folding dropped.

- ``alias-acronym``: one side is an acronym (one or two short tokens) of the other;
- ``alias-other``: the two share a word (or a near-identical word, a transliteration);
- ``alias-disjoint``: no word in common at all (a translation, a trade name, an old
  name not marked as such); in the headline, but also reported apart;
- ``alias-fka``: OFAC f.k.a./n.k.a. rows and inline "(f.k.a. ...)" aliases: renames, which
  no name matcher can catch; reported, never in the headline.

Negatives, never two entries of one entity: entities are linked when they share a name or
alias (folded, or with legal forms removed), across lists too, and a negative pair must
come from two unlinked entities whose names differ after folding.

- ``neg-nearest``: an organization's name against the most similar name (rapidfuzz
  token_set_ratio, then ratio) of another, unlinked organization;
- ``neg-nearest-subset``: the same, where one name's content words are all in the other
  ("TSARGRAD OOO" / "TSARGRAD PARK OOO"), from one list only: sibling or
  parent/subsidiary entities listed apart, so different legal entities; reported apart
  because a reviewer may accept such a merge (across two lists such pairs are dropped:
  they may be one entity);
- ``neg-random``: two random organizations.

Every pair also gets a ``region`` (``cn``: China/Hong Kong/Macau entities; ``other``;
``mixed`` for a negative across both) so the Chinese share of the lists can be set apart.
Deterministic (fixed seed).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names as dev  # noqa: E402  (eval/names.py: prf and the scorers)

ROOT = dev.ROOT
LISTS = ROOT / "data" / "lists"
SEED = 20260709
# Sampling caps: a few thousand pairs in all.
MAX_ALIASES_PER_ENTITY = 2
MAX_POSITIVES = {"ofac": 900, "lists": 900, "csl": 100}
MAX_FKA = 300
N_NEAREST = 1500
N_RANDOM = 500
CHINA = {"china", "hong kong", "macau", "macao", "cn", "hk"}
# Legal forms and filler removed for the linking key and the shared-word test.
FILLER = set("""
co company companies corp corporation inc incorporated ltd limited llc llp plc lp sa sas
sarl srl spa gmbh ag bv nv oy ab as kg jsc ojsc pjsc cjsc ooo oao zao ao pao tov fze fzco
fzc fz llc pte pvt sdn bhd the of and for de la del des du el al in on at et y e i und
group holding holdings joint stock open closed public liability
""".split())
_INLINE_FKA = re.compile(r"\s*\((?:f\.?k\.?a\.?|formerly|n\.?k\.?a\.?)[,:]?\s*([^)]*)\)?",
                         re.IGNORECASE)
_FKA_PREFIX = re.compile(r"(?:formerly(?: known as)?|f\.?k\.?a\.?|previously(?: known as)?)"
                         r"[,:]?\s+", re.IGNORECASE)
_INLINE_AKA = re.compile(r"\s*\((?:a\.?k\.?a\.?|also known as)[,:]?\s*([^)]*)\)?",
                         re.IGNORECASE)


@dataclass
class Entity:
    id: str
    source: str  # ofac, lists, csl
    name: str
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (alias, aka|fka)
    region: str = "other"


# -- text helpers ------------------------------------------------------------------

def junk(alias: str) -> bool:
    """An alias that names nothing on its own: no content word, or one common word
    ("Technology" cut off "Xinjiang Leon Telecom; and Technology")."""
    rest = content(alias)
    return not rest or (len(words(alias)) == 1 and rest <= common_words())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    path = ROOT / "fusionwatch" / "data" / "common_words.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def stems(text: str) -> set[str]:
    """Content words with a plural/adjective ending cut: a near-duplicate key."""
    text = re.sub(r"\([^)]*\)", " ", text)  # "(IED)", "(UK)"... aside
    return {re.sub(r"(al|s)$", "", w) for w in words(text) if w not in FILLER}


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (accents allowed) and there is one."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def words(text: str) -> list[str]:
    """Lower-case ASCII-folded words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"[a-z0-9]+", text.replace("'", "").replace("’", ""))


def fold(text: str) -> str:
    """Case, accent, punctuation and space folded: the 'trivially identical' key."""
    return "".join(words(text))


def core(text: str) -> str:
    """Folded words without legal forms and filler: the entity-linking key."""
    return " ".join(w for w in words(text) if w not in FILLER)


def content(text: str) -> set[str]:
    """The content words (no legal forms or filler, nothing in parentheses)."""
    return {w for w in words(re.sub(r"\([^)]*\)", " ", text)) if w not in FILLER}


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def is_acronym(short: str, long: str) -> bool:
    """``short`` is an acronym or syllable abbreviation of ``long``: one or two short
    tokens (legal forms and numbers aside) whose letters are the initials of ``long`` in
    order ("CIDMG", "OOO VPK"), or one token made of ``long``'s letters in order starting
    like it ("PYASGK", "GosNIImash"), or an all-caps token beside a mixed-case name."""
    st = [t for t in words(short) if t not in FILLER and not t.isdigit()] or words(short)
    lt = [t for t in words(long) if not t.isdigit()]
    lc = [t for t in lt if t not in FILLER] or lt
    joined = "".join(st)
    if not st or not lc or len(st) > 2 or not 2 <= len(joined) <= 10:
        return False
    if any(w.startswith(joined) for w in lt):  # a word of the long name, not an acronym
        return False
    if _subsequence(joined, "".join(w[0] for w in lt)):
        return True
    if len(st) == 1 and len(joined) <= 8 and joined[0] == lc[0][0] \
            and _subsequence(joined, "".join(lc)):
        return True
    return (short.isupper() and not long.isupper() and len(st) == 1 and len(joined) <= 5
            and "-" not in short)


def shares_word(a: str, b: str) -> bool:
    """The two names share a content word, exactly or nearly (a transliteration)."""
    from rapidfuzz import fuzz

    wa = {w for w in words(a) if w not in FILLER and len(w) >= 3}
    wb = {w for w in words(b) if w not in FILLER and len(w) >= 3}
    if wa & wb:
        return True
    # "TIDEWATER" / "TIDE WATER", "Kazan" / "Kazanski"
    fa, fb = fold(a), fold(b)
    if any(w in fb for w in wa if len(w) >= 5) or any(w in fa for w in wb if len(w) >= 5):
        return True
    return any(fuzz.ratio(x, y) >= 80 for x in wa for y in wb if min(len(x), len(y)) >= 4)


def positive_category(name: str, alias: str, kind: str) -> str:
    if kind == "fka":
        return "alias-fka"
    short, long = sorted((name, alias), key=len)
    if is_acronym(short, long):
        return "alias-acronym"
    return "alias-other" if shares_word(name, alias) else "alias-disjoint"


def split_alias(alias: str) -> list[tuple[str, str]]:
    """One alias string of a JSON list -> (alias, kind) pieces, inline f.k.a. split off."""
    from fusionwatch.sources._text import clean_alias

    out = [(m[1].strip(" ;,\"'“”"), "fka") for m in _INLINE_FKA.finditer(alias)]
    out += [(m[1].strip(" ;,\"'“”"), "aka") for m in _INLINE_AKA.finditer(alias)]
    rest = _INLINE_AKA.sub("", _INLINE_FKA.sub("", alias))
    for piece in clean_alias(rest).split(";"):
        piece = re.sub(r"^\s*and\s+", "", piece).strip(" ,;\"'“”—")
        renamed = _FKA_PREFIX.match(piece)
        out.append((piece[renamed.end():], "fka") if renamed else (piece, "aka"))
    return [(a, k) for a, k in out if a]


# -- loading -------------------------------------------------------------------------

def load_json_lists() -> list[Entity]:
    from fusionwatch.sources._text import clean_name
    from fusionwatch.sources.persons import classify

    out: list[Entity] = []
    for path in sorted(LISTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, entry in enumerate(data.get("entities") or []):
            name, inline = clean_name(entry["name"])
            # clean_name takes (f.k.a. X) for an a.k.a.: tell them apart here.
            fka = [m[1].strip(" ;,\"'“”") for m in _INLINE_FKA.finditer(entry["name"])]
            aliases = [(a, "fka" if a in fka else "aka") for a in inline]
            for raw in entry.get("aliases") or []:
                aliases += split_alias(str(raw))
            if classify(name, tuple(a for a, _ in aliases)).is_person:
                continue
            country = (entry.get("country") or "").strip().lower()
            out.append(Entity(f"{path.stem}:{i}", "lists", name, aliases,
                              "cn" if country in CHINA else "other"))
    return out


def load_ofac() -> list[Entity]:
    """SDN entities of both snapshots (the later name wins), with alt.csv aliases."""
    from fusionwatch.sources.persons import classify

    def rows(name: str) -> list[list[str]]:
        text = (LISTS / "ofac" / name).read_bytes().decode("cp1252").rstrip("\x1a")
        return [[v.strip() for v in r] for r in csv.reader(text.splitlines()) if r]

    entries: dict[str, str] = {}
    for snap in ("sdn_2024-04-26.csv", "sdn_2024-05-03.csv"):
        for r in rows(snap):
            if r[2] == "-0-" and not classify(r[1], declared="entity").is_person:
                entries[r[0]] = r[1]
    countries: dict[str, str] = {}
    for r in rows("add_2025-02.csv"):
        countries.setdefault(r[0], r[4].lower())
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows("alt_2025-02.csv"):
        if r[0] in entries:
            kind = "aka" if r[2].lower().replace(".", "") == "aka" else "fka"
            aliases[r[0]].append((r[3], kind))
    return [Entity(f"ofac:{k}", "ofac", v, aliases[k],
                   "cn" if countries.get(k) in CHINA else "other")
            for k, v in sorted(entries.items(), key=lambda kv: int(kv[0]))]


def load_csl() -> list[Entity]:
    from fusionwatch.sources.persons import classify

    out: list[Entity] = []
    for path in sorted((LISTS / "csl").glob("*.csv")):
        with path.open(encoding="utf-8-sig") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                name = (row.get("name") or "").strip()
                name = re.sub(r";\s*and any successor.*$", "", name, flags=re.IGNORECASE)
                alts = [(a.strip(), "aka") for a in (row.get("alt_names") or "").split(";")
                        if a.strip()]
                kind = (row.get("type") or "").strip() or None
                if not name or kind in ("Vessel", "Aircraft"):
                    continue
                if classify(name, tuple(a for a, _ in alts), declared=kind).is_person:
                    continue
                region = "cn" if re.search(r"\b(CN|HK|China)\b", row.get("addresses") or "") \
                    else "other"
                out.append(Entity(f"{path.stem}:{i}", "csl", name, alts, region))
    return out


def link(entities: list[Entity]) -> list[int]:
    """Cluster ids: entities sharing a folded name/alias or legal-form-free key are one."""
    parent = list(range(len(entities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, ent in enumerate(entities):
        for text in [ent.name, *(a for a, _ in ent.aliases)]:
            for key in {"f:" + fold(text), "c:" + core(text)}:
                if len(key) < 6:  # too short to say two entries are one
                    continue
                j = seen.setdefault(key, i)
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(entities))]


# -- the pair set --------------------------------------------------------------------

def build() -> tuple[list[dict[str, str]], Counter[str]]:
    from rapidfuzz import fuzz, process, utils

    rng = random.Random(SEED)
    stats: Counter[str] = Counter()
    entities = [e for e in load_json_lists() + load_ofac() + load_csl() if is_latin(e.name)]
    cluster = link(entities)
    stats["organizations (Latin primary name)"] = len(entities)
    stats["linked clusters"] = len(set(cluster))

    # positives
    by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
    fka: list[dict[str, str]] = []
    for ent in entities:
        cands = []
        for alias, kind in dict.fromkeys(ent.aliases):
            if not is_latin(alias):
                stats["alias skipped: not Latin"] += 1
            elif junk(alias):
                stats["alias skipped: no content word"] += 1
            elif fold(alias) == fold(ent.name):
                stats["alias skipped: identical after folding"] += 1
            else:
                cands.append({"name1": ent.name, "name2": alias, "label": "true",
                              "category": positive_category(ent.name, alias, kind),
                              "region": ent.region, "source": ent.source})
        rng.shuffle(cands)
        fka += [c for c in cands if c["category"] == "alias-fka"][:MAX_ALIASES_PER_ENTITY]
        by_source[ent.source] += [c for c in cands
                                  if c["category"] != "alias-fka"][:MAX_ALIASES_PER_ENTITY]
    pairs: list[dict[str, str]] = []
    for source, rows in sorted(by_source.items()):
        stats[f"positives available: {source}"] = len(rows)
        pairs += rng.sample(rows, min(len(rows), MAX_POSITIVES[source]))
    stats["fka available"] = len(fka)
    pairs += rng.sample(fka, min(len(fka), MAX_FKA))

    # negatives
    pool = [(ent.name, i) for i, ent in enumerate(entities)]
    pool += [(a, i) for i, ent in enumerate(entities) for a, k in ent.aliases
             if k == "aka" and is_latin(a) and not junk(a)]
    pool_names = [n for n, _ in pool]
    seen_pairs: set[tuple[str, str]] = set()

    def negative(i: int, text: str, j: int, category: str) -> dict[str, str] | None:
        a, b = entities[i], entities[j]
        if cluster[i] == cluster[j] or fold(a.name) == fold(text) or core(a.name) == core(text):
            return None
        if stems(a.name) == stems(text):  # "Academy of Science" / "... of Sciences"
            return None
        if a.id.split(":")[0] != b.id.split(":")[0]:
            # On two lists, a near-identical or contained name may well be one entity
            # ("Dahua Technology" / "Zhejiang Dahua Technology Co., Ltd."): unknown, drop.
            # Within one list, entries listed apart are distinct legal entities.
            ca, cb = content(a.name), content(text)
            if ca <= cb or cb <= ca or fuzz.ratio(fold(a.name), fold(text)) >= 90 \
                    or fuzz.token_sort_ratio(core(a.name), core(text)) >= 85:
                return None
        key = tuple(sorted((fold(a.name), fold(text))))
        if key in seen_pairs:
            return None
        seen_pairs.add(key)  # type: ignore[arg-type]
        region = a.region if a.region == b.region else "mixed"
        return {"name1": a.name, "name2": text, "label": "false", "category": category,
                "region": region, "source": a.source}

    queries = rng.sample(range(len(entities)), min(N_NEAREST, len(entities)))
    scores = process.cdist([entities[i].name for i in queries], pool_names,
                           scorer=fuzz.token_set_ratio, processor=utils.default_process,
                           dtype="uint8", workers=-1)
    for row, i in enumerate(queries):
        order = scores[row].argsort()[::-1][:40]
        best = sorted(order, key=lambda k: (-int(scores[row][k]),
                                            -fuzz.ratio(entities[i].name, pool_names[k])))
        for k in best:
            text, j = pool[k]
            neg = negative(i, text, j, "neg-nearest")
            if neg and (content(entities[i].name) <= content(text)
                        or content(text) <= content(entities[i].name)):
                neg["category"] = "neg-nearest-subset"
            if neg:
                pairs.append(neg)
                break
    n_random = 0
    while n_random < N_RANDOM:
        i, j = rng.sample(range(len(entities)), 2)
        neg = negative(i, entities[j].name, j, "neg-random")
        if neg:
            pairs.append(neg)
            n_random += 1
    return pairs, stats


# -- report --------------------------------------------------------------------------

def cell(pred: list[bool], gold: list[bool]) -> str:
    p, r, f = dev.prf(pred, gold)
    if all(gold):
        return f"  R {r:.3f}           "
    if not any(gold):
        return f"  false-match {sum(pred) / len(pred):.3f} "
    return f" {p:.3f} {r:.3f} {f:.3f} "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval_aliases.csv")
    parser.add_argument("--errors", type=int, default=40, help="fw-1 errors to print")
    args = parser.parse_args()

    pairs, stats = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fields = ["name1", "name2", "label", "category", "region", "source"]
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(pairs)
    print(f"{len(pairs)} pairs -> {args.out}")
    print("  " + "; ".join(f"{k} {v}" for k, v in stats.items()))

    scorers = {"fw-1": dev.fw1_scorer(), "logic-v2": dev.nk_scorer("logic-v2"),
               "name-based": dev.nk_scorer("name-based")}
    print("thresholds: " + ", ".join(f"{k} {t}" for k, (_, t) in scorers.items())
          + " (nomenklatura: yente's default 0.7; fw-1: its fitted default)")
    preds = {algo: [score(r) for r in pairs] for algo, (score, _) in scorers.items()}
    gold = [r["label"] == "true" for r in pairs]

    n = range(len(pairs))
    headline = [i for i in n if pairs[i]["category"] != "alias-fka"]
    groups: dict[str, list[int]] = {
        "latin aliases (headline, no fka)": headline,
        "  without alias-disjoint": [i for i in headline
                                     if pairs[i]["category"] != "alias-disjoint"],
        "  region cn (+mixed negatives)": [i for i in headline
                                           if pairs[i]["region"] in ("cn", "mixed")],
        "  region other (+mixed negatives)": [i for i in headline
                                              if pairs[i]["region"] in ("other", "mixed")],
    }
    for cat in sorted({r["category"] for r in pairs}):
        groups[f"  {cat}"] = [i for i in n if pairs[i]["category"] == cat]
        for region in ("cn", "other", "mixed"):
            idx = [i for i in groups[f"  {cat}"] if pairs[i]["region"] == region]
            if idx:
                groups[f"  {cat} / {region}"] = idx
    header = f"{'kind / category':34} {'n':>5} " + " ".join(f"{a:>20}" for a in scorers)
    print(header + "\n" + " " * 41 + "  P     R     F1    " * len(scorers))
    for label, idx in groups.items():
        cells = [cell([preds[a][i] for i in idx], [gold[i] for i in idx]) for a in scorers]
        print(f"{label:34} {len(idx):>5} " + " ".join(cells))

    # fw-1's errors, with its explanation; spread over the categories.
    from fusionwatch.resolve.compare import NameRecord, compare

    errors = [i for i in n if preds["fw-1"][i] != gold[i]]
    err_path = args.out.with_name(args.out.stem + "_errors.csv")
    with err_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*fields, "fw1_score", "logic_v2_match", "explanation"])
        explained = {}
        for i in errors:
            res = compare(NameRecord((pairs[i]["name1"],)), NameRecord((pairs[i]["name2"],)))
            explained[i] = res
            writer.writerow([*(pairs[i][f] for f in fields), f"{res.score:.3f}",
                             preds["logic-v2"][i], res.explanation])
    by_cat: dict[str, list[int]] = defaultdict(list)
    for i in errors:
        by_cat[pairs[i]["category"]].append(i)
    shown: list[int] = []
    rng = random.Random(SEED)
    per_cat = {c: rng.sample(v, len(v)) for c, v in sorted(by_cat.items())}
    while len(shown) < min(args.errors, len(errors)):
        for cat in per_cat:
            if per_cat[cat] and len(shown) < args.errors:
                shown.append(per_cat[cat].pop())
    print(f"\nfw-1 errors: {len(errors)} (" + ", ".join(
        f"{c} {len(v)}" for c, v in sorted(by_cat.items())) + f"); all in {err_path}")
    for i in sorted(shown, key=lambda i: (pairs[i]["category"], i)):
        r, res = pairs[i], explained[i]
        kind = "FN" if gold[i] else "FP"
        print(f"{kind} {r['category']:15} {res.score:.2f}  {r['name1']!r} ~ {r['name2']!r}"
              f"\n      {res.explanation}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
