"""``fw-1``: weighted features of a name pair, then a logistic function -> probability.

A pair of names takes one of three routes: ``latin`` (both Latin script), ``xscript``
(Han vs Latin) or ``han`` (both Han; no labelled data yet, so it reuses the ``latin``
weights). The weights of each route and the default threshold are fitted on the dev sets
by ``scripts/fit_fw1.py`` and stored in ``fusionwatch/data/fw1_weights.json``. The
conflict features (numbers, branches, brands), Latin acronyms and the record-level
evidence (identifiers, countries) have no examples in the dev sets: their weights are set
by hand below.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from fusionwatch.resolve.algorithms import fw1_fast
from fusionwatch.resolve.features import Feature, Note, conflicts, names, xscript
from fusionwatch.resolve.normalize.types import Prepared

NAME = "fw-1"
LATIN: tuple[Feature, ...] = (
    names.core_contained, names.core_overlap, names.core_extra, names.token_overlap,
    names.region_match, names.region_conflict,
    names.distinct_shared,
)
XSCRIPT: tuple[Feature, ...] = (
    xscript.skeleton_similarity,
    xscript.mixed_coverage, xscript.syllable_agreement,
    xscript.name_evidence,
    xscript.region_conflict, xscript.industry_agreement, xscript.generic_match,
)
ROUTES = {"latin": LATIN, "xscript": XSCRIPT, "han": LATIN}
# Hand-set weights, for evidence the dev sets have (almost) no examples of: a different
# number, a branch vs its parent or two different glossary brands are decisive; a Latin
# acronym of the other Latin name ("IBM") or one glossary brand ("Sugon" / "Dawning")
# outweighs missing words; the same name in two cities is mostly two subsidiaries
# (on top of the fitted region_conflict weight, which the dev set barely exercises);
# two names that are only a place and a kind of body, of no common kind, are two bodies
# ("Deutsche Telekom" / "Deutsche Bank"; 2 of the 3 such dev pairs are two companies);
# names that are the same words once normalized name one body, even when every word is
# common in list names ("Iran Space Research Center" on two lists; the dev sets' pairs
# are never two companies of one name);
# two institutes or universities differing in their field are two bodies; names that
# differ and share only words common in list names are two bodies (the dev sets' names
# are full legal names of listed companies, whose shared words are nearly always rare);
# one translated word with no other evidence is no link across scripts, and neither is
# a shared region or industry word with no trade-name evidence at all (in the dev set such
# pairs are mostly positives, English brand names unrelated to the Chinese ones; in a
# store or a customer file they are mostly two companies of one city and trade).
HAND_WEIGHTED: tuple[tuple[Feature, float, frozenset[str]], ...] = (
    (conflicts.number_conflict, -15.0, frozenset({"latin", "xscript", "han"})),
    (conflicts.branch_mismatch, -10.0, frozenset({"latin", "xscript", "han"})),
    (conflicts.brand_conflict, -10.0, frozenset({"latin", "xscript", "han"})),
    (names.acronym_match, 6.0, frozenset({"latin"})),
    (names.same_name, 3.0, frozenset({"latin"})),
    (conflicts.brand_match, 6.0, frozenset({"latin", "han"})),
    (conflicts.city_conflict, -3.0, frozenset({"latin", "han"})),
    (conflicts.unit_conflict, -6.0, frozenset({"latin", "han"})),
    (names.weak_shared, -6.0, frozenset({"latin"})),
    (names.kind_conflict, -4.0, frozenset({"latin"})),
    (xscript.lone_translation, -6.0, frozenset({"xscript"})),
    (xscript.no_name_evidence, -4.0, frozenset({"xscript"})),
)
IDENTIFIER_MATCH = 12.0
IDENTIFIER_CONFLICT = -8.0
COUNTRY_CONFLICT = -5.0


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The fitted weights: ``{route: {"intercept": b, "weights": {feature: w}}, ...}``."""
    text = resources.files("fusionwatch").joinpath("data", "fw1_weights.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def threshold() -> float:
    """The default match threshold on the probability."""
    return float(weights()["threshold"])


def route(a: Prepared, b: Prepared) -> tuple[str, Prepared, Prepared]:
    """Pick the route of a pair and order it: the Han name first for ``xscript``; for
    names of one script, by their text, so that a pair scores the same either way round."""
    if a.script == b.script:
        if b.text < a.text:
            a, b = b, a
        return ("han" if a.script == "han" else "latin"), a, b
    return ("xscript", a, b) if a.script == "han" else ("xscript", b, a)


Compiled = tuple[float, tuple[tuple[Feature, str, float], ...]]
_COMPILED: dict[str, Compiled] = {}


def _compiled(kind: str) -> Compiled:
    """(intercept, ((feature, name, weight), ...)) of a route, conflicts included."""
    found = _COMPILED.get(kind)
    if found is None:
        fitted = weights()["latin" if kind == "han" else kind]
        coefs: dict[str, float] = fitted["weights"]
        feats = [(f, f.__name__, coefs.get(f.__name__, 0.0)) for f in ROUTES[kind]]
        feats += [(f, f.__name__, w) for f, w, kinds in HAND_WEIGHTED if kind in kinds]
        found = _COMPILED[kind] = (float(fitted["intercept"]), tuple(feats))
    return found


def read_pair(a: Prepared, b: Prepared) -> tuple[str, Prepared, Prepared, list[str]]:
    """The route of a pair and its two names as the features see them: in
    :func:`route`'s order, each Latin name read in the other's words
    (:func:`names.expanded`), one trade name written two ways respaced
    (:func:`names.respaced`); with the notes of what was read."""
    kind, first, second = route(a, b)
    read: list[str] = []
    if kind == "latin":
        first, second, read = names.expanded(first, second)
    if kind != "xscript":
        first, second = names.respaced(first, second)
    return kind, first, second, read


def reference_logit(a: Prepared, b: Prepared) -> tuple[float, dict[str, float], list[Note]]:
    """Score one pair of names by calling each feature of its route in turn: the
    reference :func:`name_logit` must agree with (see ``tests/resolve/test_fw1_fast.py``)."""
    kind, first, second, read = read_pair(a, b)
    logit, feats = _compiled(kind)
    scores: dict[str, float] = {}
    notes: list[Note] = [kind, *read]
    for feature, name, weight in feats:
        score, note = feature(first, second)
        if score:
            scores[name] = score
            logit += weight * score
            if note:
                notes.append(note)
    return logit, scores, notes


_FAST: dict[str, fw1_fast.Scorer] = {}


def _fast(kind: str) -> fw1_fast.Scorer:
    """The one-pass scorer of a route, or the reference loop if the route's features are
    not the ones :mod:`fw1_fast` computes (in the same order)."""
    found = _FAST.get(kind)
    if found is None:
        intercept, feats = _compiled(kind)
        if tuple(name for _, name, _ in feats) == fw1_fast.ORDER[kind]:
            found = fw1_fast.build(kind, intercept, tuple(w for _, _, w in feats))
        else:
            found = reference_logit
        _FAST[kind] = found
    return found


def name_logit(a: Prepared, b: Prepared) -> tuple[float, dict[str, float], list[Note]]:
    """Score one pair of names: (log-odds, feature scores, explanation notes)."""
    if a.script != b.script:  # the order of :func:`route`, spelled out: faster
        if a.script == "han":
            return (_FAST.get("xscript") or _fast("xscript"))(a, b)
        return (_FAST.get("xscript") or _fast("xscript"))(b, a)
    kind = "han" if a.script == "han" else "latin"
    first, second = (b, a) if b.text < a.text else (a, b)
    read: list[str] | None = None  # (no list for the common pair: faster)
    # names.to_read(first, second), ruled out for most pairs by their words' bits
    if (first.short_bits & second.run_bits or second.short_bits & first.run_bits
            or first.read_bits & second.token_bits
            or second.read_bits & first.token_bits) and kind == "latin":
        first, second, read = names.expanded(first, second)
    if first.core_key == second.core_key and first.core != second.core:
        first, second = names.respaced(first, second)
    result = (_FAST.get(kind) or _fast(kind))(first, second)
    if read:
        result[2][1:1] = read
    return result


def probability(logit: float) -> float:
    """Logistic function, clamped against overflow."""
    # the clamp of ``max(-30.0, min(30.0, logit))``, spelled out (NaN included): faster
    clamped = logit if logit < 30.0 else 30.0
    return 1.0 / (1.0 + math.exp(-(clamped if clamped > -30.0 else -30.0)))
