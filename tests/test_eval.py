"""kg.eval: gold loading and validation, alignment, and every figure of the report.

Graphs are built by hand with rdflib following docs/rdf-layout.md; gold is a short YAML string written
to tmp_path. Each test changes one thing against a perfect graph, so the right figure is known.
"""
from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import KGError
from kg.eval import (
    LITERAL_PROPERTIES, Gold, GoldError, evaluate, format_report, load_gold, normalise,
)
from kg.namespace import KG, KGR

REPO = Path(__file__).resolve().parents[1]
SEEDS_GOLD = REPO / "tests" / "gold" / "seeds.yaml"
SEEDS_DIR = REPO / "seeds"

GOLD = """\
entities:
  - {id: united-states, label: United States, type: kg:Country, core: true,
     aliases: [the United States, U.S., America, Washington]}
  - {id: japan, label: Japan, type: kg:Country, core: true, aliases: [Tokyo, Japanese]}
  - {id: antony-blinken, label: Antony Blinken, type: kg:Minister, core: true, accept_types: [kg:Person],
     aliases: [Blinken]}
  - {id: yoshimasa-hayashi, label: Yoshimasa Hayashi, type: kg:Minister, core: true, aliases: [Hayashi]}
  - {id: washington-d-c, label: "Washington, D.C.", type: kg:City, aliases: [Washington]}
  - {id: tomahawk-cruise-missile, label: Tomahawk cruise missile, type: kg:Weapon, core: true,
     aliases: [Tomahawk]}
  - {id: two-plus-two-meeting, label: two-plus-two meeting, type: kg:Meeting, aliases: ["2+2"]}
  - {id: nhk, label: NHK, type: kg:Organization, optional: true}
facts:
  - {s: antony-blinken, p: kg:holdsPosition, o: Secretary of State, tier: 1, also_accept: [State Secretary]}
  - {s: antony-blinken, p: kg:represents, o: united-states, tier: 1}
  - {s: yoshimasa-hayashi, p: kg:metWith, o: antony-blinken, tier: 1}
  - {s: two-plus-two-meeting, p: kg:heldIn, o: washington-d-c, tier: 1}
  - {s: two-plus-two-meeting, p: kg:date, o: '2023-01-11', tier: 1}
  - {s: japan, p: kg:acquires, o: tomahawk-cruise-missile, tier: 1,
     also_accept: ["japan kg:operates tomahawk-cruise-missile"]}
  - {s: japan, p: kg:allyOf, o: united-states, tier: 2}
  - {s: tomahawk-cruise-missile, p: kg:producedBy, o: united-states, tier: 2}
"""


