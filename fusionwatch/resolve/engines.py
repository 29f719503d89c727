"""Where pair scoring runs: in this process, or on Apache Spark.

Scoring candidate pairs is the heavy step of resolution. Both engines implement one
small interface and return the same rows; the resolve job never asks which one it
has. Spark is an optional extra (``pip install fusionwatch[spark]``), imported only
when the Spark engine is built.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

from fusionwatch.errors import UsageError
from fusionwatch.resolve.compare import NameRecord, compare
from fusionwatch.resolve.normalize.resources import cedict_used, use_cedict
from fusionwatch.resolve.policy import auto_merge

Scored = tuple[str, str, float, str, bool]
Progress = Callable[[Iterable[tuple[str, str]]], Iterable[tuple[str, str]]]


class Engine(Protocol):
    """Scores candidate pairs of records."""

    name: str

    def score(self, pairs: Sequence[tuple[str, str]], records: dict[str, NameRecord],
              algorithm: str, progress: Progress | None = None) -> Iterator[Scored]:
        """Yield (left_id, right_id, score, explanation, auto) for each pair."""
        ...


class LocalEngine:
    """Scores pairs in this process."""

    name = "local"

    def score(self, pairs: Sequence[tuple[str, str]], records: dict[str, NameRecord],
              algorithm: str, progress: Progress | None = None) -> Iterator[Scored]:
        """Yield (left_id, right_id, score, explanation, auto) for each pair."""
        for a, b in (progress(pairs) if progress else pairs):
            result = compare(records[a], records[b], algorithm)
            yield (a, b, result.score, result.explanation,
                   auto_merge(records[a], records[b], result))


def _score_partition(records: Any, algorithm: str) -> Callable[[Iterable[tuple[str, str]]],
                                                                Iterator[Scored]]:
    cedict = cedict_used()  # the driver's choice, for the executors

    def run(pairs: Iterable[tuple[str, str]]) -> Iterator[Scored]:
        """Score one partition's pairs on an executor, against the broadcast records."""
        use_cedict(cedict)
        table = records.value
        for a, b in pairs:
            result = compare(table[a], table[b], algorithm)
            yield a, b, result.score, result.explanation, auto_merge(table[a], table[b], result)
    return run


class SparkEngine:
    """Scores pairs on Apache Spark (``local[*]`` by default, or any cluster master)."""

    name = "spark"

    def __init__(self, master: str = "local[*]", partitions: int | None = None) -> None:
        try:
            from pyspark.sql import SparkSession
        except ImportError as exc:  # the extra is not installed
            raise UsageError(
                "the Spark engine needs pyspark: pip install 'fusionwatch[spark]'") from exc
        # Workers must run this interpreter (with fusionwatch installed), not the
        # first python on PATH; Spark reads the choice from the environment only.
        os.environ["PYSPARK_PYTHON"] = sys.executable
        builder = (SparkSession.builder.master(master).appName("fusionwatch-resolve")
                   .config("spark.pyspark.python", sys.executable)
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false"))
        if master.startswith("local"):
            # A local session talks to itself over loopback only.
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            builder = builder.config("spark.driver.host", "127.0.0.1").config(
                "spark.driver.bindAddress", "127.0.0.1")
        try:
            self.spark = builder.getOrCreate()
        except Exception as exc:  # pyspark raises its own errors when Java is missing
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise UsageError(f"cannot start Spark (it needs Java 17): {first}") from exc
        self.spark.sparkContext.setLogLevel("ERROR")
        self.partitions = partitions

    def score(self, pairs: Sequence[tuple[str, str]], records: dict[str, NameRecord],
              algorithm: str, progress: Progress | None = None) -> Iterator[Scored]:
        """Yield (left_id, right_id, score, explanation, auto) for each pair, on Spark."""
        if not pairs:
            return iter(())
        ctx = self.spark.sparkContext
        needed = {i for pair in pairs for i in pair}
        table = ctx.broadcast({i: records[i] for i in needed})
        slices = self.partitions or max(ctx.defaultParallelism * 4, 1)
        rdd = ctx.parallelize(list(pairs), slices).mapPartitions(
            _score_partition(table, algorithm))
        return iter(rdd.collect())

    def close(self) -> None:
        """Stop the Spark session."""
        self.spark.stop()


def get_engine(name: str, master: str | None = None) -> Engine:
    """The engine called ``name`` (``local`` or ``spark``)."""
    if name == "local":
        return LocalEngine()
    if name == "spark":
        return SparkEngine(master or "local[*]")
    raise UsageError(f"unknown engine {name!r} (local, spark)")
