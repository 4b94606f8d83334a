"""What a figure measures, read from the dependency parse.

Character distance says "imports" is the nearest cue to 14.6 billion in "exports rose by 8.7
pct to 12.4 billion dlrs, while imports rose by 8.9 pct to 14.6 billion and widened the
trade deficit"; the parse says 14.6 billion hangs from the second "rose", whose subject is
"imports", and 12.4 billion from the first, whose subject is "exports". The metric rule
(:func:`extractor.nlp.claims.metric_cue`) takes the cue on that word first, and falls back to
the nearest cue when the parse cannot place the figure.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterator
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

__all__ = [
    "HEADLINE_VERBS",
    "MEASURE_NOUNS",
    "GROWTH_NOUNS",
    "MODIFIER_DEPS",
    "THRESHOLD_NOUNS",
    "OWNER_DEPS",
    "SUBJECT_DEPS",
    "SpanTokens",
    "FigureFrame",
    "children",
    "company_figure",
    "frame_data",
    "growth_direction",
    "growth_of",
    "value_moved",
    "growth_verb",
    "in_other_clause",
    "is_verbal",
    "is_fiscal",
    "is_noun_like",
    "measured_noun",
    "period_attachment",
    "spoken_of_ahead",
    "token_at",
]


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the characters [start, end), or None when no token lies there.

    >>> import spacy
    >>> doc = spacy.blank("en")("Car exports fell 46%.")
    >>> token_at(doc, 4, 11).text, token_at(doc, 17, 20).text
    ('exports', '46')
    """
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def children(token: Token) -> list[Token]:
    """``token.children``, read once per document.

    spaCy finds a token's children by scanning its whole subtree; in a sentence of thousands
    of figures one verb holds them all, and every figure's climb would scan it again.
    """
    cache: dict[int, list[Token]] = token.doc.user_data.setdefault(CHILDREN_KEY, {})
    found = cache.get(token.i)
    if found is None:
        found = cache[token.i] = list(token.children)
    return found


CHILDREN_KEY = "tradeclaims.children"


def prep_objects(word: Token, *prepositions: str) -> list[Token]:
    """The objects of the word's own prepositions among ``prepositions`` ("Brazil's exports"
    for "of" in "a third of Brazil's exports")."""
    return [
        obj
        for prep in children(word)
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in children(prep)
        if obj.dep_ == "pobj"
    ]


def own_prepositions(word: Token) -> list[Token]:
    """The word's prepositions in the parse, and for a noun the one right after it that the
    parse hung on an earlier preposition ("climbed to 3.16 billion from 2.33 billion and sales
    to Hong Kong reached 1.94 billion", "to" on "from"): next to the noun, it is the noun's."""
    preps = [c for c in children(word) if c.dep_ == "prep"]
    after = word.i + 1
    if is_nominal(word) and after < len(word.doc):
        stray = word.doc[after]
        if stray.dep_ == "prep" and stray.head.i < word.i and stray.head.dep_ == "prep":
            preps.append(stray)
    return preps


def holds(ancestor: Token, token: Token) -> bool:
    """Whether ``token`` is in ``ancestor``'s subtree (without walking the whole subtree).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "b", "c"], heads=[1, 1, 1],
    ...           deps=["dep", "ROOT", "dep"])
    >>> holds(doc[1], doc[0]), holds(doc[0], doc[2]), holds(doc[2], doc[2])
    (True, False, True)
    """
    if token.i == ancestor.i:
        return True
    if not ancestor.left_edge.i <= token.i <= ancestor.right_edge.i:
        return False  # the edges bound the subtree
    return ancestor.is_ancestor(token)


class SpanTokens:
    """A sentence's tokens by character span, and what each figure measures, found once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._tokens: dict[tuple[int, int], Token | None] = {}
        self._measured: dict[tuple[int, int], tuple[Token | None, str]] = {}

    def token(self, start: int, end: int) -> Token | None:
        key = (start, end)
        if key not in self._tokens:
            self._tokens[key] = token_at(self.doc, start, end)
        return self._tokens[key]

    def in_aside_apart(self, word: tuple[int, int], figure: tuple[int, int]) -> bool:
        """:func:`in_aside_apart` of the tokens at the two character spans."""
        token, measured = self.token(*word), self.token(*figure)
        return token is not None and measured is not None and in_aside_apart(token, measured)

    def measured(self, start: int, end: int) -> tuple[Token | None, str]:
        """:func:`measured_noun` of the figure at [start, end), read once for every rule."""
        key = (start, end)
        if key not in self._measured:
            figure = self.token(start, end)
            self._measured[key] = measured_noun(figure) if figure is not None else (None, "none")
        return self._measured[key]


# --- what a figure measures ----------------------------------------------------------------


def is_nominal(token: Token) -> bool:
    """A noun or pronoun, by the tagger's fine tag (no lemmatizer or attribute ruler needed)."""
    return token.tag_.startswith(("NN", "PRP"))


def is_noun_like(token: Token) -> bool:
    """A noun by its tag or by its role, where the tagger erred ("rate rises" tagged as a
    verb, but a preposition's object); :func:`is_nominal` trusts the tag alone."""
    return token.tag_.startswith("NN") or token.dep_ in ("pobj", "dobj", *SUBJECT_DEPS)


def is_verbal(token: Token) -> bool:
    return token.tag_.startswith(("VB", "MD"))


# Dependencies through which a figure modifies a noun: "a 5% rise", "$5bn exports".
MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos"})
# Nouns that say how a quantity moved or stood, not what it is: their "in"/"of" object is
# the measured thing ("a 5% rise in exports", "a rate of 3.8%", "the value of imports").


