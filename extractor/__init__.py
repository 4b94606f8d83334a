"""tradeclaims: structured, checkable claims from trade and economic news.

>>> from extractor import Article, extract_claims
>>> article = Article(id="a", text="Chinese car exports to Russia fell 46% last year.")
>>> [claim] = next(extract_claims([article]))[1]
>>> claim.value, claim.direction, claim.metric, claim.reporter, claim.partner, claim.sector
(46.0, 'down', 'exports', 'CN', 'RU', 'automotive')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from extractor.errors import ExtractorError, FetchError, InputError, ModelError, StoreError
from extractor.models import EXTRACTOR_VERSION, Article, Claim

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Claim",
    "ExtractorError",
    "FetchError",
    "InputError",
    "ModelError",
    "StoreError",
    "extract_claims",
]


def extract_claims(
    articles: Iterable[Article], **options: Any
) -> Iterator[tuple[Article, list[Claim]]]:
    """Each article with its claims: :func:`extractor.nlp.pipeline.extract_claims`.

    Imported on first use, so that ``import extractor`` does not load spaCy.
    """
    from extractor.nlp.pipeline import extract_claims as _extract_claims

    return _extract_claims(articles, **options)