def write(tmp_path: Path, text: str, name: str = "gold.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    return load_gold(write(tmp_path, GOLD))


def node(slug: str) -> URIRef:
    return KGR[slug]


def add_entity(graph: Graph, slug: str, cls: URIRef, label: str, *alt_labels: str) -> URIRef:
    iri = node(slug)
    graph.add((iri, RDF.type, cls))
    graph.add((iri, RDFS.label, Literal(label)))
    for alt in alt_labels:
        graph.add((iri, SKOS.altLabel, Literal(alt)))
    return iri


def perfect_graph(gold: Gold, skip_entities: tuple[str, ...] = (), facts: set[int] | None = None) -> Graph:
    """The graph a perfect build would write for ``gold``, plus document and evidence nodes to ignore."""
    graph = Graph()
    doc = KGR["document/000_abc"]
    graph.add((doc, RDF.type, KG.Document))
    graph.add((doc, RDFS.label, Literal("000_abc.txt")))
    graph.add((doc, KG.title, Literal("Japan and the United States")))
    evidence = KGR["evidence/1"]
    graph.add((evidence, RDF.type, KG.Evidence))
    graph.add((evidence, KG.sentence, Literal("Japan acquires Tomahawks.")))
    for entity in gold.entities:
        if entity.id not in skip_entities:
            iri = add_entity(graph, entity.id, KG[entity.type[3:]], entity.label, *entity.aliases)
            graph.add((iri, KG.mentionedIn, doc))
    for index, fact in enumerate(gold.facts):
        if facts is not None and index not in facts:
            continue
        if fact.p in LITERAL_PROPERTIES:
            obj = Literal(date.fromisoformat(fact.o)) if fact.p == "kg:date" else Literal(fact.o)  # xsd:date
        else:
            obj = node(fact.o)
        graph.add((node(fact.s), KG[fact.p[3:]], obj))
    return graph


# --- perfect and partial graphs -------------------------------------------------------------------------

def test_perfect_graph_scores_one_everywhere(gold: Gold) -> None:
    report = evaluate(gold, perfect_graph(gold))
    for score in (report.entity_recall, report.core_entity_recall, report.type_accuracy,
                  report.fact_recall, report.tier1_fact_recall, report.fact_precision):
        assert score.value == 1.0
    assert report.entity_recall.total == 8  # the optional entity counts once found
    assert report.fact_precision.total == 8
    assert report.fragmentation == 0 and report.fragmented == {}
    assert report.unjudged_facts == 0
    assert all(ps.recall.value == 1.0 and ps.precision.value == 1.0 for ps in report.by_property)
    assert not (report.missed_entities or report.wrong_types or report.missed_facts or report.unmatched_facts)
    assert report.alignment["japan"] == (str(node("japan")),)


def test_missing_optional_entity_does_not_lower_recall(gold: Gold) -> None:
    report = evaluate(gold, perfect_graph(gold, skip_entities=("nhk",)))
    assert report.entity_recall.hits == report.entity_recall.total == 7
    assert report.missed_entities == ()


def test_missing_entity_and_facts_are_listed(gold: Gold) -> None:
    graph = perfect_graph(gold, skip_entities=("tomahawk-cruise-missile",))
    report = evaluate(gold, graph)
    assert (report.entity_recall.hits, report.entity_recall.total) == (7, 8)
    assert (report.core_entity_recall.hits, report.core_entity_recall.total) == (4, 5)
    assert [e.id for e in report.missed_entities] == ["tomahawk-cruise-missile"]
    assert {str(f) for f in report.missed_facts} == {
        "japan kg:acquires tomahawk-cruise-missile", "tomahawk-cruise-missile kg:producedBy united-states"}
    assert (report.fact_recall.hits, report.fact_recall.total) == (6, 8)
    assert (report.tier1_fact_recall.hits, report.tier1_fact_recall.total) == (5, 6)
    by_property = {ps.property: ps for ps in report.by_property}
    assert by_property["kg:acquires"].recall.value == 0.0
    assert by_property["kg:acquires"].precision.total == 0
    by_class = {cs.kg_class: cs for cs in report.by_class}
    assert (by_class["kg:Weapon"].recall.hits, by_class["kg:Weapon"].recall.total) == (0, 1)
    assert by_class["kg:Weapon"].type_accuracy.value is None and by_class["kg:Country"].recall.value == 1.0
    # The dangling facts still point at kgr:tomahawk-cruise-missile, which is no entity: unjudged.
    assert report.unjudged_facts == 2
    assert report.fact_precision.value == 1.0


def test_missing_tier2_fact_leaves_tier1_recall_whole(gold: Gold) -> None:
    keep = {i for i, f in enumerate(gold.facts) if f.p != "kg:allyOf"}
    report = evaluate(gold, perfect_graph(gold, facts=keep))
    assert report.tier1_fact_recall.value == 1.0
    assert (report.fact_recall.hits, report.fact_recall.total) == (7, 8)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=7)))
def test_any_subset_of_gold_facts_is_fully_precise(kept: set[int]) -> None:
    gold = load_gold(io.StringIO(GOLD))
    report = evaluate(gold, perfect_graph(gold, facts=kept))
    assert report.fact_recall.hits == len(kept)
    assert report.fact_precision.hits == report.fact_precision.total == len(kept)
    assert report.unmatched_facts == ()


# --- alignment --------------------------------------------------------------------------------------

def test_names_are_normalised_for_alignment(gold: Gold) -> None:
    graph = Graph()
    add_entity(graph, "us", KG.Country, "US", "The United States")
    add_entity(graph, "blinken", KG.Minister, "BLINKEN")
    add_entity(graph, "meeting", KG.Meeting, "2 + 2")
    report = evaluate(gold, graph)
    assert report.alignment["united-states"] == (str(node("us")),)
    assert report.alignment["antony-blinken"] == (str(node("blinken")),)
    assert report.alignment["two-plus-two-meeting"] == (str(node("meeting")),)


