"""The data that flows through the pipeline: :class:`Article` in, :class:`Claim` out.

Both follow the contracts in ``schemas/`` (``article.schema.json``, ``claim.schema.json``),
which in turn follow ``gold/FORMAT.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal

__all__ = [
    "Article",
    "Claim",
    "KINDS",
    "METRICS",
    "SECTORS",
    "EXTRACTOR_VERSION",
    "load_schema",
]

EXTRACTOR_VERSION = "0.1.0"

Kind = Literal["amount", "change", "share", "rate"]
KINDS: tuple[str, ...] = ("amount", "change", "share", "rate")
METRICS: tuple[str, ...] = (
    "trade",
    "exports",
    "imports",
    "balance",
    "tariff",
    "price",
    "production",
    "sales",
    "gdp",
    "investment",
    "other",
)
SECTORS: tuple[str, ...] = (
    "agriculture",
    "food",
    "energy",
    "minerals",
    "chemicals",
    "pharmaceuticals",
    "plastics",
    "textiles",
    "metals",
    "machinery",
    "electronics",
    "automotive",
    "aerospace",
    "services",
    "other",
)


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in the package (``schemas/`` in the repository); do not mutate.

    >>> load_schema("claim")["title"]
    'Claim'
    """
    resource = resources.files("extractor.schemas") / f"{name}.schema.json"
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


@dataclass(frozen=True)
class Article:
    """One input document: plain ``text`` (already extracted from HTML when it came as HTML).

    ``id`` is the archive's id, else the path or URL. ``published`` resolves relative
    periods ("last year"). ``author``, ``site_name`` and ``language`` (a BCP 47 tag) come
    from a page's metadata when known.
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    site_name: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The article as a line of a JSONL archive (``schemas/article.schema.json``).

        >>> Article(id="a", text="Exports rose.", published=date(2025, 4, 1)).to_dict()["published"]
        '2025-04-01'
        """
        record = asdict(self)
        record["published"] = self.published.isoformat() if self.published else None
        return record

    @property
    def identity(self) -> str:
        """The key a store deduplicates on: the URL when known, else the text's hash."""
        return self.url or f"sha256:{self.text_hash}"

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Claim:
    """One numeric statement about an economic quantity, with the span that proves it."""

    doc_id: str
    quantity_text: str
    start_char: int
    end_char: int
    sentence: str
    kind: str
    value: float
    unit: str
    approximate: bool = False
    direction: str | None = None
    metric: str = "other"
    balance_sign: str | None = None
    reporter: str | None = None
    partner: str | None = None
    sector: str | None = None
    period: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The claim as a JSON-ready dict, in the field order of the schema."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        names = cls.__dataclass_fields__
        return cls(**{key: value for key, value in data.items() if key in names})