@cache
def frame_data() -> dict[str, Any]:
    """extractor/data/frames.json: the words and dependency labels the frame rules read."""
    text = resources.files("extractor").joinpath("data/frames.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _words(key: str) -> frozenset[str]:
    return frozenset(frame_data()[key])


FRAME_NOUNS = _words("frame_nouns") | {word + "s" for word in _words("frame_nouns")}
BALANCE_NOUNS = _words("balance_nouns")
LEVEL_VERBS = _words("level_verbs")
TRADED_NOUNS = _words("traded_nouns")
GAP_PREPOSITIONS = _words("gap_prepositions")
HOMOGRAPH_TRADE_NOUNS = _words("homograph_trade_nouns")
RECORD_NOUNS = _words("record_nouns")
# "The dollar has lost 12% of its value": verbs that move a thing by a part of its worth.
VALUE_LOSING = _words("value_losing")
VALUE_GAINING = _words("value_gaining")
VALUE_NOUNS = _words("value_nouns")
# Headline verbs the parse takes for plural nouns: "UK trade gap hits record £5.4bn".
HEADLINE_VERBS = _words("headline_verbs")
# "sold $12bn worth of soybeans": the figure sizes the goods through a word standing for them.
WORTH_NOUNS = _words("worth_nouns")
MOVING_VERBS = (
    _words("moving_verbs") | _words("growing") | _words("shrinking") | _words("level_verbs")
)
TRADER_VERBS = _words("trader_verbs")
# Nouns of a part of a whole: the figure they stand at is a share.
SHARE_NOUNS = frozenset({"share", "shares", "proportion", "percentage", "portion", "stake"})
TAKING_PREPOSITIONS = _words("taking_prepositions")
ADDING_VERBS = _words("adding_verbs")
THRESHOLD_NOUNS = _words("threshold_nouns")
MEASURE_NOUNS = _words("measure_nouns")
COMPANY_MEASURES = _words("company_measures")
FACING_VERBS = _words("facing_verbs")
RECALL_ADVERBS = _words("recall_adverbs")
REVISING_VERBS = _words("revising_verbs")
STOCK_NOUNS = _words("stock_nouns")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MAX_CLIMB = 8


def measured_noun(figure: Token) -> tuple[Token | None, str]:
    """The word a figure is the measure of, and the dependency path that found it.

    ``figure`` is the root of the figure's span ("pct" in "8.7 pct"). "Exports rose 5% to
    $3bn": the subject of the verb the figure hangs from (``nsubj``); "a 5% rise in exports",
    "exports of $5bn": the noun it modifies, or that noun's ``in``/``of`` object when it is a
    word of change or level (``mod-in``, ``of``); "cut taxes by $3bn": the verb's object
    (``dobj``); "exported $5bn": the verb itself (``verb``). None when the path ends elsewhere.

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("Exports rose by 8.7 pct to 12.38 billion dlrs.")
    >>> [(t.text, how) for t, how in [measured_noun(doc[4]), measured_noun(doc[8])]]
    [('Exports', 'nsubj'), ('Exports', 'nsubj')]
    """
    noun, how = _measured(figure)
    if noun is not None and noun.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
        # "led by energy products, which gained 7.5%": the noun the clause is of
        antecedent = noun.head.head
        noun = antecedent if is_nominal(antecedent) else noun
    return (_balance_of(noun), how) if noun is not None else (noun, how)


RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _measured(figure: Token) -> tuple[Token | None, str]:
    moved = _moved_noun(figure)
    if moved is not None:
        return moved, "with"  # "..., with exports up 6.8 pct and imports down 5.7 pct"
    if is_verbal(figure):
        # "as gold imports nearly tripled": a verb that is the figure measures its subject.
        noun, how = _subject(figure, figure)
        if noun is not None:
            return noun, how
    token, preposition, child = figure, "", figure
    for _ in range(MAX_CLIMB):
        head, dep = token.head, token.dep_
        moved = _moved_subject(head) if dep == "prep" else None
        if moved is not None:
            return moved, "with"  # "with exports down 18.7 pct at 2.01 billion dlrs"
        if (
            dep == "conj"
            and token.i != figure.i
            and is_nominal(token)
            and is_verbal(head)
            and not any(c.dep_ == "nummod" for c in children(token))
        ):
            # "Exports are expected to rise 16 pct this year and imports 12 pct to 35
            # billion": the parse makes the subject of the left-out verb a conjunct of the
            # verb before
            return token, "gapped"
        if dep == "npadvmod" and head.lower_ in TAKING_PREPOSITIONS and head.dep_ == "prep":
            # "knocked half a point off growth": the amount the parse hung on "off"
            taken = [c for c in children(head) if c.dep_ == "pobj" and is_nominal(c)]
            if taken:
                return _object_of_frame(taken[0], "off", figure)
        if token.lower_ in GAP_PREPOSITIONS and dep == "prep":
            gapped = _gapped_subject(token)
            if gapped is not None:
                return gapped, "gapped"
        if token.lower_ in WORTH_NOUNS and token.dep_ in ("advcl", "acl", "amod", "prep"):
            noun = _noun_before_comma(token)
            if noun is not None:
                return noun, "mod"  # "Canada's steel exports, worth roughly C$15bn a year"
        if is_verbal(token) and token.i != figure.i:
            return _verb_frame(token, preposition, child, figure)
        if dep == "advcl" and is_nominal(token) and preposition in GAP_PREPOSITIONS:
            return token, "gapped"  # "..., while imports by 8.9 pct to 14.64 billion"
        if head.i == token.i:
            return None, "none"
        if dep in MODIFIER_DEPS and head.dep_ == "npadvmod" and head.lower_ in TIME_NOUNS:
            # "plunged 49% year on year": the parse hung the figure on the time basis
            token, child = head, head
            continue
        if dep in MODIFIER_DEPS and is_nominal(head):
            if (head.lower_ in RECORD_NOUNS or head.lower_ in WORTH_NOUNS) and head.dep_ in (
                "dobj",
                "attr",
                "pobj",
            ):
                # "revenue hit a record $31bn", "sold $12bn worth of soybeans": go on up
                token, child = head, head
                continue
            return _object_of_frame(head, "mod", figure)
        if dep == "pobj" and is_nominal(head.head):
            noun = head.head
            if noun.lower_ in FRAME_NOUNS and noun.dep_ not in SUBJECT_DEPS:
                if head.lower_ == "of" and growth_qualified(noun):
                    return noun, "of"  # "expect a growth rate of 3%": the rate of growth
                if head.lower_ == "of":
                    token, child = noun, noun  # "at an annual rate of 3.8%": go on up
                    continue
                return _object_of_frame(noun, head.lower_, figure)  # "a rise ... to $5bn"
            if head.lower_ == "of":
                return noun, "of"
        if dep == "pobj":
            preposition = head.lower_
        token, child = head, token
    return None, "none"


def _moved_noun(figure: Token) -> Token | None:
    """The noun that an "up" or "down" right before the figure qualifies in the parse, in a
    verbless clause ("with exports up 6.8 pct and imports down 5.7 pct"), else None."""
    # the figure's own words: its number and what qualifies that ("about 14 pct"), not a
    # subject the parse hung on it ("with imports up 14 pct")
    numbers = [c for c in children(figure) if c.dep_ in ("nummod", "quantmod") and c.i < figure.i]
    at = min([figure.i, *(c.left_edge.i for c in numbers)]) - 1
    if at < 1:
        return None
    word = figure.doc[at]
    if word.lower_ not in MOVE_ADVERBS:
        return None
    if word.dep_ != "advmod":
        return _moved_subject(word)  # "with exports down 18.7 pct": "down" has a subject
    noun = word.head
    return noun if noun.i == at - 1 and is_nominal(noun) else None


def _moved_subject(word: Token) -> Token | None:
    """The subject the parse gives an "up" or "down" right after it ("with exports down
    18.7 pct at 2.01 billion dlrs"), else None."""
    if word.lower_ not in MOVE_ADVERBS:
        return None
    return next(
        (c for c in children(word) if c.dep_ == "nsubj" and c.i == word.i - 1 and is_nominal(c)),
        None,
    )


MOVE_ADVERBS = frozenset({"up", "down"})


def _noun_before_comma(word: Token) -> Token | None:
    """The noun right before ", <word>", whatever the parse hung the word on."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != ",":
        return None
    noun = doc[word.i - 2]
    return noun if is_nominal(noun) else None


def climb_to_verb(token: Token) -> Token | None:
    """The first verb at or above ``token`` ("totalled" above "5,000 last year")."""
    for _ in range(MAX_CLIMB):
        if is_verbal(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def growth_qualified(noun: Token) -> bool:
    """ "a growth rate", "the real growth rate": a rate a growth word qualifies; so does "the
    rate of increase in GNP", "a target rate of 3.5 pct for economic growth", and a rate the
    clause's growth is at ("Growth in the quarter was at a 1.7 pct annual rate")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in GROWTH_NOUNS for c in children(noun)):
        return True
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            words = {c.lower_ for c in children(prep) if c.dep_ == "pobj"}
            if words & (GROWTH_NOUNS | RISE_NOUNS):
                return True
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "at" else None
    return verb is not None and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in GROWTH_NOUNS for c in children(verb)
    )


