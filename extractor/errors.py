"""The exception tree of tradeclaims.

Library code raises these (re-raising low-level errors with ``from exc``);
only :mod:`extractor.cli` turns them into a one-line message and an exit code::

    ExtractorError
     +-- InputError          a path, file, archive line or option value that cannot be read
     |    +-- ModelError     no spaCy pipeline is installed or the named one cannot load
     +-- ExtractionError     a document the pipeline failed on (a spaCy error, a rule's bug)
     +-- FetchError          a URL that cannot be fetched (network, robots.txt, HTTP status)
     +-- StoreError          the SQLite store cannot be opened, migrated or written
"""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "ExtractorError",
    "FetchError",
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
    """A URL that could not be fetched."""


class StoreError(ExtractorError):
    """The SQLite store could not be opened, migrated or written."""
