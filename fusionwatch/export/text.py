"""Plain-text rendering of an entity description for the terminal."""

from __future__ import annotations

from typing import Any


def entity_text(report: dict[str, Any]) -> str:
    """Values by property, each followed by the sources that state it."""
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
    for section in report.get("sections", []):
        lines.append(section["title"] + ":")
        lines.extend("  " + row for row in section["rows"])
    return "\n".join(lines)
