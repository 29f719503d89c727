"""Downloading official files, replayed with httpx.MockTransport (no network)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from srcdata import OFAC, parse

from fusionwatch.errors import FetchError, UsageError
from fusionwatch.sources.fetch import fetch
from fusionwatch.sources.urls import CSL_JSON, OFAC_SDN_FILES


def recorded(path: Path, lines: int) -> bytes:
    """The first lines of a bundled official file, with its DOS EOF byte, as served."""
    rows = path.read_bytes().split(b"\r\n")[:lines]
    return b"\r\n".join(rows) + b"\r\n\x1a"


REPLIES = {
    OFAC_SDN_FILES["sdn.csv"]: recorded(OFAC / "sdn_2024-05-03.csv", 50),
    OFAC_SDN_FILES["alt.csv"]: recorded(OFAC / "alt_2025-02.csv", 50),
    OFAC_SDN_FILES["add.csv"]: recorded(OFAC / "add_2025-02.csv", 50),
}


def client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def test_fetch_ofac_sdn_and_parse(tmp_path: Path) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=REPLIES[str(request.url)])

    fetched = fetch("ofac_sdn", tmp_path, client=client(handler))
    assert [f.path.name for f in fetched] == ["sdn.csv", "alt.csv", "add.csv"]
    assert [f.url for f in fetched] == seen == list(OFAC_SDN_FILES.values())
    records, report = parse("ofac_sdn", *(f.path for f in fetched))
    assert report.datasets["ofac_sdn"].rows_read == 50
    assert "ofac-306" in {r.id for r in records}


def test_fetch_csl(tmp_path: Path) -> None:
    body = (Path(__file__).parent.parent / "fixtures" / "csl" / "consolidated_sample_2025.json")

    def handler(request: httpx.Request) -> httpx.Response:
        assert str(request.url) == CSL_JSON
        return httpx.Response(200, content=body.read_bytes())

    ((path, url),) = fetch("bis_entity_list", tmp_path, client=client(handler))
    assert url == CSL_JSON
    _records, report = parse("bis_entity_list", path)
    assert report.datasets["bis_entity_list"].rows_read == 1


def test_http_error_is_a_fetch_error_and_leaves_no_file(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503)

    with pytest.raises(FetchError, match="sdn.csv: HTTP 503"):
        fetch("ofac_sdn", tmp_path, client=client(handler))
    assert list(tmp_path.iterdir()) == []


def test_timeout_is_a_fetch_error(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="timed out"):
        fetch("csl", tmp_path, client=client(handler))


def test_lists_published_as_web_pages_cannot_be_fetched(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="us_lists: cannot fetch: .*web pages and PDFs"):
        fetch("us_lists", tmp_path)


def test_unknown_source(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="ofac_sdn"):
        fetch("nope", tmp_path)
