"""Scoring an extractor against gold claims, exactly as gold/FORMAT.md defines it.

A system claim matches a gold claim when both sit in the same sentence (the gold
``sentence_hint`` occurs in the system claim's sentence, whitespace-normalised) and their
values agree within 0.5 % (relative) with the same unit. Matching is one-to-one; among
several candidates the one whose ``quantity_text`` equals the gold's wins, then the first.

Reported: quantity precision, recall and F1; value accuracy; per-field accuracy on matched
pairs; full-claim precision, recall and F1 (a claim is fully right when kind, metric,
direction, reporter, partner, sector and period all agree; for ``trade`` claims reporter and
partner are compared as an unordered pair).

Value accuracy is measured on the figures the system located: a gold claim counts as
located when a system claim in its sentence has a span overlapping the gold
``quantity_text``'s place in that sentence; it is value-right when that pair also matches
(value within 0.5 % and the same unit).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.errors import InputError
from extractor.models import Article

__all__ = ["FIELDS", "FULL_FIELDS", "Score", "load_gold", "load_offset_gold", "score"]

FULL_FIELDS = ("kind", "metric", "direction", "reporter", "partner", "sector", "period")
FIELDS = (*FULL_FIELDS, "approximate", "balance_sign")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    located: int = 0
    located_right: int = 0
    fully_right: int = 0
    field_right: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def value_accuracy(self) -> float:
        return self.located_right / self.located if self.located else 0.0

    @property
    def full_f1(self) -> float:
        p = self.fully_right / self.system if self.system else 0.0
        r = self.fully_right / self.gold if self.gold else 0.0
        return _f1(p, r)

    def field_accuracy(self, name: str) -> float:
        return self.field_right[name] / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "fully_right": self.fully_right,
            "full_f1": round(self.full_f1, 4),
            "fields": {name: round(self.field_accuracy(name), 4) for name in FIELDS},
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold documents of a FORMAT.md gold file."""
    docs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(doc, dict) or "doc_id" not in doc or "claims" not in doc:
            raise InputError(f"{path}:{number}: not a gold document (needs doc_id and claims)")
        docs.append(doc)
    return docs


def load_offset_gold(
    path: str | Path, texts: str | Path
) -> tuple[list[dict[str, Any]], list[Article]]:
    """Gold documents and their articles from a gold file kept by character offsets.

    Such a file (``corpora/news_gold/``) holds no article text: each claim has ``start`` and
    ``end`` (the figure) and ``hint_start`` and ``hint_end`` (words of its sentence) into
    ``TEXTS/<doc_id>.txt``, plus FORMAT.md's fields. The result is FORMAT.md's form, with
    ``quantity_text`` and ``sentence_hint`` read from the text, and the documents to score.
    """
    from extractor.archives import decode_bytes, parse_date

    gold_docs, articles = [], []
    for number, doc in enumerate(load_gold(path), 1):
        source = Path(texts) / f"{doc['doc_id']}.txt"
        try:
            text = decode_bytes(source.read_bytes())
        except OSError as exc:
            raise InputError(f"{path}:{number}: cannot read {source} ({exc.strerror})") from exc
        claims = [_claim_from_offsets(claim, text) for claim in doc["claims"]]
        gold_docs.append({**doc, "claims": claims})
        published = parse_date(doc["published"], field="published") if doc["published"] else None
        articles.append(Article(id=doc["doc_id"], text=text, published=published))
    return gold_docs, articles


def _claim_from_offsets(claim: dict[str, Any], text: str) -> dict[str, Any]:
    fields = {k: v for k, v in claim.items() if k not in ("start", "end", "hint_start", "hint_end")}
    return {
        "quantity_text": normalise(text[claim["start"] : claim["end"]]),
        "sentence_hint": normalise(text[claim["hint_start"] : claim["hint_end"]]),
        **fields,
    }


def values_agree(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    if gold["unit"] != system["unit"]:
        return False
    g, s = float(gold["value"]), float(system["value"])
    return abs(g - s) <= 0.005 * abs(g) if g else s == 0


def same_sentence(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    return normalise(gold["sentence_hint"]) in normalise(system["sentence"])


def fields_agree(gold: dict[str, Any], system: dict[str, Any]) -> dict[str, bool]:
    """Which fields of a matched pair agree (trade pairs compared unordered)."""
    agree = {name: gold.get(name) == system.get(name) for name in FIELDS}
    if gold.get("metric") == "trade" and system.get("metric") == "trade":
        pair = {gold.get("reporter"), gold.get("partner")} == {
            system.get("reporter"),
            system.get("partner"),
        }
        agree["reporter"] = agree["partner"] = pair
    return agree


def score(gold_docs: Sequence[dict[str, Any]], system: Iterable[dict[str, Any]]) -> Score:
    """Score system claims (dicts with doc_id, sentence, value, unit, ...) against gold."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for claim in system:
        by_doc.setdefault(str(claim["doc_id"]), []).append(claim)
    result = Score()
    for doc in gold_docs:
        claims = by_doc.get(str(doc["doc_id"]), [])
        result.system += len(claims)
        score_document(doc, claims, result)
    return result


def score_document(doc: dict[str, Any], claims: list[dict[str, Any]], result: Score) -> None:
    free = list(claims)
    for gold in doc["claims"]:
        result.gold += 1
        in_sentence = [c for c in free if same_sentence(gold, c)]
        candidates = [c for c in in_sentence if values_agree(gold, c)]
        located = _located(gold, in_sentence)
        if located is not None:
            result.located += 1
            result.located_right += values_agree(gold, located)
        if not candidates:
            result.errors.append({"doc_id": doc["doc_id"], "missed": gold, "near": located})
            continue
        exact = [c for c in candidates if c.get("quantity_text") == gold["quantity_text"]]
        match = (exact or candidates)[0]
        free.remove(match)
        result.matched += 1
        agree = fields_agree(gold, match)
        result.field_right.update(name for name, ok in agree.items() if ok)
        if all(agree[name] for name in FULL_FIELDS):
            result.fully_right += 1
        else:
            wrong = {n: (gold.get(n), match.get(n)) for n in FIELDS if not agree[n]}
            result.errors.append(
                {
                    "doc_id": doc["doc_id"],
                    "gold": gold,
                    "wrong": wrong,
                    "evidence": match.get("evidence"),
                }
            )
    for claim in free:
        result.errors.append({"doc_id": doc["doc_id"], "spurious": claim})


def _located(gold: dict[str, Any], in_sentence: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The system claim whose span overlaps the gold quantity text in the sentence."""
    target = normalise(gold["quantity_text"])
    for claim in in_sentence:
        text = normalise(claim.get("quantity_text", ""))
        if text and (text in target or target in text or _overlap(text, target)):
            return claim
    return None


def _overlap(a: str, b: str) -> bool:
    numbers_a = set(re.findall(r"\d[\d,.]*", a))
    return bool(numbers_a & set(re.findall(r"\d[\d,.]*", b)))
