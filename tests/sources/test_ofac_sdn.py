"""The OFAC SDN three-file CSV on the bundled snapshots."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from srcdata import OFAC, parse

from fusionwatch.errors import FormatError

SNAPSHOTS = [OFAC / "sdn_2024-04-26.csv", OFAC / "sdn_2024-05-03.csv"]


def raw_rows(path: Path) -> list[list[str]]:
    """The file's rows, read independently of the parser with the csv module."""
    text = path.read_bytes().decode("cp1252").rstrip("\x1a")
    return [r for r in csv.reader(io.StringIO(text)) if r]


def expected_ids(path: Path) -> set[str]:
    return {f"ofac-{r[0]}" for r in raw_rows(path) if r[2].strip() != "individual"}


@pytest.mark.parametrize("path", SNAPSHOTS, ids=lambda p: p.stem)
def test_snapshot_entities_and_dropped_individuals(path: Path) -> None:
    rows = raw_rows(path)
    records, report = parse("ofac_sdn", path)
    rep = report.datasets["ofac_sdn"]
    assert rep.rows_read == len(rows)
    assert rep.persons_dropped == sum(r[2] == "individual" for r in rows) > 6000
    entities = {r.id for r in records if r.schema != "Sanction"}
    assert entities == expected_ids(path)
    assert not [r for r in records if r.schema == "Person"]
    assert len([r for r in records if r.schema == "Sanction"]) == len(entities)


def test_added_and_removed_between_snapshots() -> None:
    old_ids, new_ids = (
        {r.id for r in parse("ofac_sdn", p)[0] if r.schema != "Sanction"} for p in SNAPSHOTS
    )
    added, removed = new_ids - old_ids, old_ids - new_ids
    assert added == expected_ids(SNAPSHOTS[1]) - expected_ids(SNAPSHOTS[0])
    assert removed == expected_ids(SNAPSHOTS[0]) - expected_ids(SNAPSHOTS[1])
    assert added and removed


def test_schemas_from_sdn_type() -> None:
    records, _ = parse("ofac_sdn", SNAPSHOTS[1])
    by_id = {r.id: r for r in records}
    assert by_id["ofac-36"].values("name") == ["AEROCARIBBEAN AIRLINES"]
    assert by_id["ofac-306"].values("alias") == ["BNC"]  # from Remarks "a.k.a. 'BNC'."
    schemas = {r.schema for r in records}
    assert {"Vessel", "Airplane", "Company", "Sanction"} <= schemas
    vessel = next(r for r in records if r.schema == "Vessel" and r.values("imoNumber"))
    assert vessel.values("imoNumber")[0].isdigit()
    assert by_id["ofac-22685"].values("uscCode") == ["9113100033607322XK"]
    assert by_id["ofac-17013"].values("leiCode") == ["253400V1H6ART1UQ0N98"]
    assert by_id["ofac-4243"].values("imoNumber") == ["7406784"]
    assert by_id["ofac-4243"].values("previousName") == ["ANA I", "SAND SWAN"]
    assert by_id["ofac-15431"].schema == "Airplane"
    assert by_id["ofac-15431"].values("model") == ["IL76-TD"]
    (sanction,) = [r for r in records if r.id == "ofac-306-sanction"]
    assert sanction.values("entity") == ["ofac-306"]
    assert sanction.values("program") == ["CUBA"]


def test_alt_add_and_comments_attach_to_entities() -> None:
    files = ["sdn_2024-05-03.csv", "alt_2025-02.csv", "add_2025-02.csv", "sdn_comments_2025-02.csv"]
    records, report = parse("ofac_sdn", *(OFAC / f for f in reversed(files)))
    alt = [r for r in records if r.document.path.endswith("alt_2025-02.csv")]
    add = [r for r in records if r.document.path.endswith("add_2025-02.csv")]
    cuba = [r for r in alt if r.id == "ofac-306"]
    assert cuba and "NATIONAL BANK OF CUBA" in cuba[0].values("alias")
    assert any("Zurich" in a for r in add if r.id == "ofac-306" for a in r.values("address"))
    ids = expected_ids(OFAC / files[0])
    assert {r.id for r in alt + add} <= ids  # no alias of a dropped individual
    assert report.datasets["ofac_sdn"].rows_read == len(raw_rows(OFAC / files[0]))
    assert any("not in the sdn.csv given" in w for w in report.warnings)


def test_alt_without_sdn_is_refused() -> None:
    with pytest.raises(FormatError, match="alt_2025-02.csv.*sdn.csv"):
        parse("ofac_sdn", OFAC / "alt_2025-02.csv")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_garbled_row_names_file_and_line(tmp_path: Path) -> None:
    lines = SNAPSHOTS[0].read_bytes().split(b"\r\n")
    lines[5] = b'99999,"BROKEN ROW",-0- '
    bad = _write(tmp_path, "sdn.csv", b"\r\n".join(lines))
    with pytest.raises(FormatError, match=r"sdn.csv: line 6: 3 columns"):
        parse("ofac_sdn", bad)


def test_unbalanced_quotes(tmp_path: Path) -> None:
    bad = _write(tmp_path, "sdn.csv", b'36,"AEROCARIBBEAN AIRLINES,-0- ,"CUBA",-0- \r\n')
    with pytest.raises(FormatError, match="sdn.csv: line"):
        parse("ofac_sdn", bad)


def test_truncated_file(tmp_path: Path) -> None:
    data = SNAPSHOTS[0].read_bytes()
    bad = _write(tmp_path, "sdn.csv", data[: len(data) // 2])
    with pytest.raises(FormatError, match="sdn.csv: line"):
        parse("ofac_sdn", bad)


def test_utf16_is_refused(tmp_path: Path) -> None:
    text = SNAPSHOTS[0].read_bytes()[:5000].decode("cp1252")
    bad = _write(tmp_path, "sdn.csv", text.encode("utf-16"))
    with pytest.raises(FormatError, match="sdn.csv: file is UTF-16"):
        parse("ofac_sdn", bad)


def test_utf8_resave_and_missing_eof_byte_are_fine(tmp_path: Path) -> None:
    text = SNAPSHOTS[0].read_bytes().decode("cp1252").rstrip("\x1a")
    good = _write(tmp_path, "sdn.csv", text.encode("utf-8"))
    records, _ = parse("ofac_sdn", good)
    assert {r.id for r in records if r.schema != "Sanction"} == expected_ids(SNAPSHOTS[0])


names = st.text(st.characters(codec="cp1252", exclude_characters="\x1a\r\n\x00"), min_size=1)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(names, st.sampled_from(["", "individual", "vessel", "aircraft"])),
                min_size=1, max_size=8))
def test_reads_back_what_csv_writes(tmp_path_factory, entries) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for number, (name, kind) in enumerate(entries, start=1):
        writer.writerow([number, name, kind or "-0- ", "SDGT"] + ["-0- "] * 8)
    path = tmp_path_factory.mktemp("sdn") / "sdn.csv"
    path.write_bytes(buf.getvalue().encode("cp1252") + b"\x1a")
    records, report = parse("ofac_sdn", path)
    want = {f"ofac-{n}" for n, (_, k) in enumerate(entries, start=1) if k != "individual"}
    assert {r.id for r in records if r.schema != "Sanction"} == want
    assert report.datasets["ofac_sdn"].persons_dropped == len(entries) - len(want)
