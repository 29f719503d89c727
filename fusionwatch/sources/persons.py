"""Tell organizations from private individuals in lists that do not mark them.

fusionwatch stores facts about organizations only: person rows are dropped at parse
time. The Entity List and most JSON-layout lists mix both without a type column, so
:func:`classify` decides from the name (and aliases) alone:

1. a declared type (CSL ``type``, SDN ``SDN_Type``) wins;
2. "Surname, Given" names, entries marked "(individual)" and company-plus-person
   entries ("X Ltd. and John Smith") are dropped;
3. organization evidence (a legal form, an organization or place word, digits, an
   acronym or CamelCase brand, a CJK/Cyrillic organization suffix, a single-word
   name) keeps the entry;
4. otherwise a name shaped like a person's (2-9 capitalised words, initials,
   patronymics, "bin"/"ibn"/"al-" particles) is dropped.

The rule leans towards dropping: an organization wrongly dropped is a lost record,
a person wrongly kept is a privacy breach. Word lists live in :mod:`._words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fusionwatch.sources._words import (
    AMBIGUOUS_FORMS,
    CJK_ORG,
    CYRILLIC_ORG,
    LEGAL_FORMS,
    ORG_WORDS,
    ORGANIZATION_WORDS,
    PARTICLES,
    PLACES,
    PUBLIC_BODY_WORDS,
    TITLES,
)

PERSON = "Person"
_NAME_PREFIXES = ("Mc", "Mac", "La", "Le", "De", "Di", "Da", "Van", "Von", "O'")

_TOKEN = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PATRONYMIC = re.compile(r"(ovich|evich|yevich|ovna|evna|yevna|ich|ична|ович|евич|овна|евна)$")
_CAMEL = re.compile(r"[a-z][A-Z]")
_VESSEL = re.compile(r"^(m/?v|m/?t|mt|mv)\b|\bvessel\b", re.IGNORECASE)
_SEE_ALSO = re.compile(r"\(see [^)]*\)?", re.IGNORECASE)
_INDIVIDUAL = re.compile(r"\((?:[^)]*\s)?individual\b[^)]*\)", re.IGNORECASE)
_AND = re.compile(r",?\s+and\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_AKA = re.compile(r";|\s(?:a\.?k\.?a\.?|a/k/a|f\.?k\.?a\.?)[\s,:]", re.IGNORECASE)
_GENERATION = re.compile(r",?\s+(?:jr|sr|ii|iii|iv)\.?(?=,|$)", re.IGNORECASE)
_SP_Z_OO = re.compile(r"\bsp\.? ?z ?o\.? ?o\b", re.IGNORECASE)
_PAREN_ACRONYM = re.compile(r"\(([A-Z0-9&\-. ]{2,})\)")
# Alias strings sometimes carry an address after the name ("Name, 7150 Rue ...").
_ALIAS_TAIL = re.compile(r"[,.;]\s+(?=[^,.;]*\d).*$")
_ACRONYM = re.compile(r"[A-Z]{2,3}")
_BRAND_SUFFIX = re.compile(
    r"..(com|tech|tec|tek|soft|tronic|tronics|trade|prom|export|servis|gaz|neft|stroy|mash|chem)$"
)


@dataclass(frozen=True)
class Classification:
    """The verdict on one name.

    Attributes:
        schema: ``Person`` or the FollowTheMoney schema to store the entry as.
        reason: a short human-readable explanation, for review of what was dropped.
    """

    schema: str
    reason: str

    @property
    def is_person(self) -> bool:
        """True when the entry should be dropped."""
        return self.schema == PERSON


def tokens(text: str, keep_case: bool = False) -> list[str]:
    """Word tokens, with dots inside legal forms removed ("S.A." -> "sa").

    Lower-cased unless ``keep_case``; then only tokens not written in lower case are
    returned, lower-cased (used to tell the legal form "AS" from the word "as").
    """
    text = re.sub(r"(?<=\b\w)\.(?=\w\b\.?)", "", text)
    found = [t.replace("’", "'") for t in _TOKEN.findall(text)]
    if keep_case:
        return [t.lower() for t in found if not t.islower()]
    return [t.lower() for t in found]


def org_schema(name: str, aliases: tuple[str, ...] = ()) -> str:
    """The FtM schema for a name known to be an organization.

    Company for legal forms and commercial words, PublicBody for government bodies,
    Organization for institutes, universities and other bodies, Vessel where the name
    says so, LegalEntity when nothing tells.
    """
    if _VESSEL.search(name):
        return "Vessel"
    words = set(tokens(name))
    if _has_legal_form(name, words):
        return "Company"
    if words & PUBLIC_BODY_WORDS or "public security" in name.lower():
        return "PublicBody"
    if words & ORGANIZATION_WORDS or re.search("大学|研究|学院|协会|中心", name):
        return "Organization"
    if words & ORG_WORDS or re.search("公司|集团|厂", name):
        return "Company"
    for alias in aliases:
        alias_words = set(tokens(alias))
        if _has_legal_form(alias, alias_words):
            return "Company"
    return "LegalEntity"


def classify(
    name: str, aliases: tuple[str, ...] = (), declared: str | None = None
) -> Classification:
    """Decide whether a list entry names a person or an organization.

    Args:
        name: the entry's primary name.
        aliases: its other names; an alias with a legal form is organization evidence.
        declared: a type column from the source ("Individual", "Entity", "vessel"...).
    """
    # Editorial remarks are not part of the name.
    name = _SEE_ALSO.sub("", name).strip()
    if _INDIVIDUAL.search(name):
        return Classification(PERSON, "marked '(individual)' in the name")
    # "Man, Cho Yan Nathan; a.k.a Nathan Man": judge the first name given.
    name = _AKA.split(name)[0].strip() or name
    kind = (declared or "").strip().lower()
    if kind in ("individual", "person"):
        return Classification(PERSON, f"declared type {declared!r}")
    if kind == "vessel":
        return Classification("Vessel", "declared type vessel")
    if kind == "aircraft":
        return Classification("Airplane", "declared type aircraft")
    if kind in ("entity", "organization", "company"):
        return Classification(org_schema(name, aliases), f"declared type {declared!r}")
    # "Li Fangwei (China)": a country in parentheses says where, not what.
    name = _PAREN.sub(lambda m: "" if m[1].lower() in PLACES else m[0], name).strip() or name
    inverted = _inverted_person(name)
    if inverted:
        return Classification(PERSON, inverted)
    compound = _person_in_compound(name)
    if compound:
        return Classification(PERSON, compound)
    evidence = organization_evidence(name, aliases)
    if evidence:
        return Classification(org_schema(name, aliases), evidence)
    shape = person_shape(name)
    if shape:
        return Classification(PERSON, shape)
    return Classification(org_schema(name, aliases), "no person-shaped name")


def organization_evidence(name: str, aliases: tuple[str, ...] = ()) -> str | None:
    """Why ``name`` is surely an organization, or None."""
    words = tokens(name)
    if not words:
        return None
    if _CJK.search(name):
        return "CJK organization word" if CJK_ORG.search(name) else None
    if words[0] == "the":
        return "starts with 'The'"
    if _SP_Z_OO.search(name):
        return "legal form"
    if _CYRILLIC.search(name) and CYRILLIC_ORG.search(name):
        return "Cyrillic organization word"
    if _has_legal_form(name, set(words)):
        return "legal form"
    hits = set(words) & (ORG_WORDS | ORGANIZATION_WORDS | PUBLIC_BODY_WORDS | PLACES)
    if hits:
        return f"organization or place word {min(hits)!r}"
    brand = [w for w in words if _BRAND_SUFFIX.search(w)]
    if brand:
        return f"brand-like word {brand[0]!r}"
    if re.search(r"\d", name):
        return "digits in name"
    if re.search(r"[&+@/]", name):
        return "symbol in name"
    if len(words) == 1 and "," not in name:
        return "single-word name"
    if _PAREN_ACRONYM.search(name) and not name.isupper():
        return "acronym in parentheses"
    raw = name.split()
    if "," not in name and not name.isupper():
        acronyms = [w for w in raw if _ACRONYM.fullmatch(w) and w.lower() not in PARTICLES]
        if acronyms or (raw[0].isupper() and len(raw[0]) > 1 and raw[0].isalpha()):
            return "acronym in a mixed-case name"
    if len(raw) > 1 and re.fullmatch(r"[A-Z]", raw[-1]) and "," not in name:
        return "trailing single letter"
    if any(_CAMEL.search(w) and not w.startswith(_NAME_PREFIXES) for w in name.split()):
        return "CamelCase brand"
    for alias in aliases:
        alias = _ALIAS_TAIL.sub("", alias)
        # Only legal forms count: persons have aliases like "General Jalaluddin"
        # or a shop name, which do not make the entry an organization.
        if _has_legal_form(alias, set(tokens(alias))):
            return f"alias {alias!r} has a legal form"
    return None


def _person_in_compound(name: str) -> str | None:
    """"Kam-Tech Systems, Ltd. and David Menashe": a company and a person in one
    entry. The entry is dropped rather than stored with a private name in it."""
    parts = [p for p in _AND.split(name) if p.strip()]
    if len(parts) < 2 or "named after" in name.lower():
        return None
    company_before = False
    for part in parts:
        words = tokens(part)
        if _has_legal_form(part, set(words)):
            # Only a company name that ends in its legal form is complete.
            company_before = bool(words) and _has_legal_form(part, {words[-1]})
            continue
        if organization_evidence(part):
            continue
        # "Xi'an Overland Science and Technology Co., Ltd." splits into a
        # person-shaped part too: only a part after a company, or a "Surname,
        # Given" part, is taken for a person.
        if _inverted_person(part) or (company_before and person_shape(part)):
            return f"names a person ({part.strip()!r}) alongside an organization"
    return None


def _inverted_person(name: str) -> str | None:
    """"Brothers, Louis Joseph": a surname that happens to be an organization word,
    followed by given names, is still a person."""
    parts = [p.strip() for p in _GENERATION.sub("", name).split(",")]
    if len(parts) != 2 or not 1 <= len(parts[0].split()) <= 2:
        return None
    org_words = ORG_WORDS | ORGANIZATION_WORDS | PUBLIC_BODY_WORDS
    given = set(tokens(parts[1]))
    # Given names may be place names ("KHAN, Mali"); they may not be company words.
    if not given or given & org_words or _has_legal_form(parts[1], given):
        return None
    surname = set(tokens(parts[0]))
    if len(parts[0].split()) > 1 and (surname & org_words or _has_legal_form(parts[0], surname)):
        return None
    return "comma-inverted personal name" if person_shape(name) else None


def person_shape(name: str) -> str | None:
    """Why ``name`` looks like a private individual's, or None."""
    if _CJK.search(name):
        han = re.sub(r"\s", "", name)
        return "2-4 character CJK name" if 2 <= len(han) <= 4 else None
    # "Surname, Given Names" as on the DPL and the State Department lists.
    text = re.sub(r"\([^)]*\)|[“”\"]\w+[“”\"]", " ", _GENERATION.sub("", name))
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 2:
        return None
    words = [w for p in parts for w in p.replace("—", " ").split()]
    if not 2 <= len(words) <= 9:
        return None
    names = 0
    for word in words:
        low = word.lower().strip(".")
        if low in PARTICLES or low in TITLES or re.fullmatch(r"([A-Za-z]\.){1,3}|[A-Z]", word):
            continue
        # Arabic article and ayn transliterations: "al-Haifi", "`ulwan".
        quoted = word[:1] in "`'‘’"
        word = re.sub(r"^(?:(?:abd|al|el|ad|as|ash|ar|an|at|az|a)-)+|^[`'‘’]", "", word)
        if not re.fullmatch(r"[^\W\d_][\w'’`\-\ufffd]*\.?", word):
            return None
        if not (word[0].isupper() or quoted):
            return None
        names += 1
    if not 1 <= names <= 8:
        return None
    if any(_PATRONYMIC.search(w.lower()) for w in words[1:]):
        return "patronymic"
    return "comma-inverted personal name" if len(parts) == 2 else "personal-name shape"


def _has_legal_form(name: str, words: set[str]) -> bool:
    found = words & LEGAL_FORMS
    # Short forms that are also English words ("as", "co") count only when not
    # written in lower case: "also known as" is no Estonian AS.
    if found - AMBIGUOUS_FORMS:
        return True
    if found and any(t in found for t in tokens(name, keep_case=True)):
        return True
    # Dotted, they are legal forms in any case: "Agroplast, a.s.".
    low = name.lower()
    if any(re.search(r"(?<![\w.])" + r"\.\s?".join(f) + r"\.", low) for f in found):
        return True
    return any(form in low for form in ("co., ltd", "sdn bhd", "s. de r.l", "s.a. de c.v"))
