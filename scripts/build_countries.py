"""Build ``fusionwatch/data/countries.csv``: country names and adjectives to their code.

Usage: ``python scripts/build_countries.py`` (needs followthemoney, a core dependency).

Country names come from followthemoney's country type (its English labels); the common
adjectives ("Iranian", "Russian") and short forms are listed in ``EXTRA``. Latin-script
normalization treats these words as regions: "Iran Air" and "Iran Insurance" share a
country, not a name, and "Iran X" vs "Syria X" conflict like two cities.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fusionwatch" / "data" / "countries.csv"
EXTRA = {
    "cn": ["chinese", "prc", "people's republic of china"],
    "ru": ["russian", "rossiya", "rossii", "rossiiskaya", "rossiyskaya", "rossiiskoi",
           "rossiyskoy", "rossiyskoi", "rossiski", "rossiiskii", "rossiyskiy", "rossiysky"],
    "ir": ["iranian", "persian", "islamic republic of iran"], "sy": ["syrian"],
    "kp": ["dprk", "north korean", "democratic people's republic of korea"],
    "kr": ["korean", "korea"], "us": ["american", "usa", "united states of america"],
    "gb": ["british", "uk", "great britain"], "ae": ["emirati", "uae"],
    "iq": ["iraqi"], "by": ["belarusian", "belarusian"], "ve": ["venezuelan"],
    "cu": ["cuban"], "af": ["afghan"], "pk": ["pakistani"], "in": ["indian"],
    "tr": ["turkish", "turkiye"], "ua": ["ukrainian", "ukraina", "ukrainy"],
    "de": ["german", "deutsche", "deutscher", "deutsches"], "fr": ["french"],
    "jp": ["japanese"], "lb": ["lebanese"], "ye": ["yemeni"], "sa": ["saudi"],
    "il": ["israeli"], "eg": ["egyptian"], "ly": ["libyan"], "sd": ["sudanese"],
    "mm": ["burmese", "burma"], "hk": ["hong kong"], "mo": ["macau", "macao"],
    "tw": ["taiwanese"], "kz": ["kazakh"], "uz": ["uzbek"], "am": ["armenian"],
    "ge": ["georgian"], "az": ["azerbaijani"], "ps": ["palestinian"], "ml": ["malian"],
    # Western and other adjectives ("Canadian National Railway" / "Canadian Pacific
    # Railway" share a country, not a name)
    "ca": ["canadian"], "ch": ["swiss"], "it": ["italian"], "es": ["spanish"],
    "nl": ["dutch"], "be": ["belgian"], "se": ["swedish"], "no": ["norwegian"],
    "dk": ["danish"], "fi": ["finnish"], "pl": ["polish"], "at": ["austrian"],
    "au": ["australian"], "nz": ["new zealand"], "br": ["brazilian"], "mx": ["mexican"],
    "ar": ["argentine", "argentinian"], "cl": ["chilean"], "co": ["colombian"],
    "pe": ["peruvian"], "id": ["indonesian"], "my": ["malaysian"], "sg": ["singaporean"],
    "th": ["thai"], "vn": ["vietnamese"], "ph": ["philippine", "filipino"],
    "ng": ["nigerian"], "ke": ["kenyan"], "za": ["south african"], "qa": ["qatari"],
    "kw": ["kuwaiti"], "om": ["omani"], "bh": ["bahraini"], "jo": ["jordanian"],
    "ma": ["moroccan"], "dz": ["algerian"], "tn": ["tunisian"], "et": ["ethiopian"],
    "gr": ["greek", "hellenic"], "pt": ["portuguese"], "ie": ["irish"],
    "hu": ["hungarian"], "cz": ["czech"], "sk": ["slovak"], "ro": ["romanian"],
    "bg": ["bulgarian"], "rs": ["serbian"], "hr": ["croatian"], "si": ["slovenian"],
    "lt": ["lithuanian"], "lv": ["latvian"], "ee": ["estonian"], "kg": ["kyrgyz"],
    "tj": ["tajik"], "tm": ["turkmen"], "mn": ["mongolian"], "np": ["nepalese"],
    "bd": ["bangladeshi"], "lk": ["sri lankan"],
}


def build() -> list[tuple[str, str]]:
    """(name, code) rows: followthemoney's labels plus adjectives and short forms."""
    from followthemoney.types import registry

    rows = {(str(label), code) for code, label in registry.country.names.items()
            if len(code) == 2}
    rows |= {(name, code) for code, names in EXTRA.items() for name in names}
    return sorted(rows)


def main() -> None:
    rows = build()
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "code"])
        writer.writerows(rows)
    print(f"{len(rows)} country names -> {TARGET.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