RISE_NOUNS = frozenset({"increase", "rise", "expansion"})


def _gapped_subject(preposition: Token) -> Token | None:
    """The subject of a clause whose verb is left out ("exports fell to 3.2 billion and
    imports to 4.15 billion", "rose 6 pct while imports by 8.9 pct"): a noun right before
    the preposition that the parse made a conjunct or a clause of its own, when the
    preposition hangs from it or from a word before it."""
    if preposition.i == 0:
        return None
    before = preposition.doc[preposition.i - 1]
    lead = before.head if before.dep_ == "pobj" else None
    if lead is not None and lead.lower_ in GAP_PREPOSITIONS and lead.i < before.i:
        # "and imports by 8.9 pct to 14.64 billion": the "to" after the gapped "by" phrase
        # has its subject
        return _gapped_subject(lead) if lead.i < preposition.i - 1 else None
    if not is_nominal(before) or before.dep_ not in ("conj", "advcl"):
        return None
    return before if preposition.head.i <= before.i else None


def _balance_of(noun: Token) -> Token:
    """A traded thing inside a balance word's phrase stands for the balance: "a surplus on
    merchandise trade of 145 mln dlrs", "the trade in goods deficit widened to £7.5bn"."""
    if noun.lower_ not in TRADED_NOUNS:
        return noun
    if noun.dep_ == "pobj" and noun.head.head.lower_ in BALANCE_NOUNS:
        return noun.head.head
    for prep in children(noun):
        if prep.dep_ == "prep":
            for obj in children(prep):
                if obj.dep_ == "pobj" and obj.lower_ in BALANCE_NOUNS:
                    return obj
    return noun


