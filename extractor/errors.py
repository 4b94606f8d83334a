"""The exception tree of tradeclaims.

Library code raises these (re-raising low-level errors with ``from exc``);
only :mod:`extractor.cli` turns them into a one-line message and an exit code::

    ExtractorError
     +-- InputError          a path, file, archive line or option value that cannot be read
     |    +-- ModelError     no spaCy pipeline is installed or the named one cannot load
     +-- ExtractionError     a document the pipeline failed on (a spaCy error, a rule's bug)
     +-- FetchError          a URL that cannot be fetched (network, HTTP status, limits)
     |    +-- FetchRefused   a URL not to be fetched: robots.txt, a private address, a type
     +-- StoreError          the SQLite store cannot be opened, migrated or written
"""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "ExtractorError",
    "FetchError",
    "FetchRefused",
    "InputError",
    "ModelError",
    "StoreError",
]


class ExtractorError(Exception):
    """Base class of every error tradeclaims raises on purpose."""


class InputError(ExtractorError):
    """An input (path, file, archive line, option value) that cannot be used.

    The message names what, where and why, on one line, e.g.
    ``corpus.jsonl:12: not valid JSON (Expecting ',' delimiter)``.
    """


class ModelError(InputError):
    """No usable spaCy pipeline."""


class ExtractionError(ExtractorError):
    """A document the claim pipeline failed on; the message names the document and why."""


class FetchError(ExtractorError):
    """A URL that could not be fetched; the message is the reason, e.g. ``HTTP 404``.

    ``http_status`` is the last status received (None when no response came) and
    ``attempts`` the number of requests made for it.
    """

    status = "failed"

    def __init__(self, reason: str, *, http_status: int | None = None, attempts: int = 0):
        super().__init__(reason)
        self.http_status = http_status
        self.attempts = attempts


class FetchRefused(FetchError):
    """A URL not to be fetched; ``status`` says why: "robots", "refused" or "skipped"."""

    def __init__(self, reason: str, *, status: str, http_status: int | None = None):
        super().__init__(reason, http_status=http_status)
        self.status = status


class StoreError(ExtractorError):
    """The SQLite store could not be opened, migrated or written."""
