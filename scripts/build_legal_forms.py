"""Build ``fusionwatch/data/legal_forms.txt`` from the GLEIF Entity Legal Form list.

Usage: ``python scripts/build_legal_forms.py [data/lists/gleif/elf-codes-1.4.1.csv]``

Keeps the Latin-script names and abbreviations of every active legal form (lower-cased,
punctuation removed, at most five words) and the Han-script ones (simplified), one per
line. Normalizers strip these from the end of organization names.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "lists" / "gleif" / "elf-codes-1.4.1.csv"
TARGET = ROOT / "fusionwatch" / "data" / "legal_forms.txt"
HAN = re.compile(r"[\u4e00-\u9fff]")
# Forms whose words are common in names and would be stripped by mistake.
SKIP = {"trust", "foundation", "association", "fund", "partnership", "university", "bank",
        "church", "school", "cooperative", "society", "club", "union", "institute", "other",
        # "Standard Chartered", "Global Business", "Canton" (Guangzhou), "Embassy Hotel";
        # Roman numerals ("Rim Group Investments II Corp.")
        "chartered", "business", "canton", "embassy", "ii", "vi"}


def _latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def build(source: Path) -> list[str]:
    """Return the sorted legal-form strings of the GLEIF list at ``source``."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    forms: set[str] = set()
    with source.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["ELF Status ACTV/INAC"] != "ACTV":
                continue
            values = [row["Entity Legal Form name Local name"],
                      row["Entity Legal Form name Transliterated name (per ISO 01-140-10)"]]
            for col in ("Abbreviations Local language", "Abbreviations transliterated"):
                values.extend(row[col].split(";"))
            for value in values:
                value = value.strip()
                if not value or "（" in value or "(" in value:
                    continue
                if HAN.search(value):
                    han = t2s.convert(value).replace(" ", "")
                    if len(han) >= 2:
                        forms.add(han)
                    continue
                norm = _latin(value)
                if (len(norm) >= 2 and len(norm.split()) <= 5 and norm not in SKIP
                        and not norm.isdigit()):
                    forms.add(norm)
    return sorted(forms)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    forms = build(source)
    header = f"# Legal forms from the GLEIF ELF code list ({source.name}), CC0.\n" \
             "# Built by scripts/build_legal_forms.py; do not edit by hand.\n"
    TARGET.write_text(header + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"{len(forms)} legal forms -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
