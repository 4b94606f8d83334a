"""A figure's frame in the dependency parse (extractor/nlp/frames.py) and the rules that read it.

Every sentence here is invented; each phenomenon has at least two wordings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp.frames import measured_noun, spoken_of_ahead, token_at
from extractor.nlp.periods import previous_period
from tests.test_claims import assert_fields, case, claims_by_text


def figure_root(nlp: Language, text: str, figure: str) -> Any:
    doc = nlp(text)
    start = text.index(figure)
    return token_at(doc, start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "noun", "how"),
    [
        # the subject of the verb the figure hangs from, for the change and the level
        (
            "Exports over the year rose by 8.7 pct to 12.4 billion dlrs.",
            "8.7 pct",
            "Exports",
            "nsubj",
        ),
        (
            "Exports over the year rose by 8.7 pct to 12.4 billion dlrs.",
            "12.4 billion dlrs",
            "Exports",
            "nsubj",
        ),
        ("Chile's trade surplus narrowed to $2bn in May from $3bn.", "$3bn", "surplus", "nsubj"),
        # a clause of its own: "while imports rose ..."
        (
            "Sales abroad rose 3%, while imports rose by 9% to 14 billion.",
            "14 billion",
            "imports",
            "nsubj",
        ),
        # a noun of change: its "in" object is what changed
        ("A 5% rise in Peruvian exports lifted the peso.", "5%", "exports", "mod-in"),
        ("They expect a 12 pct drop in coffee imports next year.", "12 pct", "imports", "mod-in"),
        # "exports of $5bn": the noun the figure is "of"
        ("It recorded imports of $4.1bn and exports of $5.2bn.", "$5.2bn", "exports", "of"),
        ("Last year saw shipments of 3 mln tonnes.", "3 mln tonnes", "shipments", "of"),
        # "cut taxes by X", "swelled reserves to X": the verb's object, not its subject
        ("The cabinet vowed to cut taxes by 6.5bn euros.", "6.5bn euros", "taxes", "dobj"),
        ("The windfall swelled Peru's reserves to $53bn.", "$53bn", "reserves", "dobj"),
        # "exported $3bn": the verb names it
        ("Ghana exported $3bn of cocoa in 2024.", "$3bn", "exported", "verb"),
        # "at an annual rate of 3.8%": up through the rate to the verb's subject
        ("The economy grew at an annual rate of 3.8% in the quarter.", "3.8%", "economy", "nsubj"),
    ],
)
def test_measured_noun(nlp: Language, text: str, figure: str, noun: str, how: str) -> None:
    found, path = measured_noun(figure_root(nlp, text, figure))
    assert (found.text if found is not None else None, path) == (noun, how)


METRIC_FROM_THE_PARSE = [
    # each clause's figures take their own subject's metric, not the nearest cue
    case(
        "Exports over the quarter rose by 8.7 pct to 12.4 billion dlrs, while imports rose "
        "by 8.9 pct to 14.6 billion and widened the trade deficit.",
        "14.6 billion",
        metric="imports",
    ),
    case(
        "Shipments abroad climbed 4% to $6.1bn, as purchases from overseas and the trade "
        "gap both grew.",
        "$6.1bn",
        metric="exports",
    ),
    # a level after "to" belongs to the verb's subject, though another cue comes first
    case(
        "Exports, which had lagged behind imports for years, rose to 6.7 billion rand.",
        "6.7 billion rand",
        metric="exports",
    ),
    # a cue right before the figure names it, whatever the parse made of the list
    case(
        "Exports in May were 6.4 billion crowns and imports 5.7 billion.",
        "5.7 billion",
        metric="imports",
    ),
]


def test_metric_evidence_names_the_dependency(nlp: Language) -> None:
    text = "Exports rose by 8.7 pct to 12.4 billion dlrs, while imports rose by 9 pct."
    claims = claims_by_text(nlp, text)
    assert claims["12.4 billion dlrs"]["evidence"]["metric"] == "dep:nsubj:Exports"
    assert claims["9 pct"]["evidence"]["metric"] == "dep:nsubj:imports"


@pytest.mark.parametrize(
    ("period", "before"),
    [("1987-01", "1986-12"), ("1987-03", "1987-02"), ("2004-Q1", "2003-Q4"),
     ("2004-H2", "2004-H1"), ("2005", "2004"), ("1987-01/1987-02", "1986-01/1986-02")],
)  # fmt: skip
def test_previous_period(period: str, before: str) -> None:
    assert previous_period(period) == before


COMPARED_LEVELS = [
    # the level a change came from is the period before the sentence's
    (
        "Exports rose to 10.4 billion dlrs in February from 9.9 billion, the ministry said.",
        "9.9 billion",
        "1987-01",
    ),
    (
        "In the third quarter the surplus shrank to $2.1bn, compared with $2.6bn.",
        "$2.6bn",
        "2004-Q2",
    ),
    (
        "Oil imports in 1986 were 4.1 billion dlrs against 5.3 billion dlrs.",
        "5.3 billion dlrs",
        "1985",
    ),
    # its own period stays its own
    (
        "Exports rose to 10.4 billion dlrs in February from 9.9 billion in December.",
        "9.9 billion",
        "1986-12",
    ),
    # a revision is the same period's earlier estimate
    (
        "The March deficit was 64 mln dlrs, revised from 69 mln dlrs.",
        "69 mln dlrs",
        "1987-03",
    ),
]


@pytest.mark.parametrize(("text", "quantity", "period"), COMPARED_LEVELS)
def test_a_compared_level_is_of_the_period_before(
    nlp: Language, text: str, quantity: str, period: str
) -> None:
    year = int(period[:4]) + (1 if period.endswith("-12") or period == "1985" else 0)
    published = date(max(year, 1987) if period.startswith("198") else 2005, 4, 20)
    claims = claims_by_text(nlp, text, published=published)
    assert claims[quantity]["period"] == period, claims[quantity]["evidence"]


GROWTH_RATES = [
    # "at an annual rate of": growth, not a rate
    case(
        "The economy expanded at an annualised rate of 2.9% in the spring.",
        "2.9%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "Spain's economy grew at a yearly rate of 3.1% last quarter.",
        "3.1%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    # a verb of slowing says how growth moved; the figure is still growth
    case("Growth eased to 1.1% in the third quarter.", "1.1%", kind="change", direction="up"),
    case(
        "Economic growth slowed to 0.4% between July and September.",
        "0.4%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "Output fell well short of last year's 2.5 pct growth.",
        "2.5 pct",
        kind="change",
        direction="up",
    ),
    case("Last year's growth rate of 6% is unlikely to last.", "6%", kind="change", direction="up"),
    # a growth rate that is a verb's object measures growth, not the verb's subject
    case(
        "Economists expect a growth rate of about 3% this year.",
        "3%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "The plan implies an average annual growth rate of 3.5% over five years.",
        "3.5%",
        kind="change",
        metric="gdp",
    ),
    case(
        "The government targets a real growth rate of 4.5 pct for next year.",
        "4.5 pct",
        kind="change",
        metric="gdp",
    ),
    # a rate the growth is at, or a rate of increase in the economy, is the growth
    case(
        "Growth in the fourth quarter was at a 1.7 pct annual rate.",
        "1.7 pct",
        kind="change",
        metric="gdp",
    ),
    case(
        "The rate of increase in GNP slowed to 2 pct.",
        "2 pct",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case("The rate of increase in consumer prices slowed to 2 pct.", "2 pct", kind="rate"),
    # a verb of pace moves the growth it is of ("expects growth to slow to 4%"), and gross
    # domestic product that grows at a rate is growth
    case(
        "He expects growth to slow to 4% this year.",
        "4%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "Gross domestic product grew at an annual rate of 4.6% in 2004.",
        "4.6%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case("Inflation eased to 2.1% in May.", "2.1%", kind="rate"),
    # a growth forecast or target moved is still the growth; "the growth rate of" an economy
    case(
        "Output shrank by 0.5% in the quarter, and the government has cut its growth forecast "
        "for 2025 to 0.1% from 1.2%.",
        "1.2%",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "The ministry lowered its growth estimate to 3.1 pct from 3.6 pct.",
        "3.6 pct",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "The ministry revised its 1987 growth target down to 3.5 pct from 4.0 pct.",
        "4.0 pct",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "The growth rate of the economy fell to 1.5 pct.",
        "1.5 pct",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case("The bank cut its inflation forecast to 2 pct.", "2 pct", kind="rate"),
    # an economy that shrinks
    case(
        "The economy is in recession, contracting by 1.6 pct last year.",
        "1.6 pct",
        direction="down",
    ),
    case(
        "The economy contracted by 0.5% in the final quarter.",
        "0.5%",
        kind="change",
        direction="down",
        metric="gdp",
    ),
    # a country that grows or shrinks is its economy
    case(
        "France grew 0.8% in the fourth quarter, while Germany shrank 0.2%.",
        "0.2%",
        kind="change",
        direction="down",
        metric="gdp",
        reporter="DE",
    ),
    case(
        "Japan contracted at an annual rate of 0.5% in the third quarter.",
        "0.5%",
        kind="change",
        direction="down",
        metric="gdp",
    ),
    case("The country will grow 3.5% next year, the minister said.", "3.5%", metric="gdp"),
    # "it" after a sentence about the economy
    case(
        "The UK economy slowed in the third quarter. It expanded by 0.4%, the ONS said.",
        "0.4%",
        metric="gdp",
        direction="up",
    ),
    case(
        "Japan's economy has lost momentum. It grew just 0.1% in the spring.",
        "0.1%",
        metric="gdp",
    ),
    # not after another subject
    case(
        "Japan's exports slowed in the third quarter. They grew 1.2% in October.",
        "1.2%",
        metric="exports",
    ),
    # not a country's exports, nor a market's index
    case("Japan's exports grew 6% in September.", "6%", metric="exports"),
    case("The London FTSE fell 0.8% on Monday.", "0.8%", metric="price"),
    # rates that are rates
    case("The inflation rate stood at 2.1% in May.", "2.1%", kind="rate", metric="price"),
    case("The jobless rate rose to 5.4% in March.", "5.4%", kind="rate"),
]


QUALIFYING_CUES = [
    # a metric word that only qualifies another noun names no metric
    case("Earnings at the investment bank rose 25% to £1.04bn.", "25%", metric="other"),
    case("Profits at its asset management and investment arm fell 8%.", "8%", metric="other"),
    case(
        "Japan was the biggest export market, taking 30 pct of locally made exports.",
        "30 pct",
        metric="exports",
    ),
]


LEXICON_CASES = [
    # invisibles are services; broad goods groups are "other" (FORMAT)
    case(
        "The deficit on invisibles widened to 240 mln dlrs in May.",
        "240 mln dlrs",
        sector="services",
    ),
    case("Industrial production dropped 1.6% in October.", "1.6%", sector="other"),
    case("Orders for durable goods rose 2.1% in March.", "2.1%", sector="other"),
    # the eurozone is the EU (FORMAT)
    case("Growth in the eurozone economy slowed to 1.6% in 2004.", "1.6%", reporter="EU"),
    case("The euro area grew 0.3% in the quarter.", "0.3%", reporter="EU"),
    # a currency's move: its country against the other currency's
    case(
        "The zloty fell 2.1% against the euro on Tuesday.",
        "2.1%",
        metric="price",
        reporter="PL",
        partner="EU",
    ),
    case(
        "The Canadian dollar gained 0.8% against the US dollar.",
        "0.8%",
        metric="price",
        reporter="CA",
        partner="US",
    ),
]


def test_a_measure_word_keeps_its_metric(nlp: Language) -> None:
    claims = claims_by_text(nlp, "Export volumes climbed 6% in 2025, and trade values 4%.")
    assert claims["6%"]["metric"] == "exports"


FIRMS = [
    # a firm's figure has no reporter, whatever country the article is about
    case("UK BANK RESULTS\nProfits at the British bank rose 25% to £1.04bn.", "25%", reporter=None),
    case("Earnings at its Tokyo arm fell 8% in the year.", "8%", reporter=None),
    # unless a place qualifies the figure itself
    case("Japan's corporate profits rose 5% in the quarter.", "5%", reporter="JP"),
]


CHANGE_BY = [
    # the amount of a change, however far from its verb
    case(
        "The cabinet promised to cut taxes by 6.5bn euros next year.",
        "6.5bn euros",
        kind="change",
        direction="down",
    ),
    case(
        "Ministers want to raise the defence budget, which was frozen last year, by $12bn.",
        "$12bn",
        kind="change",
        direction="up",
    ),
    # "by X to Y": Y is the level
    case("Sales dropped by nearly 5% to £13.1bn in May.", "£13.1bn", kind="amount"),
    # "by an average of X": the size of the move all the same
    case(
        "Japan will cut import tariffs on farm goods by an average of 20 pct from April.",
        "20 pct",
        kind="change",
        direction="down",
    ),
    # a ratio word after "by" on a verb of change is the size of the move, not a share
    case(
        "Washington's 50% levy on Brazilian goods cut US purchases of Brazilian coffee by "
        "nearly a third.",
        "a third",
        kind="change",
        direction="down",
        metric="imports",
        reporter="US",
        partner="BR",
    ),
    case(
        "The 2025 tariffs cut Canada's steel sales to the US by a quarter.",
        "a quarter",
        kind="change",
        direction="down",
    ),
    case(
        "The plan would trim state subsidies by a total of $4bn over two years.",
        "$4bn",
        kind="change",
        direction="down",
    ),
]


MARKET_DAYS = [
    # a quote for a day or week takes the published month; the index names its country
    case("The FTSE 100 fell 2% on Tuesday.", "2%", metric="price", reporter="GB", period="2026-01"),
    case(
        "In Tokyo the Nikkei closed 1.1% lower in afternoon trade.",
        "1.1%",
        reporter="JP",
        period="2026-01",
    ),
    case("Brent crude rose 1.5% to $71 a barrel this week.", "$71", period="2026-01"),
    # the day a statistic was announced is not its period
    case("Exports rose 5% in November, the ministry said on Tuesday.", "5%", period="2025-11"),
]


def test_a_day_without_a_published_date_has_no_period(nlp: Language) -> None:
    claims = claims_by_text(nlp, "The FTSE 100 fell 2% on Tuesday.", published=None)
    assert claims["2%"]["period"] is None


ARTICLE_PERIODS = [
    # public finances are statistics of the article's period, like trade
    "CHINA'S 2025 TRADE\nChina's exports rose 5% in 2025.\n"
    "Tax revenues rose 12% to 3 trillion yuan.",
    "CHINA'S 2025 TRADE\nChina's exports rose 5% in 2025.\n"
    "Government spending grew 8% to 9 trillion yuan.",
]


@pytest.mark.parametrize("text", ARTICLE_PERIODS)
def test_public_finances_take_the_article_period(nlp: Language, text: str) -> None:
    claims = claims_by_text(nlp, text)
    assert [c["period"] for c in claims.values()] == ["2025", "2025", "2025"]


def test_a_currency_move_takes_the_day_it_was_told_not_the_article_period(nlp: Language) -> None:
    text = (
        "KOREA'S 2025 TRADE\nKorea's exports rose 5% in 2025.\nThe won strengthened another 3 pct."
    )
    # FORMAT: a quote for a day takes that day's month; told with no day, the published one
    assert claims_by_text(nlp, text)["3 pct"]["period"] == "2026-01"
    assert claims_by_text(nlp, text, published=None)["3 pct"]["period"] is None


# Whose figure and with whom: the measured noun's possessor, modifiers or verb subject, and
# its own prepositions, whatever other places the sentence names.
FRAME_ROLES = [
    case(
        "China's surplus with the US, a gap that Mexico and Canada now rival, widened to $30bn.",
        "$30bn",
        reporter="CN",
        partner="US",
    ),
    case(
        "Indonesian palm oil exports to India, where Malaysia competes hard, jumped 15%.",
        "15%",
        reporter="ID",
        partner="IN",
    ),
    case(
        "Exports from Chile to South Korea, Peru said, grew by $1.2bn.",
        "$1.2bn",
        reporter="CL",
        partner="KR",
    ),
    case(
        "Norwegian salmon exports to China, which Chile hopes to match, reached $900m.",
        "$900m",
        reporter="NO",
        partner="CN",
    ),
    case(
        "Canadian imports from Mexico, which Washington watches closely, fell 3%.",
        "3%",
        reporter="CA",
        partner="MX",
    ),
    case(
        "Sweden's exports to Finland and Denmark rose 6%, the agency in Stockholm said.",
        "6%",
        reporter="SE",
        partner="FI",
    ),
    # the goods an amount is of: "tariffs on $60 billion of US goods"
    case(
        "China said it would raise tariffs to 25% on $60 billion of US goods.",
        "25%",
        reporter="CN",
        partner="US",
    ),
    case(
        "Ottawa will put duties of 10% on C$3bn of Chinese steel and aluminium.",
        "10%",
        reporter="CA",
        partner="CN",
    ),
    # FORMAT: the goods a tariff covers are the imposer's imports from the partner
    case(
        "The US would impose a 10% tariff on the remaining $300 billion of Chinese imports.",
        "$300 billion",
        metric="imports",
        reporter="US",
        partner="CN",
    ),
    case(
        "Brussels plans duties on an additional €20bn of American goods.",
        "€20bn",
        metric="imports",
        reporter="EU",
        partner="US",
    ),
    # a clause of its own names places that are not the figure's
    case(
        "Mexican car exports, which Japan and Korea also ship to Texas, fell 4%.",
        "4%",
        reporter="MX",
        partner="WLD",
    ),
    # "and" is a weak partner: the country that qualifies the figure's own noun wins
    case(
        "U.S. retail sales fell 5.8 pct, and the U.S. trade gap widened to 14.8 billion dlrs.",
        "14.8 billion dlrs",
        reporter="US",
        partner="WLD",
    ),
    case(
        "Turkish imports, as Greece and Bulgaria have long noted, rose 7% last year.",
        "7%",
        reporter="TR",
        partner="WLD",
    ),
]

# An official body with no place of its own speaks for the article's country, not for the
# places that qualify some other noun of the sentence.
OFFICIAL_OWNERS = [
    case(
        "FRANCE'S DEFENCE\nThe ministry wants another $12bn for its missions in Chad and Mali.",
        "$12bn",
        reporter="FR",
    ),
    case(
        "NORWAY'S OIL FUND\nThe government spent $4bn on aid to Sudan and Yemen in 2025.",
        "$4bn",
        reporter="NO",
    ),
]

# A firm or a body of many countries that owns the figure makes it no country's, whatever
# places the sentence or the article name (FORMAT: a company is never a reporter).
FIRM_OWNERS = [
    # a name that reports profits is a firm; "its" figures after it are the firm's
    case(
        "Shell has reported record annual profits of $18.5bn. Its oil and gas output fell 5% to "
        "3.5 million barrels a day. Its shares rose 2% in London.",
        "5%",
        reporter=None,
    ),
    case(
        "Unilever posted earnings of 2.1bn euros in 2025. Its sales rose 4%, it said in London.",
        "4%",
        reporter=None,
    ),
    case(
        "JAPAN CARS\nThe carmaker said its sales in Germany fell 12% to 140,000 vehicles.",
        "12%",
        reporter=None,
    ),
    case(
        "UK OIL\nOil giant BP put its output for the year at 3.9 billion barrels.",
        "3.9 billion barrels",
        reporter=None,
    ),
    case(
        "GULF OIL\nOpec pumped 28 million barrels a day in June, while Saudi Arabia cut output.",
        "28 million barrels a day",
        reporter=None,
    ),
    case(
        "CHINA OUTLOOK\nThe OECD cut its forecast for world growth to 2.9% this year.",
        "2.9%",
        reporter=None,
    ),
    # a name the article gave a firm is the firm's wherever it comes back
    case(
        "MUSIC SALES\nShares in music giant EMI fell 16% on Monday. EMI's sales in Britain "
        "fell 8% to £900m.",
        "£900m",
        reporter=None,
    ),
    case(
        "AIRLINES\nThe airline Ryanair cut 2,000 jobs in May. Ryanair's fuel bill in Ireland "
        "rose 9% to 500m euros.",
        "9%",
        reporter=None,
    ),
    # a sentence whose subject is a firm makes the next sentence's "its" the firm's
    case(
        "UK BANKS\nHSBC, the biggest UK bank, will report profits of £9.4bn. Its investment "
        "arm made £347m, an 82% jump.",
        "£347m",
        reporter=None,
    ),
    case(
        "DUTCH BANKS\nING, the Dutch bank, said profits fell 3% to 4bn euros. Its insurance "
        "arm made 900m euros.",
        "900m euros",
        reporter=None,
    ),
    # a name the headline's sentence gives a firm, with no figure there, counts too; and
    # a quote between the firm's sentence and the next does not end it
    case(
        "FERRIES HIT\nChannel ferry operator Sealink has lost passengers to budget airlines.\n"
        '\nSealink said sales fell 4% to 500m euros. "It is hard," said its chief. Income '
        "from its freight services fell 7%.",
        "7%",
        reporter=None,
    ),
    case(
        "RAIL WOES\nFrench rail operator Trenitalia faces a strike.\n\nTrenitalia is "
        "struggling with debts of more than 6bn euros.",
        "6bn euros",
        reporter=None,
    ),
    # a place qualifying one firm is its home, not its figure's country
    case(
        "INSURERS\nThe insurer said premiums in its French life division rose 4% to 900m euros.",
        "900m euros",
        reporter=None,
    ),
    case(
        "TELECOMS\nCanadian phone company Telus said it would cut 3,000 jobs this year.",
        "3,000 jobs",
        reporter=None,
    ),
    # unless the body's figure is a country's: "its forecast for the German economy"
    case(
        "GERMAN OUTLOOK\nThe IMF cut its forecast for the German economy to 0.8% this year.",
        "0.8%",
        reporter="DE",
    ),
]

# The world qualifying what a figure measures makes it the world's, not the country the
# sentence names elsewhere ("despite the strength of the Chinese economy").
WORLD_OWNERS = [
    case(
        "EUROPE OUTLOOK\nGlobal economic growth is expected to slow to 4.25% despite the "
        "strength of the Chinese and US economies.",
        "4.25%",
        reporter=None,
        partner=None,
    ),
    case(
        "OIL MARKETS\nWorld oil demand will rise by 1.5 million barrels a day next year, led "
        "by China and India.",
        "1.5 million barrels a day",
        reporter=None,
    ),
    case(
        "STEEL\nGlobal steel output rose 3% to 1.9 billion tonnes, as China produced more.",
        "1.9 billion tonnes",
        reporter=None,
    ),
]

# Regressions: a ranking is not a world figure, and firms in general are a country's.
WORLD_AND_FIRMS_IN_GENERAL = [
    case(
        "JAPAN ECONOMY\nJapan's economy grew 0.1% in the third quarter. The world's second "
        "biggest economy is expected to grow by 0.2% in 2025.",
        "0.2%",
        reporter="JP",
    ),
    case(
        "KOREA ECONOMY\nKorea's exports rose 3% in May. The world's eighth biggest exporter "
        "shipped $60bn of goods in June.",
        "$60bn",
        reporter="KR",
    ),
    case(
        "JAPAN SURVEY\nJapan's factory output rose 1% in May. Companies said they expect to "
        "invest 7.7% more this year.",
        "7.7%",
        reporter="JP",
    ),
    case(
        "GERMAN SURVEY\nGermany's economy grew 1% in 2025. Firms plan to raise spending by 4% "
        "next year.",
        "4%",
        reporter="DE",
    ),
]

# Several countries none of which is named own a figure of no one country: "the central
# European states" (a demonym is not the EU), "Asian economies".
GROUP_OWNERS = [
    case(
        "EU GROWTH\nThe eight central European states which joined the EU last year will see "
        "4.6% growth.",
        "4.6%",
        reporter=None,
    ),
    case(
        "ASIA GROWTH\nAsian economies grew 6% last year, while Japan's economy expanded 1%.",
        "6%",
        reporter=None,
    ),
    case(
        "ASIA GROWTH\nAsian economies grew 6% last year, while Japan's economy expanded 1%.",
        "1%",
        reporter="JP",
    ),
]

# A counterpart the figure's own preposition names that is no country: no partner, not the
# world's (FORMAT's partner is a country; WLD where the text says world or total).
GROUP_PARTNERS = [
    case(
        "KENYA TRADE\nKenya's exports to developing countries rose 8% to $2bn.",
        "$2bn",
        reporter="KE",
        partner=None,
    ),
    case(
        "POLISH TRADE\nPoland's surplus with the hard currency area fell to 300 mln dlrs.",
        "300 mln dlrs",
        reporter="PL",
        partner=None,
    ),
    case(
        "VIETNAM TRADE\nVietnam's imports from Asia climbed 12% in 2025.",
        "12%",
        partner=None,
    ),
    # a share's destination the verb names
    case(
        "PORTUGAL TRADE\nHe added that 70 pct of Portugal's exports went to developing countries.",
        "70 pct",
        reporter="PT",
        partner=None,
    ),
    case(
        "KENYA TRADE\nAbout 40% of Kenya's exports go to other African countries.",
        "40%",
        reporter="KE",
        partner=None,
    ),
    # but the world by name is the world
    case(
        "PERU TRADE\nPeru's trade with the rest of the world grew 4% to $90bn.",
        "$90bn",
        partner="WLD",
    ),
]

# A share that is the object of a verb of trade is its subject's trade ("India imports 70% of
# its oil"); a verb of the part leaves the subject the part ("China supplied a fifth").
SHARE_TRADERS = [
    case(
        "ASIA OIL\nPakistan's oil imports rose 5% in May. India imports about 70% of its oil.",
        "70%",
        reporter="IN",
        partner="WLD",
    ),
    case(
        "ASIA STEEL\nJapan's exports rose 3% in May. Korea sells about 60% of its steel to China.",
        "60%",
        reporter="KR",
        partner="CN",
    ),
    case(
        "EU TRADE\nThe EU's imports rose 3% in 2025. China supplied a fifth of all the goods "
        "the bloc bought.",
        "a fifth",
        partner="CN",
    ),
]

# Of several currencies a move is against, each figure's is the last named before it; a
# currency the lexicon does not know is the article's country's.
CURRENCY_PARTNERS = [
    # "Against the euro, sterling slipped": a capital "Against" opening the sentence
    case(
        "The pound fell 0.6% against the dollar on Wednesday. Against the euro, sterling "
        "slipped 0.3%.",
        "0.3%",
        reporter="GB",
        partner="EU",
    ),
    case("Versus the yen, the dollar rose 1.1% on Monday.", "1.1%", reporter="US", partner="JP"),
    # a family's word is the article's country's member ("the peso" about Argentina)
    case(
        "Argentina's exports rose 19% in 2025. The peso lost 22% against the dollar.",
        "22%",
        reporter="AR",
        partner="US",
    ),
    case(
        "Chile's copper sales rose in 2025. The peso gained 4% against the dollar.",
        "4%",
        reporter="CL",
        partner="US",
    ),
    case("The peso fell 3% against the dollar after the Mexican vote.", "3%", reporter="MX"),
    case(
        "YUGOSLAVIA'S DINAR\nThe dinar fell 70 pct against a basket of currencies in 1986. "
        "The biggest fall was against the Swiss franc, 80 pct, and the smallest against the "
        "U.S. dollar, 40 pct.",
        "80 pct",
        reporter="YU",
        partner="CH",
    ),
    case(
        "YUGOSLAVIA'S DINAR\nThe dinar fell 70 pct against a basket of currencies in 1986. "
        "The biggest fall was against the Swiss franc, 80 pct, and the smallest against the "
        "U.S. dollar, 40 pct.",
        "40 pct",
        reporter="YU",
        partner="US",
    ),
    case(
        "KOREA'S WON\nThe won gained most against the yen, 6 pct, and least against the "
        "euro, 2 pct.",
        "2 pct",
        reporter="KR",
        partner="EU",
    ),
]

# A clause parallel to one that names a counterpart, and naming none of its own, shares it.
PARALLEL_COUNTERPARTS = [
    case(
        "JAPAN TRADE\nJapan's exports to the US rose 5% in May, while imports fell 3% to $6bn.",
        "$6bn",
        reporter="JP",
        partner="US",
    ),
    case(
        "CZECH TRADE\nExports to the hard currency area rose 11 pct, while imports rose 17 pct.",
        "17 pct",
        partner=None,
    ),
    # not a clause with a counterpart of its own
    case(
        "PERU TRADE\nPeru's exports to China rose 5%, while imports from Brazil fell 3%.",
        "3%",
        partner="BR",
    ),
]

# What a sentence carries to the next: "it", the figure spoken of before, keeps both roles;
# a figure for goods of their own starts a breakdown, and takes no partner from before.
CARRIED_ROLES = [
    # two partners of one metric in a sentence leave none to carry
    case(
        "The US deficit with Japan widened to $5.7bn in November, and the deficit with Canada "
        "was $1.3bn. For the first eleven months, the deficit was $29.9bn.",
        "$29.9bn",
        partner="WLD",
    ),
    case(
        "Brazil's exports to China rose 5% and its exports to India fell 2% in 2025. Exports as "
        "a whole grew 1%.",
        "1%",
        partner="WLD",
    ),
    # one partner still carries
    case(
        "The US deficit with Japan widened to $5.7bn in November. In October the deficit was "
        "$4.9bn.",
        "$4.9bn",
        partner="JP",
    ),
    case(
        "US TRADE\nWashington's deficit with Taipei rose to a record $13.6bn last year. "
        "It widened to $3.6bn in the first quarter.",
        "$3.6bn",
        reporter="US",
        partner="TW",
    ),
    case(
        "UK TRADE\nBritain's surplus with Ireland grew to £9bn in 2025. It had been £7bn a "
        "year earlier.",
        "£7bn",
        reporter="GB",
        partner="IE",
    ),
    # a later figure of the metric with the world as its partner is what "the surplus" is
    case(
        "KOREA TRADE\nKorea's surplus with the US was $7bn last year. Its current account "
        "surplus could reach $8bn this year. The ministry said the surplus would be held at "
        "$5bn.",
        "$5bn",
        partner="WLD",
    ),
    case(
        "TAIWAN TRADE\nTaiwan's surplus with Japan rose to $3bn. Its overall surplus may hit "
        "$9bn in 2026. Officials want the surplus kept at $6bn.",
        "$6bn",
        partner="WLD",
    ),
    # world trade spoken of before stays the world's in a sentence that names no country
    case(
        "WORLD TRADE\nWorld trade will reach $33tn this year, the US-based group said. Goods "
        "trade rose by about $1tn to $25tn.",
        "$25tn",
        reporter=None,
        partner="WLD",
    ),
    case(
        "GLOBAL COMMERCE\nGlobal trade grew 4% in 2025, despite US tariffs. Trade in "
        "services grew 8% to $8tn.",
        "$8tn",
        reporter=None,
        partner="WLD",
    ),
    case(
        "CHILE TRADE\nChile's exports to China rose 8% in 2025. Exports of wine grew 2%.",
        "2%",
        reporter="CL",
        partner="WLD",
    ),
    case(
        "KOREA TRADE\nKorea's exports to Japan rose 3% in 2025. Car exports fell 6% to $50bn.",
        "6%",
        reporter="KR",
        partner="WLD",
    ),
]

# A pronoun that owns the figure stands for the country its sentence, or the one before, is
# about; not for a place the sentence names elsewhere.
PRONOUN_OWNERS = [
    # "its" of a name that is no place: a firm's figure, no country's
    case("Volkswagen said its sales to China fell 12% in 2025.", "12%", reporter=None),
    case("Nestle reported that its revenue rose 3% last year.", "3%", reporter=None),
    # a clause with a subject of its own between: not the speaker's
    case(
        "Minister Ruiz said Spain would double its export budget to 20 billion euros.",
        "20 billion euros",
        reporter="ES",
    ),
    case(
        "EUROPEAN TRADE\nThe Netherlands posted growth of 1% in 2025. "
        "It also ran a surplus of 80bn euros with Belgium.",
        "80bn euros",
        reporter="NL",
        partner="BE",
    ),
    case(
        "ASIAN TRADE\nThailand's economy shrank 0.3% in the third quarter. "
        "Its exports fell 2%, while imports from China rose 4%.",
        "2%",
        reporter="TH",
    ),
    case(
        "EUROPEAN TRADE\nPortugal said on Monday that its deficit with Spain widened to 6bn euros.",
        "6bn euros",
        reporter="PT",
        partner="ES",
    ),
]

# Budget (fiscal) balances are other, whatever word names them (FORMAT).
FISCAL_BALANCES = [
    # a bare balance word right after a budget balance is that balance again; "red ink"
    case(
        "France's budget deficit will narrow to 5.4% of GDP in 2026. The shortfall reached "
        "169.6bn euros in 2024.",
        "169.6bn euros",
        metric="other",
        partner=None,
    ),
    case(
        "Italy's red ink is set to total 3% of output this year. Rome wants to cut the gap by a "
        "further 0.2 points in 2026.",
        "0.2 points",
        metric="other",
    ),
    case(
        "Italy's red ink is set to total 3% of output this year.",
        "3%",
        metric="other",
        kind="share",
    ),
    # not one the sentence qualifies as external
    case(
        "France's budget deficit will narrow to 5.4% of GDP in 2026. Its trade deficit reached "
        "6.3bn euros in August.",
        "6.3bn euros",
        metric="balance",
    ),
    case(
        "The fiscal shortfall reached 3.5% of GDP in 2025, Chile's treasury said.",
        "3.5%",
        metric="other",
        partner=None,
        balance_sign=None,
    ),
    case(
        "Italy's government deficit narrowed to 40bn euros in 2025.",
        "40bn euros",
        metric="other",
        partner=None,
    ),
    case(
        "The gap in Ghana's public finances widened to 9bn cedis in 2025.",
        "9bn cedis",
        metric="other",
    ),
    # a share of GDP of a balance a pronoun owns, in a sentence on the budget or after one
    case(
        "Rome will breach the EU's budget rules after the government said its deficit would "
        "reach 4.3% of GDP in 2025.",
        "4.3%",
        metric="other",
        kind="share",
    ),
    case(
        "Spain's budget deficit was 3.1% of GDP last year. Madrid expects its shortfall to "
        "narrow to 2.8% of output in 2026.",
        "2.8%",
        metric="other",
    ),
    case(
        "Exports jumped in March. Spain expects its deficit to narrow to 2.8% of GDP in 2026.",
        "2.8%",
        metric="balance",
    ),
    # a fiscal year is a period, not the public finances
    case(
        "Japan's surplus with the US in the fiscal year was $52bn.",
        "$52bn",
        metric="balance",
        partner="US",
    ),
]

# A utility's or carrier's tariff is a price it charges, not a duty.
UTILITY_TARIFFS = [
    case(
        "The utility raised its electricity tariff by 5% in 2025.",
        "5%",
        kind="change",
        metric="price",
        direction="up",
    ),
    case(
        "Rail tariffs in Kazakhstan will rise 12% next year.",
        "12%",
        kind="change",
        metric="price",
    ),
    case("Washington raised tariffs on Chinese steel to 25%.", "25%", kind="rate", metric="tariff"),
]

# A figure that sizes a move is a change, whatever rate moved ("rate rises" are changes).
MOVES = [
    case(
        "The central bank pushed through three quarter-point rate rises since June.",
        "quarter-point",
        kind="change",
        direction="up",
        unit="pp",
    ),
    case(
        "Brazil's central bank announced a 0.5 percentage point cut in its key rate.",
        "0.5 percentage point",
        kind="change",
        direction="down",
    ),
    case(
        "A 25% tariff increase on Chinese steel took effect in 2025.",
        "25%",
        kind="change",
        direction="up",
    ),
]

# "now" on the figure's own verb is the published month (FORMAT); elsewhere it is not.
NOW = [
    case("US tariffs on Chinese goods now average 47.5%.", "47.5%", period="2026-01"),
    case("The deficit is now $3bn, the ministry said.", "$3bn", period="2026-01"),
    case("Imports, which are now recovering, rose 4% in 2024.", "4%", period="2024"),
]

# Currencies of trade news beyond the majors.
CURRENCIES = [
    case("Myanmar's exports rose to 900bn kyats in 2025.", "900bn kyats", unit="MMK"),
    case("Peru's exports hit 250bn soles in 2025.", "250bn soles", unit="PEN"),
    case("Iran's imports fell to 900tn rials in 2025.", "900tn rials", unit="IRR"),
]

# Whose period: read from the parse (frames.period_attachment), not from the nearest one.
PERIOD_ATTACHMENT = [
    # a period in the figure's own phrase is its own
    case("Growth was 1.2% in 2023 and 0.8% in 2022.", "0.8%", period="2022"),
    case("Sales abroad rose 4% in 2024 and 6% in 2023.", "6%", period="2023"),
    # one in another figure's phrase is not, though the parse joins the two
    case(
        "Exports were 4.1 billion dlrs in May against 3.9 billion in April and 3.5 billion"
        " in May 2024.",
        "3.5 billion",
        period="2024-05",
    ),
    # "since" starts a stretch; it spans nothing
    case(
        "Output fell 2.4% in 2025, the steepest fall since the recession that hit in 2009.",
        "2.4%",
        period="2025",
    ),
    case(
        "Prices rose 3.1% in December, the most since the slump the country suffered in 2022.",
        "3.1%",
        period="2025-12",
    ),
    # the date of a statement is not the figure's
    case("Exports would rise 4% this year, the ministry said on March 12.", "4%", period="2026"),
    case("Imports fell 3% in 2025, officials told reporters on January 9.", "3%", period="2025"),
    # a clause of its own keeps its period
    case("Exports rose 5% in May, while imports fell 2% in June.", "5%", period="2025-05"),
    case("Exports rose 5% in May, while imports fell 2% in June.", "2%", period="2025-06"),
    # a participle in the measured word's phrase is the figure's
    case(
        "Claims on foreigners reported by banks in the fourth quarter rose $29.9bn.",
        "$29.9bn",
        period="2025-Q4",
    ),
    case(
        "Imports of grain recorded in the first half reached 2 million tonnes.",
        "2 million tonnes",
        period="2026-H1",
    ),
    # a rate "annual" or "annualised" is of its quarter, not of the year
    case(
        "The economy grew at an annual rate of 2.9% in the third quarter.", "2.9%", period="2025-Q3"
    ),
    case(
        "GDP rose 0.7% in the second quarter, or 2.8% on an annual basis.",
        "2.8%",
        period="2025-Q2",
    ),
]

# A sentence that names no period takes the one the sentence before named for its figures;
# a period defined by another ("the previous quarter") is found from it.
PERIOD_CARRIED = [
    # ", when ..." after a period: the clause is of that period
    case(
        "German GDP fell 0.5% in the first quarter from the final quarter of 2025, when it rose "
        "0.9%.",
        "0.9%",
        period="2025-Q4",
    ),
    case(
        "Exports slipped 2% in December after November, when they jumped 6%.",
        "6%",
        period="2025-11",
    ),
    # a bare "Prices" after a price statistic is that statistic, dated by the article
    case(
        "UK house prices rose 0.5% in December. Prices were 10.2% higher than a year earlier.",
        "10.2%",
        period="2025-12",
    ),
    # plain "output" right after a sentence about the economy is GDP
    case(
        "German GDP fell 0.5% in the third quarter. Compared with a year ago, output was up 1.2%.",
        "1.2%",
        metric="gdp",
    ),
    # a sentence without figures names the period the next one is on
    case(
        "Exports rose 3% in October and 4% in September. Trade then slowed in November. "
        "Imports fell 2%.",
        "2%",
        period="2025-11",
    ),
    case(
        "Sales jumped 8% in 2024. The market cooled in 2025. Imports fell 2%.",
        "2%",
        period="2025",
    ),
    case(
        "Exports rose 7% to $40bn in the second quarter. Imports fell 2% to $35bn.",
        "2%",
        period="2025-Q2",
    ),
    case(
        "Japan's exports hit a record in November, rising 9.1%. Imports grew 4.2%.",
        "4.2%",
        period="2025-11",
    ),
    # not the period of a figure compared with
    case(
        "Exports rose to $5bn in March from $4bn in March 2024. Imports grew 3%.",
        "3%",
        period="2025-03",
    ),
    case(
        "Exports rose 3% in the second quarter. Growth was 2% in the previous quarter.",
        "2%",
        period="2025-Q1",
    ),
    case(
        "Industrial output rose 1% in the third quarter, after 0.5% growth in the previous"
        " quarter.",
        "0.5%",
        period="2025-Q2",
    ),
    # a rate's date (when a tariff was set) is no period the article goes on with
    case(
        "Exports rose 9% in the first ten months of 2025. A 20% tariff took effect in August."
        " Full-year exports are expected to reach $470 billion.",
        "$470 billion",
        period="2025",
    ),
    case(
        "The trade deficit narrowed to $2bn in the third quarter. It had been $3bn in the"
        " same period a year earlier.",
        "$3bn",
        period="2024-Q3",
    ),
]

# A clause whose verb is left out, or whose subject the parse hung elsewhere, still
# measures its own subject.
GAPPED_SUBJECTS = [
    case(
        "Exports rose by 6.8 pct to 12.5 billion dlrs in May, while imports by 8.9 pct to"
        " 14.64 billion dlrs.",
        "8.9 pct",
        metric="imports",
    ),
    case("Shipments abroad climbed 4% last year while imports by 2%.", "2%", metric="imports"),
    case(
        "Exports fell to 3.2 billion rand and imports to 4.15 billion rand in March.",
        "4.15 billion rand",
        metric="imports",
    ),
    case("Sales abroad dropped to $900m and imports to $1.2bn.", "$1.2bn", metric="imports"),
    case(
        "Exports rose 3 pct to 12 billion dlrs and imports fell 8.6 pct to 10.92 billion dlrs.",
        "8.6 pct",
        metric="imports",
        direction="down",
    ),
]

# A traded thing inside a balance word's phrase: the figure is the balance's.
BALANCE_PHRASES = [
    case(
        "The country had a surplus on merchandise trade of 145 mln dlrs in April.",
        "145 mln dlrs",
        metric="balance",
        balance_sign="surplus",
    ),
    case(
        "Brazil posted a deficit in goods trade of $2.1bn in June.",
        "$2.1bn",
        metric="balance",
        balance_sign="deficit",
    ),
    case(
        "The trade in goods deficit widened to £7.5bn in May.",
        "£7.5bn",
        metric="balance",
        balance_sign="deficit",
    ),
]

# Jobs made or lost are a change of employment; a workforce is a level.
JOB_CHANGES = [
    case(
        "But 104,000 new jobs were created last year.",
        "104,000 new jobs",
        kind="change",
        direction="up",
    ),  # fmt: skip
    case(
        "The figures point to a net loss of over 800,000 jobs.",
        "800,000 jobs",
        kind="change",
        direction="down",
    ),  # fmt: skip
    case("The carmaker shed 2,000 jobs in 2025.", "2,000 jobs", kind="change", direction="down"),
    case(
        "Some 15,000 jobs were cut at the mills.", "15,000 jobs", kind="change", direction="down"
    ),  # fmt: skip
    case("The plant employs 3,000 workers.", "3,000 workers", kind="amount", unit="jobs"),
]

# People employed are jobs where the sentence makes them jobs made, lost or held: the verb
# they are the object or passive subject of, "lose their jobs", "made redundant", a particle
# verb; a noun of job losses is a loss by itself.
# Jobs that go or disappear are lost; "new roles" are jobs made.
# Jobs in more wordings: a determiner opening the sentence is no brand ("Another 350
# staff"), trades and professions are staff, a bare number after "employs" or "staff
# numbers" counts jobs, and people counted beside unemployment are people out of work.
JOBS_WORDED = [
    case("Another 350 staff will be made redundant.", "350 staff", unit="jobs", direction="down"),
    case("Some 900 workers will be laid off.", "900 workers", unit="jobs", direction="down"),
    case("The firm will hire 500 engineers.", "500 engineers", unit="jobs", direction="up"),
    case("The mine will shed 1,200 miners by 2027.", "1,200 miners", unit="jobs"),
    case("The factory, which employs 1,700, will close in June.", "1,700", unit="jobs"),
    case("The group plans to reduce staff numbers by 1,500 over two years.", "1,500", unit="jobs"),
    case("Unemployment rose by 5,000 people.", "5,000 people", unit="people", direction="up"),
]

JOBS_GOING = [
    case("Some 6,500 jobs will go at the plant.", "6,500 jobs", kind="change", direction="down"),
    case(
        "About 1,000 posts disappeared last year.", "1,000 posts", kind="change", direction="down"
    ),
    case(
        "The firm said it would create 400 new roles.",
        "400 new roles",
        kind="change",
        direction="up",
        unit="jobs",
    ),  # fmt: skip
    case("The bank is hiring for 300 roles in Leeds.", "300 roles", unit="jobs"),
]

WORKFORCE_JOBS = [
    case("The lender will axe 450 staff in Leeds.", "450 staff", unit="jobs", direction="down"),
    case(
        "About 2,300 employees are to be laid off.",
        "2,300 employees",
        unit="jobs",
        kind="change",
        direction="down",
    ),
    case(
        "Roughly 900 people will lose their jobs when the smelter shuts.",
        "900 people",
        unit="jobs",
        direction="down",
    ),
    case("The mine said 320 workers had been made redundant.", "320 workers", direction="down"),
    case(
        "Supermarkets took on 25,000 extra staff for Christmas.",
        "25,000 extra staff",
        unit="jobs",
        direction="up",
    ),
    case("The chain plans to recruit 600 new workers.", "600 new workers", direction="up"),
    case("The insurer announced 1,800 redundancies.", "1,800 redundancies", direction="down"),
    case(
        "Job cuts at the airline reached 4,000.",
        "4,000",
        unit="jobs",
        kind="change",
        direction="down",
    ),
    case("The bank has a workforce of 15,000.", "15,000", unit="jobs", kind="amount"),
    case(
        "Non-farm payrolls grew by 175,000 in May.",
        "175,000",
        unit="jobs",
        direction="up",
        period="2025-05",
    ),
    case(
        "Employment in construction fell by 14,000 last month.",
        "14,000",
        unit="jobs",
        direction="down",
    ),
]

# Jobs reports go on in bare numbers: one after a count of jobs in its sentence, or the
# subject of the next sentence's clause, counts jobs, and is a change like the figure before
# (but the level a move reached is a level).
JOBS_IN_BARE_NUMBERS = [
    case(
        "Retail lost 9,000 jobs, while health care added 41,000.",
        "41,000",
        unit="jobs",
        kind="change",
        direction="up",
    ),
    case(
        "Employers created 210,000 jobs in June, above the 180,000 economists had forecast.",
        "180,000",
        unit="jobs",
    ),
    case(
        "Firms added 150,000 jobs in April. Analysts had said 130,000 would be added.",
        "130,000",
        unit="jobs",
        kind="change",
    ),
    case(
        "Firms added 98,000 new jobs in March, after 112,000 in February.",
        "112,000",
        kind="change",
        direction="up",
        period="2025-02",
    ),
    case(
        "The number in work rose by 90,000 to 31.2 million.",
        "31.2 million",
        unit="jobs",
        kind="amount",
    ),
]

# FORMAT: a currency's move against a basket of currencies has the partner WLD.
CURRENCY_BASKETS = [
    case(
        "The dollar fell 1.2% against a basket of major currencies.",
        "1.2%",
        metric="price",
        reporter="US",
        partner="WLD",
    ),
    case("The yen slipped 0.7% against most other currencies on Tuesday.", "0.7%", partner="WLD"),
    case(
        "Against a basket of currencies, the euro rose 0.4% on Friday.",
        "0.4%",
        reporter="EU",
        partner="WLD",
    ),
]

# Working time is a count of hours: "hours a week", "a 35-hour week", or hours in a sentence
# about work.
WORKING_HOURS = [
    case("Staff may work up to 48 hours a week.", "48 hours a week", unit="hours", value=48.0),
    case("Paris wants to relax the 35-hour week.", "35-hour week", unit="hours", value=35.0),
    case(
        "Employees worked an average of 36.4 hours, down from 37.1 hours.",
        "37.1 hours",
        unit="hours",
    ),
]

# A figure taken off or added to a thing measures that thing, not the causer that took it.
CAUSERS = [
    case(
        "Dear fuel shaved 0.3% off growth in the third quarter.",
        "0.3%",
        metric="gdp",
        kind="change",
        direction="down",
    ),  # fmt: skip
    case(
        "Higher oil prices knocked 0.5 percentage points off Japan's GDP growth.",
        "0.5 percentage points",
        metric="gdp",
        direction="down",
        reporter="JP",
    ),
    case(
        "A weaker yen added 0.4 points to export growth last quarter.",
        "0.4 points",
        metric="exports",
        direction="up",
    ),  # fmt: skip
    # the causer's goods are not the figure's, nor is the causer the growth's subject
    case(
        "Soaring food prices shaved 0.5 percentage points off growth, the agency said.",
        "0.5 percentage points",
        metric="gdp",
        sector=None,
    ),
    case(
        "Weak car sales shaved 0.2 percentage points off growth last year.",
        "0.2 percentage points",
        metric="gdp",
        sector=None,
    ),
    # the parse may make the amount an adverb of the verb or of "off"
    case(
        "Net trade knocked perhaps half a percentage point off growth in the fourth quarter.",
        "half a percentage point",
        metric="gdp",
        direction="down",
    ),
    case("Higher oil prices shaved 0.3% off growth last year.", "0.3%", metric="gdp"),
    case(
        "The stronger yen wiped 2% off exports in March.", "2%", metric="exports", direction="down"
    ),
    case("Exports rose 5% from a year earlier.", "5%", metric="exports", direction="up"),
]

# A level set or aimed at is a rate, not a move, unless it is growth aimed at.
THRESHOLDS = [
    case("Prices rose 2.4%, below the central bank's 3% target.", "3%", kind="rate"),
    case(
        "Inflation stayed well under the 2% ceiling set by the central bank.",
        "2%",
        kind="rate",
        metric="price",
    ),
    case(
        "The country will struggle to meet its 1.4% growth target in 2005.",
        "1.4%",
        kind="change",
        metric="gdp",
    ),
]

# FORMAT: a share of GDP has the part's metric.
SHARES_OF_GDP = [
    case(
        "The budget gap is forecast at 3.2% of GDP in 2026.", "3.2%", kind="share", metric="other"
    ),  # fmt: skip
    case(
        "The current account deficit equalled 4.5% of GDP in 2025.",
        "4.5%",
        kind="share",
        metric="balance",
        balance_sign="deficit",
    ),
    case(
        "Brazil plans to raise exports to 20% of GDP by 2030.",
        "20%",
        kind="share",
        metric="exports",
    ),  # fmt: skip
    case("Public debt stands at 120% of GDP.", "120%", kind="share", metric="other"),
]

# FORMAT: "since January" runs from that month to the published month.
SINCE_SPANS = [
    case(
        "Car exports to China have fallen by a third since 2022.",
        "a third",
        period="2022-01/2026-01",
    ),  # fmt: skip
    case("Steel imports have risen 12% since March.", "12%", period="2025-03/2026-01"),
    # the parse may hang "since" on the figure: the span is still its verb's
    case(
        "The Taiwan dollar has risen about 16 pct against the U.S. Dollar since September 2024, "
        "to 34.20 today.",
        "16 pct",
        period="2024-09/2026-01",
    ),
    # a relative clause's "since" dates the figures inside it, not those outside
    case(
        "Exports were held back by the mark's rise, which has lifted it some 25 pct against "
        "the dollar since January 2025.",
        "25 pct",
        period="2025-01/2026-01",
    ),
    case(
        "The firm cut prices, which have fallen 9% since May, and sales rose.",
        "9%",
        period="2025-05/2026-01",
    ),
    case(
        "Shipments of gems, which have doubled since 2020, slumped by 7% in May.",
        "7%",
        period="2025-05",
    ),
    # the rate it reached is a quote of the day, no span
    case(
        "The won has climbed 11 pct against the U.S. Dollar since January 2025, to 1,310 today.",
        "1,310",
        kind="rate",
        unit="KRW/USD",
        period="2026-01",
    ),
    case(
        "Sterling has risen about 6 pct since May, to 1.35 dollars today.",
        "1.35 dollars",
        kind="rate",
        period="2026-01",
    ),
    case(
        "The yen has fallen 8% against the dollar since March, to 151.20 this week.",
        "8%",
        period="2025-03/2026-01",
    ),
    # a superlative's start is no span
    case("Exports rose 4% in December, the fastest pace since 2021.", "4%", period="2025-12"),
]

# Kinds read from the parse: the level of a share, the levels of growth, the verb of "by",
# a money figure sizing a move.
KINDS_FROM_THE_PARSE = [
    case("The US share of Chinese exports fell to 11.7% last year.", "11.7%", kind="share"),
    case("Japan's share of the market rose from 8% to 10%.", "10%", kind="share"),
    case(
        "Output is forecast to fall from 1.9% to 1.8% next year.",
        "1.8%",
        kind="change",
        direction="up",
    ),  # fmt: skip
    case(
        "The Soviet Union will cut imports from the West by about 10 pct.",
        "10 pct",
        kind="change",
        direction="down",
    ),  # fmt: skip
    case(
        "Brazil trimmed purchases of wheat from Argentina by 15% in 2025.",
        "15%",
        kind="change",
        direction="down",
    ),  # fmt: skip
    case("China has undervalued the yuan by as much as 40%.", "40%", direction="down"),
    case(
        "Investment rose 29.9 billion dlrs after a 19.3 billion dlr third-quarter increase.",
        "19.3 billion dlr",
        kind="change",
        direction="up",
    ),
    case(
        "The economy grew faster than expected, expanding at an annual rate of 3.8%.",
        "3.8%",
        kind="change",
        metric="gdp",
    ),
]

# A country selling a commodity exports it; a currency as the measured word is a move.
WORD_SENSES_FROM_THE_PARSE = [
    case(
        "In May Ecuador sold 16.1 mln barrels of crude and 2.3 mln barrels of products.",
        "16.1 mln barrels",
        metric="exports",
        reporter="EC",
    ),  # fmt: skip
    case(
        "Nigeria sold 1.2 million barrels of oil a day to India last year.",
        "1.2 million barrels",
        metric="exports",
        partner="IN",
    ),  # fmt: skip
    case(
        "Australia's iron ore earnings fell 19% in the third quarter.",
        "19%",
        metric="exports",
        reporter="AU",
    ),  # fmt: skip
    case("Japan's car sales rose 4% in March.", "4%", metric="sales"),
    case(
        "The dinar fell by 73.1 pct against a basket of currencies.", "73.1 pct", metric="price"
    ),  # fmt: skip
    case("The rouble lost 12% against the dollar.", "12%", metric="price", reporter="RU"),
]

# Growth of what its modifier names; business investment in other words; exporters are
# firms, not a flow.
METRIC_WORDS = [
    case("Trade growth is expected to slow to 2% in 2026.", "2%", metric="trade"),
    case("Import growth picked up to 5.1% in the third quarter.", "5.1%", metric="imports"),
    case(
        "Spending on capital equipment and software rose 18% in the quarter.",
        "18%",
        metric="investment",
    ),  # fmt: skip
    case("Capital spending by firms fell 3.2% last year.", "3.2%", metric="investment"),
    case(
        "The government offered tax rebates for many exporters totalling 420bn yuan.",
        "420bn yuan",
        metric="other",
    ),  # fmt: skip
]

# The goods a tariff covers are of no period; stocks of goods are a periodic statistic.
PERIODLESS_AND_PERIODIC = [
    case(
        "Exports rose 4% in 2025. The duties cover $3.1bn of Chinese steel.", "$3.1bn", period=None
    ),  # fmt: skip
    case(
        "Imports grew in 2025. The new tariffs apply to $40bn of goods from Mexico.",
        "$40bn",
        period=None,
    ),  # fmt: skip
    case(
        "Output fell in 2025. US crude stocks were 3.5% higher than a year ago.",
        "3.5%",
        period="2025",
    ),  # fmt: skip
]

# Lexicon gaps the maintainers named: produce the noun, "banking on", output meaning GDP.
LEXICON_SENSES = [
    case("Fresh produce exports to Europe rose 12% to $2bn.", "12%", sector="agriculture"),
    case("Farm produce shipments fell 3% in 2025.", "3%", sector="agriculture"),
    case("Exporters are banking on a 5% rise in sales to China.", "5%", sector=None),
    case("Economic output grew 3.1% in 2025.", "3.1%", metric="gdp"),
    case(
        "The nation's output of goods and services expanded 2.4% in 2025.",
        "2.4%",
        metric="gdp",
        sector=None,
    ),  # fmt: skip
]

# A firm's results are published for a period: a sentence naming none takes the article's.
FIRM_RESULTS = [
    case(
        "The bank published its accounts for 2025 on Tuesday. Profits at its retail arm rose"
        " 8% to £1.2bn.",
        "8%",
        period="2025",
    ),
    case(
        "The group's 2025 results came out on Monday.\nEarnings at the steel unit fell 3%.",
        "3%",
        period="2025",
    ),
]

# A firm's results take the sector of the kind of firm it is: the speaker's, the subject's
# of a "made a loss of" frame, a kind opening its sentence; not a bank's economists' figures.
FIRM_KIND_SECTORS = [
    case("HSBC, the world's second biggest bank, said profits rose 20% to $13bn.", "20%",
         sector="services"),
    case("Qantas, Australia's biggest airline, said earnings fell 8% to A$400m.", "A$400m",
         sector="services"),
    case("The airline made a loss of $500m in the quarter.", "$500m", sector="services"),
    case("The steelmaker posted a profit of 2bn euros in 2025.", "2bn euros", sector="metals"),
    case("Insurer Aviva made a pre-tax profit of £1.7bn.", "£1.7bn", sector="services"),
    case("ING, the Dutch bank, said exports rose 3% in May.", "3%", sector=None),
]  # fmt: skip

# After a sentence on a firm, a sentence whose subject is the state's (a public body, the
# budget) is the country's, not the firm's; one on the firm again is the firm's.
PUBLIC_AFTER_FIRM = [
    case(
        "Chile's copper output fell 3% in 2025. The company Codelco said its output slid"
        " 10%. The government spent 2.1bn dollars on subsidies in 2025.",
        "2.1bn dollars",
        reporter="CL",
    ),
    case(
        "Russia's economy grew 4% in 2025. Yukos, once the top producer, saw output fall 8%. "
        "The federal budget ran a surplus of 950bn roubles in 2025.",
        "950bn roubles",
        reporter="RU",
        metric="other",
    ),
    case(
        "Russia's economy grew 4% in 2025. Yukos, once the top producer, saw output fall 8%. "
        "Its profits fell 12% in 2025.",
        "12%",
        reporter=None,
    ),
    # the budget's balance, the object of a verb the budget is the subject of
    case("The budget showed a surplus of 2% of GDP in 2025.", "2%", metric="other"),
    case("The budget posted a trade surplus of $5bn in 2025.", "$5bn", metric="balance"),
]

# Dated, a quote whose sentence names no day is of the published day.
DATED_QUOTES = [
    case("Brent crude fell 2% to $78 a barrel.", "2%", period="2026-01"),
    case(
        "Exports grew 8% in 2025.\nThe Nikkei index closed 1.1% higher.", "1.1%", period="2026-01"
    ),  # fmt: skip
]

# The level a rate moved from is the same rate ("to 50% from 25%"), however far its word.
RATE_COMPARISONS = [
    case(
        "Washington raised the duty on Chinese solar panels to 50% from 25%.",
        "25%",
        kind="rate",
        metric="tariff",
        reporter="US",
        partner="CN",
    ),
    case(
        "India will lower its import duties on electric vehicles to 15% from as much as 100%.",
        "100%",
        kind="rate",
        metric="tariff",
        reporter="IN",
    ),
]

# A word of comparison whose object is some other noun compares nothing: "with imports from
# Mexico reaching $505bn", "cut imports from the West by 10% this year".
NOT_COMPARED = [
    case(
        "Mexico overtook China as the top supplier last year, with imports from Mexico"
        " reaching $505.9 billion.",
        "$505.9 billion",
        period="2025",
    ),
    case(
        "Chile had a good year in 2025, with shipments from its mines totalling $3.1 billion.",
        "$3.1 billion",
        period="2025",
    ),
    case(
        "Analysts said the Kremlin was likely to cut imports from the West by about 10% this year.",
        "10%",
        period="2026",
    ),
    case(
        "The government plans to trim spending on purchases from Europe by 8% next year.",
        "8%",
        period="2027",
    ),
]

# A hedged fraction that ends its phrase is a share: "with China taking almost half."
HEDGED_SHARES = [
    case(
        "Brazil exported $2.1 billion of beef in the third quarter, with China taking almost half.",
        "half",
        kind="share",
        metric="exports",
        reporter="BR",
        partner="CN",
        approximate=True,
    ),
    case(
        "Kenya's tea exports reached 500,000 tonnes in 2025; Pakistan accounted for about a third.",
        "a third",
        kind="share",
        approximate=True,
    ),
]

# A verb that is itself the figure ("tripled") measures its own subject, in any clause.
VERB_FIGURES = [
    case(
        "India's trade deficit widened to $41.7 billion in October, as gold imports nearly"
        " tripled.",
        "tripled",
        kind="change",
        metric="imports",
        reporter="IN",
    ),
    case(
        "The surplus shrank in 2025 because exports to Asia halved.",
        "halved",
        kind="change",
        direction="down",
        metric="exports",
    ),
]

# Money raised by tariffs is tariff, whatever word of income it is: "tariff revenue",
# "customs receipts"; a record a figure sizes says only how high it stood.
TARIFF_INCOME = [
    case(
        "US tariff revenue hit a record $31 billion in September.",
        "$31 billion",
        kind="amount",
        metric="tariff",
        reporter="US",
    ),
    case("Customs revenues in Mexico climbed 12% last year.", "12%", metric="tariff"),
    case(
        "Canada's exports reached a record C$70 billion in 2025.",
        "C$70 billion",
        metric="exports",
        reporter="CA",
        period="2025",
    ),
]

# Selling abroad is exporting: "sold $2.1bn of beef abroad", "sell 40% of output overseas".
SOLD_ABROAD = [
    case(
        "Brazil sold $2.1 billion of beef abroad in the third quarter.",
        "$2.1 billion",
        metric="exports",
        reporter="BR",
        sector="food",
    ),
    case(
        "Japanese carmakers sell about 40% of their output overseas.",
        "40%",
        kind="share",
        metric="exports",
    ),
    # a country's sellers selling in another country
    case(
        "German carmakers sell a third of their vehicles in China.",
        "a third",
        kind="share",
        metric="exports",
        reporter="DE",
        partner="CN",
    ),
    case(
        "Brazil sold $2.1 billion of beef in China last year.",
        "$2.1 billion",
        metric="exports",
        reporter="BR",
        partner="CN",
    ),
    case(
        "Ghana exported $3 billion of cocoa in 2024, mostly in Europe's ports.",
        "$3 billion",
        metric="exports",
        reporter="GH",
    ),
    # not at home
    case("German carmakers sell a third of their vehicles in Germany.", "a third", metric="other"),
    # a noun of selling to a place, owned by no firm: the country's exports
    case(
        "German exports rose 10% in 2025. Sales to other European Union countries climbed 8.3%.",
        "8.3%",
        metric="exports",
        reporter="DE",
        partner="EU",
    ),
    case(
        "Peru's exports grew in 2025. Shipments to China, its biggest buyer, rose 14%.",
        "14%",
        metric="exports",
        partner="CN",
    ),
    case(
        "Volkswagen said its sales to China fell 12% in 2025.",
        "12%",
        metric="sales",
    ),
]

# A stock index named by the words its cue carries: "the Nikkei index", "the FTSE 100 index".
INDEX_NAMES = [
    case("The Nikkei index rose 1.2% on Tuesday.", "1.2%", metric="price", reporter="JP"),
    case(
        "London's FTSE 100 index slipped 0.4% in early trade.",
        "0.4%",
        metric="price",
        reporter="GB",
    ),
]

# A verb of moving moves its subject by its object: "the real gained 1.1%", "shed 2%".
MOVING_VERBS = [
    case(
        "Mexico's peso lost 2% in October, while Brazil's real gained 1.1%.",
        "1.1%",
        kind="change",
        direction="up",
        metric="price",
        reporter="BR",
    ),
    case("South Africa's rand shed 3% last week.", "3%", direction="down", metric="price"),
]

# A figure a rate word's verb goes to, comes from or stands at is the rate's level.
RATE_LEVELS = [
    case(
        "China will raise tariffs on US goods to as much as 25% from June 1.",
        "25%",
        kind="rate",
        metric="tariff",
        reporter="CN",
        partner="US",
    ),
    case(
        "Ottawa lifted its surtax on Chinese electric vehicles to 100% last year.",
        "100%",
        kind="rate",
        metric="tariff",
        reporter="CA",
    ),
]

# A stock index named as a proper noun's compounds: "the Dow Jones Industrial Average".
INDEX_PHRASES = [
    case(
        "The Dow Jones Industrial Average fell 617 points, or 2.4%, to 25,324 on Monday, as"
        " China retaliated with tariffs on US goods.",
        "617 points",
        sector=None,
        kind="change",
        direction="down",
        metric="price",
        reporter="US",
    ),
    case(
        "The S&P 500 Index slid 1.8% in New York on Tuesday.",
        "1.8%",
        metric="price",
        reporter="US",
    ),
]

# The same move restated in another unit takes the first one's verb: "fell 617 points, or
# 2.4%", "dropped $3.1bn, or 4.2%".
RESTATED_MOVES = [
    case(
        "The Dow Jones Industrial Average fell 617 points, or 2.4%, to 25,324 on Monday.",
        "2.4%",
        kind="change",
        direction="down",
        metric="price",
    ),
    case(
        "The index shed 120 points, or 1.1 percent, in a week of heavy selling.",
        "1.1 percent",
        kind="change",
        direction="down",
    ),
]

# A verb of trading measures what was traded, not the trader: "the economy shipped $305bn
# of goods, up 5.6%"; a country selling to a place exports ("the nation sold $119bn of goods
# to America"), where a firm's sales stay sales.
TRADED_BY_VERB = [
    case(
        "China's exports beat forecasts in October. The world's second-largest economy shipped $305"
        " billion of goods, up 5.6% on a year earlier.",
        "5.6%",
        kind="change",
        metric="exports",
        reporter="CN",
    ),
    case(
        "Chile's copper sales held up. The country exported 480,000 tonnes in May, up 3%.",
        "3%",
        metric="exports",
        reporter="CL",
    ),
    case(
        "Vietnam's surplus with the US hit a record. The Southeast Asian nation sold $119"
        " billion of goods to America in the first ten months.",
        "$119 billion",
        metric="exports",
        reporter="VN",
        partner="US",
    ),
    case(
        "Mexico sold $46 billion of vehicles to the United States last year.",
        "$46 billion",
        metric="exports",
        reporter="MX",
        partner="US",
    ),
]

# A rate's move in points on "by" of a verb of change is a change, whatever rate word is near;
# the level a rate came from is the period before the one it reached.
RATE_MOVES_AND_LEVELS = [
    case(
        "The central bank cut its benchmark rate by 25 basis points to 4.0%.",
        "25 basis points",
        kind="change",
        direction="down",
    ),
    case(
        "The Fed raised interest rates by half a percentage point on Wednesday.",
        "half a percentage point",
        kind="change",
        direction="up",
    ),
    case(
        "Unemployment edged up to 4.3% in August from 4.2%.",
        "4.2%",
        kind="rate",
        period="2025-07",
    ),
    case(
        "Inflation slowed to 2.1% in the third quarter from 2.6%.",
        "2.6%",
        kind="rate",
        metric="price",
        period="2025-Q2",
    ),
]

# A verb of level sizes its subject: goods counted in a unit the lexicon lacks keep the
# metric of what they measure ("coffee exports totalled 1.2 mln bags").
LEVEL_VERBS = [
    case(
        "Brazil's coffee exports in March totalled 1.2 mln bags, the institute said.",
        "1.2 mln bags",
        metric="exports",
        reporter="BR",
        sector="agriculture",
    ),
    case(
        "Ivory Coast's cocoa exports reached 1.8 million sacks in the first quarter.",
        "1.8 million sacks",
        metric="exports",
        reporter="CI",
    ),
    case("The carmaker hired 3,600 workers in 2025.", "3,600 workers", metric="other"),
]

# A share word's frame: the whole's country is the reporter, the share's own the partner.
SHARE_FRAMES = [
    case(
        "Russia's share of EU gas imports fell to 13% in 2025 from 40% in 2021.",
        "13%",
        kind="share",
        metric="imports",
        reporter="EU",
        partner="RU",
        sector="energy",
    ),
    case(
        "China's share of US imports dropped to 9% last year.",
        "9%",
        kind="share",
        metric="imports",
        reporter="US",
        partner="CN",
    ),
    case(
        "The US share of Mexico's exports rose to 83%.",
        "83%",
        kind="share",
        metric="exports",
        reporter="MX",
        partner="US",
    ),
]

# A share of the economy has its part's roles (an external balance's partner is the world);
# "economic output" is the economy; a current-account gap is a deficit; a primary or
# structural balance is the public finances'.
ECONOMY_SHARES = [
    case(
        "Britain's current account deficit narrowed to 2.1% of GDP in the second quarter.",
        "2.1%",
        kind="share",
        metric="balance",
        reporter="GB",
        partner="WLD",
    ),
    case(
        "Turkey's current-account gap equalled 4.5% of economic output last year.",
        "4.5%",
        kind="share",
        metric="balance",
        balance_sign="deficit",
        reporter="TR",
        partner="WLD",
    ),
    case(
        "Brazil ran a primary deficit of 0.5% of GDP, while its trade surplus reached $74 billion.",
        "0.5%",
        kind="share",
        metric="other",
        partner=None,
    ),
    case("Spain's structural deficit is seen at 3% of GDP.", "3%", metric="other", partner=None),
]

# A bare growth noun a clause's verb takes is the growth of that clause's subject.
GROWTH_OF_THE_SUBJECT = [
    case(
        "Exports are expected to slow to 2% growth next year from 4.5% this year.",
        "2%",
        kind="change",
        direction="up",
        metric="exports",
    ),
    case(
        "Japan's imports should pick up to 4% growth in 2026.",
        "4%",
        kind="change",
        metric="imports",
        reporter="JP",
    ),
    case("The economy will return to 2% growth next year.", "2%", kind="change", metric="gdp"),
]

# A firm's sales and deliveries are results for a period: they take the sentence's, or the
# one the sentence before named.
PERIODIC_SALES = [
    case(
        "Toyota's US sales fell 5.2% in April. Honda sold 130,000 cars in the United States,"
        " down 2%.",
        "130,000 cars",
        metric="sales",
        period="2025-04",
    ),
    case(
        "Ford's China sales plunged 37% in the first quarter of 2025, while GM's deliveries there"
        " fell 18%.",
        "18%",
        metric="sales",
        period="2025-Q1",
    ),
]

# A rate with no word of its own in reach is the rate its sentence is on.
RATE_OF_THE_SENTENCE = [
    case(
        "Tariffs averaged 17.9% in October, up sharply from a mere 2.4% in January.",
        "2.4%",
        kind="rate",
        metric="tariff",
    ),
    case(
        "Inflation accelerated to 3.1% in May, against an unusually subdued reading of 2.2% a"
        " month earlier.",
        "2.2%",
        kind="rate",
        metric="price",
    ),
]

# A head of government stands for the government ("Trump's tariffs", "President Trump",
# "Mr Modi's government"); a hyphenated origin is a place ("Chinese-made vehicles").
LEADERS_AND_ORIGINS = [
    case(
        "Trump's 25% tariffs on Canadian and Mexican goods took effect on Tuesday.",
        "25%",
        kind="rate",
        metric="tariff",
        reporter="US",
        partner="CA",
    ),
    case("President Trump imposed a 10% tariff on all imports.", "10%", reporter="US"),
    case("Mr Modi's government cut duties on bourbon to 50%.", "50%", reporter="IN"),
    case(
        "Ottawa imposed a 100% surtax on Chinese-made electric vehicles.",
        "100%",
        kind="rate",
        metric="tariff",
        reporter="CA",
        partner="CN",
    ),
    case(
        "Brazil put a 35% levy on US-built jets last year.",
        "35%",
        metric="tariff",
        reporter="BR",
        partner="US",
    ),
]

# A share said in the present or ahead tells how a whole divides: it takes no period from
# the sentence before or the article; one said in the past reports the period, as a share
# of GDP does.
UNDATED_SHARES = [
    case(
        "Exports rose 8% to $40bn in 2025. The EU takes about 60% of Norway's exports.",
        "60%",
        kind="share",
        period=None,
    ),
    case(
        "Japan's exports grew 6% in 2024. The United States buys about a fifth of them.",
        "a fifth",
        period=None,
    ),
    case(
        "Imports climbed 4% last year. Oil will account for 30% of imports by 2030.",
        "30%",
        period="2030",
    ),
    case(
        "Exports rose 8% to $40bn in 2025. China took a fifth of the shipments.",
        "a fifth",
        period="2025",
    ),
    case(
        "Exports rose 8% to $40bn in 2025. Its current-account surplus is 3% of GDP.",
        "3%",
        period="2025",
    ),
]

# Every table above reads one phenomenon; each row is checked the same way.
# A comparison's own period: "compared to X last year" is no level reached (the "to" of
# "compared to"); a level's phrase names its period whatever opens it ("against a year-earlier
# surplus of X"); a compared change ("compared with a 3% fall ... a year earlier") and the
# level that change reached take the period of the change's phrase. Published 2026-01-15.
COMPARED_PERIODS = [
    case(
        "Chile's economy will grow 4% this year, compared to 2.5% growth last year.",
        "2.5%",
        period="2025",
    ),
    case(
        "Output should expand 3% in 2026, compared to a 1.2% rise the previous year.",
        "1.2%",
        period="2025",
    ),
    case(
        "Peru posted a November trade surplus of $120m, against a year earlier surplus of $95m.",
        "$95m",
        period="2024-11",
    ),
    case(
        "Ghana's November deficit was $40m, compared with a year-earlier deficit of $61m.",
        "$61m",
        period="2024-11",
    ),
    case(
        "Kenya's exports rose 12% in November to $300 million, compared with a 3% decline to "
        "$210 million a year earlier.",
        "3%",
        period="2024-11",
    ),
    case(
        "Kenya's exports rose 12% in November to $300 million, compared with a 3% decline to "
        "$210 million a year earlier.",
        "$210 million",
        period="2024-11",
    ),
    case(
        "Imports grew 5% in November to $1.2bn, against a 2% rise to $1.1bn a year before.",
        "$1.1bn",
        period="2024-11",
    ),
    # a share's level it moved from is the period's before
    case(
        "France's budget deficit will narrow to 5.4% of GDP next year from 5.8%.",
        "5.8%",
        period="2026",
    ),
    case(
        "The current-account surplus rose to 3.1% of GDP in 2025 from 2.4%.",
        "2.4%",
        period="2024",
    ),
    # not another's share it is compared with
    case(
        "China took 20.1% of Japan's trade in 2025, compared with 18.6% for the US.",
        "18.6%",
        period="2025",
    ),
    # "down from" is the level compared with, not a revision ("revised down from")
    case(
        "Oil exports came to 6.2 billion crowns in November, down from 7.4 billion.",
        "7.4 billion",
        period="2025-10",
    ),
    case(
        "The surplus fell to $3.1bn in November, down from $3.6bn, the office said.",
        "$3.6bn",
        period="2025-10",
    ),
    case(
        "The October deficit was revised down from $64m to $61m.",
        "$64m",
        period="2025-10",
    ),
    # a change's own comparison period is what it is measured against, not its period
    case(
        "The 2025 deficit was $2bn, 25% higher than in 2024.",
        "25%",
        period="2025",
    ),
    case(
        "Export prices were unchanged in November and stood 3.0% lower than in November 2024.",
        "3.0%",
        period="2025-11",
    ),
]


# FORMAT: one claim per end of a range, with the same fields; the end whose unit is written
# decides. Not "from 5 to 7 pct", a move.
RANGE_ENDS = [
    case(
        "The Bundesbank expects the economy to grow at a rate of between 1.5 and two pct.",
        "1.5",
        kind="change",
        direction="up",
        metric="gdp",
    ),
    case(
        "Exports should rise by between 4 and 6% next year, the ministry said.",
        "4",
        kind="change",
        direction="up",
        metric="exports",
        period="2027",
    ),
    case(
        "Imports are expected to fall 3-5% in 2026.",
        "3",
        kind="change",
        direction="down",
        metric="imports",
        period="2026",
    ),
    case(
        "The jobless rate fell from 7 to 6.5 pct in 2025.",
        "7",
        kind="rate",
        period="2025",
    ),
]


# A figure in a "with" phrase on a clause belongs to the clause's subject ("Germany overtook
# Japan ..., with shipments worth $160bn"); a verbless move right after a level is that
# level's move (", up 4% from 2024"), of the year after the one it is compared with; a cue
# in an adverbial clause that does not hold the figure names another thing ("..., even
# though imports rose 3%"). Published 2026-01-15.
CLAUSE_OWNERS = [
    case(
        "Germany overtook Japan as the biggest car exporter, with shipments worth $160 billion, "
        "up 4% from 2024.",
        "$160 billion",
        reporter="DE",
    ),
    case(
        "Germany overtook Japan as the biggest car exporter, with shipments worth $160 billion, "
        "up 4% from 2024.",
        "4%",
        reporter="DE",
        period="2025",
    ),
    case(
        "Mexico overtook China as the largest source of US imports last year, with shipments "
        "worth $505.9 billion, up 5% from 2024.",
        "5%",
        reporter="MX",
        period="2025",
    ),
    case(
        "Mexico overtook China as the largest source of US imports last year, with shipments "
        "worth $505.9 billion, up 5% from 2024.",
        "$505.9 billion",
        reporter="MX",
        period="2025",
    ),
    case("The unit made $347m, an 82% jump on 2024.", "82%", period="2025"),
    case(
        "Retail orders fell 8% in December, even though imports rose 3%.",
        "8%",
        metric="other",
    ),
    case(
        "Textile makers said orders had fallen by about 10% since the tariffs took effect.",
        "10%",
        metric="other",
    ),
    # a pronoun's antecedent may stand in the other clause
    case(
        "Although exports fell 0.7% in December, they were 6% higher than in December 2024.",
        "6%",
        metric="exports",
    ),
]


# "output" of a place, or beside the economy, moving in percent, is GDP; output of goods or
# an industry, or in barrels, is production.
OUTPUT_AS_GDP = [
    case("Euro zone output is forecast to grow 1.8% in 2026.", "1.8%", metric="gdp"),
    case("Japan's output grew 0.5% in the third quarter.", "0.5%", metric="gdp", reporter="JP"),
    case(
        "Argentina's economy shrank 1.7% last year, but output rebounded 1.4% in the fourth "
        "quarter.",
        "1.4%",
        metric="gdp",
        reporter="AR",
    ),
    case("Industrial output rose 2% in November.", "2%", metric="production"),
    case(
        "Ecuador output was about 250,000 barrels per day.",
        "250,000 barrels per day",
        metric="production",
    ),  # fmt: skip
    case(
        "Agricultural output is projected to grow 2.8 pct this year.",
        "2.8 pct",
        metric="production",
    ),  # fmt: skip
    case("Crude output fell 3% in December, while the economy grew.", "3%", metric="production"),
]


# The object of a verb that neither moves, trades, states a level nor includes is no figure
# of the metric the sentence before spoke of; a verb of inclusion's object is a part of it.
VERB_OBJECTS = [
    case(
        "Myanmar's exports fell 8% in 2025. The junta wants another $1.5 billion for its army.",
        "$1.5 billion",
        metric="other",
    ),
    case(
        "Exports rose 4% to $20bn in 2025. The storm caused an estimated $1bn in damage.",
        "$1bn",
        metric="other",
    ),
    case(
        "Seoul plans $5bn of imports from the US in 2026. The list includes $1.1bn of grain.",
        "$1.1bn",
        metric="imports",
    ),
]


# A metric carried to a sentence that names none keeps going while the sentences do.
CARRIED_METRICS = [
    case(
        "The US ran a $1.2 trillion goods deficit in 2025. The gap with China was $295bn. That "
        "with the European Union was $236bn.",
        "$236bn",
        metric="balance",
        partner="EU",
    ),
    case(
        "Exports rose to $40bn in 2025. The figure for cars was $9bn. That for steel was $3bn.",
        "$3bn",
        metric="exports",
    ),
]


# A figure-less sentence's roles come from its main clause, not an adverbial one.
MAIN_CLAUSE_ROLES = [
    case(
        "China's exports shrank in October as shipments to the United States slumped. "
        "Outbound shipments fell 1.1% from a year earlier.",
        "1.1%",
        reporter="CN",
        partner="WLD",
    ),
    case(
        "Japan's imports slowed in May while purchases from Australia dropped. "
        "Imports grew 0.4% on the year.",
        "0.4%",
        reporter="JP",
        partner="WLD",
    ),
    # the adverbial clause alone still speaks
    case(
        "Trade talks stalled as the surplus with the United States widened. The surplus rose 12%.",
        "12%",
        partner="US",
    ),
]

# A sector word in a clause that does not hold the figure is not the figure's.
OTHER_CLAUSE_SECTORS = [
    case(
        "The trade deficit widened to $41.7bn in September as gold imports doubled.",
        "$41.7bn",
        sector=None,
    ),
    case(
        "The current account gap hit $9bn in March, while steel shipments fell.",
        "$9bn",
        sector=None,
    ),
    case("Steel exports fell 4% in March.", "4%", sector="metals"),
]

# "8% fewer", "5% smaller": the comparative is the move.
FEWER_AND_SMALLER = [
    case("The firms sold about 8% fewer cars than in 2023.", "8%", kind="change", direction="down"),
    case("The harvest was 5% smaller than a year earlier.", "5%", kind="change", direction="down"),
]

# "the bloc" after the EU is named is the EU; not "a trading bloc" nor "the Soviet bloc".
THE_BLOC = [
    case(
        "German carmakers fear the European Union's duties. Imports of Chinese electric cars "
        "into the bloc surged 37% in 2024.",
        "37%",
        reporter="EU",
        partner="CN",
    ),
    case(
        "EU ministers met on Monday. Shipments of steel from China to the 27-nation bloc fell "
        "12% in the first half.",
        "12%",
        reporter="CN",
        partner="EU",
    ),
    case(
        "Washington and the European Commission traded threats. The bloc's exports rose 3% in "
        "2024.",
        "3%",
        reporter="EU",
    ),
    case(
        "Russia joined a trading bloc. Its exports to the bloc rose 5% in 2025.",
        "5%",
        partner=None,
    ),
]

# A past clause beside the one that names the period is of that period; one told ahead is not.
PARALLEL_PERIODS = [
    case(
        "Toyota's US sales fell 16.8% in September, while Honda's dropped 7.2%.",
        "7.2%",
        period="2025-09",
    ),
    case(
        "Canadian steel exports to Mexico rose 9% in March, and German shipments slid 3.3%.",
        "3.3%",
        period="2025-03",
    ),
    case("The economy grew 2% in 2024 and is forecast to grow 3%.", "3%", period=None),
    case("Exports rose 4% in June but are expected to slow to 2%.", "2%", period=None),
    case("Exports rose 4% in June and will rise 2% next year.", "2%", period="2027"),
]


# "$12bn worth of soybeans": the figure sizes the goods; a relative clause's sellers are the
# noun it hangs on.
WORTH_OF_GOODS = [
    case(
        "American farmers, who sold $12bn worth of soybeans to China in 2017, were hit hard.",
        "$12bn",
        metric="exports",
        reporter="US",
        partner="CN",
        sector="agriculture",
    ),
    case(
        "Brazil shipped $3bn worth of beef to Egypt last year.",
        "$3bn",
        metric="exports",
        reporter="BR",
        partner="EG",
        sector="food",
    ),
    case(
        "Indian mills, which sold 2 million tonnes of sugar to Bangladesh in 2024, cut prices.",
        "2 million tonnes",
        metric="exports",
        reporter="IN",
        partner="BD",
    ),
]

# "in the month", "for the year": the current period of that unit the article is on.
THE_UNIT = [
    case(
        "Canada's trade surplus rose to $1.2bn in February. Car exports rose to a record $3.2bn "
        "in the month.",
        "$3.2bn",
        period="2025-02",
    ),
    case("Sales fell 9.9% in September. For the month, exports rose 3%.", "3%", period="2025-09"),
    case(
        "Exports rose 2% in March. For the quarter, they grew 4%.",
        "4%",
        period="2025-Q1",
    ),
    # the last period of that unit the article named, past a year named since
    case(
        "GDP shrank 0.5% in the October-to-December period of 2024. For 2024 as a whole, it "
        "grew 2.6%. Exports fell 0.2% in the quarter.",
        "0.2%",
        period="2024-Q4",
    ),
    case(
        "The deficit hit $9bn in March. In 2024 it was $90bn. Imports rose 2% in the month.",
        "2%",
        period="2025-03",
    ),
]

# A period that sentences go on with carries past one sentence that took it.
CARRIED_PERIODS = [
    case(
        "Output rose 4% in 2024. GDP fell 0.5% in the third quarter of 2025. It was down 0.1% "
        "on the previous three months. Analysts had expected growth of 0.2%.",
        "0.2%",
        period="2025-Q3",
    ),
    case(
        "In 2024, exports rose 5%. Exports fell 3% in November 2025. Imports fell 2%. The "
        "deficit was $4bn.",
        "$4bn",
        period="2025-11",
    ),
]


# A word of measure whose "from" or "of" is a country's trade measures that trade.
TRADE_EARNINGS = [
    case(
        "Brazil's coffee exports fell to 1.02 mln bags in April. Earnings from the shipments "
        "dropped to 154 mln dlrs from 232 mln.",
        "154 mln dlrs",
        metric="exports",
        reporter="BR",
        period="2025-04",
    ),
    case(
        "Nigeria's revenue from oil exports fell 12% to $4bn in 2024.",
        "12%",
        metric="exports",
        reporter="NG",
        sector="energy",
    ),
    case("Earnings from the deal rose 5% in 2024.", "5%", metric="other", reporter=None),
]


# A verb of trade joined to one that names the counterpart shares it.
SHARED_PARTNERS = [
    case(
        "The bloc's members met. The EU exported €532bn of goods to the US in 2024 and imported "
        "€334bn, giving it a surplus of €198bn.",
        "€334bn",
        metric="imports",
        reporter="EU",
        partner="US",
    ),
    case(
        "The bloc's members met. The EU exported €532bn of goods to the US in 2024 and imported "
        "€334bn, giving it a surplus of €198bn.",
        "€198bn",
        metric="balance",
        reporter="EU",
        partner="US",
    ),
    case(
        "Chile shipped $9bn of copper to China last year and bought $4bn of machinery.",
        "$4bn",
        metric="imports",
        reporter="CL",
        partner="CN",
    ),
    # a verb that names a counterpart of its own keeps it
    case(
        "India sold $3bn of rice to Iran in 2024 and bought $2bn of oil from Iraq.",
        "$2bn",
        partner="IQ",
    ),
]

# "according to", "due to": no counterpart.
NOT_A_COUNTERPART = [
    case(
        "Mexico's car exports rose 7% to $130bn in 2024, according to the Mexican auto "
        "association.",
        "$130bn",
        reporter="MX",
        partner="WLD",
    ),
    case(
        "Exports fell 4% in 2024, due to the Chinese slowdown, to $80bn.",
        "4%",
        partner="WLD",
    ),
]


# Futures and prices per bushel or ounce are market prices; the market's place is the one
# named with what the figure measures.
COMMODITY_QUOTES = [
    case(
        "U.S. soybean futures fell 1.4% to $7.99 a bushel on Monday.",
        "$7.99",
        metric="price",
        reporter="US",
        sector="agriculture",
    ),
    case(
        "Wheat futures in Chicago rose 2% on Tuesday.",
        "2%",
        kind="change",
        metric="price",
        sector="agriculture",
    ),
    case("Silver climbed to $31.20 an ounce.", "$31.20", metric="price", sector="metals"),
]


# Sales of goods carry their sector to the next sales figure that names none; "new energy
# vehicles" are cars.
CARRIED_SALES_SECTORS = [
    case(
        "Sales of passenger vehicles dropped 17.4% in May. In the first five months, sales were "
        "down 14%.",
        "14%",
        sector="automotive",
    ),
    case(
        "Smartphone sales rose 4% in the quarter. Sales in India jumped 11%.",
        "11%",
        sector="electronics",
    ),
    case(
        "Sales of new energy vehicles rose 1.8%, slowing from April's 18% gain.",
        "18%",
        sector="automotive",
    ),
    case("Car sales fell 3% in May. Total sales of all goods rose 1%.", "1%", sector=None),
]


# A dispute that "cut U.S. beef sales to China": the "to" the parse hung on the verb is the
# sales'; goods qualifying the sales keep them a country's.
SALES_TO_ON_THE_VERB = [
    case(
        "The dispute has cut U.S. beef sales to China by more than 60% this year.",
        "60%",
        metric="exports",
        reporter="US",
        partner="CN",
        sector="food",
    ),
    case(
        "Sanctions reduced Iranian oil sales to India by 40% in 2024.",
        "40%",
        metric="exports",
        reporter="IR",
        partner="IN",
    ),
]

# ", worth ..." right after a noun sizes that noun, whatever the parse hung it on.
WORTH_AFTER_A_NOUN = [
    case(
        "The United States buys about 90% of Canada's steel exports, worth roughly C$15 billion "
        "in 2024.",
        "C$15 billion",
        metric="exports",
        reporter="CA",
        sector="metals",
    ),
    case(
        "Japan takes a third of Australia's coal shipments, worth A$20bn last year.",
        "A$20bn",
        reporter="AU",
        sector="energy",
    ),
]

# A sector word before a figure's word is attached only through modifiers, not past "with",
# "on", "of"...: "retaliate against U.S. steel tariffs with duties on C$30bn of goods".
NOT_ATTACHED_ACROSS = [
    case(
        "Canada will retaliate against U.S. steel tariffs with duties on C$30 billion of "
        "American goods.",
        "C$30 billion",
        metric="imports",
        sector=None,
    ),
    case("Steel import tariffs rose to 25% in 2025.", "25%", sector="metals"),
]

# An article that marks its own dollars ("C$") writes "$" for US dollars.
MARKED_DOLLARS = [
    case(
        "Canada imposed duties on C$30 billion of goods. U.S. exports to Canada totalled $349 "
        "billion last year.",
        "$349 billion",
        unit="USD",
        reporter="US",
        partner="CA",
    ),
    case(
        "Australia's exports rose to A$40bn in May. Coal sales to Japan were $5bn.",
        "$5bn",
        unit="USD",
    ),
]


# "climbed by a quarter", "sank by two-thirds": a fraction's move takes its verb's direction.
FRACTION_MOVES = [
    case("Imports from China climbed by a quarter in May.", "a quarter", direction="up"),
    case("Shipments of wine soared by a third last year.", "a third", direction="up"),
    case("Coal output sank by two-thirds in 2025.", "two-thirds", direction="down"),
]

# "Imports from China climbed, while exports fell": a "from" in another clause names that
# clause's source, not the exporter of the figure.
OTHER_CLAUSE_SOURCES = [
    case(
        "Mexico's trade deficit narrowed in May. Imports from China climbed by a quarter, "
        "while exports of cars fell by a fifth.",
        "a fifth",
        reporter="MX",
        sector="automotive",
    ),
    case(
        "Peru's trade surplus widened in 2025. Purchases from Brazil rose 4%, and exports "
        "of copper grew 9%.",
        "9%",
        reporter="PE",
    ),
    case("Exports from Chile rose 6% in 2025.", "6%", reporter="CL"),
]

# "The gap with China, at $11.4bn": a gap with a country is the trade balance with it.
GAPS_WITH = [
    case(
        "Germany's trade surplus shrank in April. The gap with China, at $11.4bn, widened "
        "for a third month.",
        "$11.4bn",
        metric="balance",
        partner="CN",
    ),
    case(
        "The gap with the United States narrowed to $4.2bn in May.",
        "$4.2bn",
        metric="balance",
        partner="US",
    ),
    case("The wage gap narrowed to 12% in 2025.", "12%", metric="other"),
]

# "In the same month of 2024, the deficit stood at $6.9bn": the period a sentence's one level
# is set in, though it is named as the one compared with.
FRAMING_COMPARISONS = [
    case(
        "Mexico's trade deficit narrowed in May. In the same month of 2024, the deficit had "
        "stood at $6.9bn.",
        "$6.9bn",
        period="2024-05",
    ),
    case(
        "Vietnam's exports rose in March. In the same month last year they totalled $35bn.",
        "$35bn",
        period="2024-03",
    ),
    case(
        "Exports rose 8% in March from the same month a year earlier.",
        "8%",
        period="2025-03",
    ),
]

# "counter-tariffs of 25%", "counter-duties": the retaliating country's tariff rate.
COUNTER_TARIFFS = [
    case(
        "Ottawa responded with counter-tariffs of 25% on $21bn of American goods.",
        "25%",
        kind="rate",
        metric="tariff",
        reporter="CA",
        partner="US",
    ),
    case(
        "Brussels prepared counter-duties of 10% on US whiskey.",
        "10%",
        kind="rate",
        metric="tariff",
    ),
]

# "Swiss goods face a 39% tariff": the goods a tariff falls on name its partner, not the
# country that imposes it.
FACED_TARIFFS = [
    case(
        "Swiss goods now face a 39% tariff, one of the highest rates.",
        "39%",
        metric="tariff",
        partner="CH",
    ),
    case(
        "Washington raised duties again. Indian exports will incur a 50% tariff from August.",
        "50%",
        metric="tariff",
        reporter="US",
        partner="IN",
    ),
    case("US tariffs on Chinese steel stand at 25%.", "25%", reporter="US", partner="CN"),
]

# A rate the figure sizes ("a lower 10% rate") is no move; a plain rate on goods, or beside
# tariffs, is a tariff's.
TARIFF_RATES_WORDED = [
    case(
        "Exports fell 12% in August after a lower 10% rate gave way to 50% duties.",
        "10%",
        kind="rate",
        metric="tariff",
    ),
    case(
        "The EU agreed to a 15% rate on most of its goods.",
        "15%",
        kind="rate",
        metric="tariff",
    ),
    case(
        "Canada set a rate of 6% on imports of Chinese steel.", "6%", kind="rate", metric="tariff"
    ),
    case(
        "The bank held its benchmark at a higher 5% rate in June.",
        "5%",
        kind="rate",
        metric="other",
    ),
    case("Mortgage rates rose to 6.5% in May.", "6.5%", metric="other"),
    # "average", "nominal", "effective" size a rate without saying which
    case("The government will cut import tariffs on 1,700 items, bringing the average nominal "
         "rate down to 19.5 pct from 26.5 pct.", "26.5 pct", kind="rate", metric="tariff"),
    case("Duties on farm goods will fall, and the effective rate will drop to 8% by 2027.",
         "8%", kind="rate", metric="tariff"),
    case("The central bank raised its discount rate to 5 pct, while tariffs stayed at 10 pct.",
         "5 pct", kind="rate", metric="other"),
]  # fmt: skip

# A period a relative clause names is its aside: the rest of the sentence stays on the one
# before ("Shipments, which passed $2bn in July, slumped by a third").
RELATIVE_CLAUSE_PERIODS = [
    case(
        "India's exports to the US fell 12% in August. Shipments of gems, which passed $2bn "
        "in July, slumped by a third.",
        "a third",
        period="2025-08",
    ),
    case(
        "Brazil's exports rose 5% in August. Coffee sales, which had peaked at $1.1bn in "
        "March, fell 9%.",
        "9%",
        period="2025-08",
    ),
    case(
        "Brazil's exports rose 5% in August. Coffee sales, which had peaked at $1.1bn in "
        "March, fell 9%.",
        "$1.1bn",
        period="2025-03",
    ),
]

# A market report goes on with the day its first quote named.
QUOTE_DAYS = [
    case(
        "The dollar fell to 1.7520 marks from 1.7710 in early trading. Sterling rose to 1.6420 "
        "dollars from 1.6310.",
        "1.6420 dollars",
        period="2026-01",
    ),
    case(
        "The yen firmed to 140.20 per dollar on Tuesday. The Swiss franc was quoted at 1.4480 "
        "per dollar.",
        "1.4480 per dollar",
        period="2026-01",
    ),
    case(
        "Yugoslavia quoted trade in dinars at a fixed rate of 264.53 dinars per dollar.",
        "264.53 dinars per dollar",
        period=None,
    ),
]

# FORMAT: "passed", "surpassing" bound the figure; "cost N jobs" loses them.
BOUNDS_AND_JOB_COSTS = [
    case("Exports passed $700bn in 2024.", "$700bn", approximate=True),
    case(
        "Sales surpassing 2 million vehicles were recorded in 2024.",
        "2 million vehicles",
        approximate=True,
    ),
    case("The closure will cost 650 jobs.", "650 jobs", kind="change", direction="down"),
    case(
        "The strike could cost up to 2,000 jobs, unions warned.",
        "2,000 jobs",
        kind="change",
        direction="down",
    ),
    case("Refining margins fell 12% last month.", "12%", sector="energy"),
    case("Output at the country's refineries rose 3.1% in 2025.", "3.1%", sector="energy"),
]

# "Sales to Southeast Asian nations", "shipments to Africa": a country's exports to a group
# or region, no country of it named, so no partner.
SALES_TO_GROUPS = [
    case(
        "China's exports rose 3% in May. Sales to Southeast Asian nations rose 11%.",
        "11%",
        metric="exports",
        reporter="CN",
        partner=None,
    ),
    case(
        "Turkey's exports grew in 2025. Sales to Africa jumped 20%.",
        "20%",
        metric="exports",
        partner=None,
    ),
    case("Volkswagen's sales to Asian markets fell 4% in 2025.", "4%", metric="sales"),
]

# "energy products, which gained 7.5%": a relative clause's figure measures its antecedent.
RELATIVE_ANTECEDENTS = [
    case(
        "Canada's exports rose 4.4% in January, led by energy products, which gained 7.5%.",
        "7.5%",
        sector="energy",
    ),
    case(
        "Shipments grew 3% in 2025, helped by steel products, which rose 9%.",
        "9%",
        sector="metals",
    ),
]

# "a 19% tariff on its goods": the goods' owner is the partner; a subject that levies the
# tariff is not that owner ("The US will levy duties of 20% on its goods").
OWNERS_OF_TARIFFED_GOODS = [
    case(
        "Indonesia agreed to a 19% tariff on its goods entering the United States.",
        "19%",
        metric="tariff",
        reporter="US",
        partner="ID",
    ),
    case(
        "Vietnam's exports rose in June. The US will levy duties of 20% on its goods.",
        "20%",
        reporter="US",
        partner="VN",
    ),
    case(
        "Japan's car exports fell in May. Washington set tariffs of 15% on their cars.",
        "15%",
        reporter="US",
        partner="JP",
    ),
]

# A fact reported after a forecast's sentence is of the article's period, not the
# forecast's ("The ministry forecast the surplus for fiscal 1988 ... Car exports fell").
FACTS_AFTER_FORECASTS = [
    case(
        "Japan's surplus rose to $9.8bn in March. The ministry forecast the surplus for the "
        "fiscal year ending March 2026 at $90bn. Car exports fell 5.2%.",
        "5.2%",
        period="2025-03",
    ),
    case(
        "Korea's exports rose 4% in November. Officials expect exports to grow 6% in 2026. "
        "Chip shipments jumped 12%.",
        "12%",
        period="2025-11",
    ),
    # a figure still spoken of ahead goes on with the forecast's period
    case(
        "Korea's exports rose 4% in November. Officials expect exports to grow 6% in 2026. "
        "Imports are expected to rise 3%.",
        "3%",
        period="2026",
    ),
]

# A period qualifying an event dates the event, not a figure the event is not the doer of.
EVENT_DATES = [
    case(
        "Tourism, which accounts for about 6% of GDP, was hit by the December tsunami.",
        "6%",
        period=None,
    ),
    case(
        "Ahead of the May election, exports rose 3%.",
        "3%",
        period=None,
    ),
    case(
        "The March earthquake killed 1,000 people and caused $1bn in damage.",
        "$1bn",
        period="2025-03",
    ),
]

# A market report's currency move is of the day its stock quotes are ("... the FTSE 100 closed
# down 0.5%. The yen rose 0.4% against the dollar").
MARKET_DAY_CURRENCIES = [
    case(
        "In Europe, the FTSE 100 closed down 0.5% at 7,163 on Monday. The yen, a safe haven, "
        "rose 0.4% against the dollar.",
        "0.4%",
        period="2026-01",
        reporter="JP",
    ),
    case(
        "Shares in Asia fell 2% on Friday. The won weakened 1.2% against the dollar.",
        "1.2%",
        period="2026-01",
    ),
    case(
        "If the won strengthened another five pct, exports would suffer.", "five pct", period=None
    ),
]

# A tariff goes on with the roles of the one before: on the goods it covers, and on its rates
# in a sentence naming no place.
TARIFFS_GO_ON = [
    case(
        "China said it would raise tariffs on $60bn of US goods. Rates on some products will "
        "rise to 25% from 10%.",
        "25%",
        reporter="CN",
        partner="US",
    ),
    case(
        "Washington imposed new levies on Canadian goods last week. The duties, which cover "
        "about $30bn of shipments, are the first.",
        "$30bn",
        metric="imports",
        reporter="US",
        partner="CA",
    ),
    # a firm's name names no goods
    case("Boeing shares fell 4.9% on Monday.", "4.9%", sector=None),
    case("Boeing's jet deliveries rose 8% in 2025.", "8%", sector="aerospace"),
]

# A figure with no metric word that goes on with the one before keeps its goods ("Soybean
# imports rose 4%. In September alone, they hit 12.9 million tonnes").
PRONOUN_SECTORS = [
    case(
        "Chinese soybean imports rose 4% in the first nine months. In September alone, they "
        "hit 12.9 million tonnes.",
        "12.9 million tonnes",
        sector="agriculture",
    ),
    case(
        "Korea's chip exports jumped 21% in May. In June, they climbed a further 8%.",
        "8%",
        sector="electronics",
    ),
]

# A sentence that moves to a period of its own speaks of the total, not of the partner the
# sentence before named.
NEW_PERIOD_TOTALS = [
    case(
        "Japan's exports fell 2.6% in July. Shipments to the US slid 10.1%. In the April-June "
        "quarter, exports had dropped 0.4%.",
        "0.4%",
        partner="WLD",
    ),
    case(
        "Mexico's exports rose in May. Sales to Canada climbed 6%. For 2024 as a whole, "
        "exports grew 3%.",
        "3%",
        partner="WLD",
    ),
    case(
        "Japan's exports to the US fell 10% in July. Exports were hit by tariffs and dropped "
        "sharply, by $2bn.",
        "$2bn",
        partner="US",
    ),
]

# A move restated in money is a move too ("down 1.4%, or 83 cents, at $59.03"); a level
# restated stays a level.
MOVES_RESTATED_IN_MONEY = [
    case(
        "Brent crude futures were down 1.4%, or 83 cents, at $59.03 a barrel.",
        "83 cents",
        kind="change",
        direction="down",
    ),
    case(
        "Gold rose 0.9%, or $12.40, to $1,412 an ounce on Monday.",
        "$12.40",
        kind="change",
        direction="up",
    ),
    case(
        "Exports rose 5% to $3bn, or 2.7 billion euros, in May.",
        "2.7 billion euros",
        kind="amount",
    ),
]

# Goods a verb of taxing has as object are the goods a tariff covers: the taxing country's
# imports, of no period.
TAXED_GOODS = [
    case(
        "The US has threatened to tax a further $325bn of Chinese imports.",
        "$325bn",
        metric="imports",
        reporter="US",
        partner="CN",
        period=None,
    ),
    case(
        "Washington will tariff $50bn of Chinese products from July.",
        "$50bn",
        metric="imports",
    ),
    case("The government plans to tax $5bn of bank profits.", "$5bn", metric="other"),
]

# A wire story's lead names the data month; its dateline and release day do not date the
# figures after it.
WIRE_LEADS = [
    case(
        "BERLIN, Nov 7 (Reuters) - German exports rose more than expected in September, the "
        "statistics office said on Friday.\\n\\nExports increased 1.4% on the month to 131.1 "
        "billion euros.",
        "1.4%",
        period="2025-09",
    ),
    case(
        "TOKYO, Feb 19 (Reuters) - Japan's exports rose for a fifth month in December, data "
        "showed on Thursday.\\n\\nTotal exports climbed 6.8% from a year earlier.",
        "6.8%",
        period="2025-12",
    ),
]

# "Europe's largest economy", "Asia's second-biggest exporter": a ranking within a place
# names one of its countries, not the place.
RANKED_PLACES = [
    case(
        "Germany's exports rose 10% in 2024. Europe's biggest economy posted a surplus of "
        "156bn euros.",
        "156bn euros",
        reporter="DE",
    ),
    case(
        "Japan's exports rose in May. Asia's second-largest economy ran a surplus of $4bn.",
        "$4bn",
        reporter="JP",
    ),
    case("Europe's exports to China rose 5% in 2024.", "5%", reporter="EU"),
]

# "the U.S. currency", "the greenback": the dollar, as an exchange rate's base.
DOLLAR_NAMES = [
    case(
        "The U.S. currency fell to 1.7850 marks in early trading.",
        "1.7850 marks",
        kind="rate",
        unit="DEM/USD",
    ),
    case("The greenback rose to 150.2 yen on Monday.", "150.2 yen", kind="rate", unit="JPY/USD"),
    # a rate quoted after a move against the dollar so named (this once failed the article)
    case(
        "The won fell 0.4% against the U.S. currency, trading at 1,390.",
        "1,390",
        kind="rate",
        unit="KRW/USD",
    ),
    case(
        "The peso slipped against the greenback, changing hands at 20.5.",
        "20.5",
        kind="rate",
        unit="MXN/USD",
    ),
]

# A clause opened after the figure does not hold it, whatever the parse hung the figure on
# ("slid 8.4% after Washington doubled its tariff": Washington is not the exporter).
CLAUSES_OPENED_AFTER = [
    case(
        "South Korea's exports rose in April. Steel exports, however, slid 8.4% after "
        "Washington doubled its tariff on the metal to 50% last year.",
        "8.4%",
        reporter="KR",
    ),
    case(
        "Mexico's exports rose in May. Car exports fell 3% as Washington raised its tariffs.",
        "3%",
        reporter="MX",
    ),
]

# A percentage a verb of levying takes, on goods or a place's goods, is a tariff's rate; so
# is the level it came down from.
LEVIED_RATES = [
    case(
        "Washington now charges 15% on Japanese cars, down from 27.5%.",
        "15%",
        kind="rate",
        metric="tariff",
        reporter="US",
        partner="JP",
    ),
    case(
        "Washington now charges 15% on Japanese cars, down from 27.5%.",
        "27.5%",
        kind="rate",
        metric="tariff",
    ),
    case("Canada will levy 25% on steel from China.", "25%", kind="rate", metric="tariff"),
    case("Banks charge 5% on mortgages in Spain.", "5%", metric="other"),
]

# A change compared with a period and given none of its own is of the period after it: the
# next month or quarter for one named alone, a year on for one named with its year.
COMPARED_PERIODS_AFTER = [
    case(
        "UK retail sales rose in December. Sales volumes rose by just 0.1% from October.",
        "0.1%",
        period="2025-11",
    ),
    case("Exports rose 2.3% from the third quarter of 2025.", "2.3%", period="2026-Q3"),
    case("Sales rose 4% from 2023.", "4%", period="2024"),
    case("Prices were 3.0% lower than in January 2025.", "3.0%", period="2026-01"),
]

# "Foreign direct investment disbursements": a metric word on a word of how much of it is
# still the metric; goods that earn a sum export it.
MEASURES_AND_EARNINGS = [
    case(
        "Foreign direct investment disbursements rose 9% to $27.6bn in 2025.",
        "9%",
        metric="investment",
    ),
    case("Portfolio investment inflows reached $4bn in May.", "$4bn", metric="investment"),
    case(
        "Electronics, the country's top export category, earned $105.7bn in 2025.",
        "$105.7bn",
        metric="exports",
        sector="electronics",
    ),
    case("Coffee shipments fetched $2bn last year.", "$2bn", metric="exports"),
    case("The bank earned $5bn in 2025.", "$5bn", metric="other"),
]

# A place said to be a source, market, supplier or buyer in the figure's clause is its
# counterpart; the noun's owner, its reporter; a supplier's own shipments the other way.
COUNTERPARTS_SAID = [
    case(
        "Vietnam's exports rose 17% in 2025. The United States remained Vietnam's biggest "
        "export market, while China was its largest source of imports at $183 billion.",
        "$183 billion",
        metric="imports",
        reporter="VN",
        partner="CN",
    ),
    case(
        "Canada is the biggest market for US exports, taking $350bn of goods in 2025.",
        "$350bn",
        metric="exports",
        reporter="US",
        partner="CA",
    ),
    case(
        "China was Japan's largest supplier in 2025, with shipments of $150bn.",
        "$150bn",
        metric="exports",
        reporter="CN",
        partner="JP",
    ),
    # a ranking of the place's own suppliers or markets is the place's
    case(
        "India's biggest market, the US, took exports of $80bn in 2025.",
        "$80bn",
        metric="exports",
    ),
]

# A relative clause that has the figure's noun as its object lends it its subject and links
# ("the 15% tariff that Washington applies to EU goods", "the $506bn the United States bought
# from Mexico"); not one the noun is part of the subject of ("most of which come from Brazil").
OBJECT_CLAUSES = [
    case(
        "Exporters have been hit by the 15% baseline tariff that Washington applies to most "
        "EU goods.",
        "15%",
        reporter="US",
        partner="EU",
    ),
    case(
        "Goods that comply make up half of the $506bn the United States bought from Mexico "
        "last year.",
        "$506bn",
        metric="imports",
        reporter="US",
        partner="MX",
    ),
    case(
        "China's imports of soybeans, most of which come from Brazil, dropped to 13.9 million "
        "tonnes in May.",
        "13.9 million tonnes",
        reporter="CN",
        partner="WLD",
    ),
]

# FORMAT: a figure said to hold for each period of a span takes the first.
EACH_PERIOD_OF_A_SPAN = [
    case(
        "China pledged to buy at least 25 million tons of soybeans annually from 2026 to 2028.",
        "25 million tons",
        period="2026",
    ),
    case(
        "The deal adds $2bn a year in sales between 2026 and 2030.",
        "$2bn",
        period="2026",
    ),
    case("Exports grew 5% between 2021 and 2024.", "5%", period="2021/2024"),
]

# Money per unit of a good is its price; a market report's day carries over a sentence on
# who bought.
PER_UNIT_PRICES = [
    case(
        "It sold 4 mln tonnes of wheat to the Soviet Union at a discount of about 40 dlrs a tonne.",
        "40 dlrs",
        metric="price",
    ),
    case(
        "Exporters expect a rise in the minimum registration price, currently 1.30 dlrs per lb.",
        "1.30 dlrs",
        metric="price",
    ),
    case("Canada set a duty of $50 a tonne on Chinese steel.", "$50", metric="tariff"),
    case(
        "The U.S. currency fell to 1.7850 marks in early trading. Dealers said the Bundesbank "
        "bought dollars. The dollar later recovered to close at 1.8010 marks.",
        "1.8010 marks",
        period="2026-01",
    ),
]

# "1.05 mln 60-kilo bags": a size of the unit between the number and it; bags are goods.
# A central bank buying or selling deals in currencies, not goods.
BAGS_AND_BANKS = [
    case(
        "Brazil's coffee exports fell to 1.05 mln 60-kilo bags in April from 1.62 mln in March.",
        "1.05 mln 60-kilo bags",
        unit="bags",
        metric="exports",
        reporter="BR",
    ),
    case(
        "Ivory Coast's cocoa exports rose to 2.3 million 60-kg bags in 2025.",
        "2.3 million 60-kg bags",
        metric="exports",
    ),
    case(
        "Dealers estimated the Bundesbank bought around 200 mln dlrs in the market.",
        "200 mln dlrs",
        metric="other",
        partner=None,
    ),
    case("The Bank of Japan sold $5bn of dollars to support the yen.", "$5bn", metric="other"),
    case("Indonesia bought $2bn of US wheat in 2025.", "$2bn", metric="imports"),
]

# "Some 4,000 of the job losses": a number that is part of a count of jobs counts jobs, and
# a loss of them if the count is one.
PARTS_OF_JOB_COUNTS = [
    case(
        "Kessler will cut 6,400 jobs. Some 4,000 of the job losses will fall in Germany.",
        "4,000",
        unit="jobs",
        kind="change",
        direction="down",
    ),
    case(
        "The carmaker will shed 3,000 jobs, and 1,200 of the posts are in France.",
        "1,200",
        unit="jobs",
    ),
]

# A bare balance word in a sentence on the budget that names no trade is the public
# finances' (FORMAT: other).
BUDGET_SENTENCES = [
    case(
        "Farm spending, which takes up two thirds of the EC budget, will exceed 23 billion "
        "ECUs, leaving a shortfall of some 5 billion ECUs.",
        "5 billion ECUs",
        metric="other",
    ),
    case("The budget shows a deficit of $30bn this year.", "$30bn", metric="other"),
    case(
        "The trade deficit widened to $30bn, the budget office said.",
        "$30bn",
        metric="balance",
    ),
]

# A tariff's rate is no market quote: the day it was announced dates no period of it.
TARIFF_ANNOUNCED = [
    case(
        "Trump said on Saturday he would impose a 30% tariff on most imports from Mexico.",
        "30%",
        metric="tariff",
        period=None,
    ),
    case(
        "Beijing announced on Tuesday a 10% duty on US crude oil.",
        "10%",
        metric="tariff",
        period=None,
    ),
    case(
        "The yen was quoted at 150.2 per dollar on Tuesday.", "150.2 per dollar", period="2026-01"
    ),  # fmt: skip
]

# A dateline's city is where the story was filed: it counts for the article's country, but
# no figure of the lead is its; "growth forecast" is growth; "annual inflation ... in October"
# is October's.
LEADS_AND_FORECASTS = [
    case(
        "MANILA/JAKARTA, Feb 16 (Reuters) - Cash remittances from Filipinos abroad rose 3.2% "
        "to a record $35.6 billion in 2025, cushioning an economy that grew 4.4%.",
        "4.4%",
        reporter="PH",
    ),
    case(
        "HANOI, Jan 6 (Reuters) - Exports rose 17% in 2025, the statistics office said.",
        "17%",
        reporter="VN",
    ),
    case(
        "Nigeria's growth forecast was lifted to 3.9% from 3.4%.",
        "3.9%",
        metric="gdp",
        reporter="NG",
    ),
    case(
        "Annual consumer price inflation eased to 32.9% in October from 33.3% in September.",
        "32.9%",
        period="2025-10",
    ),
    case("The annual total rose 5% in December.", "5%", period="2025"),
]

# Several named sectors together are other (FORMAT); a firm's name is no sector, its trade is
# ("chipmaker Nvidia"); WTI is crude oil's price; goods covered by a "separate" round of
# duties are still imports; another firm's figure does not carry the last one's goods.
SECTORS_OF_FIRMS_AND_LISTS = [
    case(
        "A first round of 25% duties, on a separate $50bn of Chinese machinery, electronics and "
        "industrial parts, took effect in July.",
        "$50bn",
        metric="imports",
        sector="other",
    ),
    case("Shares in chipmaker Nvidia fell 4.5% on Monday.", "4.5%", sector="electronics"),
    case(
        "West Texas Intermediate gained 0.6% to $56.23 on Monday.",
        "$56.23",
        metric="price",
        sector="energy",
    ),
    case(
        "Tesla's deliveries rose 51% to 95,200 vehicles in the quarter, while Nvidia's revenue "
        "jumped 30%.",
        "30%",
        sector=None,
    ),
    case("Exports of steel rose 5% in May.", "5%", sector="metals"),
]

# A verb's "by" sizes its move before any growth word its object is ("would cut global growth
# by 0.3 percentage points"); a percent sizing a share noun is the share ("a 1.5% share").
MOVES_OF_GROWTH_AND_SIZED_SHARES = [
    case(
        "The IMF said the tariffs would cut global growth by 0.3 percentage points in 2020.",
        "0.3 percentage points",
        kind="change",
        direction="down",
    ),
    case(
        "The stimulus will lift growth by half a point next year, and raise output by 0.4%.",
        "0.4%",
        kind="change",
        direction="up",
    ),
    case("Tesla held a 1.5% share of the market in 2019.", "1.5%", kind="share"),
    case("Growth slowed to 1.5% in 2019.", "1.5%", kind="change"),
    # goods made abroad holding a share of a country's market: its imports' share
    case(
        "Foreign-made chips took about 8.5 pct of the Japanese market last year.",
        "8.5 pct",
        kind="share",
        metric="imports",
        reporter="JP",
        partner="WLD",
    ),
    case(
        "Imported cars accounted for 12 pct of the South Korean market.",
        "12 pct",
        kind="share",
        metric="imports",
        reporter="KR",
    ),
    case(
        "Toyota has a 40 pct share of the Japanese car market.",
        "40 pct",
        kind="share",
        metric="other",
    ),
    # a share "in" a market: where it is held, not what it is a share of
    case("Its market share in Germany fell to 8%.", "8%", kind="share"),
    case("The carmaker's share in Europe rose to 9.1% in May.", "9.1%", kind="share"),
    # a stake is a share; a percentage restating the fraction before it is that share
    case("The bank bought a 20% stake in the insurer.", "20%", kind="share"),
    case("Nearly half of all Palestinians - some 47% - live in poverty.", "47%", kind="share"),
    case("About a third of farm exports, or 33%, go to China.", "33%", kind="share"),
    case("Half of the firms cut jobs, and 20% raised prices.", "20%", kind="change"),
]

# FORMAT: a company is never a reporter. A figure of what a firm does (the subject of its
# verb, through "is to" and a firm that says its own results) is the firm's.
FIRM_DOERS = [
    case("Alitalia, Italy's struggling national carrier, is to cut 3,200 jobs.", "3,200 jobs",
         reporter=None),
    case("The Italian carmaker said sales rose 5% in May.", "5%", reporter=None),
    case("Nigeria's main mobile phone operator, VMobile, said its revenues rose 38% to $1.8bn.",
         "$1.8bn", reporter=None),
    case("Chile's biggest copper company plans to shed 500 staff.", "500 staff", reporter=None),
    case("The ministry said sales rose 2% in Italy.", "2%", reporter="IT"),
    case("Italy's exports rose 3% in May.", "3%", reporter="IT"),
]  # fmt: skip

# A limit set (a threshold) passes no roles to the figures after it.
LIMITS_CARRY_NO_ROLES = [
    case("GERMANY\nBerlin breached the European Union's limit of 3% of GDP. The jobless rate "
         "rose to 10.7% in October.", "10.7%", reporter="DE"),
    case("FRANCE\nParis is above the EU's 3% ceiling. Unemployment stood at 9.9% in May.",
         "9.9%", reporter="FR"),
]  # fmt: skip

# A region's ranking in apposition ("the eurozone's third-largest") describes the country
# spoken of; it is not the figure's owner.
RANKED_APPOSITIONS = [
    case("Italy's economy is in recession. The economy, the eurozone's third-largest, shrank "
         "by 0.5% in the first quarter.", "0.5%", reporter="IT"),
    case("Spain's output is slowing. The country, the EU's fourth-biggest, grew 0.3% in the "
         "quarter.", "0.3%", reporter="ES"),
]  # fmt: skip

# "the kingdom", "the South American country": a country described, not named, is the one
# spoken of before, as "its" is.
DESCRIBED_COUNTRIES = [
    case(
        "The IMF raised its forecast for Latin America. Argentina is the standout. The Fund "
        "expects the South American country's economy to expand 4.5% in 2025.",
        "4.5%",
        reporter="AR",
    ),
    case(
        "Australia's growth slowed to 1.5% in 2025. Saudi Arabia was hit by lower oil prices. "
        "The kingdom expects its economy to grow 4.6% next year.",
        "4.6%",
        reporter="SA",
    ),
    case("The country's exports rose 3% in 2025.", "3%", reporter=None),
]

# "above 200%", "below 3%": a bound right before the figure says no move.
BOUNDS_NO_MOVE = [
    case(
        "Argentina's inflation, which peaked above 200% last year, is slowing.",
        "200%",
        kind="rate",
        direction=None,
    ),
    case(
        "Unemployment stayed below 4% in 2025.",
        "4%",
        kind="rate",
        direction=None,
    ),
    case("Exports fell 5% to below $3bn in 2025.", "5%", kind="change", direction="down"),
]

# A period in a relative clause ("which hit a record in 2023") is no anchor for a relative
# period outside it ("a year earlier"): that one leans on the period the sentence is about.
RELATIVE_CLAUSE_ANCHORS = [
    case(
        "Exports rose in May. Mexico's trade surplus, which peaked in 2019, stood at $2.1 "
        "billion for the month, against $1.8 billion a year earlier.",
        "$1.8 billion",
        period="2024-05",
    ),
    case(
        "In the third quarter, Peru's copper output, which had fallen in 2023, rose to "
        "700,000 tonnes from 650,000 tonnes a year earlier.",
        "650,000 tonnes",
        period="2024-Q3",
    ),
    case("Exports rose to $3bn in 2024 from $2.5bn a year earlier.", "$2.5bn", period="2023"),
]

# "fiscal 1986" and "the fiscal year" are periods, not the public finances: a bare balance
# in their sentence is still the trade balance spoken of before; so is one set beside the
# budget's own balance ("the deficit is on course to exceed the budget deficit").
FISCAL_PERIODS_NOT_FINANCES = [
    case(
        "Japan's trade surplus rose to 9.5 billion dlrs in March. For fiscal 1986 ended "
        "March 31, the surplus totalled 101.6 billion dlrs.",
        "101.6 billion dlrs",
        metric="balance",
        balance_sign="surplus",
    ),
    case(
        "India's trade deficit widened to $22bn in May. Over the fiscal year to March, the "
        "deficit came to $240bn.",
        "$240bn",
        metric="balance",
        balance_sign="deficit",
    ),
    case(
        "The U.S. trade deficit widened to 16.5 billion dlrs in July. The deficit totalled "
        "94.7 billion dlrs in the first seven months, on course to exceed the federal budget "
        "deficit.",
        "94.7 billion dlrs",
        metric="balance",
    ),
    case(
        "Spending rose. The budget will leave a shortfall of 5 billion euros in 2025.",
        "5 billion euros",
        metric="other",
    ),
    case(
        "Exports fell. Fiscal policy will stay tight, leaving a shortfall of 5 billion euros.",
        "5 billion euros",
        metric="other",
    ),
]

# A bare pace ("an annual rate of 6%", "a 3% pace") beside a change is the pace of that
# change, not a rate of its own; a rate with its own owner or word is still a rate.
PACES_OF_CHANGE = [
    case(
        "Compared with a year earlier, sales were up 4.5%, down from an annual rate of 6% in "
        "October.",
        "6%",
        kind="change",
        direction="up",
        metric="sales",
    ),
    case(
        "Retail sales rose 1.2% in March from a year earlier, slowing from a yearly rate of "
        "2.5% in February.",
        "2.5%",
        kind="change",
        metric="sales",
    ),
    case(
        "Inflation rose 0.3% in May, and the central bank kept its rate at 4%.",
        "4%",
        kind="rate",
    ),
]

# Figures side by side in the parse (conjuncts) or compared ("compared with", "against")
# with a figure whose metric the parse decided are of that metric; with "respectively",
# each compared figure is of its own.
SIBLING_FIGURES = [
    case(
        "Ecuador sold 16.1 mln barrels of crude and 2.3 mln barrels of products in May.",
        "2.3 mln barrels",
        metric="exports",
        partner="WLD",
    ),
    case(
        "Brazil sold 1.2 mln tonnes of soybeans in March, against 0.9 mln tonnes a year earlier.",
        "0.9 mln tonnes",
        metric="exports",
        period="2024-03",
    ),
    case(
        "Exports were 400 mln dlrs and imports 628 mln, compared with 771 mln and 500 mln "
        "respectively in the same period last year.",
        "771 mln",
        metric="exports",
    ),
    # compared after coordinated figures: with the last of them, the one it follows
    case("The ministry expects exports to reach 25 billion dlrs and a surplus of about 10 "
         "billion, against 9.5 billion in 1986.", "9.5 billion", metric="balance"),
    case("Peru hopes to sell 2 mln tonnes of copper and earn 3 billion dlrs in export "
         "revenue, against 2.6 billion last year.", "2.6 billion", metric="exports"),
    case("The ministry expects exports to reach 25 billion dlrs, against 22 billion in 1986.",
         "22 billion", metric="exports"),
    # the level compared with is of the same goods
    case("The invisible trade account showed a deficit of 684 mln dlrs, against a 512 mln "
         "dlr deficit the previous month.", "512 mln dlr", sector="services"),
    case("The surplus on textiles rose to 2.1 billion dlrs, compared with a 1.8 billion dlr "
         "surplus a year earlier.", "1.8 billion dlr", sector="textiles"),
    case("The surplus on textiles rose to 2.1 billion dlrs, while the overall surplus fell to "
         "5 billion.", "5 billion", sector=None),
]  # fmt: skip

# A verb of cost whose subject is traded goods says what they were worth.
GOODS_COST = [
    case(
        "Soybean imports in January-October cost China 278.5 billion yuan.",
        "278.5 billion yuan",
        metric="imports",
        sector="agriculture",
    ),
    case("Last year fuel imports cost India $130bn.", "$130bn", metric="imports"),
    case("The plan will cost the government $3bn.", "$3bn", metric="other"),
]

# A figure the news is set against ("reversing an 8.3% increase in September", "after a
# 3.6% gain in October") has its own period, but the article goes on with the current one.
EARLIER_FIGURES = [
    case(
        "China's exports fell 1.1% in October, reversing an 8.3% increase in September. "
        "Imports grew 1.0%.",
        "1.0%",
        period="2025-10",
    ),
    case(
        "Korea's exports rose 8.4% in November. That beat forecasts and followed a 3.6% gain "
        "in October. Imports edged up 1.2% to $51.3 billion.",
        "$51.3 billion",
        period="2025-11",
    ),
    case(
        "China's exports fell 1.1% in October, reversing an 8.3% increase in September.",
        "8.3%",
        period="2025-09",
    ),
    case(
        "Exports rose 2% in 2024. In March, they jumped 9.5%. Imports grew 4%.",
        "4%",
        period="2025-03",
    ),
]

# Units of the car trade are vehicles, whatever the word ("units", "cars").
VEHICLE_UNITS = [
    case("Maruti's domestic car sales fell 15.3% to 1,11,014 units in June.", "1,11,014 units",
         unit="vehicles", value=111_014),
    case("Car exports rose to 73,359 units in May.", "73,359 units", unit="vehicles"),
    case("The factory made 5,000 units of washing machines in May.", "5,000 units",
         unit="units"),
]  # fmt: skip

# A partner named by a word standing for a country ("with it", "with its neighbour", "the
# country") is the country spoken of before that is not the figure's own.
PARTNERS_SPOKEN_OF = [
    case(
        "India's exports to the United States rose 8% in 2025, giving the South Asian nation "
        "a trade surplus of $41.2 billion with it.",
        "$41.2 billion",
        reporter="IN",
        partner="US",
    ),
    case(
        "Japan's exports to the US fell 3% in May. That gave Japan a surplus of 8.6 trillion "
        "yen with it.",
        "8.6 trillion yen",
        reporter="JP",
        partner="US",
    ),
    case(
        "China's exports to India rose 12% in 2025. India's deficit with its neighbour "
        "widened to $99.2 billion.",
        "$99.2 billion",
        reporter="IN",
        partner="CN",
    ),
    case("India's deficit widened to $20 billion in May.", "$20 billion", partner="WLD"),
]

# A figure revised is of a period before the one the article reports ("Growth in the third
# quarter was revised to 0.3%"): the sentences after it go on with the reported one.
REVISIONS_RECALLED = [
    case("GDP rose 0.5% in the fourth quarter of 2025. Growth in the third quarter was "
         "revised to 0.3%. Exports fell 1.2%.", "1.2%", period="2025-Q4"),
    case("Exports rose 4% in March 2025. The February figure was revised to 2.1%. Imports "
         "climbed 3%.", "3%", period="2025-03"),
    case("Exports rose 4% in March 2025. The February figure was revised to 2.1%. Imports "
         "climbed 3%.", "2.1%", period="2025-02"),
]  # fmt: skip

# A period singled out ("In December alone", "in the fourth quarter by itself", "for 2004
# as a whole") is that sentence's; the article goes on with the period before it.
PERIODS_SINGLED_OUT = [
    case(
        "The deficit widened to a record $5.9bn in December 2004. For 2004 as a whole, the "
        "deficit reached $60.9bn. The deficit with Germany widened to $2.1bn.",
        "$2.1bn",
        period="2004-12",
    ),
    case(
        "Exports grew 2% in the third quarter of 2025. Over 2025 as a whole, they rose 8%. "
        "Imports fell 1%.",
        "1%",
        period="2025-Q3",
    ),
    case(
        "The deficit widened to a record $5.9bn in December 2004. For 2004 as a whole, the "
        "deficit reached $60.9bn.",
        "$60.9bn",
        period="2004",
    ),
    case(
        "Germany's surplus rose to 122 billion marks in 1986. In December alone, the surplus "
        "was 10.9 billion marks. Imports of crude oil fell to 17.6 billion marks.",
        "17.6 billion marks",
        period="1986",
    ),
    case(
        "Exports rose 5% to $300bn in 2025. In the fourth quarter alone, they jumped 9%. "
        "Imports grew 3%.",
        "3%",
        period="2025",
    ),
    case(
        "Germany's surplus rose to 122 billion marks in 1986. In December 1986 alone, the "
        "surplus was 10.9 billion marks.",
        "10.9 billion marks",
        period="1986-12",
    ),
]

# A commodity named as the subject of its verb, quoted in money without a scale, is a
# price ("Light crude settled 82 cents higher at $65.80"), and so is the percent move of one
# quoted so; a futures contract's month ("for September delivery") is no period.
COMMODITIES_IN_MONEY = [
    case(
        "Light crude for September delivery later settled 82 cents higher at $65.80.",
        "$65.80",
        metric="price",
        sector="energy",
        period="2026-01",
    ),
    case("Brent crude fell 2% to $68.20.", "2%", metric="price", kind="change"),
    case("Gold climbed $12 to $1,290 on Tuesday.", "$1,290", metric="price"),
    case("Copper output rose to $3bn in 2025.", "$3bn", metric="production"),
]

# Sales are a statistic of a period: a sales figure whose sentence names none takes the one
# the article is on ("New car registrations fell 4.9% in June. Demand for diesel cars fell
# 21.5%").
SALES_OF_A_PERIOD = [
    case(
        "UK new car registrations fell 4.9% in June. Demand for diesel cars fell 21.5% to "
        "58,710, leaving them with a 26.3% share of the market.",
        "26.3%",
        period="2025-06",
    ),
    case(
        "European car sales dropped 7.8% in June. Renault's volumes were down 7.3%.",
        "7.3%",
        period="2025-06",
    ),
]

# Goods traded "this week" were traded over it (the published month); a tariff imposed
# "last week" and a statement made this week date no figure.
WEEKS_OF_TRADE = [
    case(
        "Chinese buyers bought about 544,000 tonnes of U.S. soybeans this week.",
        "544,000 tonnes",
        period="2026-01",
    ),
    case("Japan's imports of U.S. corn reached 1.2 mln tonnes last week.", "1.2 mln tonnes",
         period="2026-01"),
    case("Washington imposed tariffs of 100 pct on Japanese chips last week.", "100 pct",
         period=None),
    case("Exports rose 5% in June, the ministry said this week.", "5%", period="2025-06"),
]  # fmt: skip

# The sector a metric's figures are of carries past a short sentence with no figure ("All
# the major markets contracted."), not past one with figures of its own.
SECTORS_PAST_A_REMARK = [
    case(
        "New car registrations in the EU fell 7.8% in June. All of the major markets "
        "contracted. Sales in Germany fell 4.7%.",
        "4.7%",
        sector="automotive",
    ),
    case(
        "Steel exports fell 3% in May to 2.1 million tonnes. Shipments were hit by weak demand "
        "in Asia. Exports to Vietnam dropped 11%.",
        "11%",
        sector="metals",
    ),
    case(
        "New car registrations in the EU fell 7.8% in June. Wages rose 2% and prices 1.5%. "
        "Sales in Germany fell 4.7%.",
        "4.7%",
        sector=None,
    ),
]

# The article's country is the one it talks about, not a counterpart it names as often
# ("exports to the United States", "a US tariff" beside "South Korea's exports").
ARTICLE_COUNTRY_NOT_COUNTERPART = [
    case(
        "South Korea's car sales to US slide\n\nSouth Korea's exports rose in November, "
        "though car shipments to the United States remained weak. Shipments to the United "
        "States fell, the ministry said. Imports edged up 1.2% to $51.3 billion.",
        "1.2%",
        reporter="KR",
    ),
    case(
        "Vietnam's exports to US rise\n\nVietnam's exports to the US rose in May. Sales to "
        "the US rose again, and shipments to the US climbed. Imports grew 3% to $30bn.",
        "3%",
        reporter="VN",
    ),
]

# A sentence's framing period dates its level even when the parse hangs the comparison
# phrase ("down from 17.4 billion in 1985") on the level; "calendar 1986" is the year.
FRAMED_LEVELS = [
    case(
        "Canada's surplus widened to 1.12 billion dlrs in January. In calendar 1986 Canada's "
        "trade surplus was 9.9 billion dlrs, down from 17.4 billion in 1985.",
        "9.9 billion dlrs",
        period="1986",
    ),
    case(
        "Brazil's surplus rose in March. In 1986 Brazil's trade surplus was 9.5 billion dlrs, "
        "down from 12.4 billion in 1985.",
        "9.5 billion dlrs",
        period="1986",
    ),
    case(
        "In 2024 Mexico's trade deficit was $8.5bn, down from $11bn in 2023.",
        "$11bn",
        period="2023",
    ),
]

# A year qualifying an agreement or a law ("under the 1965 auto pact") dates no figure.
AGREEMENT_YEARS = [
    case(
        "Automotive exports, most of them shipped under the 1965 auto pact, rose 7.2 pct in "
        "January.",
        "7.2 pct",
        period="2026-01",
    ),
    case(
        "Automotive exports rose 7.2 pct. Most were shipped under the 1965 pact. Imports rose "
        "3 pct.",
        "3 pct",
        period=None,
    ),
]

# "Export earnings" are a country's exports, not a firm's results; wool and sugar are farm
# commodities (FORMAT: crops and farm commodities, raw or milled, are agriculture).
EXPORT_EARNINGS = [
    case(
        "Australia's wool prices rose. Wool export earnings are expected to rise 14 pct to 3.6 "
        "billion dlrs in 1987.",
        "3.6 billion dlrs",
        reporter="AU",
        partner="WLD",
        sector="agriculture",
    ),
    case(
        "Colombia's coffee harvest fell. Export earnings dropped to 598 mln dlrs in March.",
        "598 mln dlrs",
        reporter="CO",
    ),
    case("Toyota said its earnings rose 5% to 301bn yen.", "301bn yen", reporter=None),
    case("Soviet raw sugar imports rose to 5.2 mln tonnes.", "5.2 mln tonnes",
         sector="agriculture"),
]  # fmt: skip

# "The single currency" is the euro; a currency's move quoted in another currency ("to
# $1.2658") is against that one.
CURRENCY_QUOTES = [
    case("The single currency slipped 0.3% to $1.3020 on the figures.", "$1.3020",
         kind="rate", unit="USD/EUR"),
    case("The single currency slipped 0.3% to $1.3020 on the figures.", "0.3%",
         metric="price", reporter="EU", partner="US"),
    case("Sterling edged down 0.1% to $1.2658.", "0.1%", reporter="GB", partner="US"),
    case("The euro slipped 0.3% against the yen.", "0.3%", reporter="EU", partner="JP"),
]  # fmt: skip

# Words of the metric: "pumped" is production, "registrations" (of new cars) are sales,
# and "farm produce" is goods, not production.
METRIC_WORDS_MORE = [
    case("Russia pumped 380 million tonnes of crude last year.", "380 million tonnes",
         metric="production", sector="energy"),
    case("New-car registrations in Germany rose 8.5% in August.", "8.5%", metric="sales"),
    case("In the first half, registrations were down 3.4% at 1.27 million vehicles.", "3.4%",
         metric="sales"),
    case("The EC spent 4.8 billion ECUs on export refunds for farm produce in 1987.",
         "4.8 billion ECUs", metric="other"),
]  # fmt: skip

# Shares of the economy written without "of": "one pct GNP", and the level of a ratio taken
# to it ("reduce the ratio of foreign debt to GNP to about 20 pct").
ECONOMY_SHARES_UNWRITTEN = [
    case("The measures will lift demand, quite possibly exceeding one pct GNP next year.",
         "one pct", kind="share", metric="other"),
    case("The government plans to reduce the ratio of foreign debt to the country's GNP to "
         "about 20 pct in 1991, from about 50 pct in 1986.", "20 pct", kind="share",
         metric="other", period="1991"),
    case("Officials aim to cut the ratio of public debt to GDP to 60% by 2030.", "60%",
         kind="share", metric="other"),
    case("A 3 pct GNP rise is likely in 2026.", "3 pct", kind="change"),
]  # fmt: skip

# A place after "against" is an opponent or a counterpart, never the figure's own country.
AGAINST_NO_REPORTER = [
    case(
        "The Palestinian economy shrank in 2004. Unemployment stood at 25%, compared with 10% "
        "before the uprising against Israeli occupation.",
        "10%",
        reporter="PS",
    ),
    case(
        "Venezuela's economy shrank. Inflation hit 60% during the campaign against American "
        "sanctions.",
        "60%",
        reporter="VE",
    ),
]

# A percent with no move word of its own near it takes the move its clause named before
# it ("the biggest fall was against the Swiss franc, 85.3 pct").
MOVES_NAMED_BEFORE = [
    case("The dinar weakened in 1986. The biggest fall was against the Swiss franc, 85.3 pct.",
         "85.3 pct", kind="change", direction="down"),
    case("Exports fell sharply in March, with shipments to Japan, 12 pct, the hardest hit.",
         "12 pct", direction="down"),
    case("Exports rose in March. The share of cars was 12 pct.", "12 pct", kind="share"),
]  # fmt: skip

# The period a sentence goes on with is the first its figures name, unless a later figure
# in its main clause (not one after "after", in an apposition or another subordinate
# clause) or a span holding the first (the year of its month) names another.
SENTENCE_PERIOD_CARRIED = [
    case(
        "South Africa's trade surplus rose to 1.62 billion rand in February 1987 after falling "
        "to 906.2 mln in January. This compares with a year earlier surplus of 958.9 mln rand.",
        "958.9 mln rand",
        period="1986-02",
    ),
    case(
        "The deficit for all of 2004 was 24.4% above the previous record - 2003's imbalance of "
        "$496.5bn. The deficit with China, up 30.5% at $162bn, was the largest ever.",
        "$162bn",
        period="2004",
    ),
    case(
        "China's exports totalled $63.8bn in December 2004, taking the annual total up 35% to "
        "$593bn. With imports rising a similar amount, the surplus rose to $32bn.",
        "$32bn",
        period="2004",
    ),
    case(
        "China imported 22 million tonnes of soybeans in 2024, but its purchases in the first "
        "nine months of 2025 fell to 5.8 million tonnes. Imports of corn fell 12%.",
        "12%",
        period="2025-01/2025-09",
    ),
]

# A ratio word the parse hangs on a month ("double January's 623 mln dlrs surplus") sizes
# no period: the month's figure is the level after it.
RATIOS_BESIDE_MONTHS = [
    # (published 2026-01-15: a January named alone is this one)
    case("Canada had a trade surplus of 1.26 billion dlrs in February 1987, double January's "
         "623 mln dlrs surplus.", "623 mln dlrs", period="2026-01"),
    case("Exports reached $5bn in March 2025, triple February's $1.7bn total.", "$1.7bn",
         period="2025-02"),
]  # fmt: skip

# A name that is no place owning a firm's measure ("Renault's volumes", "Toyota's sales")
# is a firm's: FORMAT's company figures have no reporter. A country's or a group's stays.
FIRMS_BY_NAME = [
    case("European car sales dropped 7.8% in June. Renault's volumes were down 7.3%.", "7.3%",
         reporter=None),
    case("UK car sales fell 4.9% in June. Toyota's sales rose 4.4%.", "4.4%", reporter=None),
    case("Britain's sales rose 3% in June.", "3%", reporter="GB"),
    case("EC wheat exports rose. The Community's share rose to 17 pct in 1986.", "17 pct",
         reporter="EU"),
    # and a name qualifying the measure ("Ford sales"), unless it names goods ("Wool ...");
    # registrations are vehicles'
    case("British new car registrations fell 4.9% in June. Ford sales fell 3%, while Toyota "
         "registrations rose 4.4%.", "4.4%", reporter=None, sector="automotive"),
    case("British new car registrations fell 4.9% in June. Ford sales fell 3%.", "3%",
         reporter=None),
    case("Registrations fell 4.9% in June.", "4.9%", sector="automotive"),
    case("Sales of pickups rose 4.1% in June, while sedan deliveries sank 27.5%.", "27.5%",
         sector="automotive"),
    case("Australia's exports rose in 1986. Wool export earnings rose 14 pct.", "14 pct",
         reporter="AU"),
]  # fmt: skip

# A move a currency owns ("the mark's rise of some 25 pct against the dollar", "the yen's
# 5 pct gain") is the currency's: price, with the currency pair's roles.
CURRENCY_OWNED_MOVES = [
    case("The surplus will shrink as the mark's rise of some 25 pct against the dollar erodes "
         "competitiveness.", "25 pct", metric="price", reporter="DE", partner="US"),
    case("The yen's 5 pct gain hurt exporters in May.", "5 pct", metric="price",
         reporter="JP"),
    case("Import costs rose after the franc's fall of 7 pct against the mark.", "7 pct",
         metric="price", reporter="FR", partner="DE"),
    case("The surplus's rise of 25 pct surprised economists.", "25 pct", metric="balance"),
]  # fmt: skip

# "It" after a sentence about a currency is the currency ("The dollar has weakened sharply.
# It has lost 7% this year"); after an economy, the economy.
CURRENCY_PRONOUNS = [
    case("The dollar has weakened sharply since September. It has lost 7% this year.", "7%",
         metric="price", reporter="US"),
    case("The yen slid again on Tuesday. It is down 3.2% against the euro this month.",
         "3.2%", metric="price", reporter="JP", partner="EU"),
    case("The rouble hit a record low on Monday. It has lost 12% so far this year.", "12%",
         metric="price", reporter="RU"),
    case("The economy slowed. It grew 1.2% in the quarter.", "1.2%", metric="gdp"),
]  # fmt: skip

# Any stock index the lexicon names makes a market figure, its country the index's.
INDEX_MARKETS = [
    case("European shares slid on Monday. The DAX was down 1.8% by midday.", "1.8%",
         reporter="DE", metric="price"),
    case("Asian markets fell. The Hang Seng lost 2.9% on Tuesday.", "2.9%", reporter="HK"),
]  # fmt: skip

# Markets that stand for their country ("Wall Street", "Treasury yields", "gilts"); "the
# Treasury" that speaks is no market.
MARKET_METONYMS = [
    case("Wall Street rebounds nearly 1% as trade fears ease", "1%", reporter="US"),
    case("The benchmark 10-year Treasury yield fell to 1.73% on Monday.", "1.73%",
         reporter="US"),
    case("Gilt yields rose to 4.1% as sterling fell.", "4.1%", reporter="GB"),
    # a financial centre's market, before its index or after "shares in"
    case("The main Johannesburg share index rose 1.3% to 13,215 points.", "1.3%",
         reporter="ZA"),
    case("Shares in Shanghai fell 1.4% on Monday.", "1.4%", reporter="CN"),
    case("Shares in British Airways fell 1.9% on Monday.", "1.9%", reporter=None),
]  # fmt: skip

# A sentence that only recalls the same period a year before ("In March 1986 the surplus
# had been 1.04 billion dlrs") is no period the article goes on with.
YEAR_AGO_RECALLS = [
    case("Canada's trade surplus rose to 1.12 billion dlrs in March 1987. In March 1986 the "
         "surplus had been 1.04 billion dlrs. Exports rose 5.8 pct in the month.", "5.8 pct",
         period="1987-03"),
    case("Australia's current account deficit was 1.07 billion dlrs in February 1987. In "
         "February 1986 the shortfall was 1.42 billion dlrs. Imports fell 1.8 pct.", "1.8 pct",
         period="1987-02"),
    case("Exports rose 5% in March 2025. In April they fell 2%. Imports grew 3%.", "3%",
         period="2025-04"),
    # nor one that tells of an earlier period in a past perfect or of a first report since
    # revised; a plain sentence of an earlier period is one the article goes on with
    case("Norway's surplus shrank to 4.1 billion crowns in March 2025. The February surplus "
         "had originally been put at 5.0 billion crowns. Exports fell 3.1 pct.", "3.1 pct",
         period="2025-03"),
    case("The deficit widened to 800 mln dlrs in October 2025. The September figure was "
         "initially reported as 610 mln dlrs. Imports rose 2 pct.", "2 pct", period="2025-10"),
    case("Sales grew 4% in the fourth quarter of 2024. In the third quarter of 2024, exporters had "
         "seen orders slump 6%. Imports rose 1%.", "1%", period="2024-Q4"),
    case("The surplus rose in March 2025 to $3bn. In February exports fell 2%. Imports grew "
         "3%.", "3%", period="2025-02"),
    # and an article that returns to its own period after a later one goes on with it
    case("ZAMBIA'S 1986 TRADE\nZambia's trade surplus fell to 300 mln dlrs in 1986. Exports "
         "fell 5 pct in the first quarter of this year. Copper sales had fallen 8 pct in "
         "1986. Imports rose 4 pct.", "4 pct", period="1986"),
]  # fmt: skip

# FORMAT: a quote for a day takes that day's month. A currency's move or rate told as a
# fact in a dated report with no day named is of the day it was published; not a plan, a
# speaker's words, or a condition.
CURRENCY_QUOTES_DATED = [
    case("Sterling slipped 0.4% against the dollar to $1.8620 after the figures.", "0.4%",
         period="2026-01"),
    case("The euro was trading at $1.2105 in London.", "$1.2105", period="2026-01"),
    case("If the won strengthened another five pct, exporters would suffer.", "five pct",
         period=None),
    case('"A revaluation of five pct is ill-advised," the minister said.', "five pct",
         period=None),
]  # fmt: skip

# An interest rate or a yield moved to, or held at, a level is a day's quote: the published
# month; not a rate published for a period, nor one only expected.
MARKET_RATES_DATED = [
    case("The Bank of England raised interest rates by a quarter point to 4.75%.", "4.75%",
         kind="rate", period="2026-01"),
    case("The 10-year Treasury yield fell to 1.73%, its lowest since 2016.", "1.73%",
         kind="rate", period="2026-01"),
    case("The central bank kept its benchmark rate at 2% for a fifth month.", "2%",
         kind="rate", period="2026-01"),
    case("The Reserve Bank lifted its cash rate by 25 basis points to 4.1%.",
         "25 basis points", kind="change", period="2026-01"),
    case("The Bank of England raised interest rates by a quarter of a percentage point.",
         "a quarter of a percentage point", kind="change", period="2026-01"),
    case("The jobless rate rose by 0.2 percentage point.", "0.2 percentage point",
         kind="change", period=None),
    case("The jobless rate stands at 5.1%.", "5.1%", kind="rate", period=None),
    case("Mortgage rates would climb to 7% if the bank acted.", "7%", kind="rate",
         period=None),
    case("The yuan was set at a central parity of 6.85 per dollar.", "6.85 per dollar",
         period=None),
]  # fmt: skip

# A sum in a country's own currency (not the dollar or the euro), its sentence naming no
# country, is that country's when the article names it: not the figures' before, nor the
# article's main country's. A firm's sums are no country's.
SUMS_IN_A_COUNTRYS_CURRENCY = [
    case("France recorded a trade deficit of 3.1 billion francs in May 2025, and French "
         "exports fell 2%. France blamed weak demand. In Madrid, officials said Spain had a "
         "trade surplus in May 2025. Exports rose 4.2 pct to 9,850 billion pesetas, while "
         "imports fell 3 pct.", "9,850 billion pesetas", reporter="ES", partner="WLD"),
    case("France recorded a trade deficit of 3.1 billion francs in May 2025, and French "
         "exports fell 2%. France blamed weak demand. In Madrid, officials said Spain had a "
         "trade surplus in May 2025. Exports rose 4.2 pct to 9,850 billion pesetas, while "
         "imports fell 3 pct.", "4.2 pct", reporter="ES"),
    case("Japan posted a trade surplus of 1.2 trillion yen in March 2025, Japan's finance "
         "ministry said. Japanese exports to China rose. South Korea reported its own "
         "figures for March 2025. Shipments abroad climbed 6% to 41 trillion won.",
         "41 trillion won", reporter="KR", partner="WLD"),
    case("Germany's exports rose 5% to 120 billion euros in May 2025. Poland was a big "
         "buyer. Exports climbed 3% to 12 billion euros in June 2025.", "12 billion euros",
         reporter="DE"),
    case("US imports rose 4% in 2025. Japan was a big supplier. Sony said its profit "
         "rose to 300 billion yen.", "300 billion yen", reporter=None),
]  # fmt: skip

# A bare "rate" is a rate of what its "of" names ("the annual rate of inflation"), and a
# measure of what names no goods has no sector, whatever the causer's goods.
RATES_OF_WHAT_THEY_NAME = [
    case("Dearer fuel pushed the annual rate of inflation to 3.2% in July.", "3.2%",
         kind="rate", metric="price", sector=None),
    case("Cheaper food cut the rate of consumer price inflation to 1.1%.", "1.1%",
         kind="rate", metric="price", sector=None),
    case("Weak hiring lifted the rate of unemployment to 6.4%.", "6.4%", kind="rate",
         metric="other"),
    case("The level of steel exports rose to $5bn.", "$5bn", metric="exports",
         sector="metals"),
]  # fmt: skip

# A figure said of each year or month ("a year", "per year", "annually"), its sentence naming
# no period, is of no one period: not the one the article goes on with; "a year earlier"
# is a comparison, not a rate per year.
FIGURES_PER_PERIOD = [
    case("Exports rose 5% in 2025. Under the deal, China will buy 25 million tonnes of "
         "soybeans a year.", "25 million tonnes", period=None),
    case("Exports rose 5% in 2025. Vietnam exports about 6 million tonnes of rice per year.",
         "6 million tonnes", period=None),
    case("Exports rose 5% in 2025. The economy needs growth of 7% annually to create jobs.",
         "7%", period=None),
    case("Exports rose 5% in 2025. Imports fell to $3bn from $4bn a year earlier.", "$4bn",
         period="2024"),
    case("Exports rose 5% in 2025. Imports fell to $3bn from $4bn a year earlier.", "$3bn",
         period="2025"),
]  # fmt: skip

# A country qualifying a tariff noun ("its China tariffs", "Chinese EV duties") beside an
# owner naming another country (the possessor, the verb's subject) is the goods' country:
# the partner; alone ("US tariffs on Chinese goods") it is the one levying them.
TARIFFS_MARKED_BY_GOODS = [
    case("The US raised its China tariffs to 145%.", "145%", reporter="US", partner="CN"),
    case("Brussels imposed Chinese EV duties of up to 35%.", "35%", reporter="EU",
         partner="CN"),
    case("Japan cut its US tariffs on beef to 20%.", "20%", reporter="JP", partner="US"),
    case("China's US tariffs rose to 125%.", "125%", reporter="CN", partner="US"),
    case("US tariffs on Chinese goods rose to 145%.", "145%", reporter="US", partner="CN"),
]  # fmt: skip

# "for the whole of 1986", "over the course of 2024": a span its figure is of, as "in 1986"
# is, beside the comparison it stands in.
WHOLE_PERIODS = [
    case("Thai GDP grew 6.1 pct in January/March, up from 4.7 pct in the previous quarter "
         "and 5.8 pct for the whole of 1986.", "5.8 pct", period="1986"),
    case("Chinese exports rose 4 pct in May 2025, against 7 pct in April 2025 and 9 pct over "
         "the course of 2024.", "9 pct", period="2024"),
    case("Chinese exports rose 4 pct in May 2025, against 7 pct in April 2025 and 9 pct over "
         "the course of 2024.", "7 pct", period="2025-04"),
]  # fmt: skip

# A sum of money right after "raise" is one collected (an amount), not a rise; a "by"
# phrase is the size of a rise.
SUMS_RAISED = [
    case("Duties on Chinese goods raised about $62 billion in fiscal 2025.", "$62 billion",
         kind="amount", metric="tariff"),
    case("The sale raised 25bn euros for the treasury.", "25bn euros", kind="amount"),
    case("The bank raised its capital by $2bn.", "$2bn", kind="change", direction="up"),
    case("Exports rose $3bn in 2025.", "$3bn", kind="change", direction="up"),
]  # fmt: skip

# A rate's level hung by the parse on the noun of another phrase of its verb ("raise
# tariffs on cars without a trade agreement to 50%") is the level the verb's object is set
# to: a rate, of that object's metric.
RATE_LEVELS_MISATTACHED = [
    case("The US will raise tariffs on Japanese cars without a trade agreement to 50% from "
         "20%.", "50%", kind="rate", metric="tariff", partner="JP"),
    case("The US will raise tariffs on Japanese cars without a trade agreement to 50% from "
         "20%.", "20%", kind="rate", metric="tariff"),
    case("Canada will raise duties on Chinese steel without a quota deal to 35% from 25%.",
         "35%", kind="rate", metric="tariff", reporter="CA", partner="CN"),
]  # fmt: skip

# "sends" is a verb of trade like "ships": the country that sends a share of its exports
# is the reporter, where they go the partner.
SHARES_SENT = [
    case("Mexico sends more than 80% of its exports to the United States.", "80%",
         kind="share", metric="exports", reporter="MX", partner="US"),
    case("Canada ships about 75% of its exports to the US.", "75%", kind="share",
         metric="exports", reporter="CA", partner="US"),
    case("Vietnam sent almost a third of its exports to China in 2025.", "a third",
         kind="share", metric="exports", reporter="VN", partner="CN"),
]  # fmt: skip

# A budget's ceiling ("the EU's limit of 3% of GDP", "well above the 3% ceiling" beside a
# budget deficit) is a share of the economy, of metric other, a standing rule of no period
# the sentence names for its other figures; an inflation target stays a rate.
BUDGET_CEILINGS = [
    case("The European Union's limit of 3% of GDP was breached again.", "3%", kind="share",
         metric="other", reporter="EU"),
    case("Italy admitted that its budget deficit would reach 4.3% of GDP in 2005, well above "
         "the 3% ceiling set by the Stability and Growth Pact.", "3%", kind="share",
         metric="other", period=None),
    case("France's budget deficit hit 4.1% of GDP in 2004. It has breached the eurozone's "
         "3% ceiling for a third year.", "3%", kind="share", metric="other", reporter="EU"),
    case("The Bank of England has a 2% inflation target.", "2%", kind="rate",
         metric="price"),
]  # fmt: skip

# "fell 220.70 points to 22,851.94": a move with its unit written, then the level reached,
# not a range; "rose 5 to 7 pct" is one, its first end taking the second's unit.
MOVES_THEN_LEVELS = [
    case("The Nikkei average fell 220.70 points to 22,851.94.", "22,851.94", kind="amount",
         direction=None),
    case("The Dow slid 150 points to 10,200 on Friday.", "10,200", kind="amount",
         direction=None),
    case("Export prices rose 5 to 7 pct in 2025.", "5", kind="change", direction="up"),
]  # fmt: skip

# Japan names a fiscal year by the year it starts in: its "fiscal 1986" ends in March
# 1987 (FORMAT: a fiscal year is its ending year); the US's "fiscal 1986" ends in 1986. A
# trade surplus "in fiscal 1986" is no budget's.
FISCAL_YEARS_BY_COUNTRY = [
    case("Japan's trade surplus in fiscal 1986 was a record 101.7 billion dlrs, against "
         "66.8 billion in fiscal 1985.", "101.7 billion dlrs", metric="balance",
         period="1987"),
    case("Japan's trade surplus in fiscal 1986 was a record 101.7 billion dlrs, against "
         "66.8 billion in fiscal 1985.", "66.8 billion", period="1986"),
    case("Tokyo's exports to Asia rose 8 pct in fiscal 1986.", "8 pct", period="1987"),
    case("U.S. farm programmes cost 25.8 billion dlrs in fiscal 1986.", "25.8 billion dlrs",
         period="1986"),
]  # fmt: skip

# An official body or central bank named "of" a place ("the Bank of Mexico", "the Central
# Bank of Brazil") speaks for that place: "its" rate is the place's; a firm's "its" is none.
BODIES_OF_PLACES = [
    case("The Bank of Mexico cut its benchmark interest rate by a quarter point to 6.75%.",
         "6.75%", reporter="MX"),
    case("The Central Bank of Brazil kept its policy rate at 15% in March 2026.", "15%",
         reporter="BR"),
    case("HSBC said its profits rose 5% in 2025.", "5%", reporter=None),
]  # fmt: skip

# "<Name> said it would cut 800 jobs": the pronoun stands for the name that is no place, a
# firm, in an article about a country.
FIRMS_SAYING_IT = [
    case("German exports rose 0.9% in March. Lindqvist Maskin said on Wednesday it would cut "
         "800 jobs.", "800 jobs", reporter=None),
    case("Japan's exports fell 2% in May. Sakurada Motor said it would cut 1,200 jobs at its "
         "plants.", "1,200 jobs", reporter=None),
]  # fmt: skip

# A share of a trade flow ("a third of Brazil's exports") is of that flow, whatever the
# verb that takes it ("bought", "took"): the flow's owner reports, the taker is the partner.
SHARES_OF_FLOWS = [
    case("China, which bought roughly a third of Brazil's exports, cut its purchases.",
         "a third", kind="share", metric="exports", reporter="BR", partner="CN"),
    case("China bought roughly 60% of U.S. soybean exports in 2017.", "60%", kind="share",
         metric="exports", reporter="US", partner="CN"),
]  # fmt: skip

# A balance given in percent with no move ("a 3.1% current-account deficit", "a budget
# deficit of 5.8%") is its share of the economy; a balance's move stays a change.
BALANCES_IN_PERCENT = [
    case("The country ran a 3.1% current-account deficit last year.", "3.1%", kind="share",
         metric="balance", direction=None),
    case("France posted a budget deficit of 5.8% in 2024.", "5.8%", kind="share",
         metric="other"),
    case("Pretoria targets a 4.2% deficit as customs revenue climbs.", "4.2%", kind="share"),
    case("The trade deficit narrowed 5% to $3bn in 2025.", "5%", kind="change",
         direction="down"),
]  # fmt: skip

# After a figure said to be a world total ("overall", "total"), the exports and imports that
# follow are totals too: the partner named for them before is not carried.
TOTALS_AFTER_PARTNERS = [
    case("Exports to the U.S. rose 11.6 pct to 83.4 billion dlrs. Japan's overall surplus in "
         "1986 was a record 101.7 billion dlrs. Exports totalled 212.5 billion dlrs, up 17.1 "
         "pct.", "212.5 billion dlrs", partner="WLD"),
    case("Korean exports to China fell 4% in May 2025. The overall trade surplus widened to "
         "$5bn. Exports rose 2%, customs said.", "2%", partner="WLD"),
    case("Exports to the U.S. rose 11.6 pct to 83.4 billion dlrs in 1986. Exports climbed "
         "further in January.", "11.6 pct", partner="US"),
]  # fmt: skip

# A change on a month named with its year relatively ("from July last year", "on March a
# year earlier") is of that month a year on; on a month named alone, of the next month.
CHANGES_ON_LAST_YEARS_MONTH = [
    case("Exports slipped 1.2% from December last year to $32.3 billion.", "1.2%",
         period="2025-12"),
    case("Exports were 2% higher than in May 2024, customs said.", "2%",
         period="2025-05"),
    case("Imports rose 3% from June.", "3%", period="2025-07"),
]  # fmt: skip

# A commodity's earnings ("tea earnings", "earnings from rubber"), owned by no firm, are the
# country's exports; a firm's earnings ("the group's oil earnings") stay a firm's figure.
COMMODITY_EARNINGS = [
    case("Malaysia's exports rose in 1986. Earnings from rubber rose 8.5 pct to 652 mln "
         "ringgit.", "8.5 pct", metric="exports", reporter="MY", partner="WLD"),
    case("India's tea earnings slipped 7.5 pct in 1986.", "7.5 pct", metric="exports",
         reporter="IN"),
    case("Brazil's exports rose in 2025. Coffee earnings climbed 12% to $9bn.", "$9bn",
         metric="exports", reporter="BR"),
    case("The group's oil earnings fell 5 pct in 1986.", "5 pct", metric="other",
         reporter=None),
]  # fmt: skip

# What a country takes of another's exports ("China took 73% of the cargoes", "Mexico
# became the top market, taking 645,000 vehicles"), right after those exports, is the
# exporter's exports to the taker; a firm's "took a charge" is no trade.
TAKEN_EXPORTS = [
    case("Brazil's soybean exports rose 18% in April 2026. China took about 73% of the "
         "cargoes.", "73%", metric="exports", reporter="BR", partner="CN"),
    case("China's car exports jumped 21% in 2025. Mexico became the top market, taking "
         "645,000 vehicles.", "645,000 vehicles", metric="exports", reporter="CN",
         partner="MX"),
    case("Australian wheat exports will rise 5% in 2026. China, its largest buyer, is "
         "forecast to take 3.5 mln tonnes.", "3.5 mln tonnes", metric="exports",
         reporter="AU", partner="CN"),
    case("The company took a $2bn charge in 2025.", "$2bn", metric="other"),
]  # fmt: skip

# A country that supplies the goods of a figure of imports ("China remained the largest
# source of imports, supplying goods worth 12.7 billion euros") is the imports' counterpart;
# the importer is the country the article is on.
SUPPLIED_IMPORTS = [
    case("German exports rose 0.9% in March 2024. China remained the largest source of "
         "imports, supplying goods worth 12.7 billion euros.", "12.7 billion euros",
         metric="imports", reporter="DE", partner="CN"),
    case("Japan's imports rose 3% in 2025. Australia, which supplied coal worth $9bn, was "
         "the top source of imports.", "$9bn", metric="imports", reporter="JP",
         partner="AU"),
]  # fmt: skip

# "Outbound sales" are a country's exports.
OUTBOUND_SALES = [
    case("South Korea's outbound sales rose 5% to $30bn in May 2025.", "5%", metric="exports",
         reporter="KR"),
    case("Chips accounted for roughly 24% of the country's outbound sales in May 2025.", "24%",
         metric="exports"),
]  # fmt: skip

# A percentage with its sign and no verb ("-26.7%" in a table of changes) is a fall.
SIGNED_CHANGES = [
    case("| Arya Motors | 101,540 | -26.7% |", "26.7%", kind="change", direction="down"),
    case("Germany +7.1%", "7.1%", kind="change", direction="up"),
]  # fmt: skip

# A currency's move quoted at a level in another currency ("to 19.62 per dollar", "to
# $1.2658") is against that currency: the side of the rate that is not the mover's.
MOVES_QUOTED_IN_A_CURRENCY = [
    case("The Mexican peso strengthened 0.5% to 19.62 per dollar.", "0.5%", metric="price",
         reporter="MX", partner="US"),
    case("Sterling edged down 0.1% to $1.2658.", "0.1%", metric="price", reporter="GB",
         partner="US"),
    case("The yen firmed 0.3% to 145.2 per dollar on Friday.", "0.3%", reporter="JP",
         partner="US"),
]  # fmt: skip

# A tariff's rate whose sentence sizes the goods it is on ("hits $112 billion of Chinese
# goods", "on remaining $300bn of imports from China") is on those goods' country.
RATES_ON_SIZED_GOODS = [
    case("Washington's 15% levy hits $112 billion of Chinese goods.", "15%", kind="rate",
         metric="tariff", reporter="US", partner="CN"),
    case("Canada will slap a 10% surtax on remaining C$30bn of imports from the US.", "10%",
         kind="rate", metric="tariff", partner="US"),
]  # fmt: skip

# A commodity's later quotes ("It later settled 82 cents higher at $69.80") carry the
# sector of the prices the sentence before gave for it, in a story on that commodity.
COMMODITY_QUOTES_CARRIED = [
    case("Brent crude rose 3% to $70.10 a barrel on Tuesday. It later settled 82 cents "
         "higher at $69.80.", "$69.80", metric="price", sector="energy"),
    case("Arabica coffee futures fell 4 pct on Monday. The July contract closed at 1.07 "
         "dlrs, down 2.1 cents.", "2.1 cents", metric="price", sector="agriculture"),
]  # fmt: skip

# A relative clause's period is its own time, not that of the clause it hangs in; unless
# it is said of the figure's own noun ("the record of $1tn that it posted last year").
RELATIVE_CLAUSE_TIMES = [
    case("South Korea's exports rose 31% in 2024. Chips remained the biggest export, and "
         "exports to China, which overtook the US as the largest market in 2003, climbed 42% "
         "to $49.8bn.", "42%", period="2024"),
    case("Brazil's exports fell in 2024. Coffee sales, hit by the drought that slashed the "
         "2023 crop, earned 2.01 billion dlrs.", "2.01 billion dlrs", period="2024"),
    case("For the first ten months of 2025, the surplus reached $964.8bn, close to the record "
         "of just under $1 trillion that Beijing posted for all of 2024.",
         "$1 trillion", period="2024"),
]  # fmt: skip

# A wire table with the earlier figures in brackets: the bracketed one is of the period the
# sentence says the brackets hold, else of the same period a year before; the others are
# not of the brackets' period.
BRACKETED_EARLIER = [
    case("France's trade deficit was 3.1 billion francs in February 2025. Figures in billions "
         "of francs, with January in brackets: exports 71.4 (72.9), imports 74.5 (75.3).",
         "75.3", period="2025-01", metric="imports"),
    case("France's trade deficit was 3.1 billion francs in February 2025. Figures in billions "
         "of francs, with January in brackets: exports 71.4 (72.9), imports 74.5 (75.3).",
         "74.5", period="2025-02"),
    case("Brazil's exports rose to 22.3 billion dlrs in 2024. Coffee earned 2.01 billion dlrs "
         "(2.37 billion), soybeans 1.95 billion (2.54 billion).", "2.54 billion",
         period="2023"),
    case("Brazil's exports rose to 22.3 billion dlrs in 2024. Coffee earned 2.01 billion dlrs "
         "(2.37 billion), soybeans 1.95 billion (2.54 billion).", "1.95 billion",
         period="2024"),
    case("The surplus was 1.2 billion dlrs ($840 mln) in 2024.", "$840 mln", period="2024"),
]  # fmt: skip

# A period after conversions in brackets is the figure's, whatever punctuation the
# brackets hold.
PERIOD_AFTER_CONVERSIONS = [
    case("The airline made a net loss of 470m euros ($608m; £323m) in the first half of 2025.",
         "470m euros", period="2025-H1"),
    case("The group earned 1.2bn euros ($1.5bn; £0.8bn) in the third quarter of 2025.",
         "£0.8bn", period="2025-Q3"),
    case("Exports rose 5% in May 2025; imports fell 2% in June 2025.", "5%", period="2025-05"),
]  # fmt: skip

# A first estimate since revised ("first reported as", "originally put at", "revised from")
# is of the period of the figure revised.
FIRST_REPORTS = [
    case("The deficit narrowed to 866 mln dlrs in March 2025 from a revised 1.32 billion in "
         "February 2025, first reported as 1.26 billion.", "1.26 billion", period="2025-02"),
    case("Exports were 4.1 billion dlrs in May 2025, against 3.9 billion in April 2025, "
         "originally put at 3.7 billion.", "3.7 billion", period="2025-04"),
    case("The surplus rose to 2.2 billion dlrs in June 2025, from 1.9 billion in May 2025, "
         "revised from 2.0 billion.", "2.0 billion", period="2025-05"),
]  # fmt: skip

# A figure said to be "previously" is of the period before the one its sentence is on.
PREVIOUS_FIGURES = [
    case("The trade deficit was 2.26 billion dlrs in the first quarter of 1987, against 1.78 "
         "billion deficit previously.", "1.78 billion", period="1986-Q4"),
    case("Retail sales rose 1.2% in March 2025, after 0.4% previously.", "0.4%",
         period="2025-02"),
    case("Exports grew 3.1% in the second quarter of 2025, slowing from 4.2% previously.",
         "4.2%", period="2025-Q1"),
    case("Retail sales rose 1.2% in March 2025.", "1.2%", period="2025-03"),
]  # fmt: skip

# A parse that takes a country into the phrase before its verb ("between January and May
# Ecuador sold"): the name right before a verb of selling with no subject is the seller.
SELLERS_AFTER_A_PHRASE = [
    case("The central bank said that between January and May Ecuador sold 16.1 mln barrels "
         "of crude, compared with 32 mln a year earlier.", "16.1 mln barrels",
         metric="exports", reporter="EC", partner="WLD"),
    case("Officials said that between March and April Colombia sold 2.1 mln bags of coffee.",
         "2.1 mln bags", metric="exports", reporter="CO", partner="WLD"),
]  # fmt: skip

# The level after a gapped clause's move ("and imports by 8.9 pct to 14.64 billion") is of
# that clause's subject, as its move is.
GAPPED_LEVELS = [
    case("Exports rose by 8.7 pct to 12.38 billion dlrs and imports by 8.9 pct to 14.64 "
         "billion.", "14.64 billion", metric="imports"),
    case("Car exports fell by 3 pct to 5.1 billion marks in May, while imports of cars by "
         "6 pct to 4.2 billion.", "4.2 billion", metric="imports"),
    case("Exports rose by 8.7 pct to 12.38 billion dlrs.", "12.38 billion dlrs",
         metric="exports"),
]  # fmt: skip

# "The industrial sector" and "the manufacturing sector" growing are production.
SECTORS_THAT_PRODUCE = [
    case("The industrial sector is expected to expand 5.5 pct this year.", "5.5 pct",
         metric="production"),
    case("Thailand's manufacturing sector grew 7 pct in 1986.", "7 pct", metric="production"),
]  # fmt: skip


# "after growth of 0.5%": a growth word's "of" sizes the growth itself, up whatever the
# clause's verb says; and the period after it is the growth's own, not the clause's.
GROWTH_BESIDE_THE_CLAUSE = [
    case("Italian GDP shrank 0.2% in the second quarter, after growth of 0.5% in the first.",
         "0.5%", kind="change", direction="up", metric="gdp"),
    case("The Dutch economy contracted by 1% in 2009, following expansion of 2% in 2008.",
         "2%", kind="change", direction="up", period="2008"),
    case("Spain's economy is forecast to shrink next year, following growth of 3.1% this "
         "year.", "3.1%", direction="up", period="2026"),
    case("Norway recorded negative growth of 0.4% in the quarter.", "0.4%", kind="change",
         direction="down"),
    # not a compared period: "up 9% on the same period"
    case("Output rose 9% in the third quarter, after a 2% rise in the second quarter.", "9%",
         period="2025-Q3"),
]  # fmt: skip

# "the final three months" end a year, which "the last three months" need not.
FINAL_MONTHS = [
    case("Swedish exports fell 2% in the final three months of 2005.", "2%",
         period="2005-Q4"),
    case("Japan's GDP grew 3% in 2004 but shrank 0.2% in the final three months of the year.",
         "0.2%", period="2004-Q4"),
    case("Sales rose 6% in the final six months of 2024.", "6%", period="2024-H2"),
]  # fmt: skip


# Headlines the parse misreads ("gap hits record £5.4bn": "hits" a noun, "record" the verb):
# the noun before the verb is what the figure measures.
HEADLINES_MISREAD = [
    case("UK goods trade gap hits record £5.4bn", "£5.4bn", metric="balance",
         balance_sign="deficit", reporter="GB"),
    case("China surplus sets record $30bn", "$30bn", metric="balance", balance_sign="surplus"),
    case("US current account gap reaches record $200bn", "$200bn", metric="balance",
         reporter="US"),
]  # fmt: skip


# A sentence that names the public finances' balance, whatever figure it gives, makes a
# bare balance word in the next one the budget's.
PUBLIC_BALANCE_NAMED_BEFORE = [
    case("Italy and Greece risk breaching the 3% of GDP limit on budget deficits. Rome "
         "expects a shortfall of 4.1% this year.", "4.1%", metric="other"),
    case("The rules cap public deficits at 60bn crowns a year. Prague now sees a deficit of "
         "75bn crowns.", "75bn crowns", metric="other"),
]  # fmt: skip


# "lost 12% of its value": a move of the verb's subject by a part of its worth, not a share.
VALUE_MOVES = [
    case("The lira has lost about 40% of its value against the dollar this year.", "40%",
         kind="change", direction="down", metric="price"),
    case("Shares in the carmaker shed 15% of their value on Monday.", "15%", kind="change",
         direction="down"),
    case("The rand has regained 6% of its value since March.", "6%", kind="change",
         direction="up"),
    # not a part of something else: "lost 40% of its market share" is a share's level
    case("Exports of coal fell 8%, and coal now makes up 40% of its exports.", "40%",
         kind="share"),
]  # fmt: skip

# A verb of buying says imports: "purchased" as "bought".
BOUGHT_GOODS = [
    case("India purchased $3 billion of Russian oil in June.", "$3 billion", metric="imports",
         reporter="IN", partner="RU"),
    case("Egypt purchased 240,000 tonnes of French wheat last week.", "240,000 tonnes",
         metric="imports", sector="agriculture"),
]  # fmt: skip


# The country whose trade the headline (else the lead) is about is the article's, however
# often the partner is named: it reports the figures that name no country.
HEADLINE_SUBJECTS = [
    case("Korean exports to the US slide 5%\n\nShipments to America fell for a third month. "
         "The United States buys a fifth of the goods, and US demand is weak, American buyers "
         "say. Overall exports rose 2% to $50 billion in May.", "$50 billion", reporter="KR"),
    case("Mexico's imports from China jump\n\nBeijing's factories sent more steel. Chinese "
         "makers, China's officials and Chinese banks all gained. Total imports rose 4% in "
         "March.", "4%", reporter="MX"),
    # not the goods a tariff falls on
    case("Ottawa weighs reply\n\nWashington raised tariffs on Canadian imports to 35%. "
         "Canada's exports fell 6% in August.", "35%", reporter="US", partner="CA"),
]  # fmt: skip


# Units declared once: a lead that names its country's dollar ("887 mln Australian dlrs")
# makes the article's bare dollars that one, the headline's shorthand included.
DOLLARS_DECLARED = [
    case("NEW ZEALAND DEFICIT 412 MLN DLRS\n\n    WELLINGTON, June 3 - New Zealand's trade "
         "deficit was 412 mln N.Z. dlrs in May.\n\n    Exports fell to 1.1 billion dlrs.",
         "412 MLN DLRS", unit="NZD"),
    case("NEW ZEALAND DEFICIT 412 MLN DLRS\n\n    WELLINGTON, June 3 - New Zealand's trade "
         "deficit was 412 mln N.Z. dlrs in May.\n\n    Exports fell to 1.1 billion dlrs.",
         "1.1 billion dlrs", unit="NZD"),
    # not a dollar named far into a story of bare dollars
    case("US duties hit $30 billion\n\nThe Treasury collected $30 billion in May. Ottawa "
         "raised 2 billion Canadian dollars in counter-tariffs. The deficit was $80 billion.",
         "$80 billion", unit="USD"),
]  # fmt: skip


# A level reached, compared with one of a month or quarter named with its year, is of that
# month or quarter a year on, whatever period the article went on with.
LEVELS_A_YEAR_ON = [
    case("In the first half the deficit totalled 9 billion dlrs.\nThe deficit with Japan rose "
         "to 1.2 billion dlrs from 900 mln in June 2024.", "1.2 billion dlrs",
         period="2025-06"),
    # not a month after the published one
    case("The deficit with Japan rose to 1.2 billion dlrs from 900 mln in June last year.",
         "1.2 billion dlrs", period=None),
    case("Exports for the year reached 80 billion dlrs.\nShipments to Canada slipped to 3.1 "
         "billion dlrs, against 3.4 billion in the third quarter of 2024.", "3.1 billion dlrs",
         period="2025-Q3"),
]  # fmt: skip


# Lexicon: "rural exports" are farm goods; a figure counted in bags (of coffee, cocoa) is.
FARM_WORDS = [
    case("Rural exports rose 9.2 pct to 1.05 billion dlrs in April.", "1.05 billion dlrs",
         sector="agriculture"),
    case("Shipments in March were 2.1 mln bags, the coffee board said.", "2.1 mln bags",
         sector="agriculture"),
    case("New Zealand's rural goods earned 900 mln dlrs abroad.", "900 mln dlrs",
         sector="agriculture"),
]  # fmt: skip


# Verbless clauses: "with exports up 6.8 pct" (the noun "up" qualifies), and a second verb
# whose subject the parse made a conjunct of the clause before, past its own phrase.
VERBLESS_AND_CONJOINED = [
    case("The trade account swung into surplus in May, with exports up 4.1 pct and imports "
         "down 2.2 pct.", "4.1 pct", metric="exports", direction="up"),
    case("The trade account swung into surplus in May, with exports up 4.1 pct and imports "
         "down 2.2 pct.", "2.2 pct", metric="imports", direction="down"),
    case("Exports to Japan climbed 5 pct to 2 billion dlrs and imports from there slid 3 pct "
         "to 1.4 billion.", "3 pct", metric="imports"),
    case("Sales to China rose 8 pct to 900 mln dlrs and imports from the country fell 2 pct.",
         "2 pct", metric="imports", direction="down"),
]  # fmt: skip


# Money a tariff raises under a word of measure ("tariff haul", "the tariff take"), and
# receipts that "hit" a sum: money raised, not the goods a tariff hits.
TARIFF_MONEY_MEASURED = [
    case("US tariff haul tops $30 billion", "$30 billion", metric="tariff"),
    case("The tariff take rose to $20 billion in March, and customs receipts hit $25 billion "
         "in April.", "$25 billion", metric="tariff"),
    case("The new tariffs hit $200 billion of Chinese goods.", "$200 billion",
         metric="imports"),
]  # fmt: skip


# Wire tables: "Earnings from the main commodities were ...: coffee 1.2 billion (1.1 billion)"
# are the commodities' exports; the period the brackets are said to hold is theirs alone.
COMMODITY_TABLES = [
    case("Ghana's exports rose in the second quarter of 1987.\nEarnings from the main "
         "commodities were, with second quarter 1986 figures in brackets: cocoa 210 mln dlrs "
         "(190 mln), gold 95 mln (80 mln).", "210 mln dlrs", metric="exports",
         period="1987-Q2"),
    case("Ghana's exports rose in the second quarter of 1987.\nEarnings from the main "
         "commodities were, with second quarter 1986 figures in brackets: cocoa 210 mln dlrs "
         "(190 mln), gold 95 mln (80 mln).", "80 mln", metric="exports", period="1986-Q2"),
    case("Earnings from crops were as follows, 1985 data in parentheses: tea 400 mln dlrs "
         "(350 mln).", "400 mln dlrs", metric="exports"),
]  # fmt: skip


# What a place said to be a named country's market or customer buys is that country's
# exports to it, told from the seller's side ("China remained Brazil's top market, buying
# $5.4bn of its goods"); a source or supplier stays the owner's imports.
MARKETS_BUYING = [
    case("China remained Brazil's top market, buying $5.4bn of its goods.", "$5.4bn",
         metric="exports", reporter="BR", partner="CN"),
    case("Japan was Australia's largest customer, buying coal worth A$30bn.", "A$30bn",
         metric="exports", reporter="AU", partner="JP"),
    case("China was Germany's largest source of imports at 150bn euros.", "150bn euros",
         metric="imports", reporter="DE", partner="CN"),
]  # fmt: skip


# Tables in running text: a sector word right before its figure, after a comma, colon or
# bracket, is the item's; a harvest is farm goods.
TABLE_ITEMS_AND_HARVESTS = [
    case("Export earnings were, in mln dlrs: cocoa 900 (850), coffee 310 (300), gold 640 "
         "(590).", "310", sector="agriculture"),
    case("Export earnings were, in mln dlrs: cocoa 900 (850), coffee 310 (300), gold 640 "
         "(590).", "640", sector="metals"),
    # the earlier figure in brackets is the same item's
    case("Export earnings were, in mln dlrs: cocoa 900 (850), coffee 310 (300), gold 640 "
         "(590).", "300", sector="agriculture"),
    case("The ministry put the 1987 wheat harvest at 9.1 mln tonnes, against 8.4 mln a year "
         "earlier, and the maize harvest at 3 mln tonnes.", "3 mln tonnes",
         sector="agriculture"),
]  # fmt: skip


# A firm's sales in a market it names ("its U.S. sales") are no country's figure; a
# country's ("Japan said its U.S. exports rose") keep the place.
FIRMS_IN_A_MARKET = [
    case("General Motors said its U.S. sales fell 1.5% in the second quarter.", "1.5%",
         reporter=None, metric="sales"),
    case("Toyota said its European sales rose 2% to 600,000 vehicles.", "600,000 vehicles",
         reporter=None),
]  # fmt: skip


# "the euro zone", "the euro area": a place, not the currency's move.
EURO_PLACES = [
    case("Output in the euro zone as a whole rose 0.2% in the second quarter.", "0.2%",
         metric="production"),
    case("The euro area is forecast to grow just 0.9% this year.", "0.9%", metric="gdp"),
    case("The euro fell 0.3% against the dollar on Friday.", "0.3%", metric="price"),
]  # fmt: skip


# A rate the figure qualifies in the parse is its rate, however many words stand between:
# "a 25% retaliatory tariff", "a 3% most-favoured-nation duty".
RATES_QUALIFIED = [
    case("Beijing hit American beans with a 25% retaliatory tariff in July.", "25%",
         kind="rate", metric="tariff"),
    case("China applies a 3% most-favoured-nation duty on soybeans.", "3%", kind="rate",
         metric="tariff"),
    case("Ottawa announced a 10% temporary emergency levy on steel.", "10%", kind="rate"),
]  # fmt: skip


# A firm named with its legal suffix ("Motor Co.", "Siemens AG") is a firm, and "its" or
# "it" in the sentence after one on a firm stands for that firm, not the article's country.
FIRMS_BY_SUFFIX = [
    case("US car sales slip.\nFord Motor Co. reported a 2.4% decline in August sales.", "2.4%",
         reporter=None),
    case("Japan's carmakers gain.\nHonda Motor Co. said it sold 310,000 cars in May.",
         "310,000 cars", reporter=None),
    case("German orders fall.\nSiemens AG posted a 4% drop in orders.\nIts revenue fell 3% to"
         " 18 billion euros.", "3%", reporter=None),
    case("US retail slows.\nThe company reported higher costs.\nIt sold 2 million phones, up"
         " 8%.", "8%", reporter=None),
    # not after a sentence on a country
    case("Germany's economy shrank 0.2%.\nIts exports fell 2% in March.", "2%",
         reporter="DE"),
]  # fmt: skip


# "The surplus", "the deficit" in a sentence of a longer period than the one the article
# was on is the country's total for that period, not the bilateral figure before it.
TOTALS_OF_A_LONGER_PERIOD = [
    case("Japan's surplus rose. The surplus with the United States was $5bn in December."
         " For 2025 as a whole the surplus totalled $90bn.", "$90bn", partner="WLD"),
    case("Canada's deficit with China widened to C$1.2bn in May. In the first five months of"
         " the year, the deficit reached C$4.1bn.", "C$4.1bn", partner="WLD"),
    case("Korea's surplus with Japan narrowed to $300m in June. Over the first half the"
         " surplus came to $9.5bn, officials said.", "$9.5bn", partner="WLD"),
    # the same month again: still the bilateral figure
    case("Japan's surplus with the United States was $5bn in March. In March the surplus"
         " was up from $4bn a year earlier.", "$4bn", partner="US"),
]  # fmt: skip


# Gapped coordination ("exports rose 5% to $3bn and imports 2% to $2bn"): the verb is
# left out of the second conjunct, which the parse cannot show; its figures are of the noun
# that opens it, and the first conjunct's figures are not.
GAPPED_CONJUNCTS = [
    case("Taiwan's exports climbed 12 pct to 5.3 billion dlrs and imports 9 pct to 4.1"
         " billion in May.", "5.3 billion dlrs", metric="exports"),
    case("Shipments grew 7% to $880m last month, while imports 3% to $610m.", "$880m",
         metric="exports"),
    case("Exports are forecast to grow 6 pct to 22 billion dlrs next year and imports 4 pct to"
         " 19 billion.", "19 billion", metric="imports"),
    case("Exports should rise 5% this year and imports 8% to $40bn, the ministry said.",
         "$40bn", metric="imports"),
    # "with <noun> up/down <figure>": the noun the move is of, and the level it reached
    case("The deficit widened in June, with exports down 6.2% at $3.9bn and imports up 2.1%"
         " at $5.2bn.", "$3.9bn", metric="exports"),
    case("The deficit widened in June, with exports down 6.2% at $3.9bn and imports up 2.1%"
         " at $5.2bn.", "$5.2bn", metric="imports"),
    case("The surplus shrank, with imports up 14 pct to 2.2 billion dlrs.", "2.2 billion dlrs",
         metric="imports"),
    # a nominal conjunct that is itself a figure is no subject
    case("The deficit was seen at 9 billion dlrs this year, or 3.1 pct of gross domestic"
         " product, against 10.2 billion last year.", "10.2 billion", metric="balance"),
]  # fmt: skip


# A share of a seller's exports that a country buys: the buyer is the partner, the seller
# the reporter; a share of what a country buys itself stays its own.
SHARES_BOUGHT = [
    case("Chile's copper sales grew in 2025. China bought 52% of the country's exports.",
         "52%", reporter="CL", partner="CN"),
    case("Kenya's tea trade recovered. Pakistan purchased about a third of Kenyan shipments"
         " last year.", "a third", reporter="KE", partner="PK"),
    case("India buys about 85% of its crude oil abroad.", "85%", reporter="IN"),
]  # fmt: skip


# A place hyphenated to "bound" is where goods go ("US-bound shipments", "Vietnam-bound
# sales": exports to it); to "made" or "built", where they come from.
HYPHENED_PLACES = [
    case("South Korea's exports rose 5% in December. US-bound shipments fell 12%.", "12%",
         metric="exports", partner="US"),
    case("Seoul's chip sales grew. Vietnam-bound sales rose 9%.", "9%", metric="exports",
         partner="VN"),
    case("Imports of Chinese-made vehicles jumped 40% in 2025.", "40%", partner="CN"),
]  # fmt: skip


# A share of the economy whose part is a pronoun, or a bare balance word after a balance, is
# of the figure spoken of before; a move in percentage points beside a percent figure is
# that figure's move.
PARTS_CARRIED = [
    case("Canada's current account surplus reached C$12bn in 2004. It amounted to 1.1% of"
         " GDP.", "1.1%", kind="share", metric="balance", reporter="CA"),
    case("South Africa's trade deficit widened to R40bn last year. This was equal to 3% of"
         " gross domestic product.", "3%", kind="share", metric="balance", reporter="ZA"),
    case("Turkey's current account deficit hit $45bn in 2025. The gap was equivalent to 3.2%"
         " of GDP.", "3.2%", kind="share", metric="balance"),
    case("Exports rose to 35% of GDP in 2024, up 2 percentage points.", "2 percentage points",
         kind="change", metric="exports"),
    case("The deficit was 3.1% of GDP, 0.4 percentage points higher than in 2003.",
         "0.4 percentage points", kind="change", metric="balance"),
    case("Brazil's public debt rose to 4 trillion reais in 2024. It amounted to 78% of GDP.",
         "78%", kind="share", metric="other"),
]  # fmt: skip


# A figure gapped after a forecast, with only its period between ("expects to grow 1% this
# year and 1.8% in 2026"), is a forecast too, however the parse joined it: the sentences
# after go on with the period the article reports, not the forecast's.
GAPPED_FORECASTS = [
    case("South Korea's exports rose 8.4% in November. Chips are the engine of an economy that"
         " the central bank expects to grow 1.0% this year and 1.8% in 2026. Shipments to"
         " China rose 6.9%.", "6.9%", period="2025-11"),
    case("Chile's copper exports fell 3% in December. Copper is the backbone of a country that"
         " analysts expect to expand 2.2% next year and 2.5% in 2027. Exports to China dropped"
         " 5%.", "5%", period="2025-12"),
]  # fmt: skip


# A word of no trade metric that the parse reads as the verb a figure is the object of
# ("posts", "costs") names nothing the figure measures; a country earning money from a
# commodity is exporting it.
VERBS_AND_EARNINGS = [
    case("Turkey posts $1.86 billion current-account surplus in October", "$1.86 billion",
         metric="balance", reporter="TR"),
    case("Japan posts record 3 trillion yen trade surplus", "3 trillion yen", metric="balance"),
    case("Pakistan earned $3.9 billion from rice in the fiscal year to June 2024.",
         "$3.9 billion", metric="exports", reporter="PK", sector="agriculture"),
    case("Ghana earns about 2 billion dollars a year from cocoa.", "2 billion dollars",
         metric="exports", reporter="GH"),
    case("Toyota earned $5 billion from car sales.", "$5 billion", metric="sales"),
]  # fmt: skip


# Freight, shipping and container rates are a market price of a service (FORMAT: prices),
# of no country unless named as the market's: the ports of a route are no reporter.
FREIGHT_RATES = [
    case("Container rates sink 61% from a year ago as ships return to the Red Sea", "61%",
         metric="price", sector="services", reporter=None),
    case("The cost of shipping a 40-foot box from Shanghai to Los Angeles fell 4% this week"
         " to $2,140.", "$2,140", metric="price", sector="services", reporter=None),
    case("Freight rates from Asia to northern Europe rose 12% to $3,100 per container.", "12%",
         metric="price", sector="services", reporter=None, partner=None),
]  # fmt: skip


# A percent that qualifies a tariff word in the parse sizes the tariff: a rate, whatever
# verb of change stands near; a move of the tariff stays a change.
TARIFFS_SIZED = [
    case("Chinese buyers pay a 3% most-favoured-nation duty plus 20% on US soybeans.", "3%",
         kind="rate", metric="tariff"),
    case("Garment sales rose under the 20% \"reciprocal\" tariff Washington imposed in August.",
         "20%", kind="rate", metric="tariff"),
    case("A 25% tariff rise hit exports.", "25%", kind="change"),
]  # fmt: skip


# The country an article's tariffs are imposed by (the subject of a verb imposing one, a
# tariff's possessor) imposes a tariff whose sentence names only the country it falls on;
# a country acting in the figure's clause imposes its own.
TARIFF_IMPOSERS = [
    case("Swiss watch exports plunge 16.5% under 39% tariff\n\nThe slide came after"
         " Washington imposed the tariff on most Swiss goods in August.", "39%", reporter="US",
         partner="CH"),
    case("Vietnamese exports rose 27% in ten months despite a 20% tariff. Washington imposed"
         " the duty in April.", "20%", reporter="US", partner="VN"),
    case("Bangladesh's garment exports rose 9% in the quarter. Shipments slowed under the 20%"
         " tariff Washington imposed in August.", "20%", reporter="US", partner="BD"),
    case("Swiss watch exports fell 16% in August. It was the first month in which"
         " Washington's 39% tariff applied.", "39%", reporter="US", partner="CH"),
    case("Washington imposed a 25% tariff on imported cars in April. Ford put its tariff bill"
         " for the year at $2 billion.", "$2 billion", metric="tariff", reporter="US"),
    case("The US raised duties on steel to 50% in June. Tariff-related costs at the toolmaker"
         " reached about $700 million in the quarter.", "$700 million", metric="tariff",
         reporter="US"),
    case("Washington imposed a 39% tariff on Swiss goods. Mexico City responded by proposing"
         " tariffs of up to 50% on imports from countries without a deal.", "50%",
         reporter="MX"),
    case("Washington imposed a 39% tariff on Swiss goods. The Brazilian government is phasing"
         " in an import tax on electric vehicles that reaches 35% in July.", "35%",
         reporter="BR"),
]  # fmt: skip


# A purchasing managers' or confidence index is a survey of the economy, other, of its
# country: no market's price.
SURVEY_INDICES = [
    case("China's official manufacturing index slipped to 49.5 in August from 49.7 in July.",
         "49.5", metric="other", reporter="CN"),
    case("Germany's purchasing managers' index rose to 50.4 in May.", "50.4", metric="other",
         reporter="DE"),
    case("The Shanghai composite index fell 1% to 2,900.", "2,900", metric="price"),
]  # fmt: skip


# A move sized by a change noun whose clause names a country's sales abroad is of those
# exports ("Sales to the US almost doubled, a 99.8% rise"), and so are deliveries to a place.
SALES_ABROAD_MOVED = [
    case("Taiwan's exports surged 49.7% in October. Sales to the US almost doubled to $21.5"
         " billion, a 99.8% rise on a year earlier.", "99.8%", metric="exports", partner="US"),
    case("Bangladesh's garment exports rose in the quarter. US-bound sales slowed to a 4.1% gain"
         " under the tariff.", "4.1%", metric="exports", partner="US"),
    case("Swiss watch exports fell 9% in August. Deliveries to the United States had surged 45%"
         " in April.", "45%", metric="exports", partner="US"),
    case("Toyota said its sales to China rose 5% in the quarter.", "5%", metric="sales"),
]  # fmt: skip


# A place conjoined to a destination or origin ("to China and Hong Kong") is a second one,
# not the figure's reporter.
CONJOINED_COUNTERPARTS = [
    case("Taiwan's exports rose 40% in October. Sales to the US doubled, while shipments to"
         " China and Hong Kong, long the top market, grew 18.4%.", "18.4%", reporter="TW",
         partner="CN"),
    case("Korea's exports rose 5% in May. Chip shipments to Vietnam and Singapore fell 2.1%,"
         " the ministry said.", "2.1%", reporter="KR", partner="VN"),
    case("Japan's imports rose in May. Purchases from Australia and Indonesia, its main"
         " suppliers, climbed 6%.", "6%", reporter="JP", partner="AU"),
]  # fmt: skip


# Goods owned by a country described ("the country's goods") or a described country that
# faces a tariff ("The island faces a 20% US tariff"): that country is the tariff's partner.
DESCRIBED_TARIFF_PARTNERS = [
    case("South Africa's exports fell 3% in July. Washington imposed a 30% tariff on most of"
         " the country's goods.", "30%", reporter="US", partner="ZA"),
    case("Taiwan's exports rose 3% in July. The island still faces a 20% US tariff.", "20%",
         reporter="US", partner="TW"),
    case("Brazil's exports rose 2% in May. The country faces a 50% tariff in the US.", "50%",
         partner="BR"),
]  # fmt: skip


# A trade word conjoined to the figure's own place ("Japan and South Korea had surpluses")
# names a second country of the same kind, not the counterpart: only "between" or a word
# of two-way trade pairs them.
CONJOINED_OWNERS = [
    case("Japan and South Korea ran trade surpluses of 15.7 billion and 7.3 billion dlrs"
         " respectively.", "7.3 billion dlrs", partner="WLD"),
    case("Chile and Peru raised copper exports by 4% and 6% in 2025.", "4%", reporter="CL",
         partner="WLD"),
    case("Trade between China and Russia rose 3% in 2025.", "3%", metric="trade",
         reporter="CN", partner="RU"),
]  # fmt: skip


# In a headline the parse takes a verb of moving for a noun ("EXPORTS ROSE", "IMPORTS
# JUMP"): the trade word before it still names what the figure measures.
HEADLINE_MOVES = [
    case("INDONESIA'S NON-OIL EXPORTS ROSE 11.4 PCT IN 1986", "11.4 PCT", metric="exports",
         reporter="ID"),
    case("GERMAN IMPORTS JUMP 8 PCT IN MAY", "8 PCT", metric="imports", reporter="DE"),
    case("TAIWAN EXPORTS RISE 12 PCT", "12 PCT", metric="exports", reporter="TW"),
]  # fmt: skip


# A country pronoun or a country described that sells a commodity exports it, in a sentence
# on no firm ("the country sold 10.2 million tonnes of steel"); a firm that sells does not.
SPOKEN_SELLERS = [
    case("Vietnam's exports rose 5% in 2025. The country sold 10.2 million tonnes of steel"
         " in December.", "10.2 million tonnes", metric="exports", reporter="VN"),
    case("Argentina's harvest was a record. It sold 4 mln tonnes of wheat to China last"
         " year.", "4 mln tonnes", metric="exports", reporter="AR", partner="CN"),
    case("The company said its profit rose 5% in 2025. It sold 10.2 million tonnes of steel"
         " last year.", "10.2 million tonnes", metric="sales"),
]  # fmt: skip


# A stock (debt, reserves) with no period of its own sentence takes none from the sentence
# before, whose period is its flows'; one its own sentence dates keeps that period.
STOCKS_UNDATED = [
    case("Brazil's exports fell 5% in March. Its foreign debt stands at 68 billion dlrs.",
         "68 billion dlrs", period=None),
    case("Exports rose 8% in 2004. Reserves have reached a record $105bn.", "$105bn",
         period=None),
    case("Exports rose 8% in 2004. Reserves reached $105bn at the end of 2004.", "$105bn",
         period="2004"),
]  # fmt: skip


# A balance word that says nothing of trade, in an article whose balances so far were all
# the public finances', is theirs too, however far the last one; not once the article has
# given an external balance.
ARTICLE_FISCAL_BALANCES = [
    case("Governments may run budget deficits above 3% of GDP. The rules stay in place."
         " Germany's deficit was 3.7% of GDP last year.", "3.7%", metric="other"),
    case("The budget shortfall reached $40bn in 2004. Officials met on Monday. Ministers"
         " spoke. Its deficit will narrow to $35bn next year.", "$35bn", metric="other"),
    case("The budget deficit was 3% of GDP in 2004. The trade deficit widened to $5bn."
         " Ministers met. The deficit narrowed to $4bn in May.", "$4bn", metric="balance"),
    # a budget balance named with no figure counts too
    case("France and Italy struggle to tame their budget deficits. The rules stay. Ministers"
         " met. The French government said its deficit shrank to 3.6% of GDP in 2004.",
         "3.6%", metric="other"),
]  # fmt: skip


# A cumulative period that runs up to the month or quarter the article reports ("For the
# first four months the deficit totalled ...") is an aside: the sentences after it go on
# with the reported period, unless they point back to it ("over the four months"); a
# whole year after its last quarter is no aside.
CUMULATIVE_ASIDES = [
    case("The U.S. trade deficit fell to 13.32 billion dlrs in April 2025. For the first four"
         " months of 2025 the deficit totalled 55.71 billion dlrs. Farm exports climbed 18.3"
         " pct to 2.41 billion dlrs.", "18.3 pct", period="2025-04"),
    case("France said its deficit widened to 3.1 billion euros in March 2025. For the first"
         " quarter of 2025 the deficit was 5.4 billion euros. Energy imports dropped 8 pct.",
         "8 pct",
         period="2025-03"),
    case("Italy said exports rose 5 pct in April 2025. In the first four months exports rose"
         " 7 pct. Over the four months imports rose 3 pct.", "3 pct",
         period="2025-01/2025-04"),
    case("China said exports rose 5 pct in the fourth quarter of 2024. For the whole of 2024"
         " exports rose 35 pct. The surplus widened to 32 billion dlrs.", "32 billion dlrs",
         period="2024"),
]  # fmt: skip


# A sentence with no figure about one country alone turns the article to it: a figure of
# the next sentence that names no place is that country's, not the figure before's; not a
# sentence that names another country beside it.
TURNED_TO_A_COUNTRY = [
    case("France's deficit rose to 3% of GDP in 2004. Spain, which joined the euro in 1999,"
         " is also under scrutiny. The finance minister expects borrowing of 20bn euros this"
         " year.", "20bn euros", reporter="ES"),
    case("Japan's exports rose 5% in May. China, meanwhile, is booming. Exports rose 30% in"
         " the month.", "30%", reporter="CN"),
    case("Japan's exports rose 5% in April. The United States is Japan's biggest market."
         " Exports rose 3% in May.", "3%", reporter="JP"),
]  # fmt: skip


# A table in running text of a trade flow "by market", "by destination" or "from the main
# suppliers": each item's place is the counterpart of the article's country, not its owner.
MARKET_TABLES = [
    case("Taiwan's exports rose 20 pct in 1986. Exports by destination, in mln U.S. dlrs,"
         " were: United States 19,000 (14,800), Japan 3,500 (2,600).", "3,500",
         reporter="TW", partner="JP"),
    case("South Korean exports rose 24 pct in the first quarter. Exports by main market in"
         " the quarter, in mln dlrs, were: United States 3,610 (2,540), Japan 1,530"
         " (1,020).", "2,540", reporter="KR", partner="US"),
    case("Britain's imports rose 5 pct in January. Imports from the main suppliers in January"
         " were: Japan 1.2 billion dlrs, West Germany 800 mln.", "800 mln", reporter="GB",
         partner="DE"),
]  # fmt: skip


# A list after a colon takes the current period its header names ("these figures for the
# first five months of 1987 ...: exports 18.64 (13.92)"); its bracketed earlier figures are
# of the period before, which the sentences after do not go on with. A place that only says
# whose dollar a unit is ("in billions of U.S. dlrs") is no role of the figures.
LIST_HEADERS = [
    case("Taiwan's exports rose 36 pct in May 1987. The ministry gave these figures for the"
         " first five months of 1987, in billions of U.S. dlrs, with those for January-May"
         " 1986 in brackets: exports 18.64 (13.92), imports 10.37 (7.65).", "18.64",
         period="1987-01/1987-05", reporter="TW"),
    case("Taiwan's exports rose 36 pct in May 1987. The ministry gave these figures for the"
         " first five months of 1987, in billions of U.S. dlrs, with those for January-May"
         " 1986 in brackets: exports 18.64 (13.92), imports 10.37 (7.65).", "10.37",
         partner="WLD", reporter="TW"),
    case("Canada's figures for January 1987, in billions of Canadian dlrs, with December in"
         " brackets, were: exports 10.41 (10.03), imports 9.29 (9.25).", "9.29",
         period="1987-01", reporter="CA", partner="WLD"),
    case("Hong Kong's exports rose 20 pct to 30 billion Hong Kong dollars in 1986.",
         "30 billion Hong Kong dollars", reporter="HK", partner="WLD"),
]  # fmt: skip


# A percent level ("to 3%", "at 4.75%") right after a move in percentage points, in a
# sentence with a rate word before it, is the rate the move reached, not a second move.
RATES_AFTER_POINTS = [
    case("The Federal Reserve raised interest rates by a quarter of a percentage point on"
         " Tuesday, taking them to 3%, its highest in four years.", "3%", kind="rate",
         direction=None),
    case("The central bank cut its lending rate by half a percentage point last week,"
         " leaving it at 7.5%.", "7.5%", kind="rate"),
    case("Exports rose by 2 percentage points of GDP in 2004, to 35% of output.", "35%",
         kind="share"),
    # a percent "to" or "at" after a rate word the sentence moved, with no move word of its own
    case("The Bank of England raised interest rates five times since November 2003, taking"
         " them to 4.75%.", "4.75%", kind="rate", direction=None),
    case("Washington raised tariffs on Chinese steel twice last year, bringing them to 50%.",
         "50%", kind="rate", direction=None),
]  # fmt: skip


# A tax on firms or people ("corporation tax", "income tax") is no tariff: its rate is
# other, the country's that sets it; a tax or duty on goods stays a tariff.
DOMESTIC_TAXES = [
    case("India cut its budget deficit in 2005. Corporation tax will fall to 30% from 35%,"
         " the finance minister said.", "30%", kind="rate", metric="other", reporter="IN"),
    case("Germany's government plans to cut the top rate of income tax to 42% next year.",
         "42%", kind="rate", metric="other"),
    case("India cut import duties on cars to 60% in 2005.", "60%", kind="rate",
         metric="tariff"),
]  # fmt: skip


# "the gap" alone is the deficit spoken of: the trade one in a trade story, the budget's
# after a budget deficit; not "the gap between" two things.
THE_GAP = [
    case("US imports rose 3% in January. Analysts expected the gap to narrow to about $57bn"
         " in February.", "$57bn", metric="balance"),
    case("The budget deficit was 3.7% of GDP in 2004. The gap will narrow to 2.9% this"
         " year.", "2.9%", metric="other"),
    case("Exports rose 5% to $20bn in March, and the gap between rich and poor regions"
         " widened.", "$20bn", metric="exports"),
]  # fmt: skip


# What a country supplies is its buyer's imports from it ("Brazil supplies 86% of China's
# soybeans"); supplied "to" a named country, the supplier's exports.
SUPPLIERS = [
    case("China imported 105 million tonnes of soybeans in 2024. Brazil supplies 86% of"
         " China's soybeans.", "86%", metric="imports", reporter="CN", partner="BR"),
    case("Japan bought more coal in 2024. Australia supplied 61 million tonnes, the ministry"
         " said.", "61 million tonnes", metric="imports", reporter="JP", partner="AU"),
    case("Venezuela has offered to supply 120,000 barrels of fuel oil to China.",
         "120,000 barrels", metric="exports", reporter="VE", partner="CN"),
]  # fmt: skip


# A list whose unit is declared "in mln tonnes" or "in billion rupees" counts its bare
# numbers in it; its bracketed figures are of the period the brackets hold, a fiscal year
# written "1985/86" too; a header "by origin" however long before its colon makes the
# items counterparts.
DECLARED_LISTS = [
    case("Soviet grain purchases in 1986/87 by origin, in mln tonnes, with the 1985/86"
         " figures in brackets, were estimated by the department as follows: United States"
         " 4.1 (7.4), Canada 6.8 (5.3).", "5.3", period="1986", reporter="SU",
         partner="CA"),
    case("India's exports rose 9 pct in fiscal 1986/87. Main exports, in billion rupees,"
         " with 1985/86 in brackets, were: tea 6.2 (6.7), iron ore 5.1 (5.3).", "6.7",
         period="1986", metric="exports", sector="agriculture"),
]  # fmt: skip


# A "rate" a word of a kind of tariff qualifies is a tariff's rate; so is a bare one in
# the sentence after a tariff's rate.
TARIFF_KIND_RATES = [
    case("The Commerce Department raised its anti-dumping rate on Canadian lumber to 20.56%"
         " from 7.66%.", "20.56%", kind="rate", metric="tariff"),
    case("Washington imposed a 25% reciprocal rate on Indian goods.", "25%", kind="rate",
         metric="tariff"),
    case("Swiss watches face a 39% tariff in the US. Makers say the 39% rate is a blow.",
         "39%", kind="rate", metric="tariff"),
    case("Swiss watches face a 39% tariff in the US. The central bank held its rate at 1%.",
         "1%", kind="rate", metric="other"),
]  # fmt: skip


# A stock index named by no country or name ("the composite index", "the weighted stock
# index") is the market of the country the article is on, in points or moved by a percent;
# a freight or price index quoted in money is no country's.
GENERIC_INDICES = [
    case("Malaysia's exports rose 5 pct in May. In Kuala Lumpur the composite index rose 3.12"
         " points to 298.45.", "298.45", metric="price", reporter="MY"),
    case("Taiwan's exports rose 5 pct in May. The weighted stock index rose 2.4 pct.",
         "2.4 pct", metric="price", reporter="TW"),
    case("China's exports rose 5% in May. A freight index slipped 3% to $3,080 per box.",
         "$3,080", reporter=None),
]  # fmt: skip


# A specific duty, money per unit of the goods a tariff word sizes, is the tariff's rate.
SPECIFIC_DUTIES = [
    case("The EU will impose a tariff of 230 euros a tonne on bananas.", "230 euros",
         kind="rate", metric="tariff", reporter="EU"),
    case("China charges a duty of $30 per tonne on imported coal.", "$30", kind="rate",
         metric="tariff"),
    case("Bananas sold at 75 euros a tonne in Rotterdam.", "75 euros", kind="amount",
         metric="price"),
]  # fmt: skip


# A figure said to be the one reported earlier ("from 3.96 billion reported earlier",
# "against an earlier estimate of 12.0 billion") is the first estimate of the revised
# figure, of its period.
EARLIER_ESTIMATES = [
    case("Taiwan's exports rose 36 pct in May 1987. The ministry revised March 1987 exports to"
         " 4.02 billion dlrs from 3.96 billion reported earlier.", "3.96 billion",
         period="1987-03"),
    case("China's deficit narrowed in 1986. The customs put the deficit at a revised 11.97"
         " billion dlrs, against an earlier estimate of 12.02 billion.", "12.02 billion",
         period="1986"),
]  # fmt: skip


# An earner of foreign exchange ("the main non-oil earners were: ...", "the biggest export
# earner") names exports; not a firm's "top earners".
EXPORT_EARNERS = [
    case("Indonesia's economy slowed in 1986. The main non-oil earners were, in mln dlrs:"
         " plywood 1,012 (842), coffee 817 (562).", "817", metric="exports",
         sector="agriculture"),
    case("Coffee remained Colombia's biggest export earner in 1986 at 5.92 billion dlrs.",
         "5.92 billion dlrs", metric="exports", sector="agriculture"),
]  # fmt: skip


# A place that is the subject of another verb than the figure's, whose verb has a subject
# noun of its own, is not the figure's reporter; the verb the figure's clause completes
# keeps its subject ("Japan expects exports to rise").
SUBJECTS_OF_ANOTHER_VERB = [
    case("Vietnam's exports rose 15% in 2025. The United States remained Vietnam's largest"
         " market, while exports to the European Union increased 19%.", "19%", reporter="VN",
         partner="EU"),
    case("Chile's copper exports rose 8% in 2025. China stayed the top buyer, and shipments to"
         " Japan climbed 4%.", "4%", reporter="CL", partner="JP"),
    case("Japan expects exports to rise 5% this year.", "5%", reporter="JP"),
]  # fmt: skip


# Vehicles a seller registers, delivers or sells are its sales, not a verb's object of no
# metric; a country that ships them abroad exports them.
VEHICLES_SOLD = [
    case("Volkswagen registered 56,201 new cars in December.", "56,201 new cars",
         metric="sales"),
    case("Tesla delivered 95,200 vehicles in the quarter.", "95,200 vehicles", metric="sales"),
    case("Japan shipped 4.2 million vehicles abroad in 2024.", "4.2 million vehicles",
         metric="exports"),
]  # fmt: skip


# A text table's header row says the metric and period of the cells below it that name
# neither, and the unit of its bare numbers; a column whose header names nothing ("Change
# y/y") goes with the one on its left; a caption row names the reporter of a table by place.
TABLE = (
    "German car registrations rose 8% in December.\n\n| Brand | Registrations, Dec 2025 |"
    " Change y/y |\n\n|---|---|---|\n\n| Audi | 17,925 cars | +7.1% |\n\n| Opel | 15,206"
    " cars | -4.4% |"
)
CAPTIONED = (
    "Japan's exports fell 1.6% in December.\n\n| Japan's exports by destination, December 2025"
    " | | |\n\n|---|---|---|\n\n| Destination | Value (bn yen) | Change y/y |\n\n|---|---|---|"
    "\n\n| China | 1,205.3 | -9.3% |\n\n| European Union | 770.8 | -2.1% |"
)
TABLE_HEADERS = [
    case(CAPTIONED, "1,205.3", kind="amount", unit="JPY", value=1205.3e9, metric="exports",
         reporter="JP", partner="CN", period="2025-12"),
    case(CAPTIONED, "2.1%", metric="exports", reporter="JP", partner="EU", direction="down"),
    case("| Week ended | Net sales (tonnes) |\n\n|---|---|\n\n| Aug. 22 | 58,400 |", "58,400",
         unit="tonnes", value=58400),
    case("| Domestic passenger-vehicle sales, December 2025 | | |\n\n|---|---|---|\n\n"
         "| Maker | Units | Change on year |\n\n|---|---|---|\n\n| Arya Motors | 101,540 |"
         " -26.7% |", "26.7%", metric="sales", sector="automotive", period="2025-12"),
    case(TABLE, "17,925 cars", metric="sales", period="2025-12"),
    case(TABLE, "4.4%", metric="sales", period="2025-12", direction="down"),
    case("| Market | Exports, 2024 | Share |\n\n|---|---|---|\n\n| Japan | $4.2bn | 31% |",
         "$4.2bn", metric="exports", period="2024"),
]  # fmt: skip


# A level a move came from, its period unnamed, is of the period before the one reported,
# unless the article compares with the same period a year before (the last dated comparison,
# a few sentences back); a sentence naming compared periods of its own is read by them.
COMPARED_AS_THE_ARTICLE_DOES = [
    case("Chile posted a surplus of 450 mln dlrs in December, against a deficit of 112 mln in"
         " the same month of 2024. Copper shipments rose to 1.41 billion dlrs in December from"
         " 1.02 billion.", "1.02 billion", period="2024-12"),
    case("Peru's exports rose to 2.1 billion dlrs in December from 1.9 billion in November."
         " Imports fell to 1.74 billion dlrs from 1.81 billion.", "1.81 billion",
         period="2025-11"),
    case("The surplus was 3.2 billion dlrs in December, against 2.9 billion a year earlier."
         " Exports climbed to 9.6 billion dlrs from 8.8 billion, the ministry said.",
         "8.8 billion", period="2024-12"),
]  # fmt: skip


# A quote told as a fact is of its day even when another clause of the sentence speaks of
# what could happen; a quote that could or would happen has no day.
QUOTES_BESIDE_A_POSSIBILITY = [
    case("The dollar fell 0.8% against the euro after the figures, and traders said it could"
         " come under further pressure.", "0.8%", period="2026-01"),
    case("Sterling slipped 0.4% to $1.8620, though dealers warned the Bank could act.", "0.4%",
         period="2026-01"),
    case("Analysts said the dollar could fall 5% against the yen.", "5%", period=None),
]  # fmt: skip


# A name that is no place, body, goods or person as the subject of a sales figure's or a
# job count's verb is a firm's, though the article never called it one.
NAMED_SELLERS = [
    case("German car registrations rose 16.4% in August, while BMW's slipped 1.9%.", "1.9%",
         reporter=None),
    case("Kessler is to axe 6,400 jobs in Germany.", "6,400 jobs", reporter=None),
    case("Mr Brown plans to create 10,000 jobs in Scotland.", "10,000 jobs", reporter="GB"),
]  # fmt: skip


# Revenue the state owns or its budget counts is no firm's sales.
PUBLIC_REVENUE = [
    case("The 1987/88 budget assumes oil revenues of 6.9 trillion rupiah.",
         "6.9 trillion rupiah", metric="other"),
    case("The Treasury expects receipts of 420 billion pounds next year.", "420 billion pounds",
         metric="other"),
    case("Shell's revenues rose 12% to $78bn.", "$78bn", metric="sales"),
]  # fmt: skip


# Stocks of goods held in store are no shares: goods counted in their units in the sentence,
# or an "of" naming goods; a fraction of a thing's value lost is a move, as a percentage is.
STORES_AND_VALUES = [
    case("EU butter stocks stood at 1.3 mln tonnes, down about 10 pct from a year earlier.",
         "10 pct", metric="other"),
    case("Intervention stocks totalled 950,000 tonnes of skimmed milk powder.",
         "950,000 tonnes", metric="other"),
    case("Tokyo stocks fell 2 pct on Monday.", "2 pct", metric="price"),
    case("The dollar has lost about a third of its value against the euro since 2002.",
         "a third", kind="change", direction="down", metric="price"),
    case("The peso lost a quarter of its value in 2002.", "a quarter", kind="change",
         direction="down"),
]  # fmt: skip


# Sales without goods of their own go on with the goods the figure before sold, a country's
# or its ("Britain's market", "its volumes"); not all goods, nor another named firm's.
SALES_GO_ON_WITH_GOODS = [
    case("New car sales in Europe fell 3.1% in July. Britain's market shrank 4.9%.", "4.9%",
         sector="automotive"),
    case("Car registrations across the EU dropped 2.4% in May. Its volumes were down 7.3% in"
         " Italy.", "7.3%", sector="automotive"),
    case("Car sales fell 3% in July. Total retail sales rose 0.4%.", "0.4%", sector=None),
]  # fmt: skip


# A stock index the lexicon names is a price cue with its country, whatever noun follows it
# ("the Nikkei stock average", "the All Ordinaries index").
INDICES_NAMED = [
    case("The Nikkei stock average closed 102.44 points lower at 21,412.07.", "21,412.07",
         metric="price", reporter="JP", sector=None),
    case("In Sydney, the All Ordinaries index closed 12.4 points higher at 2,041.6.",
         "12.4 points", metric="price", reporter="AU"),
    case("Madrid's IBEX 35 index slipped 0.8% on Monday.", "0.8%", metric="price",
         reporter="ES"),
]  # fmt: skip


# The economy as the subject is the country's, whatever firm the sentence before was on.
ECONOMY_AFTER_A_FIRM = [
    case("Germany's exports fell in 2024. Volkswagen, the country's largest carmaker, said its"
         " deliveries fell 2.3%. The economy itself contracted 0.2% in 2024.", "0.2%",
         reporter="DE"),
    case("Italy's output slipped in March. Carmaker Fiat said it would cut 1,800 jobs. The"
         " economy shrank 0.5% in the quarter.", "0.5%", reporter="IT"),
]  # fmt: skip


# "those to China" stands for the sales or shipments named before it, with its own "to":
# the country's exports to that place.
THOSE_TO_A_PLACE = [
    case("Sales to the United Arab Emirates climbed 24.3% and those to China rose 33%.",
         "33%", metric="exports", partner="CN"),
    case("Brazil's sales to Argentina fell 4%, while those to Chile gained 2.5%.", "2.5%",
         metric="exports", partner="CL", reporter="BR"),
]  # fmt: skip

# "plunged 49% year on year": the parse may hang the figure on the time basis; the figure
# still measures the verb's subject.
YEAR_ON_YEAR_BASIS = [
    case("Steel exports to the US, now subject to a 50% tariff, plunged 49% year on year.",
         "49%", metric="exports", partner="US"),
    case("Japanese car imports dropped 12% month on month in May.", "12%", metric="imports"),
]  # fmt: skip


# A tariff's rate has no period of its own: the month names when it was set; "now" on its
# own verb is the published month (FORMAT), not for the rate it came down from.
TARIFF_RATES_UNDATED = [
    case("Washington slapped a 20% duty on Vietnamese goods in August.", "20%", period=None),
    case("The levy on Chinese electric cars reaches 35% in July.", "35%", period=None),
    case("Ottawa said its counter-tariff of 25% on US steel took effect on March 13.", "25%",
         period=None),
    case("Washington now charges 15% on Japanese cars, down from 27.5%.", "15%",
         period="2026-01"),
    case("Washington now charges 15% on Japanese cars, down from 27.5%.", "27.5%", period=None),
]  # fmt: skip


# A price of no goods of its own (money per unit, or a bare "price") is of the commodity a
# figure of the sentence or the one before named; a share's or consumers' price is not.
GOODS_PRICED = [
    case("Palm oil shipments rose to a record 4.6 mln tonnes, but the average export price"
         " slumped to 640 ringgit a tonne.", "640 ringgit", sector="agriculture"),
    case("Zambia's copper exports rose 8 pct to 410,000 tonnes in 1986. On the London market"
         " the price averaged 1,420 dlrs.", "1,420 dlrs", sector="metals"),
    case("Toyota's car sales rose 5 pct. Its share price fell 2 pct to 1,420 yen.",
         "1,420 yen", sector=None),
    case("Coffee exports fell 10 pct in January. Consumer prices rose 0.4 pct.", "0.4 pct",
         sector=None),
]  # fmt: skip


# A preposition right after a noun that the parse hung on an earlier preposition is the
# noun's own: "sales to Hong Kong" after "from 2.33 billion", and its place is not the
# partner of the figure before it.
PREPOSITIONS_BESIDE_THE_NOUN = [
    case("Taiwan's exports to Japan climbed to 3.16 billion dlrs from 2.33 billion and sales"
         " to Hong Kong reached 1.94 billion.", "1.94 billion", metric="exports", partner="HK"),
    case("Kenya's coffee exports fell to 186 mln dlrs from 241 mln and sales to West Germany"
         " dropped to 40 mln dlrs.", "241 mln", metric="exports", partner="WLD"),
    case("Peru's fishmeal exports rose to 88 mln dlrs from 71 mln, and sales to China climbed"
         " to 12 mln dlrs.", "71 mln", partner="WLD"),
]  # fmt: skip


# A period or place in a clause set off by a comma that qualifies a noun is what the clause
# tells of, not a figure outside that noun's; a year that names the figures in brackets is
# theirs, not the table's.
PERIODS_OF_ASIDES = [
    case("South Korea's exports surged in December. Car exports, held back by the 15% tariff"
         " Washington charges on Korean-built vehicles, edged up 1.9%.", "1.9%", reporter="KR",
         partner="WLD"),
    case("Thailand's rice exports rose in 2025. Shipments, hurt by new quotas in the"
         " Philippines, slipped 3%.", "3%", reporter="TH", partner="WLD"),
    case("Malaysia's soybean exports rose in 1986. Palm oil shipments, lifted by a drought in"
         " Brazil, climbed 12 pct.", "12 pct", reporter="MY"),
    case("Malaysia's rubber output rose last year. Palm oil sales, boosted by strong demand"
         " in India, rose 9 pct.", "9 pct", reporter="MY"),
    case("Copper exports rose 3 pct to 1.2 mln tonnes in 1986, while zinc exports, hurt by a"
         " strike at the mines in March 1985, fell to 61,000 tonnes.", "61,000 tonnes",
         period="1986"),
    case("Soybean exports rose to 2.3 billion dlrs in 1986. Palm oil shipments, lifted by a"
         " drought abroad in 1985, climbed 12 pct.", "12 pct", period="1986"),
    case("Ghana's exports rose 4 pct to 2.1 billion cedis in 1986.\n\nExport earnings from the"
         " main products, in cedis, with 1985 figures in brackets, were:\n\nCocoa 1.1 billion"
         " cedis (0.9 billion)", "1.1 billion cedis", period="1986"),
]  # fmt: skip


# A balance in percent at the level it stands at or reaches is its share of the economy (as
# "a deficit of 3.6%" is); a move of the balance by a percentage stays a change.
BALANCE_LEVELS = [
    case("Portugal's budget shortfall hit 3.4% last year.", "3.4%", kind="share",
         direction=None, metric="other"),
    case("The Commission expects France's deficit to narrow to 2.8% in 2006 and 2.5% in 2007.",
         "2.5%", kind="share", direction=None),
    case("Turkey's current account deficit reached 5.1% in the fourth quarter.", "5.1%",
         kind="share", direction=None, metric="balance"),
    case("Canada's trade surplus widened by 4% in June.", "4%", kind="change", direction="up"),
]  # fmt: skip


PARSE_RULE_CASES = [
    *PARTS_CARRIED,
    *SALES_ABROAD_MOVED,
    *SURVEY_INDICES,
    *TARIFF_IMPOSERS,
    *TARIFFS_SIZED,
    *FREIGHT_RATES,
    *VERBS_AND_EARNINGS,
    *GAPPED_FORECASTS,
    *CONJOINED_COUNTERPARTS,
    *DESCRIBED_TARIFF_PARTNERS,
    *HYPHENED_PLACES,
    *SUBJECTS_OF_ANOTHER_VERB,
    *VEHICLES_SOLD,
    *TABLE_HEADERS,
    *COMPARED_AS_THE_ARTICLE_DOES,
    *QUOTES_BESIDE_A_POSSIBILITY,
    *NAMED_SELLERS,
    *PUBLIC_REVENUE,
    *STORES_AND_VALUES,
    *SALES_GO_ON_WITH_GOODS,
    *INDICES_NAMED,
    *ECONOMY_AFTER_A_FIRM,
    *THOSE_TO_A_PLACE,
    *YEAR_ON_YEAR_BASIS,
    *TARIFF_RATES_UNDATED,
    *GOODS_PRICED,
    *PREPOSITIONS_BESIDE_THE_NOUN,
    *PERIODS_OF_ASIDES,
    *BALANCE_LEVELS,
    *SHARES_BOUGHT,
    *GAPPED_CONJUNCTS,
    *FIRMS_BY_SUFFIX,
    *TOTALS_OF_A_LONGER_PERIOD,
    *RATES_QUALIFIED,
    *EURO_PLACES,
    *FIRMS_IN_A_MARKET,
    *TABLE_ITEMS_AND_HARVESTS,
    *MARKETS_BUYING,
    *COMMODITY_TABLES,
    *TARIFF_MONEY_MEASURED,
    *VERBLESS_AND_CONJOINED,
    *FARM_WORDS,
    *LEVELS_A_YEAR_ON,
    *DOLLARS_DECLARED,
    *HEADLINE_SUBJECTS,
    *VALUE_MOVES,
    *BOUGHT_GOODS,
    *PUBLIC_BALANCE_NAMED_BEFORE,
    *HEADLINES_MISREAD,
    *GROWTH_BESIDE_THE_CLAUSE,
    *FINAL_MONTHS,
    *SECTORS_THAT_PRODUCE,
    *GAPPED_LEVELS,
    *SELLERS_AFTER_A_PHRASE,
    *PREVIOUS_FIGURES,
    *CURRENCY_QUOTES_DATED,
    *MARKET_RATES_DATED,
    *SUMS_IN_A_COUNTRYS_CURRENCY,
    *RATES_OF_WHAT_THEY_NAME,
    *FIGURES_PER_PERIOD,
    *TARIFFS_MARKED_BY_GOODS,
    *WHOLE_PERIODS,
    *SUMS_RAISED,
    *RATE_LEVELS_MISATTACHED,
    *SHARES_SENT,
    *BUDGET_CEILINGS,
    *MOVES_THEN_LEVELS,
    *FISCAL_YEARS_BY_COUNTRY,
    *BODIES_OF_PLACES,
    *SHARES_OF_FLOWS,
    *FIRMS_SAYING_IT,
    *BALANCES_IN_PERCENT,
    *TOTALS_AFTER_PARTNERS,
    *CHANGES_ON_LAST_YEARS_MONTH,
    *COMMODITY_EARNINGS,
    *TAKEN_EXPORTS,
    *SUPPLIED_IMPORTS,
    *OUTBOUND_SALES,
    *SIGNED_CHANGES,
    *MOVES_QUOTED_IN_A_CURRENCY,
    *RATES_ON_SIZED_GOODS,
    *COMMODITY_QUOTES_CARRIED,
    *YEAR_AGO_RECALLS,
    *MARKET_METONYMS,
    *INDEX_MARKETS,
    *CURRENCY_PRONOUNS,
    *CURRENCY_OWNED_MOVES,
    *FIRMS_BY_NAME,
    *RATIOS_BESIDE_MONTHS,
    *SENTENCE_PERIOD_CARRIED,
    *MOVES_NAMED_BEFORE,
    *AGAINST_NO_REPORTER,
    *ECONOMY_SHARES_UNWRITTEN,
    *METRIC_WORDS_MORE,
    *CURRENCY_QUOTES,
    *EXPORT_EARNINGS,
    *AGREEMENT_YEARS,
    *FRAMED_LEVELS,
    *ARTICLE_COUNTRY_NOT_COUNTERPART,
    *SECTORS_PAST_A_REMARK,
    *WEEKS_OF_TRADE,
    *SALES_OF_A_PERIOD,
    *COMMODITIES_IN_MONEY,
    *PERIODS_SINGLED_OUT,
    *REVISIONS_RECALLED,
    *PARTNERS_SPOKEN_OF,
    *VEHICLE_UNITS,
    *EARLIER_FIGURES,
    *SIBLING_FIGURES,
    *GOODS_COST,
    *PACES_OF_CHANGE,
    *FISCAL_PERIODS_NOT_FINANCES,
    *RELATIVE_CLAUSE_ANCHORS,
    *BOUNDS_NO_MOVE,
    *DESCRIBED_COUNTRIES,
    *MOVES_OF_GROWTH_AND_SIZED_SHARES,
    *SECTORS_OF_FIRMS_AND_LISTS,
    *LEADS_AND_FORECASTS,
    *TARIFF_ANNOUNCED,
    *BUDGET_SENTENCES,
    *PARTS_OF_JOB_COUNTS,
    *BAGS_AND_BANKS,
    *PER_UNIT_PRICES,
    *EACH_PERIOD_OF_A_SPAN,
    *OBJECT_CLAUSES,
    *COUNTERPARTS_SAID,
    *MEASURES_AND_EARNINGS,
    *COMPARED_PERIODS_AFTER,
    *LEVIED_RATES,
    *CLAUSES_OPENED_AFTER,
    *RANKED_PLACES,
    *DOLLAR_NAMES,
    *WIRE_LEADS,
    *TAXED_GOODS,
    *MOVES_RESTATED_IN_MONEY,
    *PRONOUN_SECTORS,
    *NEW_PERIOD_TOTALS,
    *MARKET_DAY_CURRENCIES,
    *TARIFFS_GO_ON,
    *FACTS_AFTER_FORECASTS,
    *EVENT_DATES,
    *SALES_TO_GROUPS,
    *RELATIVE_ANTECEDENTS,
    *OWNERS_OF_TARIFFED_GOODS,
    *RELATIVE_CLAUSE_PERIODS,
    *QUOTE_DAYS,
    *BOUNDS_AND_JOB_COSTS,
    *COUNTER_TARIFFS,
    *FACED_TARIFFS,
    *TARIFF_RATES_WORDED,
    *FRACTION_MOVES,
    *OTHER_CLAUSE_SOURCES,
    *GAPS_WITH,
    *FRAMING_COMPARISONS,
    *JOBS_WORDED,
    *SALES_TO_ON_THE_VERB,
    *WORTH_AFTER_A_NOUN,
    *NOT_ATTACHED_ACROSS,
    *MARKED_DOLLARS,
    *CARRIED_SALES_SECTORS,
    *COMMODITY_QUOTES,
    *SHARED_PARTNERS,
    *NOT_A_COUNTERPART,
    *TRADE_EARNINGS,
    *WORTH_OF_GOODS,
    *THE_UNIT,
    *CARRIED_PERIODS,
    *MAIN_CLAUSE_ROLES,
    *OTHER_CLAUSE_SECTORS,
    *FEWER_AND_SMALLER,
    *THE_BLOC,
    *PARALLEL_PERIODS,
    *JOBS_GOING,
    *CARRIED_METRICS,
    *VERB_OBJECTS,
    *OUTPUT_AS_GDP,
    *CLAUSE_OWNERS,
    *RANGE_ENDS,
    *COMPARED_PERIODS,
    *FRAME_ROLES,
    *OFFICIAL_OWNERS,
    *FIRM_OWNERS,
    *WORLD_OWNERS,
    *WORLD_AND_FIRMS_IN_GENERAL,
    *GROUP_OWNERS,
    *GROUP_PARTNERS,
    *SHARE_TRADERS,
    *CURRENCY_PARTNERS,
    *PARALLEL_COUNTERPARTS,
    *CARRIED_ROLES,
    *PRONOUN_OWNERS,
    *FISCAL_BALANCES,
    *UTILITY_TARIFFS,
    *MOVES,
    *NOW,
    *CURRENCIES,
    *METRIC_FROM_THE_PARSE,
    *GROWTH_RATES,
    *QUALIFYING_CUES,
    *LEXICON_CASES,
    *FIRMS,
    *CHANGE_BY,
    *MARKET_DAYS,
    *PERIOD_ATTACHMENT,
    *PERIOD_CARRIED,
    *GAPPED_SUBJECTS,
    *BALANCE_PHRASES,
    *JOB_CHANGES,
    *CAUSERS,
    *THRESHOLDS,
    *SHARES_OF_GDP,
    *FIRM_RESULTS,
    *PUBLIC_AFTER_FIRM,
    *FIRST_REPORTS,
    *PERIOD_AFTER_CONVERSIONS,
    *BRACKETED_EARLIER,
    *RELATIVE_CLAUSE_TIMES,
    *RANKED_APPOSITIONS,
    *LIMITS_CARRY_NO_ROLES,
    *FIRM_DOERS,
    *FIRM_KIND_SECTORS,
    *SINCE_SPANS,
    *KINDS_FROM_THE_PARSE,
    *WORD_SENSES_FROM_THE_PARSE,
    *METRIC_WORDS,
    *PERIODLESS_AND_PERIODIC,
    *LEXICON_SENSES,
    *DATED_QUOTES,
    *RATE_COMPARISONS,
    *NOT_COMPARED,
    *HEDGED_SHARES,
    *VERB_FIGURES,
    *TARIFF_INCOME,
    *SOLD_ABROAD,
    *INDEX_NAMES,
    *MOVING_VERBS,
    *RATE_LEVELS,
    *INDEX_PHRASES,
    *RESTATED_MOVES,
    *TRADED_BY_VERB,
    *RATE_MOVES_AND_LEVELS,
    *LEVEL_VERBS,
    *SHARE_FRAMES,
    *ECONOMY_SHARES,
    *GROWTH_OF_THE_SUBJECT,
    *PERIODIC_SALES,
    *RATE_OF_THE_SENTENCE,
    *LEADERS_AND_ORIGINS,
    *UNDATED_SHARES,
    *WORKFORCE_JOBS,
    *JOBS_IN_BARE_NUMBERS,
    *WORKING_HOURS,
    *CURRENCY_BASKETS,
    *CONJOINED_OWNERS,
    *HEADLINE_MOVES,
    *SPOKEN_SELLERS,
    *STOCKS_UNDATED,
    *ARTICLE_FISCAL_BALANCES,
    *CUMULATIVE_ASIDES,
    *TURNED_TO_A_COUNTRY,
    *MARKET_TABLES,
    *LIST_HEADERS,
    *RATES_AFTER_POINTS,
    *DOMESTIC_TAXES,
    *THE_GAP,
    *SUPPLIERS,
    *DECLARED_LISTS,
    *TARIFF_KIND_RATES,
    *GENERIC_INDICES,
    *SPECIFIC_DUTIES,
    *EARLIER_ESTIMATES,
    *EXPORT_EARNERS,
]


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 people attended the rally.",
        "Some 10,000 workers went on strike on Monday.",
        "Two million people lost their homes in the flood.",
        "The talks lasted 12 hours.",
        "Workers staged a 24-hour strike.",
        "Some 30,000 miners went on strike.",
        "The airline ordered 30 Boeing 787 jets and 12 pilots' unions objected.",
        "The survey of 1,500 firms found demand weakening.",
        "Duties were raised on 1,700 products.",
        "Exports rose 8% in 2025. The average salary is 25,000 a year.",
    ],
)
def test_people_hours_and_firms_outside_their_frames_are_no_claims(
    nlp: Language, text: str
) -> None:
    """People not employed, hours not worked, firms and products counted: no figures."""
    claims = claims_by_text(nlp, text)
    assert all(c["unit"] == "percent" for c in claims.values()), sorted(claims)


@pytest.mark.parametrize(("text", "quantity", "expected"), PARSE_RULE_CASES)
def test_parse_rules(nlp: Language, text: str, quantity: str, expected: dict[str, Any]) -> None:
    assert_fields(nlp, text, quantity, expected)


# --- the year an undated article was written ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        ("Growth slowed to 2% in 2004 and is expected to pick up in 2005.", "2005", True),
        ("Growth slowed to 2% in 2004 and is expected to pick up in 2005.", "2004", False),
        ("The global economy will slow in 2011, the agency said.", "2011", True),
        ("Rome plans to raise 9bn euros from sales of state assets in 2008.", "2008", True),
        ("Analysts forecast growth of 3% for 2013.", "2013", True),
        ("The trade gap hits a record in 2009.", "2009", False),
        ("Exports, which rose 5% in 1996, have slowed.", "1996", False),
    ],
)
def test_a_period_spoken_of_ahead(nlp: Language, text: str, word: str, ahead: bool) -> None:
    doc = nlp(text)
    start = text.index(word)
    token = token_at(doc, start, start + len(word))
    assert token is not None and spoken_of_ahead(token) is ahead


UNDATED = [
    # a whole year reported as past: the article is of the next year, early in it
    case(
        "Exports grew 8% in 2010 to a record.\nThe trade surplus rose 4% last year.",
        "4%",
        period="2010",
    ),
    case(
        "For all of 1998, imports fell 6%.\nThis year imports are seen rising 2%.",
        "2%",
        period="1999",
    ),
    # after the last quarter of a year, December is that year's and January the next one's
    case(
        "GDP grew 1% in the final quarter of 2009.\n"
        "Retail sales rose 2% in January, after a 3% fall in December.",
        "2%",
        period="2010-01",
    ),
    case(
        "GDP grew 1% in the final quarter of 2009.\n"
        "Retail sales rose 2% in January, after a 3% fall in December.",
        "3%",
        period="2009-12",
    ),
    # a quarter within the year: the months named are that year's
    case(
        "Output fell 2% in the third quarter of 2008.\nIn October, output fell 1.5% more.",
        "1.5%",
        period="2008-10",
    ),
    # only forecasts, or a year as a point or a name: no bound, the most named year stays
    case(
        "The bank expects growth of 3% in 2012.\nGrowth will be 2.5% this year.",
        "2.5%",
        period="2012",
    ),
    case(
        "The country has entered 2006 with reserves of $40bn.\nReserves rose 5% last year.",
        "5%",
        period="2005",
    ),
    # a wire story's dateline tells the month it was filed in: a month named alone after it
    # in the year is of the year before
    case(
        "AUSTRALIAN DEFICIT NARROWS\n\n    CANBERRA, March 4 - The deficit narrowed to 866 mln "
        "dlrs in January 1987 from 1.32 billion in December.",
        "1.32 billion",
        period="1986-12",
    ),
    case(
        "CANADA TRADE\n\n    OTTAWA, Nov 12 - The surplus rose to 1.1 billion dlrs in "
        "September 1987 from 864 mln in August.",
        "864 mln",
        period="1987-08",
    ),
    # FORMAT: "now" and "currently" mean the published month: undated, no period
    case(
        "US deficit widens\n\nThe deficit grew in 2004. It is now running at an annualised "
        "rate of more than $720bn.",
        "$720bn",
        period=None,
    ),
    case(
        "Reserves climb\n\nReserves rose 8% in 2004. They currently stand at $610bn.",
        "$610bn",
        period=None,
    ),
    # the year something began ("since 2001") is not the year an article is of
    case(
        "Japan slips back\n\nGDP fell 0.1% in the quarter. Rates have been held at zero since "
        "2001. Consumer prices fell 0.2% in December.",
        "0.2%",
        period=None,
    ),
    case(
        "Exports rose 4% in December, the biggest gain since 1998.\nFor 2004 as a whole "
        "exports grew 7%.",
        "4%",
        period="2004-12",
    ),
    # naming no dated period it reports, an article was written before its forecasts end:
    # a month it reports after the first forecast's last one is of the year before
    case(
        "Japan's economy grew 0.5% in the three months to September.\nGrowth of 2.5% is "
        "expected in the year to March 2005.",
        "0.5%",
        period="2004-Q3",
    ),
    case(
        "Exports rose 4% in November.\nThe ministry expects exports to grow 6% in the first "
        "half of 2006.",
        "4%",
        period="2005-11",
    ),
    case(
        "Exports rose 4% in May.\nThe ministry expects exports to grow 6% in the first half "
        "of 2006.",
        "4%",
        period="2006-05",
    ),
    # a fiscal year reported ends in a month its value does not say: the article is of its
    # ending year, and a month named alone is of that year
    case(
        "The deficit narrowed to 1.0 billion dlrs in February 1987 from 1.3 billion in "
        "January.\nThe budget put the deficit at 13 billion dlrs for fiscal 1986/87.",
        "1.3 billion",
        period="1987-01",
    ),
    case(
        "Exports for the financial year 2004-05 reached $80bn.\nIn January alone exports rose 5%.",
        "5%",
        period="2005-01",
    ),
    # reporting a month of a year as past puts the article in that year, its month unknown:
    # a period named alone that ends in December had ended before, so it is the year before's
    case(
        "Unemployment rose to 9.1% in January 2005.\nGDP shrank 0.3% in the fourth quarter.",
        "0.3%",
        period="2004-Q4",
    ),
    case(
        "Prices rose 0.4% in March 2011, the ministry said.\nIn December, prices had fallen 1%.",
        "1%",
        period="2010-12",
    ),
    case(
        "Prices rose 0.4% in March 2011, the ministry said.\nIn the second half, exports grew "
        "by 6%.",
        "6%",
        period="2010-H2",
    ),
    # a forecast or target for a year, told as the object of a verb in the past, is no
    # figure reported for it: the article is still of that year
    case(
        "Prices rose 3% in the first half of 2008.\nThe ministry cut its forecast by a point "
        "for 2008.\nExports grew 5% in the first quarter.",
        "5%",
        period="2008-Q1",
    ),
    case(
        "Output rose 2% in the first eight months of 2011, putting the ministry's target for "
        "the whole year within reach.\nIn January, output had risen 1%.",
        "1%",
        period="2011-01",
    ),
    # not before the months of the year that had begun
    case(
        "Unemployment rose to 9.1% in January 2005.\nGDP grew 0.5% in the first quarter.",
        "0.5%",
        period="2005-Q1",
    ),
]


# FORMAT: a market quote is dated by the day quoted; in an undated article it has no
# period, though the article's own figures take its period. Price statistics keep it.
UNDATED_QUOTES = [
    case(
        "Exports grew 8% in 2010.\nThe FTSE 100 index fell 0.8% to 5,210 points.",
        "0.8%",
        period=None,
    ),
    case(
        "The trade surplus reached a record in 2010.\nBrent crude closed down 51 cents at"
        " $78.38 a barrel.",
        "$78.38",
        period=None,
    ),
    case(
        "Shares in the bank were trading down 1.2% after it reported profits for 2010.",
        "1.2%",
        period=None,
    ),
    case("Exports have fallen 20% since 2019.", "20%", period=None),
    case(
        "Exports grew 8% in 2010.\nConsumer prices rose 2.1%, the statistics office said.",
        "2.1%",
        period="2010",
    ),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), [*UNDATED, *UNDATED_QUOTES])
def test_the_periods_of_an_undated_article(
    nlp: Language, text: str, quantity: str, expected: dict[str, Any]
) -> None:
    claims = claims_by_text(nlp, text, published=None)
    assert claims[quantity]["period"] == expected["period"], claims[quantity]["evidence"]


# A level compared with "last year" while the sentence reports a part of this year is the
# same part a year before; with a year reported, the year before.
@pytest.mark.parametrize(
    ("text", "quantity", "period"),
    [
        (
            "First-quarter exports rose to $11.2 billion. Imports rose to $7.1 billion from"
            " $5.3 billion last year.",
            "$5.3 billion",
            "2024-Q1",
        ),
        (
            "In the first nine months Chile's copper exports climbed to $38 billion from $33"
            " billion last year.",
            "$33 billion",
            "2024-01/2024-09",
        ),
        ("Exports reached $90 billion this year, up from $84 billion last year.", "$84 billion",
         "2024"),
    ],
)  # fmt: skip
def test_a_level_of_last_year_is_the_same_part_of_it(
    nlp: Language, text: str, quantity: str, period: str
) -> None:
    claims = claims_by_text(nlp, text, published=date(2025, 11, 5))
    assert claims[quantity]["period"] == period, claims[quantity]["evidence"]
