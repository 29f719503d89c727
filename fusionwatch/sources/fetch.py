"""Download the current official file(s) of a source (``fusionwatch ingest --fetch``).

Only publishers that serve machine-readable files can be fetched: OFAC's SDN CSV
files and trade.gov's Consolidated Screening List (which also carries the Entity
List). The lists of ``us_lists`` are published as web pages and PDFs; the JSON
layout fusionwatch reads is an extraction of them, so they cannot be fetched and
:func:`fetch` says so instead of pretending. The caller may pass its own
``httpx.Client`` (e.g. one that honours proxy settings); the default client reads
no environment, as sources never do.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import httpx

from fusionwatch.errors import FetchError, UsageError
from fusionwatch.sources.urls import CSL_JSON, LISTS, OFAC_SDN_FILES

TIMEOUT = httpx.Timeout(60.0, connect=15.0)
USER_AGENT = "fusionwatch/0.1 (export-control list ingest)"

class FetchedFile(NamedTuple):
    """A downloaded file and the URL it came from (the document's provenance)."""

    path: Path
    url: str


# source name -> [(file name to write, URL)]
DOWNLOADS: dict[str, list[tuple[str, str]]] = {
    "ofac_sdn": list(OFAC_SDN_FILES.items()),
    "csl": [("consolidated.json", CSL_JSON)],
    # The Entity List's machine-readable form is its part of the CSL.
    "bis_entity_list": [("consolidated.json", CSL_JSON)],
}
_NOT_FETCHABLE = {
    "us_lists": "the official lists are web pages and PDFs ("
    + ", ".join(sorted({info.url for info in LISTS.values()})[:3])
    + ", ...), not machine-readable files; download them by hand and convert them "
    "to the JSON layout, or ingest the trade.gov list with the csl source",
    "ftm": "FollowTheMoney files have no single official URL; download an export "
    "(e.g. from OpenSanctions) and ingest the file",
    "notices": "procurement notices are fetched page by page, not as one file",
}


def fetch(
    source_name: str, dest_dir: str | Path, client: httpx.Client | None = None
) -> list[FetchedFile]:
    """Download the official file(s) of ``source_name`` into ``dest_dir``.

    Returns:
        ``(path, url)`` per file written, in the order the source expects them.

    Raises:
        FetchError: the source cannot be fetched, or a download failed.
        UsageError: no source has that name.
    """
    if source_name in _NOT_FETCHABLE:
        raise FetchError(f"{source_name}: cannot fetch: {_NOT_FETCHABLE[source_name]}")
    if source_name not in DOWNLOADS:
        known = ", ".join(sorted(DOWNLOADS))
        raise UsageError(f"unknown source {source_name!r}; fetchable sources: {known}")
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    own = client is None
    http = client or httpx.Client(
        timeout=TIMEOUT, follow_redirects=True, trust_env=False,
        headers={"User-Agent": USER_AGENT},
    )
    try:
        return [
            FetchedFile(_download(http, url, dest / filename), url)
            for filename, url in DOWNLOADS[source_name]
        ]
    finally:
        if own:
            http.close()


def _download(client: httpx.Client, url: str, path: Path) -> Path:
    partial = path.with_name(path.name + ".part")
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
            with partial.open("wb") as fh:
                for chunk in response.iter_bytes():
                    fh.write(chunk)
    except httpx.TimeoutException:
        partial.unlink(missing_ok=True)
        raise FetchError(f"{url}: timed out") from None
    except httpx.HTTPError as exc:
        partial.unlink(missing_ok=True)
        raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None
    except FetchError:
        partial.unlink(missing_ok=True)
        raise
    if partial.stat().st_size == 0:
        partial.unlink()
        raise FetchError(f"{url}: empty response")
    # Rename only a complete download, so a failed fetch never leaves a half file.
    partial.replace(path)
    return path
