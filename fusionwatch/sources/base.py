"""The contract every source implements, and the records sources yield.

A source knows how to read one kind of file and yield :class:`Record` objects: an
entity id, a FollowTheMoney schema name and a list of :class:`Fact` values, each
carrying its provenance (the :class:`Document` it came from and, where the value was
extracted from text, the quoted span). Sources never touch the store; cleaning the
values against the model and writing statements is the store's job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar, Protocol

from fusionwatch.errors import FormatError, MissingFileError


@dataclass(frozen=True)
class Document:
    """One source file: where it is, what it hashes to, when it was retrieved."""

    path: str
    sha256: str
    size: int
    retrieved: str
    url: str | None = None

    @classmethod
    def from_path(cls, path: str | Path, url: str | None = None) -> Document:
        """Hash a local file. Raises MissingFileError / FormatError for unusable paths."""
        p = Path(path)
        if not p.exists():
            raise MissingFileError(str(path), "no such file")
        if not p.is_file():
            raise MissingFileError(str(path), "not a regular file")
        digest = hashlib.sha256()
        size = 0
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
        if size == 0:
            raise FormatError(str(path), "file is empty")
        mtime = datetime.fromtimestamp(p.stat().st_mtime, tz=UTC)
        return cls(str(path), digest.hexdigest(), size, mtime.date().isoformat(), url)

    def read_bytes(self) -> bytes:
        """The file's content."""
        return Path(self.path).read_bytes()

    def read_text(self, encodings: Sequence[str] = ("utf-8-sig",)) -> str:
        """Decode the file, refusing binary content, trying each encoding in turn."""
        data = self.read_bytes()
        if b"\x00" in data[:8192]:
            raise FormatError(self.path, "binary file (contains NUL bytes)")
        for encoding in encodings:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise FormatError(self.path, f"cannot decode as {' or '.join(encodings)}")


@dataclass
class Fact:
    """One property value with how it was found.

    Attributes:
        prop: FollowTheMoney property name (``name``, ``alias``, ``country``...).
        value: the value as written in the source.
        lang: ISO 639-3 language code of a name, where known (``zho``, ``eng``).
        citation: a formal reference given by the source (e.g. a Federal Register cite).
        quote: the verbatim text the value was extracted from.
        span: character offsets of ``quote`` in the document's text as the source reads
            it (for HTML, the page rendered to text: ``fusionwatch notices parse``
            recomputes that text, so a span can be checked against the file).
        document: the file the value came from, when not the record's own document
            (e.g. an alias read from OFAC's alt.csv for an entry of sdn.csv).
    """

    prop: str
    value: str
    lang: str | None = None
    citation: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None
    document: Document | None = None


@dataclass
class Record:
    """An entity as one source document describes it."""

    id: str
    schema: str
    dataset: str
    document: Document
    facts: list[Fact] = field(default_factory=list)

    def add(
        self,
        prop: str,
        value: object,
        *,
        lang: str | None = None,
        citation: str | None = None,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        document: Document | None = None,
    ) -> None:
        """Add a value unless it is empty; whitespace is collapsed."""
        if value is None:
            return
        text = " ".join(str(value).split())
        if not text:
            return
        self.facts.append(Fact(prop, text, lang, citation, quote, span, document))

    def documents(self) -> set[Document]:
        """Every document this record's values came from."""
        return {self.document} | {f.document for f in self.facts if f.document is not None}

    def values(self, prop: str) -> list[str]:
        """The values given for one property."""
        return [f.value for f in self.facts if f.prop == prop]


@dataclass
class DatasetReport:
    """What one ingest read from one dataset."""

    dataset: str
    rows_read: int = 0
    persons_dropped: int = 0
    dropped_names: list[str] = field(default_factory=list)
    entities: int = 0
    statements: int = 0
    unchanged: bool = False
    added: int = 0
    removed: int = 0


class ParseReport:
    """Counters a source fills in while parsing, per dataset."""

    def __init__(self) -> None:
        self.datasets: dict[str, DatasetReport] = {}
        self.warnings: list[str] = []
        self.failures: list[tuple[str, str]] = []
        self.documents_parsed = 0

    def dataset(self, name: str) -> DatasetReport:
        """The report for one dataset, created on first use."""
        if name not in self.datasets:
            self.datasets[name] = DatasetReport(name)
        return self.datasets[name]

    def row(self, dataset: str) -> None:
        """Count one source row read."""
        self.dataset(dataset).rows_read += 1

    def failed(self, path: str, problem: str) -> None:
        """Record a file that could not be parsed, for sources whose batch goes on."""
        self.failures.append((path, problem))

    def dropped_person(self, dataset: str, name: str) -> None:
        """Count a person row; the name is kept in memory only, for ``--show-dropped``."""
        rep = self.dataset(dataset)
        rep.persons_dropped += 1
        rep.dropped_names.append(name)


class Source(Protocol):
    """A source turns files of one kind into records.

    Attributes:
        name: the name users give ``fusionwatch ingest``.
        description: one line for ``fusionwatch sources``.
        formats: the file formats it reads, for ``fusionwatch sources``.
        suffixes: file suffixes taken from a directory (None: every file).
        cumulative: a new ingest adds to the dataset instead of replacing it.
        tolerant: a bad file is reported and the others are still ingested.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    formats: ClassVar[tuple[str, ...]]
    suffixes: ClassVar[tuple[str, ...] | None]
    cumulative: ClassVar[bool]
    tolerant: ClassVar[bool]

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield the records in ``documents``; raise InputError for unusable files."""
        ...


class SourceDefaults:
    """Defaults for the optional parts of the :class:`Source` contract: a snapshot
    source (each version replaces the last) that stops at the first bad file."""

    suffixes: ClassVar[tuple[str, ...] | None] = None
    cumulative: ClassVar[bool] = False
    tolerant: ClassVar[bool] = False


def make_id(*parts: object) -> str:
    """A stable id from the parts that identify an entity within a dataset."""
    key = "\x1f".join(str(p) for p in parts if p is not None)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