def _verb_frame(
    verb: Token, preposition: str, child: Token, figure: Token
) -> tuple[Token | None, str]:
    """What a verb's figure measures: its object when the figure says by, to or from how
    much ("cut taxes by $3bn", "swelled reserves to $53bn", "raised the duty to 50% from
    25%"), the verb when the figure is its
    object ("exported $5bn"), else its subject."""
    objects = [c for c in children(verb) if c.dep_ == "dobj" and c.i != child.i]
    if preposition in ("by", "to", "from") and objects:
        return objects[0], "dobj"
    if child.i == figure.i and figure.dep_ in ("dobj", "npadvmod"):
        # "shaved 0.3% off growth": the parse may make the amount an adverb of the verb
        taken = _taken_from(verb)
        if taken is not None:
            how = "off" if taken.head.lower_ in TAKING_PREPOSITIONS else "added-to"
            return _object_of_frame(taken, how, figure)
        misread = _headline_subject(verb)
        if misread is not None:
            return _object_of_frame(misread, "headline", figure)
        if figure.dep_ == "dobj" and verb.lower_ not in MOVING_VERBS:
            return verb, "verb"
    if verb.lower_ in TRADER_VERBS and preposition not in ("by", "to"):
        # "The economy shipped $305bn of goods, up 5.6%": what was shipped, not the shipper.
        return verb, "verb"
    return _subject(verb, figure)


def _headline_subject(verb: Token) -> Token | None:
    """The subject of a headline the parse misread: in "UK trade gap hits record £5.4bn" it
    takes "hits" for a plural noun, the subject of "record"; the noun before it is the one
    the figure measures."""
    if verb.lower_ != "record":
        return None
    for subject in children(verb):
        if subject.dep_ in SUBJECT_DEPS and subject.lower_ in HEADLINE_VERBS:
            nouns = [c for c in children(subject) if c.dep_ == "compound" and is_nominal(c)]
            return nouns[-1] if nouns else None
    return None


def _taken_from(verb: Token) -> Token | None:
    """What a verb takes its object off or adds it to: "dear fuel shaved 0.3% off growth",
    "the yen added 0.4 points to export growth" (the causer, the subject, is not measured)."""
    for prep in children(verb):
        word = prep.lower_
        if prep.dep_ == "prep" and (
            word in TAKING_PREPOSITIONS or (word == "to" and verb.lower_ in ADDING_VERBS)
        ):
            objects = [c for c in children(prep) if c.dep_ == "pobj"]
            if objects and is_nominal(objects[0]):
                return objects[0]
    return None


def _subject(verb: Token, figure: Token) -> tuple[Token | None, str]:
    """The subject of a verb, or of the verb it is coordinated with, an xcomp of, or a
    participle clause of.

    A coordinated verb without one takes a noun right before it that the parse made a
    conjunct of the clause before ("exports rose to 12 billion and imports fell 8.6 pct").
    """
    for _ in range(3):
        subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return _object_of_frame(subjects[0], subjects[0].dep_, figure)
        if _gapped_trade_noun(verb):
            return verb, "gapped"
        if verb.dep_ == "conj" and verb.i > 0:
            before = _conjunct_before(verb)
            if before is not None:
                return _object_of_frame(before, "nsubj-conj", figure)
        participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
        if (verb.dep_ not in ("conj", "xcomp") and not participle) or verb.head.i == verb.i:
            break
        verb = verb.head  # "the economy grew, expanding at 3.8%": the main clause's subject
    return None, "no-subject"


