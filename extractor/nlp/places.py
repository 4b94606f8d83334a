"""Countries in text: names, short forms, demonyms, capitals and the world.

The lexicon is every country pycountry knows (name, common and official names) overlaid
with the hand-written news forms in ``extractor/data/places.tsv`` (``U.S.``, ``Britain``,
``Japanese``, ``Beijing``, ``the Kremlin``, ``world``...). It is built once per process.

Matching scans word tokens and looks up the longest phrase that starts at each one, so
"Papua New Guinea" beats "Guinea" and "Nigeria" never matches "Niger". Case matters:
"China" is a country and "china" is porcelain; "US" matches and "us" does not.

When the pipeline keeps spaCy's NER (opt-in, ``TRADECLAIMS_NER=1``), its entities are more
evidence (labels in ``extractor/data/entities.json``): a person's name that holds a place is
no place ("Kenya Moore said"), and a place entity over a lexicon phrase is the place whatever
its neighbours ("... in May\n\nWASHINGTON -"). NER adds no place the lexicon lacks: the
lexicon holds every name pycountry gives a country, and the cities and regions NER finds
are no country's figures (benchmarks/README.md, "ner.py").
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

from extractor.errors import InputError

__all__ = ["EntityMention", "PlaceMention", "country_name", "find_places"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "places.tsv"
_ENTITY_DATA = _DATA.with_name("entities.json")

# An abbreviation with its dots (U.S., U.K.) is one token; otherwise words and single
# punctuation marks, so "S. Korea" and "Japan's" tokenise the same in text and lexicon.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+|[^\w\s]")

# Codes pycountry's current list lacks; historic states keep their own codes (FORMAT.md).
_EXTRA_NAMES = {
    "EU": "European Union",
    "SU": "Soviet Union",
    "WLD": "World",
    "DD": "East Germany",
    "YU": "Yugoslavia",
    "CS": "Czechoslovakia",
}

# Capitalised words that may start a sentence before a country without being a first name.
# (Word lists read best as one string; SIM905 would have them one word to a line.)
_FUNCTION_WORDS = frozenset(
    "A An And As At Before Both But By Even For From If In Including Like Neighbouring "  # noqa: SIM905
    "Neighboring Nor Of On Only Or Since The Then To Unlike When While With".split()
)
_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "  # noqa: SIM905
    "April May June July August September October November December".split()
)
# Headline verbs after which an upper-case "US" is the pronoun ("LET US ...").
_PRONOUN_VERBS = frozenset({"LET", "TELL", "TELLS", "TOLD", "GIVE", "GIVES", "JOIN", "HELP"})


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, resolved to a country code."""

    start: int
    end: int
    text: str
    code: str
    form: str


