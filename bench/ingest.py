"""Ingest throughput: the Entity List and an OFAC SDN snapshot into a fresh store.

Prints the median of several runs (rows read per second, statements written per
second). Run with ``make bench``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from fusionwatch.sources import get_source
from fusionwatch.store.ingest import ingest
from fusionwatch.store.store import Store

DATA = Path(__file__).resolve().parent.parent / "data" / "lists"
CASES = [
    ("bis_entity_list", [DATA / "bis_entity_list.json"]),
    ("ofac_sdn", [DATA / "ofac" / "sdn_2024-05-03.csv", DATA / "ofac" / "alt_2025-02.csv",
                  DATA / "ofac" / "add_2025-02.csv"]),
]
RUNS = 3


def main() -> None:
    for source, paths in CASES:
        times, rows, stmts = [], 0, 0
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
                start = time.perf_counter()
                report = ingest(store, get_source(source), paths)
                times.append(time.perf_counter() - start)
                rows = sum(d.rows_read for d in report.datasets)
                stmts = sum(d.statements for d in report.datasets)
        median = statistics.median(times)
        print(f"ingest {source}: {rows} rows, {stmts} statements in {median:.2f} s "
              f"(median of {RUNS}): {rows / median:,.0f} rows/s, "
              f"{stmts / median:,.0f} statements/s")


if __name__ == "__main__":
    main()