def _gapped_trade_noun(verb: Token) -> bool:
    """ "Exports are expected to rise 16 pct and imports 12 pct to 35 billion": a word
    that is both a trade noun and a verb, read as a verb without a subject coordinated with
    a clause whose subject is a trade noun, is the subject of a left-out verb."""
    if verb.dep_ != "conj" or verb.lower_ not in HOMOGRAPH_TRADE_NOUNS:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return False
    subject = clause_subject(verb.head)  # "Exports are expected to rise ...": the clause's
    return subject is not None and subject.lower_ in HOMOGRAPH_TRADE_NOUNS


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with or an xcomp or ccomp
    of ("is expected to expand"); None when it has none."""
    for _ in range(3):
        subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("conj", "xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _conjunct_before(verb: Token) -> Token | None:
    """A noun the parse made a conjunct of the clause before, right before a verb without
    a subject, or before its own short prepositional phrase ("... and imports from it fell
    4.5 pct"), else None."""
    doc = verb.doc
    for i in range(verb.i - 1, max(-1, verb.i - 5), -1):
        word = doc[i]
        if is_nominal(word) and word.dep_ == "conj" and word.head.i < word.i:
            return word
        if word.dep_ not in ("pobj", "pcomp", "prep", "det", "poss", "amod", "compound"):
            return None
    return None


def growth_subject(noun: Token, figure: Token) -> Token | None:
    """The subject of the clause a bare growth noun is the object of: "Exports are expected
    to slow to 2% growth" is the growth of exports. None when the noun names what grows
    itself ("export growth", "growth in exports") or hangs from no verb."""
    qualifiers = [
        c
        for c in children(noun)
        if c.dep_ in ("compound", "amod", "poss", "prep") and c.i != figure.i
        and not holds(c, figure)
    ]  # fmt: skip
    if qualifiers:
        return None
    verb = noun
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if is_verbal(verb):
            subject, _how = _subject(verb, noun)
            return subject
    return None


def _object_of_frame(noun: Token, how: str, figure: Token) -> tuple[Token | None, str]:
    """ "a rise in exports" -> exports; "the value of imports" -> imports; else the noun.

    Not "growth of 3.8%": an object that holds the figure is the figure, not what it measures.
    """
    if noun.lower_ in FRAME_NOUNS:
        for child in children(noun):
            if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                if child.lower_ == "in" and noun.lower_ in SHARE_NOUNS - {"shares"}:
                    continue  # "its market share in Germany": where, not what it is of
                objects = [c for c in children(child) if c.dep_ == "pobj"]
                if objects and not holds(objects[0], figure):
                    return objects[0], f"{how}-{child.lower_}"
    return noun, how


# --- whose figure, and with whom ------------------------------------------------------------

OWNER_DEPS = _words("owner_deps")
OBJECT_DEPS = _words("object_deps")


class FigureFrame:
    """The words of a figure's frame that can name its countries, read from the parse.

    ``owners`` qualify the measured noun ("Japan's exports", "Chinese car exports", "US
    tariffs") or are the subject of the verb that has it as object ("Japan posted a surplus
    of $5bn", "China exported $5bn of cars"); ``links`` are the noun's prepositional objects
    by preposition ("exports to Russia", "a surplus with the US", "tariffs on Chinese steel",
    "trade between China and Russia"), and the verb's when the noun is its object ("ran a
    surplus of $5bn with Japan").

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("Japan's exports to China rose 5% to $3bn.")
    >>> frame = FigureFrame(*measured_noun(doc[7]))
    >>> [t.text for t in frame.owners], {k: [t.text for t in v] for k, v in frame.links.items()}
    (['Japan'], {'to': ['China']})
    """

    def __init__(self, noun: Token | None, how: str) -> None:
        self.noun = noun
        self.owners: list[Token] = []
        self.links: dict[str, list[Token]] = {}
        if noun is None:
            return
        self.owners = [c for c in children(noun) if c.dep_ in OWNER_DEPS]
        self._link(noun)
        verb = noun if how == "verb" else noun.head if noun.dep_ in OBJECT_DEPS else None
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.dep_ == "prep":
            # "Mexico overtook China ..., with shipments worth $505.9bn": the clause's subject
            verb = noun.head.head
        if verb is not None and verb.tag_.startswith("VB"):
            subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
            self.owners += subjects
            if verb is not noun:
                self._link(verb)
        if how in ("mod", "of"):
            # only a noun the figure sizes: "Mexican car exports, which Japan also ships to
            # Texas, fell 4%" keeps the clause's exporters out
            self.take_clauses(noun)

    def take_clauses(self, word: Token) -> None:
        """The subject and links of a relative clause that has ``word`` as its object ("the
        15% tariff that Washington applies to EU goods", "the $506bn the United States
        bought from Mexico") are the frame's too."""
        for clause in object_clauses(word):
            self.owners += [c for c in children(clause) if c.dep_ == "nsubj"]
            self._link(clause)

    def _link(self, word: Token) -> None:
        for prep in own_prepositions(word):
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    # "tariffs on $60 billion of US goods": the goods the amount is of
                    nested = [g for p in children(obj) if p.lower_ == "of" for g in children(p)]
                    objects = [obj, *obj.conjuncts, *(g for g in nested if g.dep_ == "pobj")]
                    self.links.setdefault(prep.lower_, []).extend(objects)

    @staticmethod
    def words(token: Token) -> list[Token]:
        """A frame word with the words that qualify it ("Chinese steel", "the United States"),
        and the place of a hyphenated qualifier ("Chinese-made vehicles", "US-built jets")."""
        words = [token, *(c for c in children(token) if c.dep_ in ("amod", "compound", "poss"))]
        for word in words[1:]:
            if word.dep_ == "amod" and word.tag_ in ("VBN", "JJ"):
                words += [
                    c for c in children(word)
                    if c.dep_ in ("npadvmod", "compound", "amod") and c.i == word.i - 2
                    and c.nbor(1).text == "-"
                ]  # fmt: skip
        return words


# Clauses that say something of their own: "exports, which Japan also ships, fell 4%",
# "jumped 15%, where Malaysia competes", "as France looked on", "Peru said".
ASIDE_CLAUSES = _words("aside_clauses")


def in_other_clause(word: Token, figure: Token) -> bool:
    """Whether ``word`` lies in a relative, adverbial or parenthetical clause that does not
    hold ``figure``: what such a clause names is not the figure's.

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("Mexican car exports, which Japan also ships to Texas, fell 4%.")
    >>> in_other_clause(doc[5], doc[13]), in_other_clause(doc[0], doc[13])
    (True, False)
    """
    token = word
    for _ in range(2 * MAX_CLIMB):
        if token.dep_ in ASIDE_CLAUSES and not clause_holds(token, figure):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def object_clauses(noun: Token) -> list[Token]:
    """The relative clauses on ``noun`` that have it as their object: a verb with a subject
    of its own and no object but the relative word ("the tariff that Washington applies",
    "the $506bn the United States bought"), not one it is the subject of ("goods that
    comply")."""
    found = []
    for clause in children(noun):
        if clause.dep_ != "relcl" or not is_verbal(clause):
            continue
        kids = children(clause)
        relative = [t for t in clause.subtree if t.lower_ in RELATIVE_WORDS and t.i < clause.i]
        subject = [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS]
        objects = [c for c in kids if c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS]
        # the relative word is the object ("that Washington applies"), or there is none
        # ("the $506bn the United States bought"); not "most of which come from Brazil"
        as_object = all(t.dep_ == "dobj" and t.head.i == clause.i for t in relative)
        if subject and not objects and as_object:
            found.append(clause)
    return found


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def clause_holds(clause: Token, figure: Token) -> bool:
    """Whether the clause headed by ``clause`` holds ``figure``: within its span and not
    before the word that opens it ("slid 8.4% after Washington doubled its tariff", a parse
    that hung the figure on "doubled", leaves the figure before "after", outside it)."""
    if not clause.left_edge.i <= figure.i <= clause.right_edge.i:
        return False
    opener = next((c for c in children(clause) if c.dep_ == "mark"), None)
    return opener is None or figure.i > opener.i


FISCAL = _words("fiscal")
FISCAL_HOLDERS = _words("fiscal_holders")
TIME_NOUNS = _words("time_nouns")


def is_fiscal(balance_word: Token) -> bool:
    """Whether a word of balance ("deficit", "shortfall", "gap") is the public finances'.

    Read from its modifiers, possessor and "in"/"of" object: "the fiscal shortfall", "the
    federal budget gap", "the government's deficit", "a hole in public finances".

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("The shortfall in public finances and the trade deficit both grew.")
    >>> is_fiscal(doc[1]), is_fiscal(doc[8])
    (True, False)
    >>> is_fiscal(nlp("The surplus in the fiscal year was $5bn.")[1])
    False
    >>> is_fiscal(nlp("Japan's trade surplus in fiscal 1986 was a record.")[3])
    False
    >>> is_fiscal(nlp("The budget ran a surplus of $5bn.")[4])
    True
    >>> is_fiscal(nlp("JAPAN FISCAL 1986/87 TRADE SURPLUS RECORD 96.45 BILLION DLRS")[5])
    False
    """
    words = [c for c in children(balance_word) if c.dep_ in ("amod", "compound", "poss", "nmod")]
    words += [
        c
        for c in prep_objects(balance_word, "in", "of")
        if c.lower_ not in TIME_NOUNS and c.tag_ != "CD"  # not "the surplus in fiscal 1986"
    ]
    words += [c for w in list(words) for c in children(w) if c.dep_ in ("amod", "compound")]
    if any(w.lower_ in FISCAL and not _names_fiscal_year(w) for w in words):
        return True
    # "The federal budget ran a surplus of 4.5% of GDP": the balance the budget has
    verb = balance_word.head
    return (
        balance_word.dep_ == "dobj"
        and not any(c.dep_ in ("compound", "poss", "nmod") for c in children(balance_word))
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in FISCAL_HOLDERS for c in children(verb))
    )


