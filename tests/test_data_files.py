"""The rule and lexicon data files: loadable, and free of YAML's silent conversions."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
FILES = sorted(DATA.rglob("*.yaml"))
FLAGS = {"object_is_via", "not_with_state", "object_grouping", "mutual", "between", "object_is_facer", "same_type_family", "requires_via", "requires_no_dobj", "compound_object", "via_on_verb", "recipient_is_subject", "recipient_is_dobj", "active_only", "passive_only", "not_future", "not_wished", "not_refused", "not_hedged", "not_possible", "not_called_off", "not_aimed", "aimed", "reverse", "weapon_owner", "leader_for_state", "implicit_object", "forces_to_event", "bare_subject", "together_now", "needs_context", "ambiguous", "breakaway", "alone",
         "IS_TITLE", "IS_LOWER", "IS_UPPER", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "LIKE_NUM", "IS_SENT_START", "IS_STOP", "SPACY",
         "kg_name_word"}


def _walk(node, path, found):
    if isinstance(node, bool) and path.rsplit(".", 1)[-1] not in FLAGS:
        found.append(path)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                found.append(f"{path}.{key!r} (key)")
            _walk(value, f"{path}.{key}", found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _walk(value, f"{path}[{i}]", found)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_word_became_a_boolean(path):
    """YAML 1.1 reads a bare on/off/yes/no as a boolean: the preposition "on" must be quoted."""
    found: list[str] = []
    _walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name, found)
    assert found == []


def test_lexicon_and_patterns_load():
    from kg.extract.docindex import relation_rules
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert len(lex.countries) > 190 and lex.countries["japan"].demonyms[0] == "Japanese"
    stationed = next(r for r in relation_rules().verbs["station"] if r["property"] == "stationedIn")
    assert "on" in stationed["via"]


def test_every_national_title_names_a_known_country():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.national_titles["secretary of state"] == "united-states"
    assert set(lex.national_titles.values()) <= set(lex.countries)
