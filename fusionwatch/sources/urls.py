"""Where each list comes from: official URLs, names and authorities, in one place.

Copied from ``data/lists/lists.json`` (official_url, short_name, agency) so that
sources never read files outside the ones they are given. ``download`` is set only
where the publisher serves a machine-readable file; for the other lists the
official URL is a web page or a PDF and ``fusionwatch ingest --fetch`` cannot
download them (see :mod:`fusionwatch.sources.fetch`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListInfo:
    """One official list.

    Attributes:
        name: the list's short name, used as the sanction ``program``.
        authority: the agency that maintains it.
        url: the official page (``sourceUrl`` of each sanction).
        download: a machine-readable file in the JSON layout, if the publisher has one.
    """

    name: str
    authority: str
    url: str
    download: str | None = None


_BIS = "U.S. Department of Commerce, Bureau of Industry and Security"
_OFAC = "U.S. Department of the Treasury, Office of Foreign Assets Control"
_DOW = "U.S. Department of War"
_DDTC = "U.S. Department of State, Directorate of Defense Trade Controls"
_ECFR = "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744"
_DDTC_URL = (
    "https://deccspmddtc.servicenowservices.com/ddtc_public?id=ddtc_kb_article_page"
    "&sys_id=c22d1833dbb8d300d0a370131f9619f0"
)

# Keyed by the list_id of the JSON layout.
LISTS: dict[str, ListInfo] = {
    "dow-1260h": ListInfo(
        "Sec. 1260H List (Chinese Military Companies)",
        _DOW,
        "https://www.federalregister.gov/documents/search?conditions%5Bsearch_type_id%5D=3"
        "&conditions%5Bterm%5D=1260H",
    ),
    "dow-1286": ListInfo(
        "Sec. 1286 List (Academic Institutions)",
        _DOW,
        "https://basicresearch.defense.gov/Programs/Academic-Research-Security/",
    ),
    "bis-entity-list": ListInfo(
        "Entity List", _BIS, _ECFR + "#Supplement-No.-4-to-Part-744"
    ),
    "bis-meu": ListInfo(
        "Military End-User (MEU) List",
        _BIS,
        _ECFR + "/appendix-Supplement%20No.%207%20to%20Part%20744",
    ),
    "bis-dpl": ListInfo(
        "Denied Persons List",
        _BIS,
        "https://www.bis.gov/licensing/end-user-guidance/denied-persons-list-dpl",
    ),
    "ofac-eo14032": ListInfo(
        "E.O. 14032 Annex", _OFAC, "https://ofac.treasury.gov/media/99111/download?inline"
    ),
    "ofac-nscmic": ListInfo(
        "NS-CMIC List", _OFAC, "https://www.treasury.gov/ofac/downloads/ccmc/nscmiclist.pdf"
    ),
    "state-debarred-statutory": ListInfo("Debarred Parties (Statutory)", _DDTC, _DDTC_URL),
    "state-debarred-admin": ListInfo("Debarred Parties (Administrative)", _DDTC, _DDTC_URL),
    "state-nonproliferation": ListInfo(
        "Nonproliferation Sanctions",
        "U.S. Department of State",
        "https://www.state.gov/bureau-of-arms-control-and-nonproliferation/"
        "nonproliferation-sanctions",
    ),
    "fcc-covered": ListInfo(
        "FCC Covered List",
        "U.S. Federal Communications Commission",
        "https://www.fcc.gov/supplychain/coveredlist",
    ),
    "dhs-uflpa": ListInfo(
        "UFLPA Entity List",
        "U.S. Department of Homeland Security",
        "https://www.dhs.gov/uflpa-entity-list",
    ),
    "cbp-wro": ListInfo(
        "Withhold Release Orders & Findings",
        "U.S. Customs and Border Protection",
        "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
    ),
}

# OFAC's legacy three-file CSV of the SDN list (headerless, Windows-1252).
OFAC_SDN_FILES: dict[str, str] = {
    "sdn.csv": "https://www.treasury.gov/ofac/downloads/sdn.csv",
    "alt.csv": "https://www.treasury.gov/ofac/downloads/alt.csv",
    "add.csv": "https://www.treasury.gov/ofac/downloads/add.csv",
}
OFAC_SDN_PAGE = (
    "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-"
    "human-readable-lists"
)
OFAC_AUTHORITY = _OFAC

# trade.gov Consolidated Screening List, as the OpenSanctions crawler reads it.
CSL_JSON = "https://api.trade.gov/static/consolidated_screening_list/consolidated.json"
CSL_CSV = "https://api.trade.gov/static/consolidated_screening_list/consolidated.csv"
CSL_PAGE = "https://www.trade.gov/consolidated-screening-list"