def _names_fiscal_year(word: Token) -> bool:
    """ "FISCAL 1986/87 TRADE SURPLUS", "fiscal year": "fiscal" naming a period, not the
    public finances."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is not None and (after.like_num or after.lower_ in ("year", "years"))


# --- growth rates -------------------------------------------------------------------------

GROWTH_NOUNS = _words("growth_nouns")
ECONOMY_NOUNS = _words("economy_nouns")
GROWING = _words("growing")
SHRINKING = _words("shrinking")
NEGATIVE = _words("negative")
# The figures a growth word may qualify and still be the growth: "the growth rate".
GROWTH_FIGURES = _words("growth_figures")


def growth_direction(noun: Token | None, economy: bool = False) -> tuple[str, str] | None:
    """A figure that is a rate of growth, with its direction and how it was read.

    ``noun`` is what the figure measures (:func:`measured_noun`).

    "Growth slowed to 0.3%", "below last year's 2.5 pct growth": the figure is the growth
    itself, up whatever the verb says of it ("growth"); "the economy grew at an annual rate
    of 3.8%", "the economy shrank 0.5%": the verb of the economy says which way ("economy");
    "a growth rate of 6%" ("growth-rate"). ``economy``: the caller knows ``noun`` names an
    economy though it is no economy word ("France grew 0.8%": a country). None for anything
    else.

    >>> nlp = spacy_pipeline()
    >>> growth_direction(measured_noun(nlp("Growth slowed to 0.3% in the quarter.")[4])[0])
    ('up', 'growth')
    """
    if noun is None:
        return None
    lemma = noun.lower_
    modifiers = {c.lower_ for c in children(noun) if c.dep_ in ("amod", "compound")}
    rate_of_rise = (
        lemma in RISE_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ == "rate"
        and any(
            c.lower_ in ECONOMY_NOUNS | {"product"}
            for p in children(noun)
            if p.dep_ == "prep" and p.lower_ == "in"
            for c in children(p)
        )
    )  # "The rate of increase in GNP slowed to 2 pct": the growth, whichever way it moved
    if (
        rate_of_rise
        or lemma in GROWTH_NOUNS
        or (lemma in GROWTH_FIGURES and growth_qualified(noun))
    ):
        # "a growth rate of 6%", "cut its growth forecast to 0.1%", "revised its growth
        # target down to 3.5 pct": the growth, whichever way the forecast moved
        return growth_sign(noun), "growth"
    if lemma in ECONOMY_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        rate = noun.head.head
        if rate.lower_ in GROWTH_FIGURES and growth_qualified(rate):
            return "up", "growth"  # "the growth rate of the economy fell to 1.5 pct"
    economy = economy or (lemma == "product" and bool(modifiers & {"domestic", "national"}))
    if lemma in ECONOMY_NOUNS or economy:
        way = growth_verb(noun)
        return (way, "economy") if way is not None else None
    return None


def growth_of(figure: Token | None) -> str | None:
    """The direction of a figure that a growth word's "of" sizes ("after growth of 0.5%",
    "expansion of 2.1%"): "up", or "down" for "negative growth of 1%"; None for any other
    figure. The growth is the figure itself, whatever the clause's verb did."""
    if figure is None or figure.dep_ != "pobj" or figure.head.lower_ != "of":
        return None
    noun = figure.head.head
    if noun.lower_ not in GROWTH_NOUNS or figure.head.dep_ != "prep":
        return None
    return growth_sign(noun)


