"""Build ``fusionwatch/data/common_words.txt``: words too frequent in list names to tell
organizations apart.

Usage: ``python scripts/build_common_words.py`` (reads the bundled ``data/lists/*.json``).

A word that appears in the names of many listed entities ("state", "plant", "zavod",
"national", "russian", affiliate families such as "gazprom") says little about which
organization a name is. The normalizer treats such words like industry words: they are
compared, but are not the distinctive core of a name unless nothing else is left.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "fusionwatch" / "data" / "common_words.txt"
MIN_NAMES = 15


def build(lists: Path) -> list[str]:
    """Words found in at least MIN_NAMES distinct Latin-script names of the lists."""
    from fusionwatch.resolve.normalize.latin import words
    from fusionwatch.resolve.normalize.pinyin import is_syllable

    names: set[str] = set()
    for path in sorted(lists.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for entity in data.get("entities", []):
            if not isinstance(entity, dict):
                continue
            for name in [entity.get("name"), *(entity.get("aliases") or [])]:
                if isinstance(name, str) and name.isascii():
                    names.add(name)
    counts = Counter(w for name in names for w in set(words(name)))
    # Pinyin syllables ("hong", "wei") are parts of trade names once joined: not common.
    return sorted(w for w, n in counts.items() if n >= MIN_NAMES and len(w) >= 3
                  and w.isalpha() and not is_syllable(w))


def main() -> None:
    found = build(ROOT / "data" / "lists")
    header = (f"# Words in at least {MIN_NAMES} names of the bundled lists (data/lists/*.json).\n"
              "# Built by scripts/build_common_words.py; do not edit by hand.\n")
    TARGET.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} common words -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