@pytest.mark.parametrize(("a", "b"), [
    ("U.S.", "US"), ("the United States", "United States"), ("G-7", "G7"),
    ("Washington, D.C.", "washington dc"), ("Japan’s  defense ministry", "Japan's defense ministry"),
    ("Wong-Li meeting", "Li-Wong meeting"), ("U.S.-Japan summit", "Japan-U.S. summit"),
    ("Lai visit to the 66th Brigade", "Lai visit to 66th Brigade"),
    ("a ceremony at Fort Wainwright", "ceremony at Fort Wainwright"), ("an exercise", "exercise"),
])
def test_normalise_equates(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Defense Secretary", "Secretary of Defense"), ("Theodore", "odore"), ("North Korea", "Korea"),
    ("Wong-Li meeting", "Wong-Li summit"), ("two-plus-two meeting", "plus-two-two meeting"),
    ("A", "An"), ("Article A", "Article"), ("An-124", "A-124"), ("A Company, 2nd Battalion", "Company, 2nd Battalion"),
])
def test_normalise_keeps_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_split_entity_counts_as_fragmented(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.remove((node("antony-blinken"), SKOS.altLabel, None))
    split = add_entity(graph, "blinken", KG.Minister, "Blinken")
    graph.remove((node("antony-blinken"), KG.represents, node("united-states")))
    graph.add((split, KG.represents, node("united-states")))
    report = evaluate(gold, graph)
    assert report.fragmentation == 1
    assert report.fragmented == {"antony-blinken": (str(node("antony-blinken")), str(split))}
    assert report.entity_recall.value == 1.0
    assert report.fact_recall.value == 1.0  # a fact on any fragment counts
    assert report.fact_precision.value == 1.0


def test_primary_node_of_fragmented_entity_has_most_matching_forms(gold: Gold) -> None:
    graph = Graph()
    add_entity(graph, "b1", KG.Person, "Blinken")
    add_entity(graph, "b2", KG.Minister, "Tony", "Antony Blinken", "Blinken")
    report = evaluate(gold, graph)
    assert report.fragmented["antony-blinken"] == (str(node("b2")), str(node("b1")))
    assert report.wrong_types == ()


def test_metonymic_name_goes_to_the_entity_whose_type_fits(gold: Gold) -> None:
    graph = Graph()
    add_entity(graph, "united-states", KG.Country, "United States", "Washington", "America")
    add_entity(graph, "washington", KG.City, "Washington")
    report = evaluate(gold, graph)
    assert report.alignment["united-states"] == (str(node("united-states")),)
    assert report.alignment["washington-d-c"] == (str(node("washington")),)
    assert report.fragmentation == 0

    only_country = Graph()
    add_entity(only_country, "washington", KG.Country, "Washington")
    assert evaluate(gold, only_country).alignment == {"united-states": (str(node("washington")),)}


def test_label_match_beats_alias_match(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: tokyo-metonym, label: Japan, type: kg:Country, aliases: [Tokyo]}
  - {id: tokyo, label: Tokyo, type: kg:City}
facts: []
"""))
    graph = Graph()
    add_entity(graph, "tokyo", KG.Country, "Tokyo")  # type fits the alias holder, but the label wins
    report = evaluate(gold, graph)
    assert report.alignment == {"tokyo": (str(node("tokyo")),)}
    assert report.type_accuracy.value == 0.0


def test_a_shared_alias_goes_to_the_gold_entity_of_the_nodes_documents(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: rafale-deal, label: India-France Rafale agreement, type: kg:Treaty, aliases: [deal], docs: ['112']}
  - {id: k2-contract, label: second K2 contract, type: kg:Treaty, aliases: [the deal], docs: ['117']}
facts: []
"""))
    graph = Graph()
    iri = add_entity(graph, "poland-south-korea-deal", KG.Treaty, "Poland-South Korea deal", "deal")
    graph.add((iri, KG.mentionedIn, KGR["document/117_poland-k2"]))
    assert evaluate(gold, graph).alignment == {"k2-contract": (str(iri),)}
    other = add_entity(graph, "nauseda-ceremony", KG.Meeting, "Nauseda ceremony", "the deal")
    graph.add((other, KG.mentionedIn, KGR["document/145_vilnius"]))
    assert str(other) not in {i for iris in evaluate(gold, graph).alignment.values() for i in iris}
    # ^ an alias alone, of a thing of other documents, names nothing in this one


# --- types ----------------------------------------------------------------------------------------------

