"""Ingest into the store: provenance, no-op re-ingest, change tracking, atomicity."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import LISTS, OFAC

from fusionwatch.errors import InputError
from fusionwatch.export import write_export
from fusionwatch.sources import get_source
from fusionwatch.store.changes import changes
from fusionwatch.store.ingest import ingest
from fusionwatch.store.queries import get_entity, search_names, stats
from fusionwatch.store.store import Store


def _export(store: Store) -> str:
    out = io.StringIO()
    write_export(store, "csv", out)
    return out.getvalue()


def _count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM statements"))


def test_entity_list_keeps_alias_and_federal_register(store: Store) -> None:
    report = ingest(store, get_source("bis_entity_list"), [LISTS / "bis_entity_list.json"])
    (rep,) = report.datasets
    assert rep.rows_read == 3409
    hits = [h for h in search_names(store, "Hangzhou Hikvision Digital Technology")
            if h[1] == "Hangzhou Hikvision Digital Technology Co., Ltd."]
    assert hits, "Hikvision is on the Entity List"
    view = get_entity(store, hits[0][0])
    aliases = [s for s in view.statements if s["prop"] == "alias"]
    assert [s["value"] for s in aliases] == ["Hikvision"]
    assert "84 FR 54004" in (aliases[0]["citation"] or "")
    assert all(s["document_sha256"] and s["document_path"].endswith("bis_entity_list.json")
               for s in view.statements)


def test_reingesting_the_same_file_changes_nothing(store: Store) -> None:
    source = get_source("bis_entity_list")
    ingest(store, source, [LISTS / "bis_entity_list.json"])
    before, export = _count(store), _export(store)
    report = ingest(store, source, [LISTS / "bis_entity_list.json"])
    assert report.datasets[0].unchanged
    assert _count(store) == before
    assert _export(store) == export


def _sdn_subjects(path: Path) -> dict[str, str]:
    """ent_num -> type of every non-individual entry, read with the csv module alone."""
    with path.open(encoding="cp1252", newline="") as fh:
        rows = [r for r in csv.reader(fh) if len(r) == 12]
    return {f"ofac-{r[0]}": r[2] for r in rows if r[2].strip() != "individual"}


def test_sdn_changes_between_snapshots(store: Store) -> None:
    old, new = OFAC / "sdn_2024-04-26.csv", OFAC / "sdn_2024-05-03.csv"
    source = get_source("ofac_sdn")
    ingest(store, source, [old])
    report = ingest(store, source, [new])
    a, b = _sdn_subjects(old), _sdn_subjects(new)
    diff = changes(store, "ofac_sdn")
    assert sorted(i for i, _ in diff.added) == sorted(set(b) - set(a))
    assert sorted(i for i, _ in diff.removed) == sorted(set(a) - set(b))
    assert report.datasets[0].added == len(set(b) - set(a))
    # the removed entries stay in the store, marked as no longer listed
    removed_id = diff.removed[0][0]
    view = get_entity(store, removed_id)
    assert view.removed_datasets == ["ofac_sdn"] and view.active_datasets == []
    # last_seen moved forward for entries present in both
    kept = next(iter(set(a) & set(b)))
    seen = {(s["first_run"], s["last_run"]) for s in get_entity(store, kept).statements}
    assert any(first < last for first, last in seen)


def test_sdn_drops_individuals_and_stores_no_person(store: Store) -> None:
    report = ingest(store, get_source("ofac_sdn"), [OFAC / "sdn_2024-04-26.csv"])
    with (OFAC / "sdn_2024-04-26.csv").open(encoding="cp1252", newline="") as fh:
        individuals = sum(1 for r in csv.reader(fh) if len(r) == 12 and r[2] == "individual")
    assert report.datasets[0].persons_dropped == individuals > 1000
    assert store.scalar("SELECT count(*) FROM statements WHERE schema = 'Person'") == 0


BAD_INPUTS = {
    "empty.json": b"",
    "binary.json": bytes(range(256)) * 8,
    "truncated.json": (LISTS / "dow_1260h.json").read_bytes()[:5000],
    "not_a_list.json": b'{"hello": "world"}',
    "utf16.json": (LISTS / "dow_1260h.json").read_text(encoding="utf-8").encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_leaves_the_store_unchanged(store: Store, tmp_path: Path, name: str) -> None:
    source = get_source("us_lists")
    ingest(store, source, [LISTS / "bis_meu.json"])
    before = _export(store)
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    with pytest.raises(InputError) as info:
        # the good file comes first: its records must not be written either
        ingest(store, source, [LISTS / "dow_1260h.json", bad])
    assert name in str(info.value)
    assert _export(store) == before


def test_missing_file(store: Store) -> None:
    with pytest.raises(InputError, match="nope.json"):
        ingest(store, get_source("us_lists"), ["nope.json"])


def test_wrong_format_for_source(store: Store) -> None:
    with pytest.raises(InputError, match="sdn_2024-04-26.csv"):
        ingest(store, get_source("bis_entity_list"), [OFAC / "sdn_2024-04-26.csv"])
    assert stats(store)["statements"] == 0


KILLER = """
import sys, time
from fusionwatch.sources import get_source
from fusionwatch.store.ingest import ingest
from fusionwatch.store.store import Store

stage = sys.argv[3]
execute = Store.execute

def slow(records):
    for n, record in enumerate(records):
        if n == 2000 and stage == "parsing":
            print("ready", flush=True)
            time.sleep(60)
        yield record

def pausing_execute(self, sql, params=None):
    # the last write of the transaction: every statement is in, nothing committed
    if stage == "writing" and sql.startswith("INSERT INTO runs"):
        print("ready", flush=True)
        time.sleep(60)
    return execute(self, sql, params)

Store.execute = pausing_execute
store = Store(sys.argv[1])
ingest(store, get_source("ofac_sdn"), [sys.argv[2]], progress=slow)
print("committed", flush=True)
"""


@pytest.mark.parametrize("stage", ["parsing", "writing"])
def test_kill_9_during_ingest_leaves_store_as_it_was(tmp_path: Path, stage: str) -> None:
    path = tmp_path / "killed.duckdb"
    with Store(path) as store:
        ingest(store, get_source("us_lists"), [LISTS / "bis_meu.json"])
        before = _export(store)
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    proc = subprocess.Popen([sys.executable, str(script), str(path),
                             str(OFAC / "sdn_2024-04-26.csv"), stage],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(path) as store:
        assert store.scalar("SELECT count(*) FROM runs WHERE dataset = 'ofac_sdn'") == 0
        assert _export(store) == before
        # and the store still works: the same ingest now succeeds
        ingest(store, get_source("ofac_sdn"), [OFAC / "sdn_2024-04-26.csv"])
        assert store.scalar("SELECT count(*) FROM runs WHERE dataset = 'ofac_sdn'") == 1


def test_a_truncated_list_is_refused_unless_allowed(store: Store, tmp_path: Path) -> None:
    source = get_source("ofac_sdn")
    ingest(store, source, [OFAC / "sdn_2024-04-26.csv"])
    before = _export(store)
    # cut at a line end, without the end-of-file byte: an interrupted download
    lines = (OFAC / "sdn_2024-04-26.csv").read_bytes().split(b"\n")
    cut = tmp_path / "sdn.csv"
    cut.write_bytes(b"\n".join(lines[:641]) + b"\n")
    with pytest.raises(InputError, match="would remove"):
        ingest(store, source, [cut])
    assert _export(store) == before
    report = ingest(store, source, [cut], allow_shrink=True)
    assert report.datasets[0].removed > 5000
    assert any("end-of-file" in w for w in report.warnings)