def growth_sign(noun: Token) -> str:
    """Which way a growth word's figure goes: "down" when a negative word qualifies it
    ("negative growth", "a contraction"), else "up"."""
    modifiers = {c.lower_ for c in children(noun) if c.dep_ in ("amod", "compound")}
    return "down" if modifiers & NEGATIVE else "up"


def value_moved(figure: Token | None) -> str | None:
    """The direction of a figure that is a part of a thing's value its verb lost or gained
    ("the dollar has lost 12% of its value", "shares shed a third of their worth"): a move
    of the verb's subject, not a share. None for any other figure."""
    if figure is None or figure.dep_ != "dobj":
        return None
    if not any(o.lower_ in VALUE_NOUNS for o in prep_objects(figure, "of")):
        return None
    verb = figure.head.lower_
    return "down" if verb in VALUE_LOSING else "up" if verb in VALUE_GAINING else None


def growth_verb(noun: Token) -> str | None:
    """Which way the verb of growing or shrinking ``noun`` is the subject of says it moved
    ("grew" up, "is expected to contract" down), else None."""
    if noun.dep_ not in SUBJECT_DEPS:
        return None
    for verb in [noun.head, *(c for c in children(noun.head) if c.dep_ == "xcomp")]:
        if verb.lower_ in GROWING:
            return "up"
        if verb.lower_ in SHRINKING:
            return "down"
    return None


def company_figure(noun: Token | None) -> Token | None:
    """``noun``, what a figure measures (:func:`measured_noun`), when it is a firm's figure
    ("profits at the bank rose 5%"), else None.

    Not when a place-like word qualifies the noun ("Japan's corporate profits", "US
    earnings"): the caller checks the noun's possessor and modifiers against its places.

    >>> nlp = spacy_pipeline()
    >>> company_figure(measured_noun(nlp("Profits at the bank rose 25% to $1bn.")[6])[0]).text
    'Profits'
    """
    return noun if noun is not None and noun.lower_ in COMPANY_MEASURES else None


# --- whose period -------------------------------------------------------------------------

PERIOD_CLAUSE_DEPS = _words("period_clause_deps")
SPEECH_VERBS = _words("speech_verbs")


def period_attachment(
    period: Token,
    figure: Token,
    others: Container[int] = frozenset(),
    sized: Container[int] = frozenset(),
    measured: Token | None = None,
) -> str:
    """How the period at ``period`` stands to the figure at ``figure`` in the parse.

    Climbs from the period to the first word whose subtree holds the figure (where the two
    meet) and reads the way up. ``others`` are the token indices of the sentence's other
    figures, ``sized`` those of the nouns they size ("623 mln dlrs surplus"); ``measured`` is
    the word the figure measures (:func:`measured_noun`). The answer is one of:

    - "own": they meet in the figure's own phrase, before any verb ("0.3% in 2003 and 0.4%
      in 2002": 2002 is the 0.4%'s; "a year-earlier surplus of 958 mln");
    - "other-figure": the way passes another figure, whose period it is;
    - "since": the way passes "since" ("the lowest since 2000"): a start, not a span;
    - "other-clause": the way passes a clause of its own (a relative, adverbial or
      reported clause: "..., while imports fell 2% in June"), but not a participle in the
      measured word's phrase ("claims on foreigners reported in the fourth quarter rose
      $29.9bn");
    - "said": the period dates the verb of saying the figure is reported under ("exports
      rose 5%, the ministry said on April 21");
    - "clause": anything else: the figure's clause, or one that frames it ("In 2004, ...").

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("Exports rose 5% in May, while imports fell 2% in June.")
    >>> period_attachment(doc[4], doc[3]), period_attachment(doc[11], doc[3])
    ('clause', 'other-clause')
    """
    token, way = period, []
    for _ in range(4 * MAX_CLIMB):
        if holds(token, figure):
            break
        way.append(token)
        if token.head.i == token.i:
            return "clause"  # not in the figure's tree (a sentence part the parser split)
        token = token.head
    else:
        return "clause"
    meeting = token
    if not way:
        return "clause"  # the period holds the figure: a parse that went wrong ("in March
        # and 231 mln", the figure a conjunct of the month)
    if any(w.i in others or w.i in sized for w in way):
        return "other-figure"
    if meeting.i in others and period.i < figure.i:
        # "2.58 billion in September and 2.29 billion in October": September hangs from
        # the first figure, whose phrase holds the second as a conjunct; not "771 mln and
        # 500 mln respectively in the same period", which the conjuncts share
        return "other-figure"
    if any(w.lower_ == "since" for w in way):
        return "since"
    climb = _way_up(figure, meeting)
    if meeting.i in sized:
        return "clause"  # "January's 623 mln dlrs surplus and ... 189 mln": whose, unsure
    if not any(is_verbal(w) for w in [*climb, meeting] if w.i != figure.i):
        return "own"  # "imports of 2.3 bln recorded in March": a clause on its own noun
    clauses = [w for w in way if w.dep_ in PERIOD_CLAUSE_DEPS]
    if clauses and not (
        measured is not None and clauses[-1].dep_ == "acl" and holds(measured, clauses[-1].head)
    ):
        return "other-clause"
    if meeting.lower_ in SPEECH_VERBS and any(w.dep_ in PERIOD_CLAUSE_DEPS for w in climb):
        return "said"
    return "clause"


