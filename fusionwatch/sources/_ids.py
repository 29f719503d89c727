"""Identifier labels used by OFAC and trade.gov, mapped to FollowTheMoney properties.

OFAC writes identifiers as "<label> <number>" inside the Remarks of sdn.csv and as
"<label>, <number>" in the CSL ``ids`` column. Only labels whose meaning is clear are
mapped; anything else stays in the notes it came from.
"""

from __future__ import annotations

import re

# Longest labels first, so "Business Registration Number" wins over "Registration Number".
ID_PROPS: dict[str, str] = {
    "Unified Social Credit Code (USCC)": "uscCode",
    "Legal Entity Number": "leiCode",
    "Business Registration Number": "registrationNumber",
    "Public Registration Number": "ogrnCode",
    "Commercial Registry Number": "registrationNumber",
    "Registration Number": "registrationNumber",
    "Registration ID": "registrationNumber",
    "Company Number": "registrationNumber",
    "Tax ID No.": "taxNumber",
    "V.A.T. Number": "vatCode",
    "SWIFT/BIC": "swiftBic",
    "Website": "website",
    "Email Address": "email",
    "Phone Number": "phone",
    "Vessel Registration Identification": "imoNumber",
    "MMSI": "mmsi",
    "Aircraft Tail Number": "registrationNumber",
    "Aircraft Manufacturer's Serial Number (MSN)": "serialNumber",
    "Aircraft Model": "model",
    "Organization Established Date": "incorporationDate",
}
# Properties that only some schemata have.
VESSEL_ONLY = {"imoNumber", "mmsi"}
AIRPLANE_ONLY = {"serialNumber", "model"}

_REMARK_ID = re.compile(
    r"^(?P<label>" + "|".join(re.escape(k) for k in ID_PROPS) + r")[:,]?\s+(?P<value>.+?)\.?$"
)
# "(Russia)" after a registration number names the issuing country, not part of it.
_COUNTRY_SUFFIX = re.compile(r"\s*\([^)]*\)$")


def remark_identifier(item: str) -> tuple[str, str] | None:
    """(property, value) for one remark like "Legal Entity Number 253400WSS48YWMBUA688"."""
    match = _REMARK_ID.match(item.strip())
    if not match:
        return None
    value = _COUNTRY_SUFFIX.sub("", match["value"]).strip()
    if match["label"] == "Vessel Registration Identification":
        value = value.removeprefix("IMO").strip()
    if match["label"] in ("Website", "Email Address") and value:
        value = value.split()[0].rstrip(".,;")  # text may follow the address
    return (ID_PROPS[match["label"]], value) if value else None


def allowed(prop: str, schema: str) -> bool:
    """Whether ``schema`` has the identifier property ``prop``."""
    if prop in VESSEL_ONLY:
        return schema == "Vessel"
    if prop in AIRPLANE_ONLY:
        return schema == "Airplane"
    if schema in ("Vessel", "Airplane"):
        return prop == "registrationNumber"
    return True