@dataclass(frozen=True)
class EntityMention:
    """A span spaCy's NER labelled (``GPE``, ``PERSON``...), in document character offsets."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class _Entry:
    code: str
    form: str
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[tuple[str, ...], _Entry]
    longest: int
    first_words: frozenset[str]  # most words start no phrase: one look-up tells


def find_places(text: str, entities: Sequence[EntityMention] | None = None) -> list[PlaceMention]:
    """Every place mention in ``text``, in order, longest match first, never overlapping.

    ``entities``, spaCy's named entities of the same text when the pipeline keeps NER, weigh
    on each phrase the lexicon matches (:func:`_entity_says`).

    >>> [(m.text, m.code, m.form) for m in find_places("Beijing said U.S. tariffs hurt")]
    [('Beijing', 'CN', 'capital'), ('U.S.', 'US', 'short')]
    """
    lexicon = _lexicon()
    tokens = list(_TOKEN.finditer(text))
    words = [token.group().replace("\u2019", "'") for token in tokens]
    mentions: list[PlaceMention] = []
    ends = [entity.end for entity in entities or ()]
    index = 0
    while index < len(words):
        length, entry = _longest_phrase(lexicon, words, index)
        if entry is not None:
            start, end = tokens[index].start(), tokens[index + length - 1].end()
            said = _entity_says(text, entities, ends, start, end) if entities else None
            # A headline's last word on the line before is no part of a name ("OUTLOOK\nGlobal").
            headline_before = (
                index > 0
                and words[index - 1].isupper()
                and "\n" in text[tokens[index - 1].end() : tokens[index].start()]
            )
            fits = said != "name" and _fits_context(
                words, index, length, entry, headline_before, named_place=said == "place"
            )
            if fits and "named" in entry.flags:
                # The mention is the whole description, "the 27-nation bloc".
                opens = _refers_back(words, index, entry, mentions)
                fits = opens is not None
                start = tokens[opens].start() if opens is not None else start
            if entry.code != "-" and fits:
                mentions.append(PlaceMention(start, end, text[start:end], entry.code, entry.form))
        index += length
    return mentions


def _entity_says(
    text: str, entities: Sequence[EntityMention], ends: list[int], start: int, end: int
) -> str | None:
    """What NER says of the lexicon phrase at [start, end): "place", "name" or nothing.

    ``entities`` are in text order, ``ends`` their ends. "name" for a person entity that
    holds the phrase and more ("Kenya Moore"), on one line not all in upper case: the small
    model takes headlines for names ("S. AFRICAN TRADE", "HALVED\n\nMOSCOW").
    """
    labels = _entity_labels()
    for entity in entities[bisect.bisect_right(ends, start) :]:
        if end <= entity.start:
            break
        if entity.label in labels["place_labels"]:
            return "place"
        longer = (
            entity.start <= start and end <= entity.end and entity.end - entity.start > end - start
        )
        one_line = "\n" not in entity.text and not _upper_line(text, start)
        if entity.label in labels["name_labels"] and longer and one_line:
            return "name"
    return None


def _upper_line(text: str, position: int) -> bool:
    """True when the line holding ``position`` has no lower-case letter (a headline)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    return not any(char.islower() for char in line)