def _way_up(token: Token, ancestor: Token) -> list[Token]:
    """The tokens on the way from ``token`` up to ``ancestor``: ``token`` included, ``ancestor``
    not."""
    way = []
    for _ in range(4 * MAX_CLIMB):
        if token.i == ancestor.i or token.head.i == token.i:
            break
        way.append(token)
        token = token.head
    return way


# --- tense of a period ---------------------------------------------------------------------

PROSPECTIVE = _words("prospective")
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def spoken_of_ahead(word: Token) -> bool:
    """Whether the period at ``word`` is spoken of ahead (a forecast, a plan, a target)
    rather than reported.

    Climbs from the period to the first verb with a tense of its own. A modal ("will slow in
    2005") or a word of expecting or planning on the way ("is expected to grow in 2005",
    "plans to raise 25bn euros in 2005", "the 2005 budget") makes it prospective; a verb in
    the past or present ("grew 4.7% in 2004", "hits a record in 2004") ends the climb,
    unless its object is a forecast or target ("raised its forecast for 2005").

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("Growth slowed to 2% in 2004 and is expected to pick up in 2005.")
    >>> spoken_of_ahead(doc[6]), spoken_of_ahead(doc[14])
    (False, True)
    """
    for token in up_from(word):
        if token.lower_ in PROSPECTIVE:
            return True
        if is_verbal(token):
            auxiliaries = [c for c in children(token) if c.dep_ in ("aux", "auxpass")]
            if any(c.tag_ == "MD" for c in auxiliaries):
                return True
            if token.i != word.i and any(
                c.dep_ == "dobj" and c.lower_ in PROSPECTIVE for c in children(token)
            ):
                return True  # "raised its forecast for 2005", "put the target for the year"
            if token.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxiliaries):
                return False
    return False


def up_from(word: Token) -> Iterator[Token]:
    """``word`` and its heads, to the root or :data:`MAX_CLIMB` steps up."""
    token = word
    for _ in range(MAX_CLIMB):
        yield token
        if token.head.i == token.i:
            return
        token = token.head


def in_aside_apart(word: Token, figure: Token) -> bool:
    """Whether ``word`` stands in a clause set off by a comma that qualifies a noun (a
    participle's or a relative clause: "zinc exports, hurt by a strike in Peru in March,
    fell 8%") while ``figure`` lies outside that noun: the clause tells of something else
    than the figure ("a surplus of $5bn, recorded in March" is the surplus's own)."""
    for clause in up_from(word):
        if clause.dep_ in ("acl", "relcl"):
            noun, edge = clause.head, clause.left_edge.i
            set_off = edge > 0 and clause.doc[edge - 1].text == ","
            return set_off and not noun.left_edge.i <= figure.i <= noun.right_edge.i
    return False


def tells_of_before(word: Token) -> bool:
    """Whether the clause ``word`` stands in tells of a time before the text's: a past
    perfect ("the surplus had been 1.04 billion", "exporters had seen orders slump 6%"), a
    first report since revised ("was originally put at 709 mln") or a revision ("Growth in
    the third quarter was revised to 0.3%"). Climbs to the first verb with a tense of its
    own, as :func:`tense_of` does.

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("In March the surplus had been 1.04 billion, and it is 2 billion now.")
    >>> tells_of_before(doc[7]), tells_of_before(doc[13])
    (True, False)
    """
    for token in up_from(word):
        if is_verbal(token):
            marks = children(token)
            if token.lower_ in REVISING_VERBS or any(
                (c.dep_ == "aux" and c.lower_ == "had" and token.tag_ == "VBN")
                or (c.dep_ == "advmod" and c.lower_ in RECALL_ADVERBS)
                for c in marks
            ):
                return True
            tags = {token.tag_, *(c.tag_ for c in marks if c.dep_ in ("aux", "auxpass"))}
            if tags & {"MD", *FINITE_TAGS}:
                return False
    return False


def tense_of(word: Token) -> str | None:
    """The tense of the clause ``word`` stands in: "past", "present", "ahead" (a modal, or
    a word of expecting or planning), or None without a finite verb.

    Climbs from the word to the first verb with a tense of its own, as
    :func:`spoken_of_ahead` does.

    >>> nlp = spacy_pipeline()
    >>> doc = nlp("China takes 30% of its exports, and took 25% a year ago.")
    >>> tense_of(doc[2]), tense_of(doc[9])
    ('present', 'past')
    """
    for token in up_from(word):
        if token.lower_ in PROSPECTIVE:
            return "ahead"
        if is_verbal(token):
            auxiliaries = [c for c in children(token) if c.dep_ in ("aux", "auxpass")]
            tags = [token.tag_, *(c.tag_ for c in auxiliaries)]
            if "MD" in tags:
                return "ahead"
            if "VBD" in tags:
                return "past"
            if "VBZ" in tags or "VBP" in tags:
                return "present"
    return None


def spacy_pipeline() -> Any:
    """The project's English pipeline, for the examples in docstrings."""
    from extractor.nlp.pipeline import load_pipeline

    return load_pipeline()
