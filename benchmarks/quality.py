"""Side by side on the same dev texts, in one run: tradeclaims, spaCy's NER alone, quantulum3.

    python benchmarks/quality.py [--gold ../shared/gold/dev.jsonl]
                                 [--archive ../shared/gold/dev_archive.jsonl]

spaCy NER: every MONEY/PERCENT/QUANTITY entity of the same English model, over the same
sentences, its value and unit read by this project's quantity parser (NER finds spans, it
does not normalise them; a bare amount is read as dollars). quantulum3: every quantity
it parses in each sentence of our segmentation, with its value and unit mapped to FORMAT.md's
(a currency's ISO code, percent, or its plural unit name). Only tradeclaims assigns the other
fields, so the peers are compared on detection (precision, recall, F1) and value accuracy.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import SHARED, print_table  # noqa: E402  (puts the repo on sys.path)

from extractor.archives import read_inputs  # noqa: E402
from extractor.evaluate import Score, load_gold, score  # noqa: E402
from extractor.models import Article  # noqa: E402
from extractor.nlp.pipeline import (  # noqa: E402
    extract_claims,
    load_pipeline,
    make_doc,
    soften_line_breaks,
)
from extractor.nlp.quantities import find_quantities  # noqa: E402

QUANTULUM_UNITS = {"percentage": "percent", "tonne": "tonnes", "barrel": "barrels"}


def articles(archive: Path) -> list[Article]:
    return [item for item in read_inputs([str(archive)]) if isinstance(item, Article)]


def tradeclaims_claims(docs: list[Article]) -> Iterator[dict[str, Any]]:
    for _, claims in extract_claims(docs):
        yield from (claim.to_dict() for claim in claims)


def spacy_ner_claims(docs: list[Article]) -> Iterator[dict[str, Any]]:
    import spacy

    from extractor.nlp.pipeline import model_name

    nlp = spacy.load(model_name())
    nlp.add_pipe("tradeclaims_paragraphs", before="parser")  # the same sentences as ours
    for article in docs:
        doc = nlp(soften_line_breaks(article.text))
        for ent in doc.ents:
            if ent.label_ not in ("MONEY", "PERCENT", "QUANTITY"):
                continue
            # NER finds spans only: read each with our parser, a bare amount as dollars.
            found = find_quantities(ent.text, default_currency="USD")
            parsed = found[0] if found else None
            if parsed is not None:
                yield {"doc_id": article.id, "sentence": ent.sent.text, "value": parsed.value,
                       "unit": parsed.unit, "quantity_text": ent.text}  # fmt: skip


def quantulum_claims(docs: list[Article]) -> Iterator[dict[str, Any]]:
    from quantulum3 import parser

    nlp = load_pipeline()
    for article in docs:
        for sent in nlp(make_doc(nlp, article)).sents:
            for q in parser.parse(sent.text):
                unit = quantulum_unit(q)
                if unit is not None:
                    yield {"doc_id": article.id, "sentence": sent.text, "value": q.value,
                           "unit": unit, "quantity_text": q.surface}  # fmt: skip


def quantulum_unit(q: Any) -> str | None:
    entity = q.unit.entity.name
    if entity == "currency":
        return str(getattr(q.unit, "currency_code", None) or q.unit.name)
    if q.unit.name in QUANTULUM_UNITS:
        return QUANTULUM_UNITS[q.unit.name]
    if entity == "dimensionless":
        return None
    return str(q.unit.name) + "s"


def run(name: str, gold: list[dict[str, Any]], produce: Any, docs: list[Article]) -> list[str]:
    started = time.perf_counter()
    result: Score = score(gold, list(produce(docs)))
    seconds = time.perf_counter() - started
    return [name, f"{result.precision:.3f}", f"{result.recall:.3f}", f"{result.f1:.3f}",
            f"{result.value_accuracy:.3f}", f"{result.full_f1:.3f}", f"{seconds:.1f}"]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev.jsonl")
    parser.add_argument("--archive", type=Path, default=SHARED / "gold" / "dev_archive.jsonl")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipped: {args.gold} is not there (../shared is absent)")
        return 0
    gold, docs = load_gold(args.gold), articles(args.archive)
    header = ["system", "precision", "recall", "F1", "value acc", "full F1", "seconds"]
    rows = [
        run("tradeclaims", gold, tradeclaims_claims, docs),
        run("spaCy NER (MONEY/PERCENT/QUANTITY)", gold, spacy_ner_claims, docs),
        run("quantulum3", gold, quantulum_claims, docs),
    ]
    print_table(header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
