"""Notices parsed per second on one core: median of several runs over the bundled notices."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from fusionwatch.sources.notices import parse_paths

NOTICES = Path(__file__).resolve().parent.parent / "data" / "notices"
RUNS = 7


def main() -> None:
    paths = [str(NOTICES)]
    n = sum(1 for r in parse_paths(paths) if r.data is not None)  # warm-up: imports, caches
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _result in parse_paths(paths):
            pass
        rates.append(n / (time.perf_counter() - start))
    print(f"notices: {statistics.median(rates):.0f} notices/s "
          f"(median of {RUNS} runs over {n} bundled notices, one core)")


if __name__ == "__main__":
    main()