def test_wrong_type_lowers_type_accuracy(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.set((node("japan"), RDF.type, KG.City))
    report = evaluate(gold, graph)
    assert (report.type_accuracy.hits, report.type_accuracy.total) == (7, 8)
    [wrong] = report.wrong_types
    assert (wrong.entity, wrong.expected, wrong.found) == ("japan", ("kg:Country",), ("kg:City",))
    assert report.entity_recall.value == 1.0


def test_accept_types_are_accepted_but_sub_and_superclasses_are_not(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.set((node("antony-blinken"), RDF.type, KG.Person))  # listed in accept_types
    graph.set((node("yoshimasa-hayashi"), RDF.type, KG.Person))  # superclass, not listed
    graph.set((node("nhk"), RDF.type, KG.MilitaryUnit))  # subclass, not listed
    report = evaluate(gold, graph)
    assert {w.entity for w in report.wrong_types} == {"yoshimasa-hayashi", "nhk"}
    assert (report.type_accuracy.hits, report.type_accuracy.total) == (6, 8)


# --- facts ----------------------------------------------------------------------------------------------

def test_symmetric_fact_stored_the_other_way_counts(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.remove((node("yoshimasa-hayashi"), KG.metWith, node("antony-blinken")))
    graph.add((node("antony-blinken"), KG.metWith, node("yoshimasa-hayashi")))
    graph.remove((node("japan"), KG.allyOf, node("united-states")))
    graph.add((node("united-states"), KG.allyOf, node("japan")))
    report = evaluate(gold, graph)
    assert report.fact_recall.value == 1.0
    assert report.fact_precision.value == 1.0


def test_asymmetric_fact_stored_the_other_way_does_not_count(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.remove((node("antony-blinken"), KG.represents, node("united-states")))
    graph.add((node("united-states"), KG.represents, node("antony-blinken")))
    report = evaluate(gold, graph)
    assert [str(f) for f in report.missed_facts] == ["antony-blinken kg:represents united-states"]
    assert (report.fact_precision.hits, report.fact_precision.total) == (7, 8)
    assert [str(f) for f in report.unmatched_facts] == ["kgr:united-states kg:represents kgr:antony-blinken"]


def test_also_accept_alternative_object(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.set((node("antony-blinken"), KG.holdsPosition, Literal("state secretary.")))
    report = evaluate(gold, graph)
    assert report.fact_recall.value == 1.0 and report.fact_precision.value == 1.0


def test_literal_titles_differing_in_word_order_need_also_accept(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: lloyd-austin, label: Lloyd Austin, type: kg:Minister}
facts:
  - {s: lloyd-austin, p: kg:holdsPosition, o: Secretary of Defense, tier: 1}
"""))
    graph = Graph()
    iri = add_entity(graph, "lloyd-austin", KG.Minister, "Lloyd Austin")
    graph.add((iri, KG.holdsPosition, Literal("Defense Secretary")))
    report = evaluate(gold, graph)
    assert report.fact_recall.value == 0.0
    assert report.fact_precision.value == 0.0


def test_also_accept_whole_triple(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.remove((node("japan"), KG.acquires, node("tomahawk-cruise-missile")))
    graph.add((node("japan"), KG.operates, node("tomahawk-cruise-missile")))
    report = evaluate(gold, graph)
    assert report.fact_recall.value == 1.0 and report.fact_precision.value == 1.0
    by_property = {ps.property: ps for ps in report.by_property}
    assert by_property["kg:acquires"].recall.value == 1.0
    assert (by_property["kg:operates"].precision.hits, by_property["kg:operates"].precision.total) == (1, 1)


def test_extra_fact_between_gold_entities_lowers_precision(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.add((node("japan"), KG.threatens, node("united-states")))
    report = evaluate(gold, graph)
    assert (report.fact_precision.hits, report.fact_precision.total) == (8, 9)
    assert [str(f) for f in report.unmatched_facts] == ["kgr:japan kg:threatens kgr:united-states"]
    assert report.fact_recall.value == 1.0


def test_facts_about_things_gold_does_not_know_are_unjudged(gold: Gold) -> None:
    graph = perfect_graph(gold)
    f35 = add_entity(graph, "f-35b", KG.Weapon, "F-35B")
    graph.add((node("japan"), KG.acquires, f35))
    graph.add((f35, KG.producedBy, node("united-states")))
    graph.add((f35, KG.date, Literal("2023-01-01")))
    report = evaluate(gold, graph)
    assert report.unjudged_facts == 3
    assert report.fact_precision.value == 1.0


def test_dates_compare_as_iso_strings(gold: Gold) -> None:
    graph = perfect_graph(gold)
    meeting = node("two-plus-two-meeting")
    graph.set((meeting, KG.date, Literal("2023-01-11")))  # untyped
    assert evaluate(gold, graph).fact_recall.value == 1.0
    graph.set((meeting, KG.date, Literal(datetime(2023, 1, 11, 9, 0))))  # xsd:dateTime
    assert evaluate(gold, graph).fact_recall.value == 1.0
    graph.set((meeting, KG.date, Literal(date(2023, 1, 12))))
    report = evaluate(gold, graph)
    assert [str(f) for f in report.missed_facts] == ["two-plus-two-meeting kg:date 2023-01-11"]
    assert (report.fact_precision.hits, report.fact_precision.total) == (7, 8)


def test_literal_object_naming_a_gold_entity_matches(gold: Gold) -> None:
    graph = perfect_graph(gold)
    graph.set((node("two-plus-two-meeting"), KG.heldIn, Literal("Washington")))
    report = evaluate(gold, graph)
    assert report.fact_recall.value == 1.0 and report.fact_precision.value == 1.0


# --- output -----------------------------------------------------------------------------------------------

def test_format_report_and_to_dict(gold: Gold) -> None:
    graph = perfect_graph(gold, skip_entities=("tomahawk-cruise-missile",))
    graph.set((node("japan"), RDF.type, KG.City))
    graph.add((node("japan"), KG.threatens, node("united-states")))
    report = evaluate(gold, graph)

    text = format_report(report)
    assert "entity recall" in text and "7 / 8" in text and "0.875" in text
    assert re.search(r"kg:acquires\s+0 / 1\s+0\.000\s+0 / 0\s+n/a", text)
    assert re.search(r"kg:Country\s+2 / 2\s+1\.000\s+1 / 2\s+0\.500", text)     # Japan found, typed as a City
    assert "missed facts" not in text

    full = format_report(report, show_missing=True)
    assert "missed entities (1):\n  tomahawk-cruise-missile (kg:Weapon)" in full
    assert "wrong types (1):\n  japan: kgr:japan is kg:City, expected kg:Country" in full
    assert "[tier 1] japan kg:acquires tomahawk-cruise-missile" in full
    assert "unmatched graph facts (1):\n  kgr:japan kg:threatens kgr:united-states" in full

    data = json.loads(json.dumps(report.to_dict()))
    assert data["entities"]["recall"] == {"hits": 7, "total": 8, "value": 0.875}
    assert data["facts"]["precision"]["total"] == 7
    assert data["by_property"]["kg:threatens"]["precision"]["value"] == 0.0
    assert data["by_class"]["kg:Weapon"]["recall"]["hits"] == 0
    assert data["missed_entities"] == ["tomahawk-cruise-missile"]
    assert data["wrong_types"][0]["found"] == ["kg:City"]


# --- gold validation ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "message"), [
    ("entities: [\n  {id: x\n", r"not valid YAML at line"),
    ("- 1\n", r"top level: expected a mapping with keys 'entities' and 'facts'"),
    ("entities: []\n", r"top level"),
    ("entities:\n  - {id: x, label: X, type: kg:Countri}\nfacts: []\n",
     r"entities\[0\] \(x\): unknown type 'kg:Countri'; valid: .*kg:Country"),
    ("entities:\n  - {id: X Y, label: X, type: kg:Country}\nfacts: []\n", r"entities\[0\] \(X Y\): id 'X Y' is not a slug"),
    ("entities:\n  - {id: x, label: X, type: kg:Country, docs: [000]}\nfacts: []\n", r"'docs' must be a list of strings"),
    ("entities:\n  - {id: x, label: X, type: kg:Country, colour: red}\nfacts: []\n", r"unknown key\(s\) colour"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\n  - {id: x, label: Y, type: kg:City}\nfacts: []\n",
     r"entities\[1\] \(x\): duplicate id"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\nfacts:\n  - {s: x, p: kg:allyOf, o: y, tier: 2}\n",
     r"facts\[0\] \(x kg:allyOf y\): object 'y' is not a declared entity id"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\nfacts:\n  - {s: x, p: kg:likes, o: x, tier: 2}\n",
     r"unknown property 'kg:likes'; valid: .*kg:acquires"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\nfacts:\n  - {s: x, p: kg:allyOf, o: x, tier: 3}\n",
     r"tier must be 1 or 2"),
    ("entities:\n  - {id: x, label: X, type: kg:Meeting}\nfacts:\n  - {s: x, p: kg:date, o: Jan 11, tier: 1}\n",
     r"ISO date"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\nfacts:\n"
     "  - {s: x, p: kg:allyOf, o: x, tier: 2, also_accept: ['x kg:partOf nowhere']}\n",
     r"also_accept 'x kg:partOf nowhere': object 'nowhere' is not a declared entity id"),
    ("entities:\n  - {id: x, label: X, type: kg:Country}\n  - {id: y, label: Y, type: kg:Country}\nfacts:\n"
     "  - {s: x, p: kg:allyOf, o: y, tier: 2}\n  - {s: y, p: kg:allyOf, o: x, tier: 2}\n",
     r"facts\[1\] \(y kg:allyOf x\): duplicate of facts\[0\]"),
])
def test_malformed_gold_raises_gold_error_naming_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text, "broken.yaml")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    line = str(info.value)
    assert "\n" not in line
    assert line.startswith(f"{path}: ")
    assert re.search(message, line), line
    assert isinstance(info.value, KGError)


def test_missing_gold_file_raises_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="nope.yaml: cannot read gold file"):
        load_gold(tmp_path / "nope.yaml")


def test_load_gold_reads_an_open_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOLD)
    with path.open(encoding="utf-8") as handle:
        gold = load_gold(handle)
    assert gold.source == str(path)
    assert [f.also_accept for f in gold.facts if f.p == "kg:acquires"] == [
        (("japan", "kg:operates", "tomahawk-cruise-missile"),)]
    assert gold.facts[0].also_accept == (("antony-blinken", "kg:holdsPosition", "State Secretary"),)


def test_unquoted_yaml_date_is_read_as_iso_string(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, "entities:\n  - {id: m, label: M, type: kg:Meeting}\n"
                                     "facts:\n  - {s: m, p: kg:date, o: 2023-01-11, tier: 1}\n"))
    assert gold.facts[0].o == "2023-01-11"


# --- the seed corpus gold ----------------------------------------------------------------------------------------

def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def test_seeds_gold_loads_and_is_consistent() -> None:
    gold = load_gold(SEEDS_GOLD)
    ids = [e.id for e in gold.entities]
    assert len(ids) == len(set(ids))
    declared = set(ids)
    for fact in gold.facts:
        for s, p, o in (fact.triple, *fact.also_accept):
            assert s in declared, fact
            assert o in declared or p in LITERAL_PROPERTIES, fact
        assert fact.docs and fact.evidence, fact
    for entity in gold.entities:
        assert entity.id == slug(entity.label), entity
        assert entity.docs, entity
    assert 60 <= len(gold.entities) <= 120
    assert 80 <= len(gold.facts) <= 150


def test_seeds_gold_scores_one_on_its_own_perfect_graph() -> None:
    """No two gold entities fight over a name: a graph written from the gold aligns one to one."""
    gold = load_gold(SEEDS_GOLD)
    report = evaluate(gold, perfect_graph(gold))
    assert report.fragmented == {}
    assert report.wrong_types == ()
    assert report.fact_recall.value == report.fact_precision.value == 1.0


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="the seed corpus is not in this checkout")
def test_seeds_gold_evidence_is_quoted_from_its_documents() -> None:
    gold = load_gold(SEEDS_GOLD)
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS_DIR.glob("[0-9][0-9][0-9]_*.txt")}
    for fact in gold.facts:
        assert set(fact.docs) <= set(texts), fact
        assert any(fact.evidence in texts[d] for d in fact.docs), f"{fact}: {fact.evidence!r}"


def test_unnamed_meeting_aligns_by_its_participants(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: putin, label: Vladimir Putin, type: kg:Minister}
  - {id: kim, label: Kim Jong Un, type: kg:Person}
  - {id: xi, label: Xi Jinping, type: kg:Minister}
  - {id: putin-kim-meeting, label: Putin-Kim meeting, type: kg:Meeting}
facts:
  - {s: putin, p: kg:participatedIn, o: putin-kim-meeting, tier: 1}
  - {s: kim, p: kg:participatedIn, o: putin-kim-meeting, tier: 1}
"""))
    g = Graph()
    putin = add_entity(g, "putin", KG.Minister, "Vladimir Putin")
    kim = add_entity(g, "kim", KG.Person, "Kim Jong Un")
    xi = add_entity(g, "xi", KG.Minister, "Xi Jinping")
    summit = add_entity(g, "summit-in-pyongyang", KG.Meeting, "summit in Pyongyang")
    other = add_entity(g, "putin-xi-meeting", KG.Meeting, "Putin-Xi meeting")
    for person, meeting in ((putin, summit), (kim, summit), (putin, other), (xi, other)):
        g.add((person, KG.participatedIn, meeting))
    report = evaluate(gold, g)
    assert report.alignment["putin-kim-meeting"] == (str(summit),)
    assert report.to_dict()["facts"]["recall"]["value"] == 1.0
    g.remove((kim, KG.participatedIn, summit))          # one shared participant is not enough
    assert "putin-kim-meeting" not in evaluate(gold, g).alignment
    g.add((kim, KG.participatedIn, summit))
    gold = load_gold(write(tmp_path, (tmp_path / "gold.yaml").read_text().replace(
        "type: kg:Meeting}", "type: kg:Meeting, docs: ['141']}")))
    g.add((summit, KG.mentionedIn, KGR["document/115_patrols"]))     # the two met in another story
    assert "putin-kim-meeting" not in evaluate(gold, g).alignment
    g.add((summit, KG.mentionedIn, KGR["document/141_pyongyang"]))
    assert evaluate(gold, g).alignment["putin-kim-meeting"] == (str(summit),)


def test_an_unnamed_meeting_aligns_when_it_has_half_its_own_participants(tmp_path: Path) -> None:
    people = [f"p{i}" for i in range(6)]
    gold = load_gold(write(tmp_path, "entities:\n" + "".join(
        f"  - {{id: {p}, label: Person {p}, type: kg:Person}}\n" for p in people) +
        "  - {id: ceremony, label: inauguration ceremony, type: kg:Meeting}\nfacts:\n" + "".join(
        f"  - {{s: {p}, p: kg:participatedIn, o: ceremony, tier: 1}}\n" for p in people)))
    g = Graph()
    nodes = [add_entity(g, p, KG.Person, f"Person {p}") for p in people]
    made = add_entity(g, "p0-p1-ceremony", KG.Meeting, "P0-P1 ceremony")
    for n in nodes[:2]:                  # two of six gold guests: all the node has
        g.add((n, KG.participatedIn, made))
    assert evaluate(gold, g).alignment["ceremony"] == (str(made),)


def test_a_visit_of_one_person_aligns_by_that_person_and_a_word_of_its_label(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: blinken, label: Antony Blinken, type: kg:Minister}
  - {id: blinken-trip, label: Blinken's trip to Beijing, type: kg:Meeting, docs: ['149']}
facts:
  - {s: blinken, p: kg:participatedIn, o: blinken-trip, tier: 1}
"""))
    g = Graph()
    blinken = add_entity(g, "blinken", KG.Minister, "Antony Blinken")
    made = add_entity(g, "blinken-meeting", KG.Meeting, "Blinken meeting")
    g.add((blinken, KG.participatedIn, made))
    g.add((made, KG.mentionedIn, KGR["document/149_trip"]))
    assert "blinken-trip" not in evaluate(gold, g).alignment       # only the person's name in common
    visit = add_entity(g, "blinken-visit-to-beijing", KG.Meeting, "Blinken visit to Beijing")
    g.add((blinken, KG.participatedIn, visit))
    g.add((visit, KG.mentionedIn, KGR["document/149_trip"]))
    assert evaluate(gold, g).alignment["blinken-trip"] == (str(visit),)
    assert evaluate(gold, g).to_dict()["facts"]["recall"]["value"] == 1.0
    other = add_entity(g, "blinken-visit-to-beijing-2", KG.Meeting, "Blinken visit to Beijing airport")
    g.add((blinken, KG.participatedIn, other))
    g.add((other, KG.mentionedIn, KGR["document/149_trip"]))
    assert "blinken-trip" not in evaluate(gold, g).alignment       # two such nodes: neither is sure


def test_of_two_gold_meetings_of_the_same_people_the_node_takes_the_one_it_is_named_like(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: blinken, label: Antony Blinken, type: kg:Minister}
  - {id: lavrov, label: Sergei Lavrov, type: kg:Minister}
  - {id: arctic-council-summit, label: Arctic Council summit, type: kg:Meeting}
  - {id: blinken-lavrov-meeting, label: Blinken-Lavrov meeting in Reykjavik, type: kg:Meeting}
facts:
  - {s: blinken, p: kg:participatedIn, o: arctic-council-summit, tier: 1}
  - {s: lavrov, p: kg:participatedIn, o: arctic-council-summit, tier: 1}
  - {s: blinken, p: kg:participatedIn, o: blinken-lavrov-meeting, tier: 1}
  - {s: lavrov, p: kg:participatedIn, o: blinken-lavrov-meeting, tier: 1}
"""))
    g = Graph()
    people = [add_entity(g, "blinken", KG.Minister, "Antony Blinken"), add_entity(g, "lavrov", KG.Minister, "Sergei Lavrov")]
    made = add_entity(g, "blinken-lavrov-meeting", KG.Meeting, "Blinken-Lavrov meeting")
    for person in people:
        g.add((person, KG.participatedIn, made))
    assert evaluate(gold, g).alignment["blinken-lavrov-meeting"] == (str(made),)


def test_an_unnamed_agreement_aligns_by_its_parties(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: greece, label: Greece, type: kg:Country}
  - {id: france, label: France, type: kg:Country}
  - {id: pact, label: Greece-France defence pact, type: kg:Treaty, aliases: [military and defence pact]}
facts:
  - {s: greece, p: kg:partyTo, o: pact, tier: 1}
  - {s: france, p: kg:partyTo, o: pact, tier: 1}
"""))
    g = Graph()
    states = [add_entity(g, "greece", KG.Country, "Greece"), add_entity(g, "france", KG.Country, "France")]
    made = add_entity(g, "defence-pact", KG.Treaty, "Defence pact")
    g.add((states[0], KG.partyTo, made))
    assert "pact" not in evaluate(gold, g).alignment             # one shared party is not enough
    g.add((states[1], KG.partyTo, made))
    assert evaluate(gold, g).alignment["pact"] == (str(made),)
    assert evaluate(gold, g).to_dict()["facts"]["recall"]["value"] == 1.0


def test_gold_related_to_is_recalled_by_any_relation_of_the_pair(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: japan, label: Japan, type: kg:Country}
  - {id: nhk, label: NHK, type: kg:Organization}
  - {id: tokyo, label: Tokyo, type: kg:City}
facts:
  - {s: nhk, p: kg:relatedTo, o: japan, tier: 2}
  - {s: japan, p: kg:relatedTo, o: tokyo, tier: 2}
"""))
    graph = Graph()
    for slug, cls, label in (("japan", KG.Country, "Japan"), ("nhk", KG.Organization, "NHK"),
                             ("tokyo", KG.City, "Tokyo")):
        add_entity(graph, slug, cls, label)
    graph.add((node("japan"), KG.cooperatesWith, node("nhk")))      # a specific relation, the other way round
    report = evaluate(gold, graph)
    assert [str(f) for f in report.missed_facts] == ["japan kg:relatedTo tokyo"]
    assert (report.fact_precision.hits, report.fact_precision.total) == (0, 1)   # still judged on its own



