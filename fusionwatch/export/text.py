"""Plain-text rendering of an entity description for the terminal."""

from __future__ import annotations

from typing import Any


def _ref_line(ref: dict[str, Any]) -> list[str]:
    values, links = ref["values"], ref["links"]
    parts = [ref["schema"]]
    for key in ("date", "listingDate", "startDate"):
        if key in values:
            parts.append(values[key])
            break
    if "amount" in values:
        parts.append(f"{float(values['amount']):,.2f} {values.get('currency', '')}".strip())
    for key in ("program", "authority", "status"):
        if key in values:
            parts.append(f"{key}: {values[key]}")
    contract = links.get("contract")
    if contract:
        parts.append(f"contract: {contract['caption']}")
        buyer = contract.get("links", {}).get("authority")
        if buyer:
            parts.append(f"buyer: {buyer['caption']}")
    lines = ["  " + " | ".join(parts)]
    for prop, q in sorted(ref["quotes"].items()):
        lines.append(f"    {prop} <- {q['document']} [{q['span'][0]}:{q['span'][1]}] "
                     f"{q['quote']!r}")
    return lines


def entity_text(report: dict[str, Any]) -> str:
    """Values by property with their sources, then references and resolution."""
    lines = [f"{report['caption']}  [{report['schema']} {report['id']}]"]
    if report["listed_in"]:
        lines.append(f"listed in: {', '.join(report['listed_in'])}")
    if report["removed_from"]:
        lines.append(f"no longer in: {', '.join(report['removed_from'])}")
    for prop, values in sorted(report["properties"].items()):
        lines.append(f"{prop}:")
        for v in values:
            lines.append(f"  {v['value']}")
            for src in v["sources"]:
                extra = "".join(
                    f"; {k} {src[k]!r}" for k in ("citation", "quote") if k in src)
                lines.append(f"    <- {src['dataset']} {src['document']} "
                             f"(retrieved {src['retrieved']}, seen {src['first_seen'][:10]}"
                             f"..{src['last_seen'][:10]}){extra}")
    if report["referenced_by"]:
        lines.append("referenced by:")
        for ref in report["referenced_by"]:
            lines.extend(_ref_line(ref))
    if report["same_as"]:
        lines.append(f"same organization as ({report['canonical_id']}):")
        for other in report["same_as"]:
            listed = ", ".join(other["listed_in"]) or "-"
            lines.append(f"  {other['caption']}  [{other['id']}; {listed}]")
        for ev in report["merge_evidence"]:
            lines.append(f"    {ev['left']} ~ {ev['right']} {ev['score']}: {ev['explanation']}")
    return "\n".join(lines)
