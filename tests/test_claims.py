"""Claim assembly on invented sentences: every field gold/FORMAT.md defines, read from context.

Each table row is (text, quantity_text, expected fields); only the listed fields are checked.
The articles are dated 2026-01-15 unless a row says otherwise, so "last year" is 2025 and
"in December" is 2025-12.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.models import Article
from extractor.nlp.pipeline import extract_claims

PUBLISHED = date(2026, 1, 15)


def claims_by_text(
    nlp: Language, text: str, published: date | None = PUBLISHED
) -> dict[str, dict[str, Any]]:
    """The claims of one text as dicts, keyed by quantity_text."""
    article = Article(id="t", text=text, published=published)
    [(_, claims)] = list(extract_claims([article], nlp=nlp))
    return {claim.quantity_text: claim.to_dict() for claim in claims}


def case(text: str, quantity: str, **fields: Any) -> Any:
    """One table row: the text, the quantity to look at, and the fields it must have."""
    return pytest.param(text, quantity, fields, id=f"{quantity} | {text[:60]}")


def assert_fields(nlp: Language, text: str, quantity: str, expected: dict[str, Any]) -> None:
    claims = claims_by_text(nlp, text)
    assert quantity in claims, f"no claim for {quantity!r}; found {sorted(claims)}"
    claim = claims[quantity]
    wrong = {k: {"got": claim[k], "want": v} for k, v in expected.items() if claim[k] != v}
    assert not wrong, f"{text!r}: {wrong} (evidence {claim['evidence']})"


KIND_CASES = [
    # verbs of change, up and down
    case("Canadian exports rose 4.2% in 2025.", "4.2%", kind="change", direction="up"),
    case("Exports jumped 12% last year.", "12%", kind="change", direction="up"),
    case("Steel output surged 30% in December.", "30%", kind="change", direction="up"),
    case("Imports fell 3.1% in 2025.", "3.1%", kind="change", direction="down"),
    case("Car sales slumped 18% in 2025.", "18%", kind="change", direction="down"),
    case("Copper prices plummeted 22% last year.", "22%", kind="change", direction="down"),
    # modifiers: "down 6.9%", "a 46% fall"
    case("Exports to Brazil were down 6.9% in 2025.", "6.9%", kind="change", direction="down"),
    case(
        "The figures showed a 46% fall in exports to India.", "46%", kind="change", direction="down"
    ),
    # a deficit that widens grows; one that narrows shrinks
    case(
        "Germany's trade deficit widened by 2.1 billion euros in December.",
        "2.1 billion euros",
        kind="change",
        direction="up",
        value=2.1e9,
        unit="EUR",
    ),
    case(
        "Mexico's trade deficit narrowed by 1.4 billion dlrs in December.",
        "1.4 billion dlrs",
        kind="change",
        direction="down",
        unit="USD",
    ),
    case("Turkey's trade deficit widened 18% in 2025.", "18%", kind="change", direction="up"),
    # "rose X" is the change, "rose to X" the new level
    case(
        "Exports rose 35.3 billion dlrs in 2025.",
        "35.3 billion dlrs",
        kind="change",
        direction="up",
        value=35.3e9,
    ),
    case(
        "Exports rose to 3.58 billion dlrs in 2025.",
        "3.58 billion dlrs",
        kind="amount",
        direction=None,
        value=3.58e9,
    ),
    case(
        "Oil output rose by 200,000 barrels a day in December.",
        "200,000 barrels a day",
        kind="change",
        direction="up",
        unit="barrels/day",
    ),
    # shares and rates have no direction
    case(
        "Vietnam sends 20% of its exports to the United States.",
        "20%",
        kind="share",
        direction=None,
        metric="exports",
    ),
    case(
        "Washington imposed tariffs of 25% on Chinese steel.",
        "25%",
        kind="rate",
        direction=None,
        metric="tariff",
        partner="CN",
        sector="metals",
    ),
    case("The central bank cut interest rates to 3.5%.", "3.5%", kind="rate", metric="other"),
    case(
        "Inflation eased to 2.4% in December.",
        "2.4%",
        kind="rate",
        direction=None,
        metric="price",
    ),
    case(
        "Unemployment rose to 5.1% in December.",
        "5.1%",
        kind="rate",
        direction=None,
        metric="other",
    ),
    # a rate's move written with % before the level it reached: percentage points
    case(
        "The central bank raised its key rate 0.5% to 4.25% on Thursday.",
        "0.5%",
        kind="change",
        direction="up",
        unit="pp",
    ),
    case(
        "Sales slowed and the jobless rate climbed 0.3 percent to 6.2 percent.",
        "0.3 percent",
        kind="change",
        direction="up",
        unit="pp",
    ),
    case(
        "Inflation eased 0.4% to 1.9% in the spring.",
        "0.4%",
        kind="change",
        direction="down",
        unit="pp",
    ),
    case("Inflation eased 0.4% to 1.9% in the spring.", "1.9%", kind="rate", unit="percent"),
    # a relative change, bigger than the level: still percent
    case("Unemployment fell 12% to 4.4% over the decade.", "12%", kind="change", unit="percent"),
    case("Car sales rose 2% to 5% of the market.", "2%", unit="percent"),
    # a number of people out of work, named by unemployment
    case(
        "Unemployment in Spain climbed to a post-war high of 3.4 million.",
        "3.4 million",
        kind="amount",
        unit="people",
        metric="other",
    ),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), KIND_CASES)
def test_kind_and_direction(
    nlp: Language, text: str, quantity: str, expected: dict[str, Any]
) -> None:
    assert_fields(nlp, text, quantity, expected)


METRIC_CASES = [
    case("Exports to Chile rose 3% in 2025.", "3%", metric="exports", balance_sign=None),
    case("Imports of machinery fell 2% in 2025.", "2%", metric="imports", sector="machinery"),
    case(
        "Two-way trade between Brazil and Argentina reached $30bn in 2025.",
        "$30bn",
        metric="trade",
    ),
    case(
        "India's trade gap was $22bn in December.",
        "$22bn",
        metric="balance",
        balance_sign="deficit",
    ),
    case("The deficit narrowed 9% in December.", "9%", metric="balance", balance_sign="deficit"),
    case(
        "The shortfall with Canada was $5bn in December.",
        "$5bn",
        metric="balance",
        balance_sign="deficit",
        partner="CA",
    ),
    case(
        "Norway's trade surplus hit 80 billion crowns last year.",
        "80 billion crowns",
        metric="balance",
        balance_sign="surplus",
    ),
    case(
        "Japan's current account surplus shrank by 400 billion yen in December.",
        "400 billion yen",
        metric="balance",
        balance_sign="surplus",
        kind="change",
        direction="down",
        unit="JPY",
    ),
    # a budget balance is not an external balance
    case(
        "The budget deficit was 40 billion pesos in 2025.",
        "40 billion pesos",
        metric="other",
        balance_sign=None,
    ),
    case(
        "Argentina's budget deficit shrank to 1.5% of GDP in 2025.",
        "1.5%",
        metric="other",
        balance_sign=None,
        kind="share",
    ),
    case("Peru's GDP grew 3.2% in 2025.", "3.2%", metric="gdp", kind="change", reporter="PE"),
    case(
        "The economy grew 1.8% in the third quarter of 2025.",
        "1.8%",
        metric="gdp",
        period="2025-Q3",
    ),
    case("Coffee prices rose 15% in December.", "15%", metric="price", sector="agriculture"),
    case("Consumer prices rose 0.3% in December.", "0.3%", metric="price", kind="change"),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), METRIC_CASES)
def test_metric(nlp: Language, text: str, quantity: str, expected: dict[str, Any]) -> None:
    assert_fields(nlp, text, quantity, expected)


ROLE_CASES = [
    case("Chinese exports to Russia rose 8% in 2025.", "8%", reporter="CN", partner="RU"),
    # the reporter of "imports from China" is the country the article is about
    case(
        "US ECONOMY COOLS\nThe United States bought fewer goods abroad last year. "
        "Imports from China fell 11% in 2025.",
        "11%",
        reporter="US",
        partner="CN",
    ),
    case(
        "Japan's trade surplus with the United States reached $62bn last year.",
        "$62bn",
        reporter="JP",
        partner="US",
    ),
    case("Australia's exports to Japan jumped 20% last year.", "20%", reporter="AU", partner="JP"),
    case(
        "Korean imports from Saudi Arabia fell by 7% in December.",
        "7%",
        reporter="KR",
        partner="SA",
    ),
    case(
        "Germany's exports to France were worth 120 billion euros in 2025.",
        "120 billion euros",
        reporter="DE",
        partner="FR",
    ),
    case("India's exports to the EU rose 6% in 2025.", "6%", reporter="IN", partner="EU"),
    case(
        "The US levied tariffs of 50% on Indian textiles.",
        "50%",
        reporter="US",
        partner="IN",
        sector="textiles",
    ),
    # world trade: no reporter, the world as counterpart
    case(
        "Global trade rose 3% in 2025, the WTO said.",
        "3%",
        metric="trade",
        reporter=None,
        partner="WLD",
    ),
    case("World trade volumes fell 1% in 2025.", "1%", metric="trade", partner="WLD"),
    # a sentence without a country, in an article about one
    case(
        "Kenya's tea growers had a good season. Exports rose 9% in 2025.",
        "9%",
        reporter="KE",
        metric="exports",
    ),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), ROLE_CASES)
def test_reporter_and_partner(
    nlp: Language, text: str, quantity: str, expected: dict[str, Any]
) -> None:
    assert_fields(nlp, text, quantity, expected)


@pytest.mark.parametrize(
    ("text", "quantity", "pair"),
    [
        ("China-Russia trade grew 4% to $240bn in 2025.", "4%", {"CN", "RU"}),
        ("China-Russia trade grew 4% to $240bn in 2025.", "$240bn", {"CN", "RU"}),
        ("Russia-China trade fell 5% in 2025.", "5%", {"CN", "RU"}),
        (
            "Two-way trade between Brazil and Argentina reached $30bn in 2025.",
            "$30bn",
            {"BR", "AR"},
        ),
        (
            "Trade between India and the European Union reached 120 billion euros in 2025.",
            "120 billion euros",
            {"IN", "EU"},
        ),
    ],
)
def test_two_way_trade_is_an_unordered_pair(
    nlp: Language, text: str, quantity: str, pair: set[str]
) -> None:
    claim = claims_by_text(nlp, text)[quantity]
    assert claim["metric"] == "trade"
    assert {claim["reporter"], claim["partner"]} == pair


def period_case(text: str, quantity: str, period: str, published: date = PUBLISHED) -> Any:
    ident = f"{quantity} | {published} | {text[:50]}"
    return pytest.param(text, quantity, published, period, id=ident)


PERIOD_CASES = [
    # A bare "a year ago" in a sentence without a period of its own: a year before the
    # article's period (February, from the headline and lead).
    period_case(
        "TRADE DEFICIT WIDENS IN FEBRUARY\nThe deficit widened to 4.7 billion baht in February."
        "\n    Exports fell to 18.9 billion baht from 20.4 billion in January, compared with "
        "17.4 billion a year ago.",
        "17.4 billion",
        "1986-02",
        date(1987, 3, 20),
    ),
    # The level a change reached covers the change's period.
    period_case(
        "Spending in 2025 helped produce a 25.7% rise in tax revenues to 2.5 trillion yuan.",
        "2.5 trillion yuan",
        "2025",
    ),
    # "currently": as of the article's date.
    period_case("Unemployment is currently at 8.2 pct of the workforce.", "8.2 pct", "2026-01"),
    # A period opening the sentence frames a figure far from it.
    period_case(
        "For the full year 2024, the current account, a broad measure of trade, was in "
        "deficit by a record 140.6 billion dlrs.",
        "140.6 billion dlrs",
        "2024",
    ),
    # "after a 2023 decrease of X": X is the comparison figure of 2023.
    period_case(
        "In 2024 foreign assets grew 33.4 billion dlrs after a 2023 decrease of 1.9 billion dlrs.",
        "1.9 billion dlrs",
        "2023",
    ),
    period_case("Exports rose 4% in 2025.", "4%", "2025"),
    period_case("Exports rose 4% last year.", "4%", "2025"),
    period_case("Exports rose 4% last year.", "4%", "2024", published=date(2025, 6, 30)),
    period_case("Imports were $9bn in December.", "$9bn", "2025-12"),
    period_case("Exports fell 2.5% in the first half.", "2.5%", "2025-H1", date(2025, 8, 1)),
    period_case("Exports fell 2.5% in the first half of 2025.", "2.5%", "2025-H1"),
    period_case("Exports were $12bn in January-November.", "$12bn", "2025-01/2025-11"),
    # a comparison figure has the comparison's period, the main figure the current one
    period_case(
        "Exports rose to $3.58bn in December from $1.94bn a year earlier.", "$3.58bn", "2025-12"
    ),
    period_case(
        "Exports rose to $3.58bn in December from $1.94bn a year earlier.", "$1.94bn", "2024-12"
    ),
    period_case(
        "Imports were 2.5 billion dlrs in 2024, compared with 3.1 billion in 2023.",
        "3.1 billion",
        "2023",
    ),
    period_case(
        "Exports were 5.2 billion dlrs in December, up from 4.8 billion in November.",
        "4.8 billion",
        "2025-11",
    ),
    # a percent change compared with an earlier period covers the current one
    period_case("Exports rose 7% in December from November.", "7%", "2025-12"),
    period_case("Imports rose 5% in December from a year earlier.", "5%", "2025-12"),
    period_case("Exports rose 7% last year compared with 2024.", "7%", "2025"),
    period_case(
        "Exports totalled $5bn in 2025, up 12% on 2024.",
        "12%",
        "2025",
    ),
    period_case(
        "Imports from Mexico slumped 9% in 2025.",
        "9%",
        "2025",
    ),
    # A month later in the year than the published date is last year's when reported, this
    # year's when spoken of ahead.
    period_case(
        "Beijing said soybean imports would rise 25% in June.",
        "25%",
        "2019-06",
        published=date(2019, 5, 13),
    ),
    period_case(
        "Exports are expected to grow 3% in the fourth quarter.",
        "3%",
        "2019-Q4",
        published=date(2019, 5, 13),
    ),
    period_case("Exports rose 2% in June.", "2%", "2018-06", published=date(2019, 5, 13)),
]


@pytest.mark.parametrize(("text", "quantity", "published", "period"), PERIOD_CASES)
def test_period(nlp: Language, text: str, quantity: str, published: date, period: str) -> None:
    claim = claims_by_text(nlp, text, published)[quantity]
    assert claim["period"] == period, claim["evidence"]


SEVERAL_CASES = [
    # a family word read as the article country's own currency sets the article's currency
    case(
        "Swiss capital exports rose to 4.64 billion francs in May. New bond issues accounted "
        "for 3.1 billion of the total.",
        "3.1 billion",
        unit="CHF",
    ),
    case(
        "Argentina's reserves fell to 40 billion pesos in May. Debt payments took 6 billion.",
        "6 billion",
        unit="ARS",
    ),
    # a count carries to the next sentence's scaled numbers that name no unit
    case(
        "Coal output rose to 41 mln tonnes in 2025. Shipments abroad reached 12.5 mln, "
        "against 11 mln a year earlier.",
        "12.5 mln",
        unit="tonnes",
    ),
    case(
        "Coal output rose to 41 mln tonnes in 2025. Shipments abroad reached 12.5 mln, "
        "against 11 mln a year earlier.",
        "11 mln",
        unit="tonnes",
    ),
    case(
        "Exports rose 6.1% while imports grew 0.5% in December.",
        "6.1%",
        metric="exports",
        direction="up",
    ),
    case(
        "Exports rose 6.1% while imports grew 0.5% in December.",
        "0.5%",
        metric="imports",
        direction="up",
    ),
    case(
        "Imports from China rose 4% in 2025, while exports to China were down 6.9%.",
        "4%",
        metric="imports",
        direction="up",
        partner="CN",
    ),
    case(
        "Imports from China rose 4% in 2025, while exports to China were down 6.9%.",
        "6.9%",
        metric="exports",
        direction="down",
        partner="CN",
    ),
    case(
        "Exports of 6.72 billion dlrs and imports of 6.64 billion left a surplus in December.",
        "6.64 billion",
        metric="imports",
        unit="USD",
        period="2025-12",
    ),
    case(
        "Exports slumped 12.5% to 40 billion dlrs in 2025.",
        "12.5%",
        kind="change",
        direction="down",
    ),
    case(
        "Exports slumped 12.5% to 40 billion dlrs in 2025.",
        "40 billion dlrs",
        kind="amount",
        direction=None,
        metric="exports",
    ),
    # currency carries over inside a sentence
    case(
        "Its exports rose to 3.58 billion dlrs from 1.94 billion.",
        "3.58 billion dlrs",
        kind="amount",
        unit="USD",
    ),
    case(
        "Its exports rose to 3.58 billion dlrs from 1.94 billion.",
        "1.94 billion",
        kind="amount",
        unit="USD",
        value=1.94e9,
    ),
    case(
        "The deficit was 1.2 billion stg in December, against 900 mln in November.",
        "900 mln",
        unit="GBP",
        value=9e8,
        metric="balance",
    ),
    # a second currency in brackets or after "or" is a claim of its own
    case(
        "Britain's exports to the US were $280bn (£155bn) in 2025.",
        "$280bn",
        unit="USD",
        value=2.8e11,
        reporter="GB",
        partner="US",
    ),
    case(
        "Britain's exports to the US were $280bn (£155bn) in 2025.",
        "£155bn",
        unit="GBP",
        value=1.55e11,
        kind="amount",
        metric="exports",
        reporter="GB",
        partner="US",
        period="2025",
    ),
    case(
        "The deficit shrank to 2 billion euros (1.7 billion pounds) in December.",
        "1.7 billion pounds",
        unit="GBP",
        metric="balance",
    ),
    case("Sales rose to £10bn, or $13bn, in 2025.", "$13bn", unit="USD", metric="sales"),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), SEVERAL_CASES)
def test_several_claims_in_one_sentence(
    nlp: Language, text: str, quantity: str, expected: dict[str, Any]
) -> None:
    assert_fields(nlp, text, quantity, expected)


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("Exports rose for the first time in five years in 2025.", set()),
        ("The two nations signed a deal on 14 March 2025.", set()),
        ("In 2024 the two nations held talks in Geneva.", set()),
        ("Trade between the two nations reached $8bn in 2024.", {"$8bn"}),
        ("Exports rose 4% in 2025, the third rise in a row since 2019.", {"4%"}),
        ("On 3 February 2025, the ministry said exports fell 2%.", {"2%"}),
        ("The airline ordered 30 Boeing 787 jets worth $9bn.", {"$9bn"}),
        ("The fleet has 270 aircraft.", {"270 aircraft"}),
        # a hedge before a count is not a maker's name before a model number
        ("About 104,000 jobs were lost in 2025.", {"104,000 jobs"}),
        ("Some 600 jobs went in the spring.", {"600 jobs"}),
    ],
)
def test_years_dates_ordinals_and_counts_are_not_claims(
    nlp: Language, text: str, quantities: set[str]
) -> None:
    assert set(claims_by_text(nlp, text)) == quantities


HARD_WRAPPED = (
    "CHILE COPPER EXPORTS CLIMB\n"
    "Chile's copper exports rose 14 pct to 4.1 billion dlrs in December from\n"
    "3.6 billion dlrs a year earlier, the central bank said on Tuesday in\n"
    "its monthly report on the country's foreign trade with the world.\n"
    "    The trade surplus widened to 1.2 billion dlrs in the month.\n"
)


def sample_articles() -> list[Article]:
    """Every text of the tables above, and a hard-wrapped one, as dated articles."""
    tables = (KIND_CASES, METRIC_CASES, ROLE_CASES, PERIOD_CASES, SEVERAL_CASES)
    texts = sorted({param.values[0] for table in tables for param in table}) + [HARD_WRAPPED]
    return [Article(id=f"s{i}", text=text, published=PUBLISHED) for i, text in enumerate(texts)]


def test_every_claim_records_evidence_for_kind_and_metric(nlp: Language) -> None:
    articles = sample_articles()
    claims = [claim for _, batch in extract_claims(articles, nlp=nlp) for claim in batch]
    assert len(claims) > 50
    for claim in claims:
        assert all(isinstance(v, str) and v for v in claim.evidence.values()), claim
        assert isinstance(claim.evidence.get("kind"), str), claim
        assert isinstance(claim.evidence.get("metric"), str), claim


def test_offsets_point_at_the_quantity_in_its_sentence(nlp: Language) -> None:
    articles = sample_articles()
    for article, claims in extract_claims(articles, nlp=nlp):
        spans = [(c.start_char, c.end_char) for c in claims]
        assert len(spans) == len(set(spans)), "two claims share a span"
        for claim in claims:
            assert claim.doc_id == article.id
            assert article.text[claim.start_char : claim.end_char] == claim.quantity_text
            assert claim.quantity_text in claim.sentence
            assert claim.sentence in article.text


def test_hard_wrapped_article_keeps_source_text_in_claims(nlp: Language) -> None:
    claims = claims_by_text(nlp, HARD_WRAPPED)
    assert set(claims) == {"14 pct", "4.1 billion dlrs", "3.6 billion dlrs", "1.2 billion dlrs"}
    assert "\n" in claims["3.6 billion dlrs"]["sentence"]
    assert claims["3.6 billion dlrs"]["period"] == "2024-12"
    assert claims["4.1 billion dlrs"]["reporter"] == "CL"
    assert claims["1.2 billion dlrs"]["balance_sign"] == "surplus"


SHARE_TEXT = (
    "Japan's partners\n\nChina accounted for 20.1% of Japan's trade in 2024, compared with "
    "18.6% for the US. In 2023, the US was ahead with 20.5%."
)

ARTICLE_CONTEXT_CASES = [
    # "the gap between exports and imports" is the balance.
    case(
        "US trade gap hits record\n\nThe gap between US exports and imports hit an all-time "
        "high of $671.7bn in 2024.",
        "$671.7bn",
        metric="balance",
        balance_sign="deficit",
        reporter="US",
        partner="WLD",
    ),
    # Imports and exports named together are two-way trade.
    case(
        "Japan and China\n\nIn 2024, Japan's imports from and exports to China added up to "
        "22,201bn yen.",
        "22,201bn yen",
        metric="trade",
        reporter="JP",
        partner="CN",
    ),
    # "down from the 2.25 pct forecast": the old level, not a fall of 2.25 pct.
    case(
        "Growth\n\nGrowth is now put at 1.5 pct, down from the 2.25 pct forecast in May.",
        "2.25 pct",
        direction="up",
    ),
    # A partner's share of a country's trade: the whole reports, the part is the partner.
    case(SHARE_TEXT, "20.1%", kind="share", reporter="JP", partner="CN", metric="trade"),
    case(SHARE_TEXT, "18.6%", kind="share", reporter="JP", partner="US"),
    case(SHARE_TEXT, "20.5%", kind="share", reporter="JP", partner="US", period="2023"),
    # A company's figure has no reporter (FORMAT), even in an article about one country.
    case(
        "German carmakers under pressure\n\nGermany's economy slowed in the autumn. "
        "The company's profits rose 12% to €40m in the third quarter.",
        "12%",
        reporter=None,
        metric="other",
    ),
    # "U.S. Dlrs" is a currency: the country of the deficit is the headline's.
    case(
        "BANGLADESH PAYMENTS DEFICIT NARROWS\nBangladesh's overall payments deficit "
        "narrowed to 3.03 mln U.S. Dlrs in November.\n    The trade deficit rose to 88 mln "
        "dlrs from 36.36 mln in October.",
        "88 mln dlrs",
        reporter="BD",
        metric="balance",
        balance_sign="deficit",
        unit="USD",
    ),
    # A currency's move: the currency's country reports, the one it moved against is the
    # partner, here named only in the headline.
    case(
        "Won rises against the dollar\n\nThe won strengthened another 1.5% this week.",
        "1.5%",
        reporter="KR",
        partner="US",
        kind="change",
        direction="up",
    ),
    # A conversion in parentheses shares its figure's reading.
    case(
        "Duties\n\nThe duties cover $3.1bn (£2.3bn) of Chinese steel, the US said in 2025.",
        "£2.3bn",
        metric="imports",
        partner="CN",
        reporter="US",
    ),
    # Ratio words that share out people state no economic figure.
    case(
        "Survey\n\nOnly one-quarter of those affected had insurance, and exports rose 5%.",
        "5%",
        metric="exports",
    ),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), ARTICLE_CONTEXT_CASES)
def test_article_context(nlp: Language, text: str, quantity: str, expected: dict[str, Any]) -> None:
    assert_fields(nlp, text, quantity, expected)


def test_share_of_people_is_not_a_claim(nlp: Language) -> None:
    claims = claims_by_text(nlp, "Only one-quarter of those affected had insurance.")
    assert claims == {}
