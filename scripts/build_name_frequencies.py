"""Build ``fusionwatch/data/name_frequencies.csv``: in how many list names each word occurs.

Usage: ``python scripts/build_name_frequencies.py`` (reads the bundled ``data/lists/*.json``
and the organization entries of ``data/lists/ofac/*.csv``).

A match that rests on a word found in hundreds of listed names ("ministry", "national",
"trading", "istanbul", "kapital") is weak evidence; one resting on a word found in one or
two names ("hikvision", "malakhit") is strong. This is the term-frequency adjustment of
Splink and the name-frequency table of nomenklatura, computed on the names this project
resolves. A word is counted once per distinct trade name (the normalized core of a name),
not per entry, so an organization listed by five agencies ("Hikvision") does not make its
own name look common; words seen under one trade name only are left out (the default).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "fusionwatch" / "data" / "name_frequencies.csv"


def _json_entities(lists: Path) -> Iterator[list[str]]:
    for path in sorted(lists.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for entity in data.get("entities", []):
            if isinstance(entity, dict):
                names = [entity.get("name"), *(entity.get("aliases") or [])]
                yield [n for n in names if isinstance(n, str)]


def _ofac_entities(folder: Path) -> Iterator[list[str]]:
    """Organization entries (not individuals) of the SDN snapshots, with their aliases."""
    orgs: dict[str, set[str]] = {}
    for path in sorted(folder.glob("sdn_*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for row in csv.reader(fh):
                if len(row) > 2 and row[2].strip() != "individual":
                    orgs.setdefault(row[0], set()).add(row[1])
    for path in sorted(folder.glob("alt_*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for row in csv.reader(fh):
                if len(row) > 3 and row[0] in orgs:
                    orgs[row[0]].add(row[3])
    for names in orgs.values():
        yield sorted(names)


def build(lists: Path) -> tuple[Counter[str], int]:
    """(distinct trade names per word, number of distinct trade names) over the lists."""
    from fusionwatch.resolve.normalize.latin import prepare_latin, split_aliases, words

    by_core: dict[str, set[str]] = {}
    for names in (*_json_entities(lists), *_ofac_entities(lists / "ofac")):
        for name in names:
            for alias in split_aliases(name) if name.isascii() else ():
                core = prepare_latin(alias).core_key
                if core:
                    by_core.setdefault(core, set()).update(words(alias))
    counts: Counter[str] = Counter(w for found in by_core.values() for w in found)
    return counts, len(by_core)


def main() -> None:
    counts, total = build(ROOT / "data" / "lists")
    rows = sorted((w, n) for w, n in counts.items() if n >= 2)
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# Distinct trade names containing each word, of {total} in data/lists.\n"
                 "# Built by scripts/build_name_frequencies.py; do not edit by hand.\n")
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["word", "names"])
        writer.writerows(rows)
    print(f"{len(rows)} words of {total} trade names -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