@functools.cache
def _entity_labels() -> dict[str, frozenset[str]]:
    data = json.loads(_ENTITY_DATA.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


def country_name(code: str) -> str:
    """The common English name of a code ``find_places`` returns: ``KR`` -> ``South Korea``."""
    if code in _EXTRA_NAMES:
        return _EXTRA_NAMES[code]
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if country is None:
        raise InputError(f"unknown country code: {code!r}")
    return str(getattr(country, "common_name", None) or country.name)


def names_of(code: str) -> list[str]:
    """The names and demonyms the lexicons give a country code ("ZW": "Zimbabwe",
    "Zimbabwean", ...), as written."""
    return _names_by_code().get(code, [])


@functools.cache
def _names_by_code() -> dict[str, list[str]]:
    """Every code's names and demonyms (:func:`names_of`), pycountry's first; built once."""
    names: dict[str, list[str]] = {}
    for name, alpha2 in _pycountry_names():
        names.setdefault(alpha2, []).append(name)
    for text, entry in _news_forms():
        if entry.form in ("name", "short", "demonym") and "named" not in entry.flags:
            names.setdefault(entry.code, []).append(text)
    return names


def _longest_phrase(lexicon: _Lexicon, words: list[str], index: int) -> tuple[int, _Entry | None]:
    """The longest lexicon phrase starting at ``words[index]``, as (token count, entry)."""
    if words[index] not in lexicon.first_words:
        return 1, None
    for length in range(min(lexicon.longest, len(words) - index), 0, -1):
        entry = lexicon.phrases.get(tuple(words[index : index + length]))
        if entry is not None:
            return length, entry
    return 1, None


def _fits_context(
    words: list[str],
    index: int,
    length: int,
    entry: _Entry,
    headline_before: bool = False,
    named_place: bool = False,
) -> bool:
    """False where the neighbours show the phrase is not the country it names; a phrase NER
    calls a place (``named_place``) is not taken for a person's or firm's name."""
    before = [] if headline_before else words[max(index - 2, 0) : index]
    previous = before[-1] if before else ""
    after = words[index + length] if index + length < len(words) else ""
    if words[index] == "US" and previous in _PRONOUN_VERBS:
        return False
    if entry.form == "capital" and words[index + length : index + length + 2] == ["-", "based"]:
        return False
    headline = words[index].isupper() and (not previous or previous.isupper())
    if (
        "person" in entry.flags
        and not (headline or named_place)
        and _reads_as_person(before, after)
    ):
        return False
    return not ("state" in entry.flags and _reads_as_us_state(before))


# "the bloc", "the 27-nation bloc", "the 27-member bloc": what the words before may be.
_ANAPHOR_MEASURES = frozenset({"nation", "member", "country", "state"})


def _refers_back(
    words: list[str], index: int, entry: _Entry, mentions: list[PlaceMention]
) -> int | None:
    """Where a ``named`` phrase ("bloc") opens as a definite description of a place the text
    has named ("the bloc" after "the EU"; not "a trading bloc", "the Soviet bloc"), the
    index of its "the"; else None."""
    if not any(m.code == entry.code for m in mentions):
        return None
    if index > 0 and words[index - 1].lower() == "the":
        return index - 1
    before = words[max(index - 4, 0) : index]
    measured = (
        len(before) == 4
        and before[0].lower() == "the"
        and before[1].isdigit()
        and before[2] == "-"
        and before[3] in _ANAPHOR_MEASURES
    )
    return index - 4 if measured else None  # "the 27 - nation bloc"


def _reads_as_person(before: list[str], after: str) -> bool:
    """ "Michael Jordan", "Mr Jordan", "Chad Smith", "Washington Post"."""
    previous = before[-1] if before else ""
    if previous == "." and len(before) == 2:
        previous = before[0] if before[0] in {"Mr", "Mrs", "Ms", "Dr"} else ""
    capitalised_before = previous[:1].isupper() and previous not in _FUNCTION_WORDS
    # An acronym after the place names its market or agency ("the London FTSE"), not a person.
    capitalised_after = (
        after[:1].isupper()
        and after.isalpha()
        and not after.isupper()
        and after not in _CALENDAR_WORDS
    )
    return capitalised_before or capitalised_after


def _reads_as_us_state(before: list[str]) -> bool:
    """ "Atlanta, Georgia" but not "Japan, Georgia": a town (not a country) and a comma."""
    if len(before) < 2 or before[1] != ",":
        return False
    town = before[0]
    return town[:1].isupper() and (town,) not in _lexicon().phrases


@functools.cache
def _lexicon() -> _Lexicon:
    """pycountry's names overlaid with the hand-written news forms; built once."""
    phrases: dict[tuple[str, ...], _Entry] = {}
    rows = [(name, _Entry(code, "name")) for name, code in _pycountry_names()]
    for phrase, entry in [*rows, *_news_forms()]:
        for variant, variant_entry in _variants(entry, phrase).items():
            phrases[_tokenise(variant)] = variant_entry
    first_words = frozenset(key[0] for key in phrases)
    return _Lexicon(phrases, max(len(key) for key in phrases), first_words)


def _pycountry_names() -> Iterator[tuple[str, str]]:
    """(name, alpha-2) for every current country, skipping inverted names ("Korea, Republic of")."""
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name and "(" not in name:
                yield name.removeprefix("the "), country.alpha_2


def _news_forms() -> Iterator[tuple[str, _Entry]]:
    """The rows of ``places.tsv``: text, code, form and optional comma-separated flags."""
    with _DATA.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) not in (3, 4):
                raise InputError(f"{_DATA.name}:{number}: expected 3 or 4 tab-separated fields")
            flags = frozenset(fields[3].split(",")) if len(fields) == 4 else frozenset()
            yield fields[0], _Entry(fields[1], fields[2], flags)


def _variants(entry: _Entry, phrase: str) -> dict[str, _Entry]:
    """The spellings that match: as written, UPPER CASE (headlines), Capitalised if lower.

    A Capitalised "World" or "Global" inside a proper name ("World Food Programme",
    "Global Insight") is not the world, so that variant gets the ``person`` guard.
    """
    if "exact" in entry.flags:
        return {phrase: entry}
    variants = {phrase: entry, phrase.upper(): entry}
    if phrase[:1].islower():
        guarded = _Entry(entry.code, entry.form, entry.flags | {"person"})
        variants[phrase[:1].upper() + phrase[1:]] = guarded
    return variants


def _tokenise(phrase: str) -> tuple[str, ...]:
    return tuple(token.replace("\u2019", "'") for token in _TOKEN.findall(phrase))