def test_a_graph_related_to_is_right_where_gold_relates_the_pair_more_precisely(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: hagel, label: Chuck Hagel, type: kg:Minister}
  - {id: chang, label: Chang Wanquan, type: kg:Minister}
  - {id: obama, label: Barack Obama, type: kg:Minister}
facts:
  - {s: chang, p: kg:metWith, o: hagel, tier: 1}
"""))
    graph = Graph()
    for slug, label in (("hagel", "Chuck Hagel"), ("chang", "Chang Wanquan"), ("obama", "Barack Obama")):
        add_entity(graph, slug, KG.Minister, label)
    graph.add((node("hagel"), KG.relatedTo, node("chang")))     # weaker than gold's metWith, and true
    graph.add((node("chang"), KG.relatedTo, node("obama")))     # gold relates them in no way
    report = evaluate(gold, graph)
    assert (report.fact_precision.hits, report.fact_precision.total) == (1, 2)
    assert [str(f) for f in report.missed_facts] == ["chang kg:metWith hagel"]   # and recalls nothing


def test_a_date_without_its_year_is_right_but_recalls_nothing(tmp_path: Path) -> None:
    from rdflib.namespace import XSD
    gold = load_gold(write(tmp_path, """\
entities:
  - {id: talks, label: Lowe-Ivanov talks, type: kg:Meeting}
  - {id: summit, label: Sochi summit, type: kg:Meeting}
facts:
  - {s: talks, p: kg:date, o: "2023-07-16", tier: 1}
  - {s: summit, p: kg:date, o: "2023-08-02", tier: 1}
"""))
    graph = Graph()
    add_entity(graph, "talks", KG.Meeting, "Lowe-Ivanov talks")
    add_entity(graph, "summit", KG.Meeting, "Sochi summit")
    graph.add((node("talks"), KG.date, Literal("--07-16", datatype=XSD.gMonthDay)))     # "on July 16": true
    graph.add((node("summit"), KG.date, Literal("--08-03", datatype=XSD.gMonthDay)))    # another day: wrong
    report = evaluate(gold, graph)
    assert (report.fact_precision.hits, report.fact_precision.total) == (1, 2)
    assert sorted(str(f) for f in report.missed_facts) == ["summit kg:date 2023-08-02", "talks kg:date 2023-07-16"]
