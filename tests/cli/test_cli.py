"""The CLI as a user meets it: reports, JSON, one-line errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LISTS, OFAC

from fusionwatch.cli import main


def run(runner: CliRunner, store: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["--store", str(store), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_sources_lists_every_source(runner: CliRunner, store_path: Path) -> None:
    code, out, _ = run(runner, store_path, "sources")
    assert code == 0
    for name in ("bis_entity_list", "us_lists", "ofac_sdn", "ftm", "csl", "notices"):
        assert any(line.startswith(name + " ") for line in out.splitlines()), name


def test_ingest_report_and_json(runner: CliRunner, store_path: Path) -> None:
    code, out, _ = run(runner, store_path, "ingest", "bis_entity_list",
                       str(LISTS / "bis_entity_list.json"))
    assert code == 0
    assert "bis_entity_list: 3409 rows read" in out
    code, out, _ = run(runner, store_path, "ingest", "us_lists", str(LISTS / "dow_1260h.json"),
                       str(LISTS / "bis_meu.json"), "--json")
    data = json.loads(out)
    assert {d["dataset"] for d in data["datasets"]} == {"dow_1260h", "bis_meu"}
    assert all(d["rows_read"] > 0 and d["statements"] > 0 for d in data["datasets"])


def test_show_dropped_prints_but_does_not_store(runner: CliRunner, store_path: Path) -> None:
    code, out, _ = run(runner, store_path, "ingest", "bis_entity_list",
                       str(LISTS / "bis_entity_list.json"), "--show-dropped")
    assert "dropped person: Abdul Satar Ghoura" in out
    code, out, _ = run(runner, store_path, "search", "Abdul Satar Ghoura")
    assert "Abdul Satar Ghoura" not in out
    code, out, _ = run(runner, store_path, "export", "--format", "csv")
    assert "Ghoura" not in out


def test_changes_json(runner: CliRunner, store_path: Path) -> None:
    run(runner, store_path, "ingest", "ofac_sdn", str(OFAC / "sdn_2024-04-26.csv"))
    run(runner, store_path, "ingest", "ofac_sdn", str(OFAC / "sdn_2024-05-03.csv"))
    code, out, _ = run(runner, store_path, "changes", "ofac_sdn", "--json")
    data = json.loads(out)
    assert data["dataset"] == "ofac_sdn"
    assert len(data["added"]) > 200 and len(data["removed"]) > 0
    assert set(data["added"][0]) == {"id", "caption"}


def test_entity_stats_export(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    run(runner, store_path, "ingest", "us_lists", str(LISTS / "dow_1260h.json"))
    code, out, _ = run(runner, store_path, "search", "Hikvision", "--json")
    hits = json.loads(out)
    assert hits and "Hikvision" in hits[0]["name"]
    code, out, _ = run(runner, store_path, "entity", hits[0]["id"], "--json")
    entity = json.loads(out)
    assert entity["properties"]["name"][0]["sources"][0]["dataset"] == "dow_1260h"
    code, out, _ = run(runner, store_path, "stats", "--json")
    assert json.loads(out)["datasets"][0]["dataset"] == "dow_1260h"
    out_file = tmp_path / "x.ftm.json"
    code, _, _ = run(runner, store_path, "export", "--format", "ftm", "--out", str(out_file))
    lines = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert any(e["id"] == hits[0]["id"] for e in lines)
    assert all(e["schema"] != "Person" for e in lines)


BAD = {
    "empty.csv": b"",
    "binary.csv": b"\x00\x01\x02PK\x03\x04" * 100,
    "garbled.csv": b'36,"AEROCARIBBEAN AIRLINES,-0- ,"CUBA\n173,"x",\n',
    "utf16.csv": (OFAC / "sdn_2024-04-26.csv").read_bytes()[:3000].decode("cp1252")
    .encode("utf-16"),
    # cut in the middle of a quoted field, as an interrupted download would be
    "truncated.csv": (OFAC / "sdn_2024-04-26.csv").read_bytes()[:4000].rsplit(b'"', 1)[0]
    + b'"ABC',
    "wrong_format.csv": (LISTS / "dow_1260h.json").read_bytes(),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_one_line_error_exit_2(runner: CliRunner, store_path: Path, tmp_path: Path,
                                         name: str) -> None:
    run(runner, store_path, "ingest", "us_lists", str(LISTS / "bis_meu.json"))
    _, before, _ = run(runner, store_path, "export", "--format", "csv")
    bad = tmp_path / name
    bad.write_bytes(BAD[name])
    code, out, err = run(runner, store_path, "ingest", "ofac_sdn", str(bad))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: "), err
    assert "Traceback" not in err
    _, after, _ = run(runner, store_path, "export", "--format", "csv")
    assert after == before


def test_missing_file_and_unknown_source(runner: CliRunner, store_path: Path) -> None:
    code, _, err = run(runner, store_path, "ingest", "ofac_sdn", "does-not-exist.csv")
    assert code == 2 and err.startswith("error: does-not-exist.csv: ")
    code, _, err = run(runner, store_path, "ingest", "nosuch", "x")
    assert code == 2 and "unknown source" in err and "bis_entity_list" in err


def test_fetch_of_a_source_without_official_files(runner: CliRunner, store_path: Path) -> None:
    code, _, err = run(runner, store_path, "ingest", "us_lists", "--fetch")
    assert code == 1
    assert err.startswith("error: us_lists: cannot fetch") and len(err.strip().splitlines()) == 1


def test_resolve_judge_review_overlaps(runner: CliRunner, store_path: Path,
                                       tmp_path: Path) -> None:
    run(runner, store_path, "ingest", "us_lists", str(LISTS / "dow_1260h.json"),
        str(LISTS / "ofac_nscmic.json"), str(LISTS / "fcc_covered.json"))
    code, out, _ = run(runner, store_path, "resolve")
    assert code == 0 and "merged clusters" in out
    overlaps = tmp_path / "overlaps.csv"
    code, out, _ = run(runner, store_path, "overlaps", "--out", str(overlaps))
    text = overlaps.read_text(encoding="utf-8")
    assert "Hangzhou Hikvision Digital Technology" in text
    hik = next(line for line in text.splitlines() if "Hikvision" in line)
    assert "dow_1260h" in hik and "fcc_covered" in hik and "ofac_nscmic" in hik
    # review: answer "different" to the first pair, then quit
    result = runner.invoke(main, ["--store", str(store_path), "review", "--limit", "2"],
                           input="d\nnot the same\nq\n", catch_exceptions=False)
    assert result.exit_code == 0
    assert "1 judgement(s) recorded" in result.stdout
    code, out, _ = run(runner, store_path, "judge", "dow-1260h-x", "dow-1260h-y", "same")
    assert code == 2


def test_failed_first_ingest_leaves_no_store(runner: CliRunner, store_path: Path,
                                             tmp_path: Path) -> None:
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    code, _, _ = run(runner, store_path, "ingest", "ofac_sdn", str(bad))
    assert code == 2
    assert not store_path.exists()


def test_store_that_is_not_duckdb(runner: CliRunner, tmp_path: Path) -> None:
    fake = tmp_path / "list.csv"
    fake.write_bytes((LISTS / "csl" / "consolidated_sample_2025.csv").read_bytes())
    before = fake.read_bytes()
    code, _, err = run(runner, fake, "ingest", "us_lists", str(LISTS / "dow_1260h.json"))
    assert code == 1 and "not a fusionwatch store" in err
    assert fake.read_bytes() == before


def test_unwritable_output_is_one_line(runner: CliRunner, store_path: Path,
                                       tmp_path: Path) -> None:
    run(runner, store_path, "ingest", "us_lists", str(LISTS / "bis_meu.json"))
    for args in (["export", "--out", str(tmp_path / "no" / "x.csv")],
                 ["overlaps", "--out", str(tmp_path / "no" / "x.csv")],
                 ["export", "--out", str(tmp_path)]):
        code, _, err = run(runner, store_path, *args)
        assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("error: ")


def test_resolve_needs_a_store_and_a_sane_threshold(runner: CliRunner, store_path: Path) -> None:
    code, _, err = run(runner, store_path, "resolve")
    assert code == 1 and "no store here yet" in err and not store_path.exists()
    run(runner, store_path, "ingest", "us_lists", str(LISTS / "bis_meu.json"))
    result = runner.invoke(main, ["--store", str(store_path), "resolve", "--threshold", "2"])
    assert result.exit_code == 2


def test_reader_closing_the_pipe_ends_quietly(store_path: Path) -> None:
    # "fusionwatch sources | head -1": the command stops without an error line
    import subprocess
    import sys

    code = ("import sys; from fusionwatch.cli import main; sys.argv[0] = 'fusionwatch'; "
            "main()")
    proc = subprocess.Popen([sys.executable, "-c", code, "--store", str(store_path),
                             "sources"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before the command writes
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "error" not in err and "Traceback" not in err, err
