"""find_places: every form, every clash, speed, and coverage of the gold reporters."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.nlp import places
from extractor.nlp.places import PlaceMention, country_name, find_places

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def found(text: str) -> list[tuple[str, str, str]]:
    return [(mention.text, mention.code, mention.form) for mention in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names: pycountry's and the news forms
        ("Exports to Germany rose.", [("Germany", "DE", "name")]),
        ("the People's Republic of China", [("People's Republic of China", "CN", "name")]),
        (
            "Côte d'Ivoire and Ivory Coast",
            [("Côte d'Ivoire", "CI", "name"), ("Ivory Coast", "CI", "name")],
        ),
        (
            "Burma, Holland and the Netherlands",
            [("Burma", "MM", "name"), ("Holland", "NL", "name"), ("Netherlands", "NL", "name")],
        ),
        # the Belgium-Luxembourg Economic Union reports its trade as one: Belgium's figures
        (
            "BLEU exports to Belgium-Luxembourg",
            [("BLEU", "BE", "short"), ("Belgium-Luxembourg", "BE", "name")],
        ),
        (
            "Russia, Iran and Vietnam",
            [("Russia", "RU", "name"), ("Iran", "IR", "name"), ("Vietnam", "VN", "name")],
        ),
        (
            "Syria, Bolivia, Tanzania, Laos, Moldova",
            [
                ("Syria", "SY", "name"),
                ("Bolivia", "BO", "name"),
                ("Tanzania", "TZ", "name"),
                ("Laos", "LA", "name"),
                ("Moldova", "MD", "name"),
            ],
        ),
        (
            "Czech Republic or Czechia",
            [("Czech Republic", "CZ", "name"), ("Czechia", "CZ", "name")],
        ),
        ("Taiwan and Hong Kong", [("Taiwan", "TW", "name"), ("Hong Kong", "HK", "name")]),
        (
            "Britain, Great Britain and England",
            [("Britain", "GB", "name"), ("Great Britain", "GB", "name"), ("England", "GB", "name")],
        ),
        ("America's deficit", [("America", "US", "name")]),
        (
            "West Germany and East Germany",
            [("West Germany", "DE", "name"), ("East Germany", "DD", "name")],
        ),
        ("the Soviet Union", [("Soviet Union", "SU", "name")]),
        (
            "the European Community and the European Union",
            [("European Community", "EU", "name"), ("European Union", "EU", "name")],
        ),
        (
            "South Korea and North Korea",
            [("South Korea", "KR", "name"), ("North Korea", "KP", "name")],
        ),
        ("Korea's exports", [("Korea", "KR", "name")]),
        ("United\nStates imports", [("United\nStates", "US", "name")]),
        # short forms: case-sensitive
        (
            "U.S. and US and USA",
            [("U.S.", "US", "short"), ("US", "US", "short"), ("USA", "US", "short")],
        ),
        (
            "UK, U.K.'s and HK",
            [("UK", "GB", "short"), ("U.K.", "GB", "short"), ("HK", "HK", "short")],
        ),
        (
            "the EU, the EC and the EEC",
            [("EU", "EU", "short"), ("EC", "EU", "short"), ("EEC", "EU", "short")],
        ),
        ("S. Korea and the USSR", [("S. Korea", "KR", "short"), ("USSR", "SU", "short")]),
        ("US-China talks", [("US", "US", "short"), ("China", "CN", "name")]),
        # demonyms
        (
            "Chinese, Russian and American firms",
            [
                ("Chinese", "CN", "demonym"),
                ("Russian", "RU", "demonym"),
                ("American", "US", "demonym"),
            ],
        ),
        (
            "Japanese, British and Dutch banks",
            [
                ("Japanese", "JP", "demonym"),
                ("British", "GB", "demonym"),
                ("Dutch", "NL", "demonym"),
            ],
        ),
        (
            "Taiwanese and South Korean chips",
            [("Taiwanese", "TW", "demonym"), ("South Korean", "KR", "demonym")],
        ),
        ("a Soviet delegation", [("Soviet", "SU", "demonym")]),
        ("North Korean exports", [("North Korean", "KP", "demonym")]),
        ("West German exports", [("West German", "DE", "demonym")]),
        # capitals and seats of government
        (
            "Beijing and Moscow replied to Washington",
            [
                ("Beijing", "CN", "capital"),
                ("Moscow", "RU", "capital"),
                ("Washington", "US", "capital"),
            ],
        ),
        (
            "Tokyo, Seoul, Ottawa and Canberra",
            [
                ("Tokyo", "JP", "capital"),
                ("Seoul", "KR", "capital"),
                ("Ottawa", "CA", "capital"),
                ("Canberra", "AU", "capital"),
            ],
        ),
        (
            "Wellington and New Delhi agreed",
            [("Wellington", "NZ", "capital"), ("New Delhi", "IN", "capital")],
        ),
        ("Brussels imposed duties", [("Brussels", "EU", "capital")]),
        ("Bonn said in 1987", [("Bonn", "DE", "capital")]),
        ("the Kremlin said", [("Kremlin", "RU", "capital")]),
        (
            "Whitehall and Downing Street",
            [("Whitehall", "GB", "capital"), ("Downing Street", "GB", "capital")],
        ),
        # the world
        ("the world's largest exporter", [("world", "WLD", "world")]),
        (
            "global trade and worldwide sales",
            [("global", "WLD", "world"), ("worldwide", "WLD", "world")],
        ),
        ("exports to the rest of the world", [("rest of the world", "WLD", "world")]),
        ("Global demand fell", [("Global", "WLD", "world")]),
        # wire abbreviations
        ("N.Z. trade surplus", [("N.Z.", "NZ", "short")]),
        ("S. African gold output", [("S. African", "ZA", "demonym")]),
        # a headline's last word on the line before is no part of a name
        ("OIL OUTLOOK\nGlobal demand fell", [("Global", "WLD", "world")]),
        ("TRADE TALKS\nWashington said", [("Washington", "US", "capital")]),
    ],
)
def test_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("let us talk to them", []),
        ("turkey and china for dinner", []),
        ("Turkey and China", [("Turkey", "TR", "name"), ("China", "CN", "name")]),
        ("Michael Jordan and Mr Jordan played", []),
        (
            "Exports to Jordan, Chad and Georgia rose",
            [("Jordan", "JO", "name"), ("Chad", "TD", "name"), ("Georgia", "GE", "name")],
        ),
        ("In Jordan, prices rose", [("Jordan", "JO", "name")]),
        ("Chad Smith said", []),
        ("Atlanta, Georgia", []),
        (
            "Japan, Georgia and Chile",
            [("Japan", "JP", "name"), ("Georgia", "GE", "name"), ("Chile", "CL", "name")],
        ),
        ("the Washington Post said", []),
        ("The London FTSE fell 0.8%", [("London", "GB", "capital")]),
        (
            "Guinea, Papua New Guinea and Equatorial Guinea",
            [
                ("Guinea", "GN", "name"),
                ("Papua New Guinea", "PG", "name"),
                ("Equatorial Guinea", "GQ", "name"),
            ],
        ),
        ("a guinea pig", []),
        ("Niger and Nigeria", [("Niger", "NE", "name"), ("Nigeria", "NG", "name")]),
        ("Mali and Oman", [("Mali", "ML", "name"), ("Oman", "OM", "name")]),
        ("Wales and New South Wales", [("Wales", "GB", "name")]),
        ("New Mexico and Mexico", [("Mexico", "MX", "name")]),
        ("South Africa, not Africa", [("South Africa", "ZA", "name")]),
        (
            "Dominica and the Dominican Republic",
            [("Dominica", "DM", "name"), ("Dominican Republic", "DO", "name")],
        ),
        ("the World Bank and the World Food Programme", []),
        ("Latin America and North America", []),
        ("the Paris-based IEA", []),
        ("the Uruguay Round", []),
    ],
)
def test_clashes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL UNVEILS NEW TRADE PLAN", [("SEOUL", "KR", "capital")]),
        ("FOCUS-JAPAN SURPLUS WIDENS", [("JAPAN", "JP", "name")]),
        ("FOCUS ON SOUTH KOREA", [("SOUTH KOREA", "KR", "name")]),
        ("US TO CURB IMPORTS", [("US", "US", "short")]),
        ("LET US TALK", []),
        ("THIS IS FOCUS", []),
        ("JORDAN SIGNS DEAL", [("JORDAN", "JO", "name")]),
        ("WORLD TRADE SLOWS", [("WORLD", "WLD", "world")]),
    ],
)
def test_upper_case_headlines(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU said imports into the bloc rose.", [("EU", "EU"), ("the bloc", "EU")]),
        (
            "The European Union taxes the 27-nation bloc's imports.",
            [("European Union", "EU"), ("the 27-nation bloc", "EU")],
        ),
        ("The bloc grew. The EU said so.", [("EU", "EU")]),  # not named before
        ("The Soviet bloc traded with the EU.", [("Soviet", "SU"), ("EU", "EU")]),
        ("The EU joined a trading bloc.", [("EU", "EU")]),  # not a definite description
        # "the Community" of the 1980s wires: the European Community once the text named it
        (
            "EC farm ministers met. Exports to the Community rose.",
            [("EC", "EU"), ("the Community", "EU")],
        ),
        ("The Community said so.", []),  # not named before
        ("The EC backed the international community.", [("EC", "EU")]),
    ],
)
def test_the_bloc_after_the_eu(text: str, expected: list[tuple[str, str]]) -> None:
    """ "the bloc" (and "the Community") is the EU where the text has named it before, as
    "the bloc" or "the 27-nation bloc"; the span is the whole description."""
    assert [(m.text, m.code) for m in find_places(text)] == expected


def test_spans_point_into_the_text() -> None:
    text = "Japan's surplus with the U.S. widened, Tokyo said."
    mentions = find_places(text)
    assert [text[m.start : m.end] for m in mentions] == ["Japan", "U.S.", "Tokyo"]
    assert mentions[1] == PlaceMention(25, 29, "U.S.", "US", "short")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KR", "South Korea"),
        ("US", "United States"),
        ("SU", "Soviet Union"),
        ("EU", "European Union"),
        ("WLD", "World"),
        ("DD", "East Germany"),
        ("de", "Germany"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_rejects_unknown_codes() -> None:
    with pytest.raises(InputError, match="XX"):
        country_name("XX")


def test_every_code_found_has_a_name() -> None:
    codes = {entry.code for entry in places._lexicon().phrases.values()} - {"-"}
    assert all(country_name(code) for code in codes)


def test_five_thousand_words_without_rebuilding_the_lexicon() -> None:
    find_places("warm up")
    misses = places._lexicon.cache_info().misses
    sentence = "Japanese exports to the U.S. and the EC rose while Beijing and Moscow watched. "
    text = sentence * (5000 // len(sentence.split()))
    started = time.perf_counter()
    mentions = find_places(text)
    elapsed = time.perf_counter() - started
    assert places._lexicon.cache_info().misses == misses
    assert len(mentions) == 5 * (5000 // len(sentence.split()))
    assert elapsed < 0.5


@pytest.mark.skipif(not (GOLD / "dev.jsonl").exists(), reason="shared gold set not present")
def test_gold_reporters_are_found_in_their_documents() -> None:
    texts = {}
    for line in (GOLD / "dev_archive.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    total = hits = 0
    for line in (GOLD / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        codes = {mention.code for mention in find_places(texts[document["doc_id"]])}
        reporters = [claim["reporter"] for claim in document["claims"] if claim["reporter"]]
        total += len(reporters)
        hits += sum(reporter in codes for reporter in reporters)
    assert total > 0
    assert hits / total >= 0.98


def test_every_lexicon_phrase_is_found_past_the_first_word_check() -> None:
    """The look-up skips a word that starts no phrase; no phrase may be skipped with it."""
    lexicon = places._lexicon()
    for key in lexicon.phrases:
        length, found = places._longest_phrase(lexicon, [*key, "trade"], 0)
        assert found is not None and length >= len(key), key
    assert places._longest_phrase(lexicon, ["Exports", "rose"], 0) == (1, None)
