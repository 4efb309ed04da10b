"""Extraction on short sentences with the real English model (en_core_web_sm 3.8).

These pin behaviour a reader notices: titles split from names, capitals told apart as cities or
governments, coordination, passive voice, nominal and compound relations.
"""
from __future__ import annotations

import pytest

from kg.pipeline import extract_document
from kg.nlp import MODEL_VERSION, load_pipeline
from kg.types import Document, Literal_

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    pipeline = load_pipeline()
    assert pipeline.meta["version"].startswith(MODEL_VERSION[:3]), "tests are pinned to the 3.8 model"
    return pipeline


def run(nlp, text):
    result = extract_document(nlp, Document("t", "t.txt", text, "0" * 64))
    facts = set()
    for f in result.facts:
        obj = f.object.value if isinstance(f.object, Literal_) else f.object.text
        facts.add((f.subject.text, f.predicate, obj))
    return result.mentions, facts


def types(mentions):
    return {(m.text, m.type) for m in mentions}


def test_titles_are_split_from_names(nlp):
    ms, facts = run(nlp, "Secretary of Defense Lloyd Austin met Japanese Foreign Minister Yoshimasa Hayashi.")
    assert {("Lloyd Austin", "Minister"), ("Yoshimasa Hayashi", "Minister")} <= types(ms)
    assert ("Lloyd Austin", "holdsPosition", "Secretary of Defense") in facts
    assert ("Yoshimasa Hayashi", "holdsPosition", "Foreign Minister") in facts
    assert ("Yoshimasa Hayashi", "represents", "Japanese") in facts
    assert ("Lloyd Austin", "metWith", "Yoshimasa Hayashi") in facts


def test_coordination_gives_every_pair(nlp):
    _, facts = run(nlp, "Secretary of Defense Lloyd Austin and Secretary of State Antony Blinken hosted "
                        "Foreign Minister Yoshimasa Hayashi and Defense Minister Yasukazu Hamada of Japan.")
    met = {(s, o) for s, p, o in facts if p == "metWith"}
    assert met == {(a, b) for a in ("Lloyd Austin", "Antony Blinken")
                   for b in ("Yoshimasa Hayashi", "Yasukazu Hamada")}
    assert ("Yoshimasa Hayashi", "represents", "Japan") in facts
    assert ("Yasukazu Hamada", "represents", "Japan") in facts


def test_capital_as_government_and_as_city(nlp):
    ms, _ = run(nlp, "Tokyo unveiled a new strategy. Ministers met in Tokyo on Friday.")
    tokyo = [m for m in ms if m.text == "Tokyo"]
    assert [(m.type, m.metonym) for m in tokyo] == [("Country", True), ("City", False)]
    assert tokyo[0].key == "japan"


def test_compound_control_and_production(nlp):
    _, facts = run(nlp, "China claims the Tokyo-controlled Senkaku Islands. "
                        "Japan will buy U.S.-made Tomahawk cruise missiles.")
    assert ("Tokyo", "controls", "Senkaku Islands") in facts
    assert ("China", "claims", "Senkaku Islands") in facts
    assert any(s == "Japan" and p == "acquires" and "Tomahawk" in o for s, p, o in facts)
    assert any(p == "producedBy" and "Tomahawk" in s and o == "U.S." for s, p, o in facts)


def test_nominal_and_passive_forms(nlp):
    _, facts = run(nlp, "Beijing's claim to the Senkaku Islands worries Tokyo. "
                        "Hypersonic missiles were developed by China.")
    assert ("Beijing", "claims", "Senkaku Islands") in facts
    assert any(s == "China" and p == "develops" and "ypersonic" in o for s, p, o in facts)


def test_controlled_verb_inherits_its_subject(nlp):
    _, facts = run(nlp, "Japan intends to acquire Tomahawk cruise missiles.")
    assert any(s == "Japan" and p == "acquires" and "Tomahawk" in o for s, p, o in facts)


def test_reorganisation_of_a_unit(nlp):
    _, facts = run(nlp, "The plan will reorganize the 12th Marine Regiment into the 12th Marine Littoral Regiment.")
    assert ("12th Marine Regiment", "reorganizedInto", "12th Marine Littoral Regiment") in facts


def test_treaty_article_and_parties(nlp):
    _, facts = run(nlp, "Attacks in space could invoke Article 5 of the U.S.-Japan security treaty.")
    assert any(s == "Article 5" and p == "partOf" and "treaty" in o for s, p, o in facts)
    assert {("U.S.", "partyTo"), ("Japan", "partyTo")} <= {(s, p) for s, p, o in facts if "treaty" in str(o)}


def test_weapon_designations(nlp):
    ms, _ = run(nlp, "Japan spotted a Chinese WZ-7 drone, and F-35B stealth fighters flew drills. The G-7 met.")
    weapons = {m.text for m in ms if m.type == "Weapon"}
    assert any(w.startswith("WZ-7") for w in weapons) and any(w.startswith("F-35B") for w in weapons)
    assert not any("G-7" in w for w in weapons)


def test_no_junk_nodes_from_pronouns_dates_numbers_or_titles(nlp):
    ms, _ = run(nlp, "He said on Wednesday that 2,000 Marines and the Secretary would stay. "
                     "They met them in 2023. The President spoke.")
    for m in ms:
        assert m.text.lower() not in {"he", "they", "them", "wednesday", "2023", "2,000", "secretary", "president"}


def test_text_without_entities_and_non_english_text(nlp):
    ms, facts = run(nlp, "the quick brown fox jumps over the lazy dog. " * 5)
    assert ms == [] and facts == set()
    ms, facts = run(nlp, "Der Außenminister traf sich am Mittwoch mit seinem Amtskollegen. 外交部长周三会见了同行。")
    assert all(m.text.strip() for m in ms)


JUNK = {"he", "she", "it", "they", "we", "him", "her", "them", "his", "their", "its", "who", "this", "that",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "minister", "secretary", "president", "prime minister", "foreign minister", "defense minister",
        "spokesperson", "official", "officials", "general", "the", "a", "of", "and"}


def junk_labels(out):
    """Labels a reader would call junk: pronouns, dates, numbers, lone titles, function-word edges."""
    from kg.query import run_query

    rows = run_query(out, "SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l FILTER(?t != kg:Document) }").rows
    bad = []
    for r in rows:
        label = r["l"]
        words = label.lower().split()
        if label.lower() in JUNK or not any(ch.isalpha() for ch in label) or \
                words[0] in ("of", "the", "and", "with", "but") or words[-1] in ("of", "the", "and", "with"):
            bad.append(label)
        elif all(w.strip(".,") in JUNK for w in words):
            bad.append(label)
    return bad


def test_bad_inputs_build_without_junk_nodes(tmp_path, capsys):
    """One enormous sentence, a pasted table and list, non-English text, hostile markup, no entities."""
    import re

    from conftest import SEEDS
    from kg.pipeline import build

    src = tmp_path / "bad"
    src.mkdir()
    prose = (SEEDS / "000_d417b0cdfc301bfe.txt").read_text(encoding="utf-8")
    (src / "enormous.txt").write_text(re.sub(r'[.!?]["”]?\s+', ", and ", prose).replace("\n", " ") + ".",
                                      encoding="utf-8")
    table = ["| Country | Minister | Budget 2023 | Change |", "|---|---|---|---|"]
    table += [f"| Japan | Yasukazu Hamada | {i},000 | +{i}% |" for i in range(50)]
    lines = ["The ministers met on Wednesday to review the figures below.", *table,
             "- He", "- The Minister", "- Wednesday", "- 42", "They said it was done."]
    (src / "table.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "german.txt").write_text("Der japanische Verteidigungsminister traf am Mittwoch in Washington seinen "
                                    "amerikanischen Amtskollegen. Sie sprachen über China und Taiwan. " * 10,
                                    encoding="utf-8")
    (src / "chinese.txt").write_text("日本防卫大臣周三在华盛顿会见了美国国防部长。双方讨论了中国和台湾问题。" * 20,
                                     encoding="utf-8")
    (src / "none.txt").write_text("the quick brown fox jumps over the lazy dog and nothing happens. " * 10,
                                  encoding="utf-8")
    result = build([str(src)], tmp_path / "out")
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert set(skipped) == {"german.txt", "chinese.txt"}
    assert all("English" in r for r in skipped.values())
    assert junk_labels(result.out_dir) == []
    labels = {e.label for e in result.resolution.entities.values()}
    assert {"Japan", "United States", "Lloyd Austin", "Antony Blinken"} <= labels


def test_the_sample_and_dev_builds_have_no_junk_nodes(sample_out, tmp_path):
    from conftest import ROOT
    from kg.pipeline import build

    assert junk_labels(sample_out) == []
    dev = build([str(ROOT / "tests" / "dev" / "articles")], tmp_path / "dev")
    assert junk_labels(dev.out_dir) == []


def test_coordinated_names_and_the_four(nlp):
    """The issue's own example: four metWith facts; then "the four men" stands for those four."""
    _, facts = run(nlp, "Yoshimasa Hayashi and Yasukazu Hamada met Antony Blinken and Lloyd Austin on Wednesday. "
                        "The four men agreed to meet with Fumio Kishida.")
    met = {(s, o) for s, p, o in facts if p == "metWith"}
    assert {(a, b) for a in ("Yoshimasa Hayashi", "Yasukazu Hamada")
            for b in ("Antony Blinken", "Lloyd Austin")} <= met
    assert {(a, "Fumio Kishida") for a in ("Yoshimasa Hayashi", "Yasukazu Hamada", "Antony Blinken",
                                            "Lloyd Austin")} <= met


def test_control_from_sovereignty_and_seizure(nlp):
    _, facts = run(nlp, "The Kuril Islands, seized by the Soviet Union in 1945, fall under Russian sovereignty.")
    assert ("Soviet Union", "controls", "Kuril Islands") in facts
    assert ("Russian", "controls", "Kuril Islands") in facts


def test_unmapped_verbs_are_kept_as_related_to_with_the_verb(nlp):
    result = extract_document(nlp, Document("t", "t.txt", "Austin said that Article 5 of the U.S.-Japan security "
                                            "treaty applies to the Senkaku Islands.", "0" * 64))
    related = [(f.subject.text, f.object.text, f.evidence.predicate_text) for f in result.facts
               if f.predicate == "relatedTo"]
    assert ("Article 5", "Senkaku Islands", "apply to") in related


def test_honorific_makes_a_person_and_plural_meetings_are_bilateral(nlp):
    ms, facts = run(nlp, "Defence Minister Ng Eng Hen spoke on Friday. Dr Ng also had meetings with his "
                         "counterparts Mohamad Hasan of Malaysia, Richard Marles of Australia, and Carlito "
                         "Galvez of the Philippines.")
    assert ("Ng", "Person") in types(ms) or ("Ng", "Minister") in types(ms)
    meetings = {m.text for m in ms if m.type == "Meeting"}
    assert meetings == {"Ng-Hasan meeting", "Ng-Marles meeting", "Ng-Galvez meeting"}
    assert {("Ng", "participatedIn", "Ng-Marles meeting"), ("Richard Marles", "participatedIn", "Ng-Marles meeting"),
            ("Richard Marles", "represents", "Australia")} <= facts
    assert ("Mohamad Hasan", "participatedIn", "Ng-Galvez meeting") not in facts


def test_meeting_subject_the_parser_dropped(nlp):
    ms, facts = run(nlp, "The ministries announced the plan while visiting US Defense Secretary Lloyd Austin and "
                         "his Filipino counterpart, Carlito Galvez, were holding a meeting in Camp Aguinaldo.")
    assert ("Lloyd Austin", "participatedIn", "Austin-Galvez meeting") in facts
    assert ("Carlito Galvez", "participatedIn", "Austin-Galvez meeting") in facts
    assert ("Austin-Galvez meeting", "heldIn", "Camp Aguinaldo") in facts


def test_titles_through_honorifics_and_portfolio_titles(nlp):
    ms, facts = run(nlp, "Foreign Secretary Mr Cleverly insisted the islands are British, while minister for the "
                         "Americas David Rutley was disappointed. Deputy Prime Minister and Minister for Defence, "
                         "the Hon Richard Marles MP talked to soldiers.")
    assert {("Cleverly", "holdsPosition", "Foreign Secretary"),
            ("David Rutley", "holdsPosition", "minister for the Americas"),
            ("Richard Marles", "holdsPosition", "Minister for Defence"),
            ("Richard Marles", "holdsPosition", "Deputy Prime Minister")} <= facts
    assert ("Richard Marles", "Minister") in types(ms)


def test_a_place_name_can_be_a_given_name(nlp):
    ms, facts = run(nlp, "Argentinian foreign minister Santiago Cafiero met Israel Katz. The Japan Times said "
                         "ministers met in Santiago.")
    assert {("Santiago Cafiero", "Minister"), ("Israel Katz", "Person"), ("Santiago", "City")} <= types(ms)
    assert ("Santiago Cafiero", "represents", "Argentinian") in facts
    assert not any(m.type == "Person" and "Times" in m.text for m in ms)


def test_a_counterpart_holds_the_same_post_and_particles_stay_in_names(nlp):
    ms, facts = run(nlp, "Turkish Defence Minister Hulusi Akar met with his Greek counterpart Nikos Panagiotopoulos. "
                         "India's Defence Minister Manohar Parrikar and French counterpart, Jean-Yves Le Drian "
                         "signed the agreement. Le Drian said so.")
    assert {("Nikos Panagiotopoulos", "holdsPosition", "Defence Minister"),
            ("Nikos Panagiotopoulos", "represents", "Greek"),
            ("Jean-Yves Le Drian", "represents", "French")} <= facts
    assert {("Jean-Yves Le Drian", "Minister"), ("Le Drian", "Person")} <= types(ms)
    _, facts = run(nlp, "Secretary of State Antony Blinken met his Chinese counterpart Wang Yi.")
    assert not any(s == "Wang Yi" and p == "holdsPosition" for s, p, _ in facts)   # not a US post


def test_sovereignty_claims_and_ownership_by_copula(nlp):
    _, facts = run(nlp, "Argentina has long claimed sovereignty over the Falkland Islands. Mr Cleverly said the "
                        "Falkland Islands are British. Turkey's position questions Greece's sovereignty over Crete.")
    assert {("Argentina", "claims", "Falkland Islands"), ("British", "controls", "Falkland Islands"),
            ("Greece", "controls", "Crete")} <= facts
    assert ("Argentina", "controls", "Falkland Islands") not in facts
    assert ("Turkey", "controls", "Crete") not in facts


def test_plural_island_anaphor_needs_a_plural_name(nlp):
    _, facts = run(nlp, "Missiles were deployed on islands off Hokkaido. Putin said the contentious islands, "
                        "seized by the Soviet Union in 1945, fall under Russian sovereignty.")
    assert not any(o == "Hokkaido" and p == "controls" for s, p, o in facts)


def test_unit_bases_and_mergers(nlp):
    _, facts = run(nlp, "The Townsville-based 3rd Brigade will become an armoured brigade. The 5th Battalion and "
                        "the 7th Battalion will be merged to become 5th/7th Battalion. The 1st Armoured Regiment, "
                        "remaining in Adelaide, will test new technologies.")
    assert {("3rd Brigade", "stationedIn", "Townsville"), ("5th Battalion", "reorganizedInto", "5th/7th Battalion"),
            ("7th Battalion", "reorganizedInto", "5th/7th Battalion"),
            ("1st Armoured Regiment", "stationedIn", "Adelaide")} <= facts


def test_weapon_names_with_hyphenated_type_words_and_quantities(nlp):
    ms, facts = run(nlp, "The United States intends to sell Australia three Virginia class nuclear-powered submarines. "
                         "Egypt agreed to buy 24 Rafale jets in 2015 and later 12 of the jets. The deal would see "
                         "Collins Aerospace pods for Taiwan.")
    assert ("Virginia class nuclear-powered submarines", "Weapon") in types(ms)
    assert ("Australia", "acquires", "Virginia class nuclear-powered submarines") in facts
    assert not any(s == "Collins Aerospace" and p == "operates" for s, p, o in facts)


def test_treaties_named_by_subject_year_or_place(nlp):
    ms, facts = run(nlp, "Singapore and China welcomed cooperation under the 2019 enhanced Agreement on Defence "
                         "Exchanges and Security Cooperation. Argentina was ending the 2016 agreement with the UK, "
                         "a co-operation agreement. Greece cited the Lausanne treaty.")
    assert {("Agreement on Defence Exchanges and Security Cooperation", "Treaty"), ("2016 agreement", "Treaty"),
            ("co-operation agreement", "Treaty"), ("Lausanne treaty", "Treaty")} <= types(ms)
    ms, _ = run(nlp, "The Enhanced Defense Cooperation Agreement (EDCA) was signed in 2014.")
    assert ("Enhanced Defense Cooperation Agreement", "Treaty") in types(ms)


def test_a_treaty_name_stops_before_the_day_and_a_joining_word(nlp):
    ms, facts = run(nlp, "Officials of Russia and Iran signed the Caspian Convention on Sunday. Greece signed the "
                         "Treaty of Lisbon on Friday and the Treaty of Athens and then left.")
    treaties = {m.text for m in ms if m.type == "Treaty"}
    assert treaties == {"Caspian Convention", "Treaty of Lisbon", "Treaty of Athens"}
    assert ("Iran", "partyTo", "Caspian Convention") in facts
    ms, _ = run(nlp, "The Agreement on Defence Cooperation on Monday was joined by the Convention on the Law of "
                     "the Sea.")
    assert {m.text for m in ms if m.type == "Treaty"} == {"Agreement on Defence Cooperation",
                                                          "Convention on the Law of the Sea"}


def test_an_exercise_name_leaves_out_the_day_next_to_it(nlp):
    ms, _ = run(nlp, "The Eastern Theater Command began Thursday Joint Sword 2024A, a joint military drill around "
                     "Taiwan.")
    assert ("Joint Sword 2024A", "Event") in types(ms)
    ms, _ = run(nlp, "NATO began Exercise Pitch Black Monday with 20 nations.")
    assert ("Exercise Pitch Black", "Event") in types(ms)
    assert not any(m.text.split()[0] in ("Thursday", "Monday") or m.text.endswith("Monday") for m in ms)


def test_who_recalls_or_skips_a_meeting_did_not_take_part(nlp):
    _, facts = run(nlp, "Somali Defence Minister David Mensah thanked Turkey. He also recalled the historic visit of "
                        "Turkish President Recep Tayyip Erdogan to Somalia in 2011.")
    assert ("Recep Tayyip Erdogan", "participatedIn", "Erdogan visit to Somalia") in facts
    assert not any(s == "David Mensah" and p in ("participatedIn", "metWith") for s, p, _ in facts)
    _, facts = run(nlp, "Foreign Minister Maria Lopez met Chinese officials. She skipped the Shangri-La Dialogue.")
    assert not any(s == "Maria Lopez" and p == "participatedIn" for s, p, _ in facts)


def test_a_company_deal_is_the_company_and_the_state_it_supplies(nlp):
    _, facts = run(nlp, "The Philippines and South Korea are close allies. Prior to the Philippines deal, Korea "
                        "Aerospace Industries signed a contract in 2023 to deliver 18 FA-50 jets to Malaysia.")
    parties = {s for s, p, _ in facts if p == "partyTo"}
    assert parties == {"Korea Aerospace Industries", "Malaysia"}
    _, facts = run(nlp, "Saudi Arabia and Turkey are friends. Turkish drone developer Baykar has signed a cooperation "
                        "agreement and acquisition contracts with the Saudi Arabian Defense Ministry.")
    assert not {("Turkey", "partyTo"), ("Saudi Arabia", "partyTo")} & {(s, p) for s, p, _ in facts}
    _, facts = run(nlp, "Saudi Arabia and Turkey are friends. Ukrainian Minister for Strategic Industries Oleksandr "
                        "Kamyshin said that he had signed a memorandum of understanding with Turkey.")
    assert {(s, p) for s, p, _ in facts if p == "partyTo"} == {("Turkey", "partyTo")}
    _, facts = run(nlp, "Egypt and Germany deepened ties. ThyssenKrupp Marine Systems signed a deal to build "
                        "submarines for Egypt.")
    assert {s for s, p, _ in facts if p == "partyTo"} == {"ThyssenKrupp Marine Systems", "Egypt"}


def test_quantifiers_demonyms_and_a_second_treaty_are_not_in_a_treaty_name(nlp):
    ms, _ = run(nlp, "Several treaties were signed at the summit. Both accords expire. The American treaty with Japan "
                     "holds. Greece cited the Lausanne treaty.")
    assert {m.text for m in ms if m.type == "Treaty"} == {"Lausanne treaty"}
    ms, _ = run(nlp, "The Convention on Certain Conventional Weapons and the Arms Trade Treaty were cited. The "
                     "Treaty of Amity and Cooperation binds them.")
    assert {m.text for m in ms if m.type == "Treaty"} == {"Convention on Certain Conventional Weapons",
                                                          "Arms Trade Treaty", "Treaty of Amity and Cooperation"}
    ms, _ = run(nlp, "Vietnam and Cambodia reaffirmed the Treaty of Amity and Cooperation Agreement signed in 1979.")
    assert {m.text for m in ms if m.type == "Treaty"} == {"Treaty of Amity and Cooperation Agreement"}


def test_a_made_up_meeting_is_named_by_its_kind_not_its_day(nlp):
    ms, _ = run(nlp, "Defence Minister Richard Marles attended the Monday ceremony at Garden Island.")
    assert {m.text for m in ms if m.type == "Meeting"} == {"ceremony at Garden Island"}
    ms, _ = run(nlp, "General Tomas Herrera spoke at a change-of-command ceremony at Camp Humphreys.")
    assert "change-of-command ceremony at Camp Humphreys" in {m.text for m in ms if m.type == "Meeting"}


def test_speaker_and_prosecutor_are_titles(nlp):
    ms, facts = run(nlp, "Speaker Olga Petrova said the bill would pass. Prosecutor Tomas Herrera left on Monday.")
    assert {m.text for m in ms if m.type == "Person"} == {"Olga Petrova", "Tomas Herrera"}
    assert {("Olga Petrova", "holdsPosition", "Speaker"), ("Tomas Herrera", "holdsPosition", "Prosecutor")} <= facts
    _, facts = run(nlp, "Voters will judge Prime Minister Anthony Albanese on defence spending.")
    assert ("Anthony Albanese", "holdsPosition", "Prime Minister") in facts       # ("judge" the verb is no title)


def test_a_religious_holiday_is_not_an_entity(nlp):
    ms, _ = run(nlp, "The ceasefire was agreed before Ramadan begins. Talks resumed after Easter in Geneva.")
    assert not {"Ramadan", "Easter"} & {m.text for m in ms}
    ms, _ = run(nlp, "Lebanese MP Ali Eid met Syrian President Bashar al-Assad in Damascus.")
    assert ("Ali Eid", "Person") in types(ms)


def test_hyphenated_treaty_names_are_whole_and_a_state_before_the_hyphen_is_a_party(nlp):
    ms, _ = run(nlp, "Russia left the Anti-Ballistic Missile Treaty and the Intermediate-Range Nuclear Forces Treaty. "
                     "He cited the Comprehensive Nuclear-Test-Ban Treaty.")
    assert {m.text for m in ms if m.type == "Treaty"} == {
        "Anti-Ballistic Missile Treaty", "Intermediate-Range Nuclear Forces Treaty",
        "Comprehensive Nuclear-Test-Ban Treaty"}
    assert "Weapon" not in {m.type for m in ms}
    ms, _ = run(nlp, "Washington withdrew from the Intermediate-Range Nuclear Forces (INF) Treaty in 2019.")
    assert {m.text for m in ms if m.type == "Treaty"} == {"Intermediate-Range Nuclear Forces (INF) Treaty"}
    ms, facts = run(nlp, "The two renewed the China-Russia Treaty of Good-Neighborliness in 2021.")
    assert {(s, o) for s, p, o in facts if p == "partyTo"} == {
        ("China", "China-Russia Treaty of Good-Neighborliness"), ("Russia", "China-Russia Treaty of Good-Neighborliness")}


def test_a_capital_in_a_region_city_or_treaty_name_is_not_the_state(nlp):
    ms, _ = run(nlp, "Drones hit the Kyiv region overnight. Officials in Kuwait City said the Minsk II agreement "
                     "was dead. Later he flew to Mexico City and Panama City.")
    assert {("Kyiv region", "Region"), ("Kuwait City", "City"), ("Minsk II agreement", "Treaty"),
            ("Mexico City", "City"), ("Panama City", "City")} <= types(ms)
    assert "Country" not in {m.type for m in ms}
    ms, _ = run(nlp, "Officials in Moscow and Beijing welcomed the deal. Washington and Mexico City agreed to act. "
                     "Germany will send 18 Leopard 2 tanks to Kyiv and Chisinau.")
    assert {m.text for m in ms if m.type == "City"} == set()


def test_a_negated_refused_or_merely_possible_act_is_no_fact(nlp):
    for text in ("Seoul would not develop nuclear weapons, Maria Lopez said.", "Iran has not developed a nuclear weapon.",
                 "China does not claim the Senkaku Islands.", "Vietnam refused to sign the agreement with China.",
                 "France could send troops to Ukraine.", "Japan failed to reach agreement with South Korea."):
        _, facts = run(nlp, text)
        assert not {p for _, p, _ in facts} & {"develops", "claims", "cooperatesWith", "stationedIn", "relatedTo"}, text
    _, facts = run(nlp, "China claims the Senkaku Islands. France will send troops to Estonia.")
    assert {("China", "claims", "Senkaku Islands"), ("France", "stationedIn", "Estonia")} <= facts
    _, facts = run(nlp, "India did not test the Agni-V missile until 2012. China does not merely claim the Paracel "
                        "Islands; it controls them.")
    assert {("India", "develops", "Agni-V missile"), ("China", "claims", "Paracel Islands")} <= facts


def test_another_states_body_is_not_the_lexicons_american_one(nlp):
    ms, _ = run(nlp, "Mexico's National Guard patrolled the border. Mexican President Claudia Sheinbaum deployed the "
                     "National Guard.")
    guards = {m.key for m in ms if m.text == "National Guard"}
    assert len(guards) == 1 and "mexico" in guards.pop()
    ms, _ = run(nlp, "Mexico's National Guard patrolled the border. The American National Guard did not.")
    assert len({m.key for m in ms if m.text == "National Guard"}) == 2
    ms, _ = run(nlp, "Seoul's Joint Chiefs of Staff said the missile flew 300 km. The JCS said more launches were "
                     "likely. The U.S. Joint Chiefs of Staff did not comment.")
    keys = {m.text: m.key for m in ms if m.type == "MilitaryUnit"}
    assert keys["Joint Chiefs of Staff"] == keys["JCS"] != keys["U.S. Joint Chiefs of Staff"]
    ms, _ = run(nlp, "The Iranian Supreme National Security Council met. The National Security Council met.")
    keys = {m.text: m.key for m in ms if m.type == "Organization"}
    assert keys["Supreme National Security Council"] != keys["National Security Council"]


def test_names_with_particles_are_whole(nlp):
    ms, facts = run(nlp, "European Commission President Ursula von der Leyen met Japanese Prime Minister Fumio "
                         "Kishida.")
    assert ("Ursula von der Leyen", "Minister") in types(ms) and "City" not in {m.type for m in ms}
    assert ("Ursula von der Leyen", "metWith", "Fumio Kishida") in facts
    ms, facts = run(nlp, "United Arab Emirates Foreign Affairs Minister Abdullah bin Zayed bin Sultan Al Nahyan "
                         "signed the accord.")
    assert {m.text for m in ms if m.type in ("Person", "Minister")} == {"Abdullah bin Zayed bin Sultan Al Nahyan"}
    assert ("Abdullah bin Zayed bin Sultan Al Nahyan", "holdsPosition", "Foreign Affairs Minister") in facts
    ms, facts = run(nlp, "North Korean Foreign Minister Choe Son Hui met Russian Foreign Minister Sergei Lavrov.")
    assert ("Choe Son Hui", "holdsPosition", "Foreign Minister") in facts and ("Choe Son", "Minister") not in types(ms)


def test_hyphenated_korean_given_names_keep_the_clause_whole(nlp):
    ms, facts = run(nlp, "Philippine Defense Secretary Gilberto Teodoro and South Korean Defense Minister Shin Won-sik "
                         "held talks in Manila on Tuesday.")
    assert ("Shin Won-sik", "Minister") in types(ms)
    assert {("Gilberto Teodoro", "metWith", "Shin Won-sik"), ("Teodoro-Shin talks", "heldIn", "Manila"),
            ("Shin Won-sik", "participatedIn", "Teodoro-Shin talks")} <= facts
    ms, facts = run(nlp, "Prime Minister Han Duck-soo said the drills would go ahead.")
    assert ("Han Duck-soo", "holdsPosition", "Prime Minister") in facts


def test_a_visit_or_meeting_only_offered_or_planned_did_not_happen(nlp):
    _, facts = run(nlp, "Iranian President Ebrahim Raisi received an invitation from Saudi King Salman to visit Riyadh.")
    assert not any(p in ("participatedIn", "heldIn") for _, p, _ in facts)


def test_a_name_after_and_that_the_parser_hung_elsewhere_is_a_conjunct(nlp):
    ms, facts = run(nlp, "Philippine Defense Secretary Gilberto Teodoro and DAPA Minister Seok Jong-gun held talks in "
                         "Manila in March to discuss expanding collaboration.")
    assert {("Gilberto Teodoro", "metWith", "Seok Jong-gun"), ("Seok Jong-gun", "participatedIn", "Teodoro-Seok talks"),
            ("Teodoro-Seok talks", "heldIn", "Manila")} <= facts


def test_a_counterpart_named_without_commas_and_a_purchase_by_a_state(nlp):
    ms, facts = run(nlp, "German Defence Minister Boris Pistorius met his Ukrainian counterpart Rustem Umerov in Berlin "
                         "on Wednesday.")
    assert ("Rustem Umerov", "Minister") in types(ms)
    assert {("Boris Pistorius", "metWith", "Rustem Umerov"), ("Rustem Umerov", "represents", "Ukrainian")} <= facts
    _, facts = run(nlp, "The purchase of 48 FA-50 light combat aircraft by Poland was approved in July 2022.")
    assert ("Poland", "acquires", "FA-50 light combat aircraft") in facts


def test_a_weapons_variant_letter_after_a_hyphen(nlp):
    ms, facts = run(nlp, "India agreed to buy 26 Rafale-M fighter jets.")
    assert ("India", "acquires", "Rafale-M fighter jets") in facts
    assert {m.key for m in ms if m.type == "Weapon"} == {"rafale m"}      # the naval variant, as the F-35B is the F-35's


def test_a_coast_guard_in_lower_case_and_an_agreement_known_by_a_name(nlp):
    ms, facts = run(nlp, "A Chinese coast guard vessel fired a water cannon at a supply boat, the Philippine coast guard "
                         "said.")
    assert {m.text for m in ms if m.type in ("Organization", "MilitaryUnit")} == \
        {"Chinese coast guard", "Philippine coast guard"}
    ms, _ = run(nlp, "Yoon declared the normalization of an intelligence-sharing agreement with Japan, known as GSOMIA.")
    assert ("GSOMIA", "Treaty") in types(ms)
    ms, _ = run(nlp, "Mali, Niger and Burkina Faso signed a mutual defence pact called the Alliance of Sahel States.")
    assert ("Alliance of Sahel States", "Organization") in types(ms)


def test_mends_from_review_of_given_names_variants_and_sellers(nlp):
    ms, _ = run(nlp, "Hong Kong-based analysts said the drills were routine. South Korea launched its third Dosan Ahn "
                     "Chang-ho class submarine.")
    assert ("Hong Kong", "City") in types(ms) and ("Dosan Ahn Chang-ho class submarine", "Weapon") in types(ms)
    ms, _ = run(nlp, "Lavrov met his counterpart Choe Son Hui in Moscow.")
    assert [m.text for m in ms].count("Choe Son Hui") == 1
    ms, _ = run(nlp, "The Rafale-UAE deal was signed in Abu Dhabi in 2021.")
    assert ("UAE", "Country") in types(ms)
    _, facts = run(nlp, "The sale of 48 FA-50 light combat aircraft by South Korea was approved in July 2022.")
    assert ("South Korea", "acquires", "FA-50 light combat aircraft") not in facts
    _, facts = run(nlp, "Austin flew to Manila on Tuesday in an effort to meet Teodoro.")
    assert ("Austin", "metWith", "Teodoro") in facts


def test_a_counterpart_named_right_after_the_noun_is_who_was_met_and_where(nlp):
    ms, facts = run(nlp, "Australian Defence Minister Richard Marles met his counterpart Shin Won-sik in Seoul on Tuesday.")
    assert ("Richard Marles", "metWith", "Shin Won-sik") in facts
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("Richard Marles", "participatedIn", meeting), ("Shin Won-sik", "participatedIn", meeting),
            (meeting, "heldIn", "Seoul")} <= facts


def test_a_surname_opening_a_sentence_read_as_a_plural_noun_is_still_the_person(nlp):
    ms, facts = run(nlp, "Richard Marles, Australia's defence minister, spoke in Canberra. Marles met U.S. Defense "
                         "Secretary Lloyd Austin in Brisbane in July.")
    assert ("Marles", "metWith", "Lloyd Austin") in facts
    assert ("Marles", "Person") in types(ms)
    ms, _ = run(nlp, "Senator Jim Banks urged action. Banks in Dubai said they had frozen the accounts. State Department "
                     "spokesman Ned Price briefed reporters. Price remains a sticking point in the talks.")
    assert {m.text for m in ms if m.type in ("Person", "Minister")} == {"Jim Banks", "Ned Price"}


def test_a_lead_sentence_naming_another_city_or_a_past_year_is_not_held_at_the_dateline(nlp):
    ms, facts = run(nlp, "CANBERRA, Dec 6 (AAP) - Foreign Minister Penny Wong hosted U.S. Secretary of State Antony "
                         "Blinken for the annual AUSMIN consultations in Washington.")
    assert not any(p == "heldIn" and o == "CANBERRA" for _, p, o in facts)
    ms, facts = run(nlp, "TOKYO, Nov 23 (Kyodo) - South Korea and Japan signed the General Security of Military "
                         "Information Agreement in 2016.")
    assert ("Japan", "partyTo", "General Security of Military Information Agreement") in facts
    assert not any(p == "heldIn" for _, p, o in facts)
    for text in ("MANILA, Feb 2 (Reuters) - U.S. Defense Secretary Lloyd Austin met Philippine Defense Secretary "
                 "Carlito Galvez on Thursday, their first talks since 2022.",
                 "MANILA, Feb 2 (Reuters) - Philippine Defense Secretary Carlito Galvez met U.S. Defense Secretary "
                 "Lloyd Austin, who flew in from Tokyo on Thursday, for talks.",
                 "MANILA, Feb 2 (Reuters) - Philippine Defense Secretary Carlito Galvez met U.S. Defense Secretary "
                 "Lloyd Austin on Thursday ahead of next week's summit in Washington."):
        _, facts = run(nlp, text)
        assert any(p == "heldIn" and o == "MANILA" for _, p, o in facts), text
    for text in ("SEOUL, June 5 (Reuters) - South Korean President Yoon Suk Yeol, on a two-day visit to Tokyo, met "
                 "Japanese Prime Minister Fumio Kishida on Thursday.",
                 "WASHINGTON, June 5 (Reuters) - U.S. Secretary of State Antony Blinken arrived in Beijing on Sunday "
                 "and met Chinese Foreign Minister Qin Gang."):
        _, facts = run(nlp, text)
        assert not any(p == "heldIn" and o in ("SEOUL", "WASHINGTON") for _, p, o in facts), text


def test_a_meeting_told_by_its_noun_and_where_it_was_held(nlp):
    ms, facts = run(nlp, "The summit of Group of Seven leaders, held in Hiroshima in May, was attended by Ukrainian "
                         "President Volodymyr Zelenskiy.")
    summit = next(m.text for m in ms if m.type == "Meeting")
    assert {(summit, "heldIn", "Hiroshima"), ("Volodymyr Zelenskiy", "participatedIn", summit)} <= facts
    ms, facts = run(nlp, "Saudi Arabia and Iran agreed to restore relations after talks held in Beijing in March.")
    talks = next(m.text for m in ms if m.type == "Meeting")
    assert {(talks, "heldIn", "Beijing"), ("Iran", "participatedIn", talks)} <= facts
    ms, facts = run(nlp, "Chiefs of Defence Staff of the Economic Community of West African States (ECOWAS) are "
                         "meeting in Accra today. An earlier meeting of the "
                         "military chiefs in Nigeria on August 2, 2023 was attended by 10 states. To be hosted by "
                         "Ghana's Chief of Defence Staff, Seth Amoama, the meeting will discuss the standby force.")
    earlier = next(m.text for m in ms if m.type == "Meeting" and "Nigeria" in m.text)
    assert ("Seth Amoama", "participatedIn", earlier) not in facts
    assert any(s == "Seth Amoama" and p == "participatedIn" for s, p, _ in facts)
    ms, facts = run(nlp, "ECOWAS defence chiefs held a first meeting in Abuja on Monday. The meeting was attended by "
                         "Ghana's Chief of Defence Staff Seth Amoama.")
    assert ("Seth Amoama", "participatedIn", "first meeting in Abuja") in facts
    ms, _ = run(nlp, "Xi and Putin held talks in Beijing on Thursday. The talks, held in the Great Hall of the People, "
                     "lasted three hours.")
    assert not any("Great Hall" in m.text for m in ms if m.type == "Meeting")
    ms, facts = run(nlp, "Leaders attended the NATO summit in Vilnius on Tuesday. The talks, held in Ankara on Monday, "
                         "cleared the way for Sweden's membership.")
    assert ("NATO summit", "heldIn", "Ankara") not in facts
    assert any(s == "talks in Ankara" and p == "heldIn" and o == "Ankara" for s, p, o in facts)


def test_a_treaty_named_on_the_subject_with_a_hyphenated_word(nlp):
    ms, facts = run(nlp, "Brazil signed the Treaty on the Non-Proliferation of Nuclear Weapons in 1998. Kazakhstan "
                         "joined the Treaty on the Prohibition of Nuclear Weapons in 2019.")
    assert {m.text for m in ms if m.type == "Treaty"} == \
        {"Treaty on the Non-Proliferation of Nuclear Weapons", "Treaty on the Prohibition of Nuclear Weapons"}
    assert not any(m.type == "Weapon" for m in ms)
    assert ("Kazakhstan", "partyTo", "Treaty on the Prohibition of Nuclear Weapons") in facts
    ms, _ = run(nlp, "Australia joined the Treaty of Rarotonga - New Zealand followed later. Croatia signed the Treaty "
                     "on the European Union.")
    assert {("Treaty of Rarotonga", "Treaty"), ("New Zealand", "Country"),
            ("Treaty on the European Union", "Treaty")} <= types(ms)


def test_hosts_of_two_guests_arrivals_for_talks_and_threats_to_use_arms_against(nlp):
    ms, facts = run(nlp, "Australian Prime Minister Anthony Albanese hosted British Prime Minister Rishi Sunak and U.S. "
                         "President Joe Biden in San Diego on March 13.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert (meeting, "heldIn", "San Diego") in facts
    _, facts = run(nlp, "U.S. Secretary of State Antony Blinken arrived in Beijing on Sunday for talks with Chinese "
                        "Foreign Minister Qin Gang.")
    assert ("Antony Blinken", "metWith", "Qin Gang") in facts
    _, facts = run(nlp, "Wang Yi will arrive in Moscow on Monday for talks with Sergei Lavrov.")
    assert ("Wang Yi", "metWith", "Sergei Lavrov") not in facts
    _, facts = run(nlp, "Pyongyang has threatened to use nuclear weapons against South Korea and the United States.")
    assert {("Pyongyang", "threatens", "South Korea"), ("Pyongyang", "threatens", "United States")} <= facts


def test_troops_on_a_named_island_and_jets_bought_at_a_signing_in_a_city(nlp):
    _, facts = run(nlp, "Japanese troops are already stationed on Yonaguni island, about 110 km from Taiwan.")
    assert ("Japanese troops", "stationedIn", "Yonaguni") in facts
    _, facts = run(nlp, "Russia's presence grew in the Sahel region, where Russian troops are already stationed in "
                        "Mali. The Marines train on Okinawa, where US Marines are based at Camp Schwab.")
    assert {("Russian troops", "stationedIn", "Mali"), ("US Marines", "stationedIn", "Okinawa")} <= facts
    assert not any(p == "stationedIn" and o == "Sahel" for _, p, o in facts)
    _, facts = run(nlp, "Indonesian Defence Minister Prabowo Subianto signed a contract with France for 42 Rafale "
                        "fighter jets in Jakarta.")
    assert not any(p == "stationedIn" for _, p, _ in facts)


def test_units_stationed_sent_from_and_settling(nlp):
    _, facts = run(nlp, "Germany will permanently station its 45th Panzer Brigade in Lithuania. China has stationed "
                        "HQ-9 surface-to-air missiles on Woody Island.")
    assert {("45th Panzer Brigade", "stationedIn", "Lithuania"),
            ("HQ-9 surface-to-air missiles", "stationedIn", "Woody Island")} <= facts
    _, facts = run(nlp, "Germany sent 500 soldiers from its 41st Panzergrenadier Brigade to Lithuania. The Pentagon "
                        "will send 2,000 troops from the 82nd Airborne Division to Poland.")
    assert {("41st Panzergrenadier Brigade", "stationedIn", "Lithuania"),
            ("82nd Airborne Division", "stationedIn", "Poland")} <= facts
    _, facts = run(nlp, "Once the 71st Battalion settles in Camp Valdemar, it will train with Danish troops.")
    assert ("71st Battalion", "stationedIn", "Camp Valdemar") in facts
    _, facts = run(nlp, "Britain sent 300 soldiers from the British Army to Estonia. The U.S. Navy settled the lawsuit "
                        "in Virginia last year.")
    assert not any(p == "stationedIn" and s in ("British Army", "U.S. Navy") for s, p, _ in facts)
    _, facts = run(nlp, "The 2nd Cavalry Regiment will send a squadron to Romania. The 173rd Airborne Brigade will "
                        "deploy a battalion to Latvia next month.")
    assert not any(p == "stationedIn" for _, p, _ in facts)      # a part of each goes
    _, facts = run(nlp, "The US will send 500 Marines from the 22nd Marine Expeditionary Unit to Greece. The 1st "
                        "Battalion may settle in Camp Valdemar next year.")
    assert ("22nd Marine Expeditionary Unit", "stationedIn", "Greece") in facts
    assert ("1st Battalion", "stationedIn", "Camp Valdemar") not in facts


def test_phone_calls_are_talks_and_trips_ahead_are_not(nlp):
    _, facts = run(nlp, "German Chancellor Olaf Scholz spoke by phone with Ukrainian President Volodymyr Zelenskiy on "
                        "Tuesday. Turkish President Tayyip Erdogan had a telephone conversation with Russian President "
                        "Vladimir Putin on Friday. Japanese Prime Minister Shigeru Ishiba and South Korean President "
                        "Lee Jae-myung spoke by telephone on Wednesday.")
    assert {("Olaf Scholz", "metWith", "Volodymyr Zelenskiy"), ("Tayyip Erdogan", "metWith", "Vladimir Putin"),
            ("Shigeru Ishiba", "metWith", "Lee Jae-myung")} <= facts
    _, facts = run(nlp, "Chinese President Xi Jinping and U.S. President Joe Biden spoke at the summit in Lima. "
                        "U.S. President Joe Biden will speak by phone with Indian Prime Minister Narendra Modi on "
                        "Thursday. German Chancellor Friedrich Merz will travel to Washington on Friday to meet "
                        "Japanese Prime Minister Shigeru Ishiba.")
    assert not any(p == "metWith" for _, p, _ in facts)   # each spoke to the summit; the call and the trip are ahead
    _, facts = run(nlp, "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin spoke to reporters "
                        "after a phone call with Chinese Foreign Minister Wang Yi.")
    assert ("Antony Blinken", "metWith", "Lloyd Austin") not in facts


def test_control_and_claims_told_in_a_relative_clause_or_with_a_pronoun(nlp):
    _, facts = run(nlp, "Chinese ships sailed near the Senkaku Islands, which Japan administers but China claims.")
    assert {("Japan", "controls", "Senkaku Islands"), ("China", "claims", "Senkaku Islands")} <= facts
    _, facts = run(nlp, "Japan controls the Senkaku Islands in the East China Sea, but China and Taiwan also claim "
                        "them. China occupies the Paracels and the Spratlys, but Vietnam also claims them.")
    assert {("China", "claims", "Senkaku Islands"), ("Taiwan", "claims", "Senkaku Islands"),
            ("Vietnam", "claims", "Paracels"), ("Vietnam", "claims", "Spratlys")} <= facts
    _, facts = run(nlp, "Russia invaded Ukraine in 2022, and the United States has sanctioned it. Israel developed "
                        "the Iron Dome system and the United States bought it.")
    assert ("United States", "opposes", "Ukraine") not in facts and ("Israel", "acquires", "Iron Dome") not in facts


def test_posts_once_held_posts_ahead_and_a_service_in_a_title(nlp):
    ms, facts = run(nlp, "Former Japanese Defence Minister Shigeru Ishiba met then U.S. President Donald Trump. "
                         "President-elect Joe Biden said on Monday. British Armed Forces Minister Luke Pollard "
                         "visited troops in Estonia. Former NATO Secretary-General Jens Stoltenberg spoke.")
    assert {("Shigeru Ishiba", "holdsPosition", "former Defence Minister"),
            ("Donald Trump", "holdsPosition", "President"),         # ("then": the post at the time told of)
            ("Joe Biden", "holdsPosition", "President-elect"),
            ("Luke Pollard", "holdsPosition", "Armed Forces Minister"),
            ("Luke Pollard", "represents", "British"),
            ("Jens Stoltenberg", "holdsPosition", "former Secretary-General")} <= facts
    assert not any(t == "MilitaryUnit" for _, t in types(ms))


def test_awarded_contracts_ratifying_parliaments_passive_signings_and_co_developers(nlp):
    _, facts = run(nlp, "The Pentagon awarded Raytheon a $1.2 billion contract to produce AMRAAM missiles.")
    assert ("AMRAAM missiles", "producedBy", "Raytheon") in facts
    assert ("AMRAAM missiles", "producedBy", "Pentagon") not in facts          # the customer makes nothing
    _, facts = run(nlp, "South Korea's National Assembly ratified the Special Measures Agreement on November 28.")
    assert ("South Korea", "partyTo", "Special Measures Agreement") in facts
    assert ("National Assembly", "partyTo", "Special Measures Agreement") not in facts
    _, facts = run(nlp, "The agreement was not signed by Russia and Ukraine in Istanbul.")
    assert not any(p == "partyTo" for _, p, _ in facts)
    _, facts = run(nlp, "The pact was signed by Indonesia and Australia in Jakarta on August 29, 2024.")
    assert {("Indonesia", "partyTo", "pact"), ("Australia", "partyTo", "pact"),
            ("Indonesia-Australia signing", "heldIn", "Jakarta")} <= facts
    _, facts = run(nlp, "Japan and Britain are jointly developing a next-generation fighter jet with Italy. China "
                        "fired DF-21 missiles with Russia during the drills.")
    assert ("Italy", "develops", "next-generation fighter jet") in facts
    assert ("Russia", "develops", "DF-21 missiles") not in facts


def test_states_listed_after_a_dash_take_part_in_the_exercise(nlp):
    _, facts = run(nlp, "Cobra Gold 2024 opened on Tuesday in Thailand. Ten countries are joining the Multinational "
                        "Planning Augmentation team (MPAT) – Bangladesh, Canada and Nepal; and 10 countries are joining "
                        "the Combined Observer Liaison team (COLT) – Cambodia, Laos and Sri Lanka.")
    assert {(c, "participatedIn", "Cobra Gold 2024") for c in ("Bangladesh", "Canada", "Nepal", "Cambodia", "Laos",
                                                                 "Sri Lanka")} <= facts
    assert not any(p == "partOf" and s in ("Bangladesh", "Canada", "Nepal") for s, p, _ in facts)
    #                                                        (the first list is no subject of the second clause)
    _, facts = run(nlp, "Exercise Kakadu began on Monday in Darwin. Ships from 30 nations are taking part – Australia, "
                        "Canada and Japan.")
    assert {(c, "participatedIn", "Exercise Kakadu") for c in ("Australia", "Canada", "Japan")} <= facts
    _, facts = run(nlp, "Thirteen countries are taking part in Talisman Sabre – Australia, Japan and Germany.")
    assert {(c, "participatedIn", "Talisman Sabre") for c in ("Australia", "Japan", "Germany")} <= facts
    assert not any(p == "heldIn" for _, p, _ in facts)     # (the list, parsed as where it is held)
    _, facts = run(nlp, "Exercise Kakadu began on Monday in Darwin. Two countries are joining NATO – Finland and "
                        "Sweden. Two countries are not taking part – Chile and Peru.")
    assert not any(p == "participatedIn" and s in ("Finland", "Sweden", "Chile", "Peru") for s, p, _ in facts)


def test_observers_and_denied_deployments_take_no_part(nlp):
    _, facts = run(nlp, "India sent observers to the Keen Sword exercise. Japan and the United States are taking "
                        "part in Keen Sword, while Britain is participating as an observer.")
    assert ("Japan", "participatedIn", "Keen Sword") in facts
    assert not any(s in ("India", "Britain") and p == "participatedIn" for s, p, _ in facts)
    _, facts = run(nlp, "India sent observers and two frigates to the Keen Sword exercise.")
    assert ("India", "participatedIn", "Keen Sword exercise") in facts
    _, facts = run(nlp, "The Pentagon denied that any U.S. troops were deployed to Taiwan. Tokyo ruled out stationing "
                        "Self-Defense Forces troops on the Senkaku Islands.")
    assert not any(p == "stationedIn" for _, p, _ in facts)


def test_an_exercise_held_around_over_and_on_its_places(nlp):
    _, facts = run(nlp, "RIMPAC 2016 will be held in and around Hawaii and off the coast of California through Aug. 4.")
    assert {("RIMPAC 2016", "heldIn", "Hawaii"), ("RIMPAC 2016", "heldIn", "California")} <= facts
    _, facts = run(nlp, "Philippine marines, joined by U.S. Marines, staged a live-fire drill on Batan Island on Monday. "
                        "China launched Joint Sword-2024A, a two-day exercise around Taiwan. Exercise Pitch Black is "
                        "taking to the skies over the Northern Territory.")
    held = {(o) for s, p, o in facts if p == "heldIn"}
    assert {"Batan Island", "Taiwan", "Northern Territory"} <= held
    _, facts = run(nlp, "Nordic Response, a large exercise in northern Norway, began on Monday.")
    assert ("Nordic Response", "heldIn", "Norway") in facts


def test_sovereignty_a_state_asserts_is_its_claim(nlp):
    _, facts = run(nlp, "Beijing claims sovereignty over Taiwan. China claims the whole of the South China Sea.")
    assert {("Beijing", "claims", "Taiwan"), ("China", "claims", "South China Sea")} <= facts
    _, facts = run(nlp, "Hanoi says it has sovereignty over the Spratly Islands. Ukraine has never given up "
                        "sovereignty over Crimea.")
    assert {("Hanoi", "claims", "Spratly Islands"), ("Ukraine", "claims", "Crimea")} <= facts
    assert not any(p == "controls" for _, p, _ in facts)
    _, facts = run(nlp, "Japan has sovereignty over the Senkaku Islands.")
    assert ("Japan", "controls", "Senkaku Islands") in facts


def test_a_state_operates_the_systems_it_owns(nlp):
    _, facts = run(nlp, "India's S-400 systems were deployed along the border. Poland's K2 tanks arrived.")
    assert {("India", "operates", "S-400"), ("Poland", "operates", "K2 tanks")} <= facts


def test_a_denied_report_and_ended_cooperation_state_nothing(nlp):
    _, facts = run(nlp, "Reports that Egypt would buy Su-35 fighters from Russia were false, the ministry said. Seoul "
                        "denied reports that it planned to export K2 tanks to Iran. Seoul dismissed a report that it "
                        "would supply K9 howitzers to Ukraine.")
    assert not any(p == "acquires" for _, p, _ in facts)
    _, facts = run(nlp, "Seoul confirmed reports that it planned to export K2 tanks to Poland.")
    assert ("Poland", "acquires", "K2 tanks") in facts
    _, facts = run(nlp, "Seoul and Tokyo have suspended defence cooperation. Russia ended its partnership with Ukraine.")
    assert not any(p == "cooperatesWith" for _, p, _ in facts)
    _, facts = run(nlp, "Japan and Australia deepened defence cooperation.")
    assert ("Japan", "cooperatesWith", "Australia") in facts


def test_threats_to_strike_and_weapons_named_with_a_plain_word_for_aircraft(nlp):
    _, facts = run(nlp, "North Korea threatened to strike the United States if provoked. India and France struck a "
                        "deal for Rafale jets.")
    assert ("North Korea", "threatens", "United States") in facts
    assert not any(p == "threatens" and s in ("India", "France") for s, p, _ in facts)
    ms, _ = run(nlp, "Poland bought F-35 jets and Gripen aircraft. India ordered Rafale warplanes and Rafale-M jets.")
    keys = {m.text: m.key for m in ms}
    assert (keys["F-35 jets"], keys["Gripen aircraft"], keys["Rafale warplanes"]) == ("f-35", "gripen", "rafale")
    assert keys["Rafale-M jets"] == "rafale m"       # the naval variant, a weapon of its own


def test_troops_a_state_has_or_keeps_abroad_are_stationed_there(nlp):
    _, facts = run(nlp, "The United States has about 54,000 troops in Japan. Washington keeps 28,500 troops in South "
                        "Korea.")
    assert {("United States", "stationedIn", "Japan"), ("Washington", "stationedIn", "South Korea")} <= facts
    _, facts = run(nlp, "Japan has no troops in Iraq. France could keep 2,000 soldiers in Chad. Russia has interests "
                        "in Syria.")
    assert not any(p == "stationedIn" for _, p, _ in facts)


def test_the_countrys_official_under_a_dateline_and_participation_from_states(nlp):
    _, facts = run(nlp, "MANILA, Feb 2 (AP) - Gilberto Teodoro, the country's defence chief, said the Philippines "
                        "would buy more jets.")
    assert ("Gilberto Teodoro", "represents", "Philippines") in facts
    _, facts = run(nlp, "The Keen Edge exercise, with participation from South Korea and Japan, was held over the East "
                        "China Sea.")
    assert {("South Korea", "participatedIn", "Keen Edge exercise"),
            ("Japan", "participatedIn", "Keen Edge exercise")} <= facts


def test_a_dash_opens_a_list_of_participants_only_when_it_lists_names(nlp):
    _, facts = run(nlp, "Exercise Kakadu began on Monday in Darwin. Two more nations are joining – Fiji and Tonga, "
                        "officials said. Four navies are taking part – those of India and Japan – but China is "
                        "watching closely.")
    assert {(c, "participatedIn", "Exercise Kakadu") for c in ("Fiji", "Tonga", "India", "Japan")} <= facts
    assert ("China", "participatedIn", "Exercise Kakadu") not in facts
    _, facts = run(nlp, "Exercise Kakadu began on Monday in Darwin. Ten nations are taking part – but not China and "
                        "Russia. Thirty countries are taking part – NATO's largest exercise since the Cold War. "
                        "Thousands of troops are taking part – in Estonia, Latvia and Lithuania. On sanctions, more "
                        "countries are joining – Japan and South Korea announced new measures.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_review_mends_of_observers_sovereignty_and_refusals(nlp):
    _, facts = run(nlp, "Indonesia attended the BRICS summit in Johannesburg as an observer. Japan is expected to send "
                        "three destroyers to the RIMPAC exercise.")
    assert {("Indonesia", "participatedIn", "BRICS summit"), ("Japan", "participatedIn", "RIMPAC exercise")} <= facts
    _, facts = run(nlp, "Washington says Japan has sovereignty over the Senkaku Islands. Kyiv says it has full "
                        "control of Kupiansk.")
    assert {("Japan", "controls", "Senkaku Islands"), ("Kyiv", "controls", "Kupiansk")} <= facts
    assert not any(p == "claims" for _, p, _ in facts)     # a third state's view, and control held
    _, facts = run(nlp, "Russia rejected the ultimatum, deploying more troops to Belarus. The Pentagon did not wait to "
                        "deploy the Typhon system to the Philippines.")
    assert {("Russia", "stationedIn", "Belarus"), ("Typhon", "stationedIn", "Philippines")} <= facts


def test_second_review_mends_of_reports_troops_datelines_and_carriers(nlp):
    _, facts = run(nlp, "BRUSSELS – NATO said its secretary general Mark Rutte would visit Kyiv.")
    assert not any(p == "represents" and o == "Belgium" for _, p, o in facts)   # "its" is NATO's, not the dateline's
    _, facts = run(nlp, "If Washington had troops in Taiwan, China would react. The United States would keep troops "
                        "in Syria.")
    assert not any(p == "stationedIn" for _, p, _ in facts)
    _, facts = run(nlp, "A Vietnamese foreign ministry spokeswoman said Vietnam has sovereignty over the Paracel "
                        "Islands.")
    assert ("Vietnam", "claims", "Paracel Islands") in facts
    _, facts = run(nlp, "Seoul denied reports that it would export K2 tanks to Iran but confirmed it would export K2 "
                        "tanks to Poland.")
    assert ("Poland", "acquires", "K2 tanks") in facts and ("Iran", "acquires", "K2 tanks") not in facts
    _, facts = run(nlp, "Seoul and Tokyo did not suspend cooperation. Russia threatened to end its partnership with "
                        "Ukraine.")
    assert {("Seoul", "cooperatesWith", "Tokyo"), ("Russia", "cooperatesWith", "Ukraine")} <= facts
    ms, _ = run(nlp, "China's Fujian jets flew over the carrier.")
    assert all(m.key != "fujian" for m in ms if m.type == "Weapon")      # no aircraft carrier


def test_arms_control_treaties_known_by_name_alone(nlp):
    ms, facts = run(nlp, "China ratified UNCLOS in 1996. Moscow suspended its participation in New START, and the "
                         "United States left the Intermediate-Range Nuclear Forces Treaty, or INF Treaty, in 2019.")
    assert {(name, "Treaty") for name in ("UNCLOS", "New START", "Intermediate-Range Nuclear Forces Treaty",
                                          "INF Treaty")} <= types(ms)
    assert ("China", "partyTo", "UNCLOS") in facts
    assert len({m.key for m in ms if m.type == "Treaty" and ("INF" in m.text or "Intermediate" in m.text)}) == 1


def test_what_only_a_party_does_to_a_treaty_makes_it_one(nlp):
    _, facts = run(nlp, "The United States withdrew from the INF Treaty in 2019. Seoul will restore the General "
                        "Security of Military Information Agreement. Russia pulled out of the Black Sea Grain "
                        "Initiative. Niger revoked its military agreement with the United States.")
    assert {("United States", "partyTo", "INF Treaty"),
            ("Seoul", "partyTo", "General Security of Military Information Agreement"),
            ("Russia", "partyTo", "Black Sea Grain Initiative"), ("Niger", "partyTo", "military agreement")} <= facts


def test_an_agreement_known_by_a_name_has_the_parties_of_its_noun(nlp):
    _, facts = run(nlp, "Yoon declared the normalization of an intelligence-sharing agreement with Japan, known as "
                        "GSOMIA.")
    assert ("Japan", "partyTo", "GSOMIA") in facts


def test_an_abbreviated_month_after_a_treaty_is_no_part_of_its_name(nlp):
    ms, facts = run(nlp, "Washington withdrew from the INF Treaty on Aug. 2, 2019. Russia formally left the CFE Treaty "
                         "on Nov. 7, 2023.")
    assert not any("Aug." in m.text or "Nov." in m.text for m in ms)
    assert {("Washington", "partyTo", "INF Treaty"), ("Russia", "partyTo", "CFE Treaty")} <= facts


def test_a_treaty_that_may_be_signed_has_no_parties_yet(nlp):
    ms, facts = run(nlp, "India may sign a logistics agreement with Australia next month. Officials said Britain and "
                         "Japan might sign the agreement in Tokyo in March.")
    assert not any(p == "partyTo" for _, p, _ in facts)
    assert not any(m.type == "Meeting" for m in ms)        # no signing held in Tokyo


def test_some_members_of_a_body_are_not_the_body(nlp):
    _, facts = run(nlp, "Several NATO members have signed the Ottawa Treaty. The six GCC states signed the AlUla "
                        "Declaration.")
    assert ("GCC", "partyTo", "AlUla Declaration") in facts
    assert not any(s == "NATO" for s, _, _ in facts)


def test_a_designator_ending_in_a_letter_keeps_its_name_before_a_full_stop(nlp):
    _, facts = run(nlp, "Norway operates the F-35A. Taiwan received its first F-16V.")
    assert {("Norway", "operates", "F-35A"), ("Taiwan", "acquires", "F-16V")} <= facts


def test_a_unit_name_may_hold_a_hyphenated_word(nlp):
    ms, facts = run(nlp, "The 1st Multi-Domain Task Force is based at Joint Base Lewis-McChord. The 3rd Littoral "
                         "Anti-Air Battalion arrived in Okinawa.")
    assert {("1st Multi-Domain Task Force", "MilitaryUnit"), ("3rd Littoral Anti-Air Battalion", "MilitaryUnit")} <= types(ms)
    assert not any(m.text in ("Multi", "Anti") for m in ms)
    assert ("1st Multi-Domain Task Force", "stationedIn", "Joint Base Lewis-McChord") in facts


def test_no_intention_of_stationing_stations_nothing(nlp):
    _, facts = run(nlp, "The Pentagon has no intention of stationing nuclear weapons in South Korea, a spokesman said.")
    assert not any(p == "stationedIn" for _, p, _ in facts)


def test_a_weapon_supplied_by_a_state_is_not_made_by_it(nlp):
    _, facts = run(nlp, "Ukraine is using Leopard 2 tanks supplied by Poland. Kyiv fired US-supplied HIMARS at a "
                        "bridge.")
    assert ("Ukraine", "operates", "Leopard 2 tanks") in facts and ("Kyiv", "operates", "HIMARS") in facts
    assert not any(p in ("producedBy", "develops") for _, p, _ in facts)


def test_a_demonym_on_arms_another_state_buys_does_not_fly_them(nlp):
    _, facts = run(nlp, "India bought 36 French Rafale jets in 2016. Poland's purchase of American Abrams tanks was "
                        "approved. Ukraine received Danish F-16s. Ukraine shot down a Russian Su-34 bomber. Turkey "
                        "bought the Russian S-400 missile defense system in 2017.")
    assert ("Russian", "operates", "Su-34 bomber") in facts
    assert ("Russian", "operates", "S-400 missile") not in facts
    ms, classes = run(nlp, "Australia will buy five U.S. Virginia-class submarines. India operates Russian Kilo-class "
                           "submarines.")
    assert {("U.S.", "Country"), ("Virginia-class submarines", "Weapon"), ("Kilo-class submarines", "Weapon")} <= types(ms)
    assert ("Australia", "acquires", "Virginia-class submarines") in classes
    assert not {f for f in classes if f[0] in ("U.S.", "Russian")}
    assert {("India", "acquires", "Rafale jets"), ("Ukraine", "acquires", "F-16s")} <= facts
    assert not any(s in ("French", "American", "Danish") or o in ("French", "American", "Danish") for s, _, o in facts)
    # (the maker, or the last user of second-hand jets: the sentence does not say which)


def test_only_a_state_that_could_be_party_to_a_treaty_is_made_one_by_leaving_it(nlp):
    _, facts = run(nlp, "Moscow pulled Belarus out of the CFE Treaty. Israel violated the NPT. NATO suspended the CFE "
                        "Treaty. 32 NATO members signed the Washington Declaration. On the 14th - Army spokesmen said.")
    assert not any(p == "partyTo" and s in ("Moscow", "Israel") for s, p, _ in facts)
    assert ("NATO", "partyTo", "Washington Declaration") in facts
    assert ("NATO", "partyTo", "CFE Treaty") not in facts


def test_being_a_party_to_a_treaty_said_with_a_noun(nlp):
    _, facts = run(nlp, "Kazakhstan is a signatory to the Treaty on the Prohibition of Nuclear Weapons.")
    assert ("Kazakhstan", "partyTo", "Treaty on the Prohibition of Nuclear Weapons") in facts
    _, facts = run(nlp, "Australia became a party to the Arms Trade Treaty in 2014.")
    assert ("Australia", "partyTo", "Arms Trade Treaty") in facts
    _, facts = run(nlp, "Mali, Burkina Faso and Niger announced their withdrawal from the Ottawa Treaty on Monday.")
    assert {("Mali", "partyTo", "Ottawa Treaty"), ("Burkina Faso", "partyTo", "Ottawa Treaty"),
            ("Niger", "partyTo", "Ottawa Treaty")} <= facts
    _, facts = run(nlp, "Russia suspended its participation in the New START treaty in February 2023.")
    assert ("Russia", "partyTo", "New START treaty") in facts
    _, facts = run(nlp, "India and Pakistan are both parties to the Indus Waters Treaty.")
    assert {("India", "partyTo", "Indus Waters Treaty"), ("Pakistan", "partyTo", "Indus Waters Treaty")} <= facts
    for text in ("Israel is not a party to the NPT.",
                 "India has refused to become a signatory to the Nuclear Non-Proliferation Treaty.",
                 "Japan will become a party to the treaty next year.",
                 "The United States, not a party to UNCLOS, objected."):
        _, facts = run(nlp, text)
        assert not any(p == "partyTo" for _, p, _ in facts), text


def test_a_drill_dubbed_with_a_serial_name(nlp):
    ms, facts = run(nlp, "The Chinese military began Thursday a joint military drill around Taiwan, dubbed "
                         "Joint Sword-2024A.")
    assert ("Joint Sword-2024A", "Event") in types(ms)
    assert ("Joint Sword-2024A", "heldIn", "Taiwan") in facts
    ms, _ = run(nlp, "The drills, code-named Joint Sword-2024B, involved warships and fighter jets.")
    assert ("Joint Sword-2024B", "Event") in types(ms)
    assert not any(m.text == "Joint" for m in ms)


def test_a_co_chaired_meeting(nlp):
    ms, facts = run(nlp, "Australian Defence Minister Richard Marles and Philippine Defense Secretary Gilberto "
                         "Teodoro co-chaired the meeting in Manila.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("Richard Marles", "participatedIn", meeting), ("Gilberto Teodoro", "participatedIn", meeting),
            (meeting, "heldIn", "Manila"), ("Richard Marles", "metWith", "Gilberto Teodoro")} <= facts
    _, facts = run(nlp, "Defence co-operation between Japan and Britain has grown.")    # British spelling
    assert ("Japan", "cooperatesWith", "Britain") in facts
    ms, facts = run(nlp, "Marles and Teodoro chaired meetings of their national security teams.")
    assert not any(m.type == "Meeting" for m in ms) and not any(p == "metWith" for _, p, _ in facts)


def test_delegates_who_convened_or_gathered_somewhere_met(nlp):
    ms, facts = run(nlp, "Defence officials from South Korea and Japan convened in Seoul on Sept. 12, 2024.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("South Korea", "participatedIn", meeting), ("Japan", "participatedIn", meeting),
            (meeting, "heldIn", "Seoul"), (meeting, "date", "2024-09-12")} <= facts
    ms, facts = run(nlp, "Leaders of the European Union and China gathered in Beijing on Dec. 7, 2023, for their "
                         "first in-person summit in four years.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("European Union", "participatedIn", meeting), ("China", "participatedIn", meeting)} <= facts
    ms, facts = run(nlp, "Investigators gathered evidence in Kyiv on Monday.")
    assert not any(m.type == "Meeting" for m in ms)


def test_a_summit_between_the_leaders_of_three_states_held_somewhere(nlp):
    ms, facts = run(nlp, "A summit between the leaders of Japan, the Philippines and the United States was held "
                         "at the White House on April 11, 2024.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("Japan", "participatedIn", meeting), ("Philippines", "participatedIn", meeting),
            ("United States", "participatedIn", meeting), (meeting, "heldIn", "White House"),
            (meeting, "date", "2024-04-11")} <= facts


def test_a_host_and_the_states_whose_counterparts_he_met(nlp):
    ms, facts = run(nlp, "Polish Foreign Minister Radoslaw Sikorski hosted his French and German counterparts in "
                         "Weimar on Monday.")
    meeting = next(m for m in ms if m.type == "Meeting")
    assert meeting.text == "Sikorski-France-Germany meeting"
    assert {("Radoslaw Sikorski", "participatedIn", meeting.text), ("French", "participatedIn", meeting.text),
            ("German", "participatedIn", meeting.text), (meeting.text, "heldIn", "Weimar")} <= facts
    ms, facts = run(nlp, "Austin met with his counterparts from Japan and Australia in Hawaii on Thursday.")
    meeting = next(m.text for m in ms if m.type == "Meeting")
    assert {("Japan", "participatedIn", meeting), ("Australia", "participatedIn", meeting)} <= facts
    for text in ("Blinken made a two-day trip to Beijing last month to meet Chinese leaders.",
                 "Xi met Taiwanese opposition leaders in Beijing on Monday."):
        ms, _ = run(nlp, text)
        assert not any(m.type == "Meeting" and ("China" in m.text or "Taiwan" in m.text) for m in ms), text


def test_control_in_a_relative_clause_the_tagger_misreads(nlp):
    _, facts = run(nlp, "Venezuela claims Essequibo, which Guyana administers.")
    assert {("Venezuela", "claims", "Essequibo"), ("Guyana", "controls", "Essequibo")} <= facts
    _, facts = run(nlp, "Chinese ships sailed near the Senkaku Islands, which Japan administers but Beijing claims and "
                        "calls the Diaoyu.")
    assert {("Japan", "controls", "Senkaku Islands"), ("Beijing", "claims", "Senkaku Islands")} <= facts
    _, facts = run(nlp, "Essequibo, a region administered by Guyana but claimed by Venezuela, is rich in oil.")
    assert {("Guyana", "controls", "Essequibo"), ("Venezuela", "claims", "Essequibo")} <= facts


def test_an_ally_in_apposition(nlp):
    _, facts = run(nlp, "Belarus, Russia's closest ally, hosts Russian nuclear weapons.")
    assert ("Russia", "allyOf", "Belarus") in facts
    _, facts = run(nlp, "Japan and Australia, two close U.S. allies, signed the pact.")
    assert {("U.S.", "allyOf", "Japan"), ("U.S.", "allyOf", "Australia")} <= facts
    for text in ("Poland, a NATO ally, bought tanks.", "Poland is a NATO ally."):
        _, facts = run(nlp, text)
        assert ("Poland", "partOf", "NATO") in facts
        assert not any(p == "allyOf" for _, p, _ in facts), text      # a member of the alliance


def test_a_breakaway_region_is_claimed_not_held(nlp):
    _, facts = run(nlp, "Georgia's breakaway regions of Abkhazia and South Ossetia are controlled by Russian-backed "
                        "separatists.")
    assert ("Georgia", "controls", "Abkhazia") not in facts
    assert ("Georgia", "claims", "Abkhazia") in facts


def test_refusing_to_meet_is_no_meeting(nlp):
    for text in ("Chinese Defence Minister Dong Jun refused to meet U.S. Defense Secretary Lloyd Austin in Singapore.",
                 "Dong declined to meet Austin on Friday.", "Afterwards, Zelensky wanted to meet Steinmeier in Berlin."):
        ms, facts = run(nlp, text)
        assert not any(m.type == "Meeting" for m in ms), text
        assert not any(p in ("metWith", "participatedIn") for _, p, _ in facts), text
    _, facts = run(nlp, "Dong met Austin on Friday.")
    assert ("Dong", "metWith", "Austin") in facts


def test_a_name_used_in_a_country_does_not_place_it_there(nlp):
    _, facts = run(nlp, "The Senkakus, known as Diaoyu in China, are administered by Japan.")
    assert ("Diaoyu", "locatedIn", "China") not in facts
    _, facts = run(nlp, "The Senkaku Islands in the East China Sea are administered by Japan.")
    assert ("Senkaku Islands", "locatedIn", "East China Sea") in facts


def test_a_signing_told_again_by_what_was_signed_or_by_a_lone_speaker(nlp):
    signed = "President of Poland Andrzej Duda and President of Lithuania Gitanas Nauseda signed the Vilnius Declaration."
    _, facts = run(nlp, f"{signed} The ceremony of signing the document took place in the city of Krakow.")
    assert ("Duda-Nauseda signing", "heldIn", "Krakow") in facts
    _, facts = run(nlp, f"{signed} The ceremony of signing the 1990 treaty took place in the city of Krakow.")
    assert not any(p == "heldIn" for _, p, _ in facts)          # another signing, years before
    ms, facts = run(nlp, "President Ferdinand Marcos on Friday signed two laws on the country's waters. "
                         "\"This is important,\" Marcos said at the signing ceremony.")
    assert [m.text for m in ms if m.type == "Meeting"] == ["signing ceremony"]
    assert ("Marcos", "participatedIn", "signing ceremony") in facts
    _, facts = run(nlp, "Polish Prime Minister Donald Tusk and French President Emmanuel Macron signed a treaty in "
                        "Warsaw on Friday. Tusk said at the signing ceremony that it mattered.")
    assert {o for _, p, o in facts if p == "participatedIn"} == {"Tusk-Macron signing"}   # the signers' own


def test_states_that_sign_where_the_sentence_before_said(nlp):
    ms, facts = run(nlp, "Officials of the five countries signed a convention today in Kazakhstan. Representatives of "
                         "Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan signed a document on the sea.")
    signing = {o for s, p, o in facts if p == "participatedIn" and s == "Iran"}
    assert len(signing) == 1 and (signing.pop(), "heldIn", "Kazakhstan") in facts
    _, facts = run(nlp, "Representatives of Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan signed a "
                        "document on the sea.")
    assert not any(p in ("participatedIn", "heldIn") for _, p, _ in facts)   # a signing told of, not where or when


def test_hyphenated_given_names_before_and_after_the_family_name(nlp):
    ms, facts = run(nlp, "President of Kazakhstan Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Tashkent "
                         "on Monday.")
    assert ("Kassym-Jomart Tokayev", "represents", "Kazakhstan") in facts
    assert ("Tokayev-Mirziyoyev meeting", "heldIn", "Tashkent") in facts
    _, facts = run(nlp, "Taiwan's President Tsai Ing-wen met U.S. Speaker Kevin McCarthy in California on Wednesday.")
    assert ("Tsai-McCarthy meeting", "heldIn", "California") in facts     # Tsai, not Ing-wen, is her family name


def test_a_pairs_ceremony_is_not_their_talks_before_it(nlp):
    ms, _ = run(nlp, "Defense Minister Ahn Gyu-back and his Polish counterpart, Wladyslaw Kosiniak-Kamysz, attended "
                     "the opening ceremony in Gliwice. Before the ceremony, Ahn held talks with Kosiniak-Kamysz.")
    keys = {m.text: m.key for m in ms if m.type == "Meeting" and m.alias_of is None}
    assert len(keys) == 2 and len(set(keys.values())) == 2, keys      # two events, two nodes


def test_agreements_signed_by_two_sides_people_in_the_passive(nlp):
    ms, facts = run(nlp, "\"It is resolved,\" said Jokowi during a joint press conference with Prime Minister Datuk "
                         "Seri Anwar Ibrahim at Seri Perdana this morning. The agreements were signed by Foreign "
                         "Minister Datuk Seri Zambry Abd Kadir and his Indonesian counterpart Retno Marsudi.")
    assert {(p, "participatedIn", "Kadir-Marsudi signing") for p in ("Zambry Abd Kadir", "Retno Marsudi")} <= facts
    assert "Seri" not in {m.text for m in ms}                  # a style of address, not a person
    _, facts = run(nlp, "The decrees were signed by Foreign Minister Zambry Abd Kadir and his Indonesian counterpart "
                        "Retno Marsudi.")
    assert not any(p == "participatedIn" for _, p, _ in facts)      # not an accord between them


def test_leaders_heading_somewhere_for_talks(nlp):
    _, facts = run(nlp, "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan head to Tehran on "
                        "Tuesday for talks with their Iranian counterpart, Ebrahim Raisi.")
    assert {(p, "participatedIn", "Putin-Erdogan-Raisi talks") for p in ("Vladimir Putin", "Ebrahim Raisi")} <= facts
    assert ("Putin-Erdogan-Raisi talks", "heldIn", "Tehran") in facts
    ms, facts = run(nlp, "Russian President Vladimir Putin may head to Tehran next month for talks with his Iranian "
                         "counterpart, Ebrahim Raisi.")
    assert [m.rule for m in ms if m.type == "Meeting"] == ["meeting:planned"]      # not yet, if ever
    assert not any(p == "metWith" for _, p, _ in facts)


def test_the_summit_told_again_with_its_place_is_the_one_before(nlp):
    ms, facts = run(nlp, "South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida pledged "
                         "cooperation during the summit that took place this week. The summit in Tokyo comes amidst "
                         "tensions in the region. During the summit, Japan and South Korea agreed to drop a trade dispute.")
    assert [m.text for m in ms if m.type == "Meeting" and m.alias_of is None] == ["Yoon-Kishida summit"]
    assert ("Yoon-Kishida summit", "heldIn", "Tokyo") in facts
    assert ("Japan", "participatedIn", "Yoon-Kishida summit") in facts
    _, facts = run(nlp, "Yoon and Kishida pledged cooperation during the summit. The summit in Seoul next year will "
                        "follow.")
    assert not any(p == "heldIn" for _, p, _ in facts)           # one of its own, still ahead


def test_a_post_only_one_state_has_in_a_list_with_other_states_ministers(nlp):
    _, facts = run(nlp, "The 2+2 talks opened on Monday. Included in the meeting were Secretary of State Antony Blinken, "
                        "Japan's Minister for Foreign Affairs Yoko Kamikawa and Japan's Minister of Defense Minoru Kihara.")
    assert ("Antony Blinken", "represents", "United States") in facts


def test_a_ceremony_at_the_white_house_is_held_at_a_place_its_adviser_serves_an_office(nlp):
    ms, facts = run(nlp, "On Tuesday, President Donald Trump presided over a ceremony at The White House with leaders "
                         "of Israel, the United Arab Emirates and Bahrain for the signing of historical deals.")
    assert ("White House", "Place") in types(ms)
    assert any(p == "heldIn" and o == "White House" for _, p, o in facts)
    ms, facts = run(nlp, "White House national security adviser Jake Sullivan said the talks went well.")
    assert ("White House", "Organization") in types(ms)
    assert {("Jake Sullivan", "represents", "White House"),
            ("Jake Sullivan", "holdsPosition", "national security adviser")} <= facts
    ms, _ = run(nlp, "The 2+2 comes shortly before Fumio Kishida is due in Washington for his first visit to the "
                     "White House as prime minister of Japan.")
    assert not any(m.type == "Meeting" and m.rule == "meeting:visit" for m in ms)     # a visit still ahead


def test_a_company_that_won_a_contract_with_a_government_is_party_to_it(nlp):
    _, facts = run(nlp, "South Korean company Hanwha has secured an up to $7 billion contract with the Australian "
                        "Government for the manufacturing of 129 new infantry fighting vehicles.")
    assert {("Hanwha", "partyTo", "contract"), ("Australian", "partyTo", "contract")} <= facts
    _, facts = run(nlp, "The US is securing the Panama Canal.")
    assert ("US", "relatedTo", "Panama Canal") in facts               # securing a place is no deal
    _, facts = run(nlp, "Hanwha hopes to secure a contract with the Australian Government.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_a_leader_who_annexes_a_territory_stands_for_his_state(nlp):
    for text in ["Russian President Vladimir Putin met Biden. Putin annexed Crimea in 2014.",
                 "Russian President Vladimir Putin met Biden seven years after he annexed Crimea."]:
        _, facts = run(nlp, text)
        assert ("Russian", "controls", "Crimea") in facts, text
    _, facts = run(nlp, "Former Russian President Dmitry Medvedev spoke on Monday. Medvedev annexed Crimea.")
    assert not any(p == "controls" for _, p, _ in facts)           # a former leader leads no state


def test_a_headline_with_short_words_in_lower_case_is_still_a_headline(nlp):
    ms, _ = run(nlp, "Newly Enlarged NATO Starts Drill in Finland, Norway and Sweden in Defense of Its Nordic Turf\n"
                     "NATO kicked off an exercise on Monday.")
    assert not any(m.type == "Event" for m in ms), types(ms)
    ms, _ = run(nlp, "US Marine Littoral Regiment Formed in Okinawa to Work Alongside Japan\n"
                     "The U.S. Marine Corps redesignated its 12th Marine Regiment as the 12th Marine Littoral Regiment.")
    assert ("Marine Littoral Regiment", "MilitaryUnit") in types(ms)


def test_the_lead_exercise_is_the_one_the_story_names_next_not_its_old_name(nlp):
    _, facts = run(nlp, "HELSINKI (AP) -- NATO kicked off an exercise on Monday when soldiers from 13 nations take "
                        "part in drills in Norway.\nWith 4,000 Finnish soldiers taking part, the Norway-led Nordic "
                        "Response 2024 is the largest.\nSweden joined NATO in March after the Cold War ended.\n"
                        "For years, the drill was called \"Cold Response.\"")
    assert ("NATO", "participatedIn", "Nordic Response 2024") in facts
    assert not any(o == "Cold Response" for _, p, o in facts if p == "participatedIn"), facts
    _, facts = run(nlp, "JAKARTA: Indonesia launched on Monday a multilateral naval exercise attended by more than 30 "
                        "countries.\nThe Multilateral Naval Exercise Komodo, which was first held in 2014, will run "
                        "until June 8. This year's Komodo drills will see participation from 36 countries.")
    assert ("Indonesia", "participatedIn", "Multilateral Naval Exercise Komodo") in facts


def test_a_title_of_a_state_or_body_before_a_comma_is_the_next_names_wherever_the_parser_hangs_it(nlp):
    _, facts = run(nlp, "Modi was welcomed by the Prime Minister of Papua New Guinea, James Marape who touched PM "
                        "Modi's feet.")
    assert ("James Marape", "represents", "Papua New Guinea") in facts
    _, facts = run(nlp, "The Treaty was signed in the presence of the Secretary-General of the United Nations, "
                        "António Manuel de Oliveira Guterres.")
    assert ("António Manuel de Oliveira Guterres", "represents", "United Nations") in facts
    for text in ["After meeting the Prime Minister of India, Joe Biden flew to Tokyo.",
                 "In a call with the Foreign Minister of Japan, Blinken said the alliance was strong."]:
        _, facts = run(nlp, text)
        assert not any(p in ("represents", "holdsPosition") for _, p, _ in facts), (text, facts)


def test_it_opening_a_sentence_is_the_state_the_sentence_before_was_about(nlp):
    _, facts = run(nlp, "Egypt, at odds with Ethiopia for years, has condemned the Somaliland deal. It signed a "
                        "security pact with Somalia earlier this month.")
    assert ("Egypt", "partyTo", "security pact") in facts
    _, facts = run(nlp, "Egypt and Ethiopia have condemned the deal. It signed a security pact with Somalia earlier "
                        "this month.")
    assert not any(s in ("Egypt", "Ethiopia") for s, p, _ in facts if p == "partyTo"), facts


def test_the_breakaway_region_of_a_state_is_that_state(nlp):
    _, facts = run(nlp, "Ethiopia signed a preliminary deal with the breakaway region of Somaliland to lease coastal "
                        "land.")
    assert ("Somaliland", "partyTo", "preliminary deal") in facts


def test_a_commonwealth_battalion_of_the_regiment_is_one_unit(nlp):
    ms, facts = run(nlp, "The two battalions will be re-linked to become 5th/7th Battalion, the Royal Australian "
                         "Regiment based in Darwin.")
    assert ("5th/7th Battalion, the Royal Australian Regiment", "MilitaryUnit") in types(ms)
    assert ("5th/7th Battalion, the Royal Australian Regiment", "stationedIn", "Darwin") in facts


def test_a_document_signed_is_an_agreement_unless_it_is_the_papers_of_one_named(nlp):
    ms, facts = run(nlp, "Israel and the UAE signed their own bilateral document.")
    assert {("Israel", "partyTo", "bilateral document"), ("UAE", "partyTo", "bilateral document")} <= facts
    _, facts = run(nlp, "Russia and Belarus signed documents on the placement of nuclear weapons.")
    assert ("Belarus", "partyTo", "documents") in facts
    for text in ["Leaders from the six GCC states signed two documents, the AlUla Declaration and a final communique.",
                 "Finland joined NATO after its foreign minister, Pekka Haavisto, signed an accession document."]:
        ms, _ = run(nlp, text)
        assert not any(m.type == "Treaty" and "document" in m.text for m in ms), (text, types(ms))


def test_a_state_that_signs_as_a_witness_is_no_party(nlp):
    _, facts = run(nlp, "Israel and the UAE signed the Abraham Accords. The United States signed the deals as a "
                        "witness.")
    assert ("Israel", "partyTo", "Abraham Accords") in facts
    assert not any(s == "United States" for s, p, _ in facts if p == "partyTo"), facts


def test_a_name_ner_cut_in_two_is_one_name_but_a_style_before_it_is_not_part_of_it(nlp):
    ms, facts = run(nlp, "Pakistan's Foreign Minister Bilawal Bhutto Zardari arrived in Islamabad.")
    assert ("Bilawal Bhutto Zardari", "holdsPosition", "Foreign Minister") in facts
    assert not any(m.text == "Zardari" for m in ms)
    ms, _ = run(nlp, "Jokowi spoke at a joint press conference with Prime Minister Datuk Seri Anwar Ibrahim.")
    assert any(m.text == "Anwar Ibrahim" for m in ms) and not any("Seri" in m.text for m in ms), types(ms)


def test_the_subject_after_according_to_is_not_the_sources_appositive(nlp):
    _, facts = run(nlp, "According to NATO Secretary General Jens Stoltenberg, all 29 NATO allies, along with partner "
                        "countries Finland and Sweden, will participate in Trident Juncture.")
    assert {("Finland", "participatedIn", "Trident Juncture"), ("Sweden", "participatedIn", "Trident Juncture")} <= facts
    assert ("Jens Stoltenberg", "participatedIn", "Trident Juncture") not in facts


def test_a_minister_joined_by_and_to_a_labelled_colleague_in_a_longer_list_serves_that_state(nlp):
    _, facts = run(nlp, "Defence Minister Rajnath Singh and External Affairs Minister Dr S Jaishankar, Japanese Minister of "
                        "Defense Kihara Minoru and Minister of Foreign Affairs Ms Yoko Kamikawa took part in the meeting.")
    assert ("Yoko Kamikawa", "represents", "Japanese") in facts
    assert not {f for f in facts if f[0] in ("Rajnath Singh", "S Jaishankar") and f[1] == "represents"}
    _, facts = run(nlp, "Defense Secretary Lloyd Austin, Secretary of State Antony Blinken, Japanese Foreign Minister "
                        "Yoshimasa Hayashi and Defense Minister Yasukazu Hamada met in Washington.")
    assert ("Yasukazu Hamada", "represents", "Japanese") in facts
    assert not {f for f in facts if f[0] == "Lloyd Austin" and f[1] == "represents" and f[2] == "Japanese"}


def test_a_unit_taking_part_with_no_object_joins_the_exercise_not_a_later_meeting(nlp):
    _, facts = run(nlp, "The drills, named Vigilant Storm, involve about 240 aircraft. Defense Secretary Lloyd Austin and "
                        "South Korean Defense Minister Lee Jong-sup will meet at the Pentagon on Thursday for the annual "
                        "Security Consultative Meeting. The 8th Army, which is headquartered at Camp Humphreys, will "
                        "also take part.")
    assert ("8th Army", "participatedIn", "Vigilant Storm") in facts
    assert ("8th Army", "participatedIn", "Security Consultative Meeting") not in facts


def test_a_headline_exercise_is_the_one_the_story_goes_on_to_name_with_named(nlp):
    ms, facts = run(nlp, "South Korea, US begin largest joint air drills amid North Korean threats\n\n"
                         "South Korea and the United States began their largest-ever joint air exercises on Monday.\n\n"
                         "The drills, named Vigilant Storm, involve about 240 aircraft.")
    assert ("South Korea", "participatedIn", "Vigilant Storm") in facts
    assert not {m.text for m in ms if m.type == "Event"} - {"Vigilant Storm"}


def test_a_headline_deal_of_one_signer_is_the_agreement_the_lead_says_it_signed_with_another(nlp):
    _, facts = run(nlp, "Poland signs $10 billion deal for Apache helicopters\n\n"
                        "Poland signed a $10 billion agreement with the United States on Wednesday to buy 96 Apache "
                        "helicopters. Poland has been modernising its forces since Russia's invasion of Ukraine. Russia "
                        "has denounced the build-up.")
    assert ("United States", "partyTo", "deal") in facts
    assert not {f for f in facts if f[1] == "partyTo" and f[0] in ("Russia", "Ukraine")}


def test_a_counterparts_state_is_a_party_to_what_the_two_ministers_signed(nlp):
    _, facts = run(nlp, "The U.S. State Department said Washington stands with its ally the Philippines. Japan's Defense "
                        "Minister Minoru Kihara and his Philippine counterpart Gilberto Teodoro signed a Reciprocal Access "
                        "Agreement in Manila in July.")
    parties = {f[0] for f in facts if f[1] == "partyTo"}
    assert "Japan" in parties and parties & {"Philippine", "Philippines"}
    assert not parties & {"Washington", "U.S."}


def test_a_kind_of_agreement_told_again_keeps_the_parties_its_signers_gave_it(nlp):
    ms, _ = run(nlp, "The memorandum was signed by the foreign ministers of the three countries, Mevlut Cavusoglu of "
                     "Turkey, Pekka Haavisto of Finland and Ann Linde of Sweden. Finland and Sweden welcomed it. Biden "
                     "congratulated Finland, Sweden, and Turkey on signing a trilateral memorandum.")
    keys = {m.key for m in ms if m.type == "Treaty"}
    assert len(keys) == 1 and "turkey" in next(iter(keys))


def test_the_talks_are_not_a_named_summit_that_was_called_off(nlp):
    _, facts = run(nlp, "Prime Minister Narendra Modi and his Australian counterpart Anthony Albanese on Wednesday held "
                        "talks in Sydney. The Quad leaders' summit, originally planned for Sydney, was cancelled after "
                        "US President Joe Biden called off his visit. Foreign Minister Penny Wong and External Affairs "
                        "Minister S Jaishankar also attended the talks.")
    assert not {f for f in facts if f[0] == "Penny Wong" and f[2] == "Quad leaders' summit"}
    assert ("Penny Wong", "participatedIn", "Modi-Albanese talks") in facts


def test_weapons_sharing_a_noun_and_the_weapons_told_again_are_all_of_them(nlp):
    _, facts = run(nlp, "The United States will deploy SM-6 and Tomahawk missiles to Germany in 2026. The weapons will "
                        "be operated by the 56th Multi-Domain Task Force.")
    assert {("United States", "operates", "SM-6"), ("SM-6", "stationedIn", "Germany")} <= facts
    assert {("56th Multi-Domain Task Force", "operates", "SM-6"),
            ("56th Multi-Domain Task Force", "operates", "Tomahawk missiles")} <= facts


def test_the_two_defence_chiefs_are_the_two_of_that_portfolio(nlp):
    _, facts = run(nlp, "U.S. Defense Secretary Lloyd Austin met Vietnamese Defence Minister Phan Van Giang and Prime "
                        "Minister Pham Minh Chinh in Hanoi on Thursday. The two defence chiefs signed a memorandum of "
                        "understanding on military medicine.")
    signers = {f[0] for f in facts if f[1] == "participatedIn" and "signing" in f[2]}
    assert signers == {"Lloyd Austin", "Phan Van Giang"}


def test_a_name_ending_its_sentence_keeps_no_full_stop(nlp):
    ms, _ = run(nlp, "Austin is scheduled to meet Chinese Defence Minister Dong Jun.")
    assert ("Dong Jun", "Minister") in types(ms)
    ms, _ = run(nlp, "The deal was signed by Defense Secretary Gilberto Teodoro Jr.")
    assert any(m.text == "Gilberto Teodoro Jr." for m in ms)


def test_a_title_for_a_body_right_before_a_name_is_that_persons_post(nlp):
    _, facts = run(nlp, "The ceremony was attended by spokeswoman for the Ministry of Foreign Affairs Pham Thu Hang.")
    assert ("Pham Thu Hang", "holdsPosition", "spokeswoman") in facts
    assert ("Pham Thu Hang", "represents", "Ministry of Foreign Affairs") in facts


def test_a_passive_launch_reported_by_someone_is_not_their_doing(nlp):
    _, facts = run(nlp, "North Korea fired a short-range ballistic missile on Sunday. The Joint Chiefs of Staff said the "
                        "missile was launched from the Pyongyang area.")
    assert ("North Korea", "develops", "short-range ballistic missile") in facts
    assert not {f for f in facts if f[0] == "Joint Chiefs of Staff" and f[1] in ("develops", "operates")}


def test_a_treaty_something_is_done_under_belongs_to_the_two_states_its_sentence_names(nlp):
    _, facts = run(nlp, "North Korea fired a missile toward the East Sea, South Korea said. North Korea has called South "
                        "Korea its principal enemy. The U.S. has about 28,500 troops stationed in South Korea under the "
                        "1953 Mutual Defense Treaty.")
    parties = {f[0] for f in facts if f[1] == "partyTo"}
    assert parties == {"U.S.", "South Korea"}


def test_a_surname_that_is_an_english_word_is_a_person_when_it_meets_someone(nlp):
    ms, facts = run(nlp, "The summit was dominated by U.S. President Donald Trump's demands. Trump met Ukrainian President "
                         "Volodymyr Zelenskiy on the sidelines of the summit.")
    assert ("Trump", "metWith", "Volodymyr Zelenskiy") in facts
    ms, _ = run(nlp, "Donald Trump spoke on Monday. Trump cards are rare.")
    assert ("Trump cards", "Person") not in types(ms)


def test_a_former_post_in_apposition_makes_no_state_of_the_person(nlp):
    _, facts = run(nlp, "NATO Secretary General Mark Rutte, a former Dutch prime minister, hosted the meeting.")
    assert ("Mark Rutte", "represents", "NATO") in facts
    assert ("Mark Rutte", "represents", "Dutch") not in facts


def test_the_event_is_the_ceremony_or_summit_the_story_told_of(nlp):
    _, facts = run(nlp, "South Korea held a ceremony on Monday to launch its Strategic Command. Defense Minister "
                        "Kim Yong-hyun and U.S. Forces Korea Commander Paul LaCamera attended the ceremony. The event "
                        "was held at Camp Humphreys in Pyeongtaek.")
    assert ("Kim-LaCamera ceremony", "heldIn", "Camp Humphreys") in facts
    _, facts = run(nlp, "Indonesian President Joko Widodo opened the ASEAN Summit on Tuesday. The event was held at "
                        "the Jakarta Convention Center in Jakarta.")
    assert ("ASEAN Summit", "heldIn", "Jakarta Convention Center") in facts


def test_a_bare_joint_chiefs_of_staff_is_the_state_the_story_is_about(nlp):
    text = ("South Korea launched its Strategic Command on Tuesday. Attending the ceremony were Defense Minister "
            "Kim Yong-hyun and Joint Chiefs of Staff Chairman Kim Myung-soo. South Korea will also set up a space "
            "unit, the U.S. embassy said.")
    _, facts = run(nlp, text)
    assert ("Kim Myung-soo", "represents", "South Korea") in facts
    assert ("Joint Chiefs of Staff", "partOf", "South Korea") in facts
    assert not {f for f in facts if f[0] in ("Kim Myung-soo", "Joint Chiefs of Staff") and f[2] == "U.S."}
    _, facts = run(nlp, "The United States will keep 28,500 troops in South Korea, the Joint Chiefs of Staff said "
                        "on Tuesday, as U.S. officials met in Washington.")
    assert ("Joint Chiefs of Staff", "partOf", "United States") in facts


def test_ministers_who_came_with_a_leader_are_his_governments_not_the_datelines(nlp):
    _, facts = run(nlp, "PYONGYANG, June 19 (Reuters) - Russian President Vladimir Putin arrived in North Korea on "
                        "Wednesday. Putin was accompanied by Defence Minister Andrei Belousov and Foreign Minister "
                        "Sergei Lavrov.")
    assert {("Andrei Belousov", "represents", "Russian"), ("Sergei Lavrov", "represents", "Russian")} <= facts
    assert not {f for f in facts if f[1] == "represents" and f[2] == "North Korea"}


def test_a_minister_listed_with_his_french_counterpart_is_not_french(nlp):
    _, facts = run(nlp, "PARIS, Sept 28 (AP) - Greece will buy three frigates from France. Defence Minister Nikos "
                        "Panagiotopoulos and his French counterpart Florence Parly signed the contract on Tuesday.")
    assert ("Florence Parly", "represents", "French") in facts
    assert not {f for f in facts if f[0] == "Nikos Panagiotopoulos" and f[1] == "represents"}


def test_an_office_for_a_states_affairs_is_not_that_states(nlp):
    _, facts = run(nlp, "China's Taiwan Affairs Office spokesman Chen Binhua said Washington should stop arming "
                        "Taiwan. The Taiwan Affairs Office also said Beijing would respond.")
    assert ("Chen Binhua", "represents", "China") in facts
    assert not {f for f in facts if f[0] == "Taiwan Affairs Office" and f[2] == "Taiwan"}


def test_the_navies_of_two_states_began_an_edition_of_their_exercise(nlp):
    _, facts = run(nlp, "Indian, French navies begin Varuna exercise off Goa\n\nThe navies of India and France on "
                        "Monday began the 21st edition of their bilateral exercise Varuna off the coast of Goa, the "
                        "Indian Navy said.")
    assert {("India", "participatedIn", "Varuna"), ("France", "participatedIn", "Varuna")} <= facts
    assert not {f for f in facts if f[1] == "relatedTo"}


def test_war_games_named_in_a_clause_after_the_verb_are_each_an_exercise(nlp):
    ms, facts = run(nlp, "China claims Taiwan as its own territory and held two rounds of large-scale war games "
                         "around the island this year, named Strait Thunder and Joint Sword-2024B.")
    assert {("Strait Thunder", "Event"), ("Joint Sword-2024B", "Event")} <= types(ms)
    assert {("China", "participatedIn", "Strait Thunder"), ("China", "participatedIn", "Joint Sword-2024B")} <= facts
    ms, facts = run(nlp, "The People's Liberation Army's Eastern Theater Command held drills around the island last "
                         "month, code-named Strait Thunder.")
    assert ("Strait Thunder", "Event") in types(ms)
    assert ("Eastern Theater Command", "participatedIn", "Strait Thunder") in facts


def test_an_unknown_name_before_a_class_of_ship_is_that_class(nlp):
    ms, facts = run(nlp, "Greece will buy three Belharra frigates from France. The frigates will be built by Naval "
                         "Group. Brazil bought four Scorpene submarines. Hanwha tanks were on show.")
    assert {("Belharra frigates", "Weapon"), ("Scorpene submarines", "Weapon")} <= types(ms)
    assert {("Greece", "acquires", "Belharra frigates"), ("Brazil", "acquires", "Scorpene submarines")} <= facts
    assert ("Hanwha tanks", "Weapon") not in types(ms)


def test_a_name_that_opens_with_a_preposition_after_a_title_and_the_where_of_a_meeting(nlp):
    _, facts = run(nlp, "Putin later flew to Hanoi, where he met Vietnamese President To Lam on Thursday.")
    assert {("To Lam", "holdsPosition", "President"), ("Putin", "metWith", "To Lam"),
            ("Putin-Lam meeting", "heldIn", "Hanoi")} <= facts


def test_a_hyphenated_missile_regiment_and_the_islands_beijing_claims_in_a_sea(nlp):
    ms, facts = run(nlp, "Japan will deploy Type 12 missiles. The missiles will be operated by the Ground Self-Defense "
                         "Force's 5th Surface-to-Ship Missile Regiment. China is active around the Japanese-controlled "
                         "Senkaku Islands in the East China Sea, which Beijing claims and calls Diaoyu.")
    assert ("5th Surface-to-Ship Missile Regiment", "MilitaryUnit") in types(ms)
    assert ("Beijing", "claims", "Senkaku Islands") in facts
    assert ("Beijing", "claims", "East China Sea") not in facts


def test_an_arms_sale_to_a_state_of_a_system_named_in_the_plural(nlp):
    ms, facts = run(nlp, "The State Department approved the possible sale to Taiwan of three National Advanced "
                         "Surface-to-Air Missile Systems (NASAMS). Taiwan's Defence Ministry thanked Washington. "
                         "It also approved the sale of three NASAMS to Ukraine.")
    assert ("National Advanced Surface-to-Air Missile Systems", "Weapon") in types(ms)
    assert {("Taiwan", "acquires", "NASAMS"), ("Ukraine", "acquires", "NASAMS")} <= facts
    assert not {f for f in facts if f[1] == "producedBy" or (f[0] == "Defence Ministry" and f[1] == "relatedTo"
                                                             and f[2] == "Taiwan")}


def test_a_sentence_whose_verb_the_parser_hung_on_the_subject_name(nlp):
    _, facts = run(nlp, "Rear Admiral Jacques Mallard, commander of the French carrier strike group, called on Vice "
                        "Admiral Dinesh Tripathi, chief of the Western Naval Command, in Mumbai before the exercise.")
    assert {("Jacques Mallard", "metWith", "Dinesh Tripathi"), ("Mallard-Tripathi meeting", "heldIn", "Mumbai")} <= facts


def test_claims_a_state_has_where_islands_are(nlp):
    _, facts = run(nlp, "China claims almost all of the South China Sea, including the Spratly Islands, where the "
                        "Philippines also has claims.")
    assert {("China", "claims", "Spratly Islands"), ("Philippines", "claims", "Spratly Islands")} <= facts


def test_who_invites_others_to_attend_a_summit_does_not_attend_it_by_saying_so(nlp):
    _, facts = run(nlp, "Leaders of the Quad met in Wilmington. Indian Prime Minister Narendra Modi invited the other "
                        "leaders to attend the next Quad summit in India in 2025.")
    assert not {f for f in facts if f[0] in ("Narendra Modi", "Modi") and f[1] == "participatedIn"}


def test_the_three_leaders_someone_met_are_not_himself(nlp):
    _, facts = run(nlp, "Australian Prime Minister Anthony Albanese, Indian Prime Minister Narendra Modi and Japanese "
                        "Prime Minister Fumio Kishida attended the summit in Wilmington on Saturday. U.S. President Joe "
                        "Biden also held separate bilateral meetings with each of the three leaders.")
    assert {("Joe Biden", "metWith", p) for p in ("Anthony Albanese", "Narendra Modi", "Fumio Kishida")} <= facts
    assert {("Narendra Modi", "participatedIn", "Biden-Modi meeting"),
            ("Fumio Kishida", "participatedIn", "Biden-Kishida meeting")} <= facts


def test_a_summit_of_a_grouping_hosted_and_attended_is_one_meeting(nlp):
    _, facts = run(nlp, "U.S. President Joe Biden hosted the leaders of Australia, India and Japan at his home in "
                        "Wilmington on Saturday for a summit of the Quad grouping. Australian Prime Minister Anthony "
                        "Albanese and Indian Prime Minister Narendra Modi attended the summit. Modi invited the others to "
                        "attend the next Quad summit in India in 2025.")
    assert {("Joe Biden", "participatedIn", "summit of the Quad"), ("India", "participatedIn", "summit of the Quad"),
            ("Anthony Albanese", "participatedIn", "summit of the Quad"),
            ("summit of the Quad", "heldIn", "Wilmington")} <= facts
    assert not {f for f in facts if f[1] == "participatedIn" and f[2] != "summit of the Quad"}
    ms, _ = run(nlp, "Ukraine demands an urgent meeting of the UN Security Council on this matter.")
    assert not {m for m in ms if m.type == "Meeting"}


def test_marines_in_a_story_about_the_marine_corps_are_that_corps(nlp):
    _, facts = run(nlp, "The U.S. Marine Corps on Friday opened Camp Blaz on Guam. About 4,000 Marines will move from "
                        "Okinawa to Guam. The first 100 Marines arrived on Guam in December.")
    assert ("U.S. Marine Corps", "stationedIn", "Guam") in facts
    _, facts = run(nlp, "The first 100 U.S. Marines arrived on Guam in December.")
    assert ("U.S. Marines", "stationedIn", "Guam") in facts


def test_a_deal_signed_by_a_minister_and_a_ceo_as_misparsed_and_makers_only_beside_their_weapons(nlp):
    _, facts = run(nlp, "The deal was signed in Bucharest by Romanian Defence Minister Angel Tilvar and Hanwha "
                        "Aerospace CEO Son Jae-il, in the presence of South Korean Ambassador Kim Do-hyun.")
    assert {(p, "participatedIn", "Son-Tilvar-Kim signing") for p in ("Angel Tilvar", "Son Jae-il", "Kim Do-hyun")} \
        <= facts
    _, facts = run(nlp, "Romania has also ordered 32 F-35 fighter jets from Lockheed Martin and Abrams tanks from the "
                        "United States. Turkey flies Hanwha's K9 howitzers.")
    assert ("K9 howitzers", "producedBy", "Hanwha") in facts
    assert ("Abrams tanks", "producedBy", "Lockheed Martin") not in facts


def test_a_leader_is_the_state_his_sentence_or_the_lead_names_not_the_datelines(nlp):
    _, facts = run(nlp, "SEOUL, Jan 14 (Yonhap) -- North Korea fired a ballistic missile on Sunday, the JCS said. Japan's "
                        "Defence Ministry said it landed outside Japan's exclusive economic zone. North Korea's state "
                        "media KCNA said on Monday the country had tested a new Hwasong-16 missile, under the guidance "
                        "of leader Kim Jong Un.")
    assert ("Kim Jong Un", "represents", "North Korea") in facts
    assert ("North Korea", "develops", "Hwasong-16 missile") in facts
    assert not {("Kim Jong Un", "represents", "South Korea"), ("Japan", "develops", "Hwasong-16 missile")} & facts
    _, facts = run(nlp, "SEOUL:\nNorth Korea tested a new missile, state media said on Friday.\n\"The test succeeded,\" "
                        "leader Kim Jong Un said, KCNA reported.")
    assert ("Kim Jong Un", "represents", "North Korea") in facts
    assert ("Kim Jong Un", "represents", "South Korea") not in facts


def test_a_counterpart_listed_before_another_titled_leader_holds_the_same_post(nlp):
    ms, facts = run(nlp, "Prime Minister Fumio Kishida, his British counterpart Rishi Sunak and Italian Prime Minister "
                         "Giorgia Meloni said in a joint statement that the jet would strengthen deterrence.")
    assert {("Rishi Sunak", "holdsPosition", "Prime Minister"), ("Rishi Sunak", "represents", "British"),
            ("Giorgia Meloni", "represents", "Italian")} <= facts
    assert ("Giorgia Meloni", "represents", "British") not in facts
    assert ("Rishi Sunak", "Minister") in types(ms)


def test_a_name_listed_only_with_companies_is_a_company(nlp):
    ms, _ = run(nlp, "Mitsubishi Heavy Industries, BAE Systems and Leonardo will lead the work.")
    assert ("Leonardo", "Organization") in types(ms)


def test_the_area_around_a_capital_is_the_city_not_its_government(nlp):
    ms, _ = run(nlp, "The missile was launched from the Pyongyang area. Drones hit the Kyiv suburbs. Pyongyang "
                     "condemned the drills.")
    assert [t for m, t in sorted((m.start, m.type) for m in ms)] == ["City", "City", "Country"]


def test_a_name_set_beside_a_word_for_a_site_is_a_place(nlp):
    ms, _ = run(nlp, "From 2027, the United States and Britain will rotate submarines through HMAS Stirling, a naval "
                     "base near Perth. The drones will fly from Andersen, an air base on Guam. The frigate HMAS Anzac "
                     "sailed from Darwin.")
    assert {("HMAS Stirling", "Place"), ("Andersen", "Place"), ("HMAS Anzac", "Weapon")} <= types(ms)


def test_a_weapon_bought_from_a_state_or_firm_is_made_by_it(nlp):
    _, facts = run(nlp, "Poland has already ordered 250 M1A2 Abrams tanks and 486 HIMARS launchers from Washington and "
                        "K2 tanks from South Korea. Egypt has bought 30 more Rafale aircraft from France.")
    assert {("M1A2 Abrams tanks", "producedBy", "United States"), ("HIMARS launchers", "producedBy", "United States"),
            ("K2 tanks", "producedBy", "South Korea"), ("Poland", "acquires", "K2 tanks"),
            ("Rafale aircraft", "producedBy", "France")} <= facts
    assert ("K2 tanks", "producedBy", "United States") not in facts
    _, facts = run(nlp, "Poland signed a deal to purchase K2 tanks from South Korean contractor Hyundai Rotem Co., "
                        "Seoul's defense ministry said.")
    assert ("K2 tanks", "producedBy", "Hyundai Rotem Co.") in facts
    assert not {f for f in facts if f[1] == "producedBy" and "ministry" in f[2]}
    _, facts = run(nlp, "Japan signed a contract with the United States on Thursday to buy Tomahawk cruise missiles. "
                        "Canada finalized a deal with Lockheed Martin to acquire a fleet of 88 F-35 fighter jets.")
    assert {("Tomahawk cruise missiles", "producedBy", "United States"),
            ("F-35 fighter jets", "producedBy", "Lockheed Martin")} <= facts
    assert not {f for f in facts if f[1] == "producedBy" and f[2] in ("Japan", "Canada")}
    _, facts = run(nlp, "The government backed the purchase of 36 F-35A fighter jets from Lockheed Martin. Other offers "
                        "had included new F-16s from the United States. The purchase of used F-16s from Norway was "
                        "approved.")
    assert {("F-35A fighter jets", "producedBy", "Lockheed Martin"), ("F-16s", "producedBy", "United States")} <= facts
    assert ("F-16s", "producedBy", "Norway") not in facts


def test_taking_part_a_pact_would_allow_is_not_taking_part(nlp):
    _, facts = run(nlp, "Teodoro said the pact would allow Japanese troops to take part in the annual Balikatan "
                        "exercises. The agreement will enable Australian troops to join the drills. The deal allowed "
                        "British troops to take part in Cobra Gold in 2023.")
    assert not {f for f in facts if f[0] in ("Japanese", "Australian")}
    assert ("British", "participatedIn", "Cobra Gold") in facts


def test_counterparts_named_after_a_comma_are_met_though_parsed_as_a_new_subject(nlp):
    _, facts = run(nlp, "South Korean national security adviser Cho Tae-yong spoke by phone with his U.S. and Japanese "
                        "counterparts, Jake Sullivan and Takeo Akiba, and condemned the launch.")
    assert {("Cho Tae-yong", "metWith", "Jake Sullivan"), ("Cho Tae-yong", "metWith", "Takeo Akiba")} <= facts
    _, facts = run(nlp, "Shin spoke by phone with his counterpart, Austin said on Monday.")
    assert not {f for f in facts if f[1] == "metWith"}


def test_a_summit_in_the_lithuanian_capital_is_the_vilnius_summit_and_its_eve_no_part_of_it(nlp):
    ents, facts = resolved(nlp, "NATO leaders agree to boost defence spending at Vilnius summit\n\nNATO leaders on "
                                "Wednesday wrapped up a two-day summit in the Lithuanian capital. Ukrainian President "
                                "Volodymyr Zelenskiy attended the summit's second day. Turkey's President Tayyip "
                                "Erdogan agreed on the eve of the summit to send the protocol to parliament.")
    meetings = [e[0] for e in ents if e[1] == "Meeting"]
    assert len(meetings) == 1 and "Vilnius" in meetings[0]
    assert {("Volodymyr Zelenskiy", "participatedIn", meetings[0]), (meetings[0], "heldIn", "Vilnius")} <= facts
    assert ("Tayyip Erdogan", "participatedIn", meetings[0]) not in facts
    ms, facts = run(nlp, "The SCO met in Kazakhstan's capital of Astana. Blinken flew to the Japanese capital, Tokyo.")
    assert {("Astana", "City"), ("Kazakhstan", "Country"), ("Japanese", "Country"), ("Tokyo", "City")} <= types(ms)


def test_it_in_a_relative_clause_is_the_state_the_sentence_is_about_and_the_waterway_the_sea(nlp):
    _, facts = run(nlp, "China claims almost the entire South China Sea, including the Paracel Islands, which it seized "
                        "from Vietnam in 1974. The Philippines, Malaysia and Brunei also claim parts of the waterway.")
    assert {("China", "controls", "Paracel Islands"), ("Philippines", "claims", "South China Sea"),
            ("Brunei", "claims", "South China Sea")} <= facts
    assert ("Vietnam", "controls", "Paracel Islands") not in facts
    _, facts = run(nlp, "Trump declared that Washington would take back control of the Panama Canal. Russian forces "
                        "took control of Bakhmut in May.")
    assert not {f for f in facts if f[2] == "Panama Canal"}
    assert ("Russian", "controls", "Bakhmut") in facts


def test_a_verb_joined_to_a_passive_one_acts_for_its_subject(nlp):
    _, facts = run(nlp, "The 3rd Multi-Domain Task Force will be based at Schofield Barracks and will field the Typhon "
                        "missile system. The frigates were built in France and Greece operates them.")
    assert ("3rd Multi-Domain Task Force", "operates", "Typhon missile system") in facts
    assert ("3rd Multi-Domain Task Force", "stationedIn", "Schofield Barracks") in facts


def test_a_sea_name_on_a_state_word_is_no_sea(nlp):
    ms, _ = run(nlp, "Anusauskas called it a historic step for the Baltic state. Pacific island nations met in Suva. "
                     "Russian warships sailed into the Baltic.")
    assert [m.text for m in ms if m.type == "WaterBody"] == ["Baltic"]
    assert ms[-1].text == "Baltic" and ms[-1].start > 60


def test_a_variant_code_after_a_space_is_the_weapon(nlp):
    ents, facts = resolved(nlp, "Germany will buy 105 Leopard 2 A8 tanks from Krauss-Maffei Wegmann. France ordered "
                                "42 Rafale F4 jets.")
    weapons = {e[0] for e in ents if e[1] == "Weapon"}
    assert weapons == {"Leopard 2", "Rafale"}
    assert {("Germany", "acquires", "Leopard 2"), ("Leopard 2", "producedBy", "Krauss-Maffei Wegmann"),
            ("France", "acquires", "Rafale")} <= facts


def test_a_deal_one_state_signs_is_not_the_storys_two_states(nlp):
    ents, facts = resolved(nlp, "Germany will station a brigade in Lithuania. Germany leads a NATO battle group in "
                                "Lithuania, and Lithuania welcomed it. Czech Defense Minister Jana Cernochova said her "
                                "country had signed a deal to buy 77 tanks.")
    assert not {f for f in facts if f[1] == "partyTo" and f[0] in ("Germany", "Lithuania")}
    ents, facts = resolved(nlp, "Greece signed a letter of acceptance on Thursday to buy 20 F-35 fighter jets from the "
                                "United States. Greece has tensions with Turkey. Turkey wants F-16s and Turkey said so.")
    letter = next(e[0] for e in ents if e[1] == "Treaty")
    assert {("Greece", "partyTo", letter), ("United States", "partyTo", letter)} <= facts
    assert ("Turkey", "partyTo", letter) not in facts


def test_a_conferences_host_is_no_participant_of_the_meeting_on_its_sidelines(nlp):
    _, facts = run(nlp, "Prime Minister Nikol Pashinyan spoke on Friday. Azerbaijani President Ilham Aliyev and "
                        "Pashinyan met in Munich in February on the sidelines of the Munich Security Conference, hosted "
                        "by German Chancellor Olaf Scholz.")
    assert ("Olaf Scholz", "participatedIn", "Munich Security Conference") in facts
    assert not {f for f in facts if "Olaf Scholz" in (f[0], f[2]) and f[1] in ("metWith", "participatedIn")
                and f[2] != "Munich Security Conference"}


def test_who_witnessed_a_signing_took_part_in_it(nlp):
    _, facts = run(nlp, "Philippine Defence Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa "
                        "signed a Reciprocal Access Agreement in Manila on Monday.\n\nThe signing ceremony at the "
                        "presidential palace was witnessed by President Ferdinand Marcos Jr.")
    signing = next(f[2] for f in facts if f[0] == "Gilberto Teodoro" and f[1] == "participatedIn")
    assert ("Ferdinand Marcos Jr.", "participatedIn", signing) in facts


def test_a_states_nato_membership_makes_it_a_member(nlp):
    _, facts = run(nlp, "Congress approved the sale after Turkey ratified Sweden's NATO membership. Hungary blocked "
                        "Finland's NATO membership.")
    assert ("Sweden", "partOf", "NATO") in facts
    assert ("Finland", "partOf", "NATO") not in facts


def test_a_visit_to_a_capital_said_by_its_state_is_named_for_the_city(nlp):
    ms, _ = run(nlp, "Defense Minister Boris Pistorius said so. Pistorius, speaking during a visit to the Lithuanian "
                     "capital, said the brigade would be ready.")
    assert ("Pistorius visit to Vilnius", "Meeting") in types(ms)


def test_a_headlines_troop_pact_is_the_access_agreement_the_story_names(nlp):
    ents, _ = resolved(nlp, "Philippines, Japan sign troop pact\n\nPhilippine Defence Secretary Gilberto Teodoro and "
                            "Japanese Foreign Minister Yoko Kamikawa signed a Reciprocal Access Agreement on Monday. "
                            "The pact comes as Manila and Beijing are locked in a dispute.")
    assert [e[0] for e in ents if e[1] == "Treaty"] == ["Japan–Philippines Reciprocal Access Agreement"]


def test_a_unit_that_is_to_be_based_somewhere_is_stationed_there(nlp):
    _, facts = run(nlp, "The 45th Panzer Brigade, as the new formation will be called, is to be based in Rukla and "
                        "Rudninkai. Japan wants the 12th Marine Littoral Regiment to be stationed in Guam.")
    assert {("45th Panzer Brigade", "stationedIn", "Rukla"), ("45th Panzer Brigade", "stationedIn", "Rudninkai")} <= facts
    assert not {f for f in facts if f[2] == "Guam"}


def test_a_name_before_chain_or_archipelago_is_islands(nlp):
    ms, _ = run(nlp, "Japan is deploying missiles on Ishigaki Island, part of the Sakishima chain near Taiwan.")
    assert ("Sakishima", "Island") in types(ms)


def test_a_meeting_chaired_by_two_sides_people_or_of_two_states_body_is_theirs(nlp):
    _, facts = run(nlp, "The deal was reached at a meeting of the two countries' border commissions, chaired by "
                        "Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani Deputy Prime Minister Shahin "
                        "Mustafayev.")
    meeting = next(f[2] for f in facts if f[0] == "Mher Grigoryan" and f[1] == "participatedIn")
    assert ("Shahin Mustafayev", "participatedIn", meeting) in facts
    _, facts = run(nlp, "MOSCOW (AA) - Armenian Prime Minister Nikol Pashinyan said on Saturday that he agreed to return "
                        "villages. The press service noted that the agreement was achieved at the Armenia-Azerbaijan "
                        "commission's Friday meeting on the border delimitation.")
    meeting = next(f[2] for f in facts if f[0] == "Armenia" and f[1] == "participatedIn")
    assert ("Azerbaijan", "participatedIn", meeting) in facts
    assert not {f for f in facts if f[0] == meeting and f[1] == "heldIn"}


def test_a_visit_to_a_firms_yards_and_those_who_joined_the_visitor(nlp):
    _, facts = run(nlp, "GEOJE, South Korea — Prime Minister Mark Carney toured a South Korean submarine on Thursday "
                        "during a visit to the shipyards of Hanwha Ocean. Carney was joined by Defence Minister David "
                        "McGuinty and Vice-Admiral Angus Topshee, Commander of the Royal Canadian Navy, along with South "
                        "Korean Prime Minister Kim Min-Seok.")
    visit = "Carney visit to Hanwha Ocean"
    assert {(p, "participatedIn", visit) for p in ("Mark Carney", "David McGuinty", "Angus Topshee",
                                                   "Kim Min-Seok")} <= facts
    _, facts = run(nlp, "Prime Minister Mark Carney toured a TKMS submarine facility on Aug. 26 in Kiel, Germany.")
    assert ("Mark Carney", "participatedIn", "Carney visit to Kiel") in facts


def test_a_brussels_dateline_gives_no_minister_belgium(nlp):
    _, facts = run(nlp, "Finland joins NATO\n\nBRUSSELS, April 4 (AP) — Finland became the 31st member of NATO on "
                        "Tuesday, as Foreign Minister Pekka Haavisto handed over the country's instrument of accession "
                        "to U.S. Secretary of State Antony Blinken.")
    assert ("Pekka Haavisto", "represents", "Finland") in facts
    assert not {f for f in facts if f[2] == "Belgium"}


def test_states_that_have_a_treaty_are_its_parties_and_its_signing_in_a_bygone_year_no_meeting(nlp):
    _, facts = run(nlp, "China claims the shoal. Manila and Washington have a Mutual Defense Treaty signed in 1951. "
                        "U.S. Ambassador MaryKay Carlson said the United States stands with its ally.")
    assert {("Manila", "partyTo", "Mutual Defense Treaty"), ("Washington", "partyTo", "Mutual Defense Treaty")} <= facts
    assert not {f for f in facts if f[1] == "participatedIn" or f[0] == "China" and f[1] == "partyTo"}


def test_a_name_after_a_word_for_a_warship_is_the_ship(nlp):
    ms, _ = run(nlp, "The Chinese fleet, led by the destroyer Qiqihar, left the port of Qingdao. Russia sent the "
                     "frigate Admiral Gorshkov and the cruiser Varyag.")
    assert {("Qiqihar", "Weapon"), ("Admiral Gorshkov", "Weapon"), ("Varyag", "Weapon"), ("Qingdao", "City")} <= types(ms)


def test_the_fleet_is_the_fleet_named_before(nlp):
    _, facts = run(nlp, "Russia's Pacific Fleet said its ships would practice air defence. The fleet is based in "
                        "Vladivostok.")
    assert ("Pacific Fleet", "stationedIn", "Vladivostok") in facts


def test_posts_named_to_become_and_remain_are_held_whole(nlp):
    _, facts = run(nlp, "Vice Admiral David Johnston will become Australia's next Chief of the Defence Force, Prime "
                        "Minister Anthony Albanese announced. Albanese also named Vice Admiral Mark Hammond as the new "
                        "chief of the Royal Australian Navy, and Lieutenant General Simon Stuart will remain chief of "
                        "the Australian Army.")
    assert {("David Johnston", "holdsPosition", "Chief of the Defence Force"),
            ("Mark Hammond", "represents", "Royal Australian Navy"),
            ("Simon Stuart", "represents", "Australian Army")} <= facts
    assert ("David Johnston", "holdsPosition", "Chief") not in facts


def test_a_light_combat_aircraft_and_ssn_aukus_are_weapons(nlp):
    ents, facts = resolved(nlp, "GE will produce engines for the Indian Air Force's Tejas light combat aircraft. "
                                "Australia will build its own SSN-AUKUS boats at Osborne in Adelaide.")
    assert {("HAL Tejas", "Weapon"), ("SSN-AUKUS", "Weapon")} <= {e[:2] for e in ents}
    assert ("Indian Air Force", "operates", "HAL Tejas") in facts
    assert not {e for e in ents if e[0] in ("SSN", "combat aircraft")}


def test_it_after_a_states_military_is_that_state(nlp):
    _, facts = run(nlp, "South Korea's military also operates the U.S.-made Patriot system. It has ordered L-SAM "
                        "long-range surface-to-air missiles from LIG Nex1.")
    assert ("South Korea", "acquires", "L-SAM long-range surface-to-air missiles") in facts


def test_a_treaty_told_again_by_its_kind_is_that_treaty(nlp):
    ents, facts = resolved(nlp, "Russia withdraws from arms treaty\n\nMOSCOW, Nov 7 (Reuters) - Russia formally withdrew "
                                "on Tuesday from the Treaty on Conventional Armed Forces in Europe (CFE), a Cold War-era "
                                "security treaty that limited deployments of conventional weapons. The United States "
                                "said so. The 1990 treaty was signed by members of NATO and the Warsaw Pact. Russia "
                                "suspended its participation in the CFE in 2007.")
    treaties = {e[0] for e in ents if e[1] == "Treaty"}
    assert treaties == {"Treaty on Conventional Armed Forces in Europe", "Warsaw Pact"}
    assert ("Russia", "partyTo", "Treaty on Conventional Armed Forces in Europe") in facts
    assert not {f for f in facts if f[0] == "United States" and f[1] == "partyTo"}


def test_a_headlines_pact_is_the_agreement_of_the_same_kind(nlp):
    ents, _ = resolved(nlp, "Kenya, US sign five-year defense cooperation pact\n\nNAIROBI, Sept 25 (AP) — Kenya and the "
                            "United States signed a five-year defense cooperation agreement on Monday.")
    assert [e[0] for e in ents if e[1] == "Treaty"] == ["Kenya–United States Defense Cooperation Agreement"]


def test_a_relative_clause_on_the_first_of_two_objects_is_of_it_alone(nlp):
    _, facts = run(nlp, "Vietnam claims the Paracel Islands, which China has controlled since 1974, and parts of the "
                        "Spratly Islands.")
    assert {("China", "controls", "Paracel Islands"), ("Vietnam", "claims", "Spratly Islands")} <= facts
    assert ("China", "controls", "Spratly Islands") not in facts


def test_a_weapon_the_parser_joins_to_the_seller_hung_on_the_verb_is_bought(nlp):
    _, facts = run(nlp, "Poland has also bought K2 tanks and K9 howitzers from South Korea and HIMARS rocket launchers "
                        "from the United States.")
    assert {("Poland", "acquires", "HIMARS rocket launchers"),
            ("HIMARS rocket launchers", "producedBy", "United States")} <= facts


def test_a_visitor_on_his_visit_and_a_ship_after_its_kind(nlp):
    _, facts = run(nlp, "Austin, on his first visit to Kenya, also met President William Ruto.")
    assert {("Austin", "participatedIn", "Austin visit to Kenya"), ("Austin visit to Kenya", "heldIn", "Kenya")} <= facts
    _, facts = run(nlp, "The U.S. Navy guided-missile destroyer USS Mustin arrived in Vietnam's Cam Ranh Bay on Friday.")
    assert ("U.S. Navy", "operates", "USS Mustin") in facts
    assert ("U.S. Navy", "operates", "guided-missile destroyer") not in facts


def test_a_meeting_of_a_body_is_held_where_the_parser_hangs_on_the_body(nlp):
    _, facts = run(nlp, "The launch came days after the United States and South Korea held the second meeting of the "
                        "Nuclear Consultative Group in Washington.")
    meeting = next(f[2] for f in facts if f[0] == "South Korea" and f[1] == "participatedIn")
    assert (meeting, "heldIn", "Washington") in facts


def test_ties_leaders_upgrade_make_their_states_parties_even_in_lower_case(nlp):
    _, facts = run(nlp, "Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos upgraded "
                        "relations to a Comprehensive Strategic Partnership on Friday.")
    assert {("Japanese", "partyTo", "Comprehensive Strategic Partnership"),
            ("Philippine", "partyTo", "Comprehensive Strategic Partnership")} <= facts
    _, facts = run(nlp, "U.S. President Joe Biden visited Hanoi. The United States welcomed it. Vietnam and Japan "
                        "upgraded ties to a comprehensive strategic partnership.")
    assert {("Vietnam", "partyTo", "comprehensive strategic partnership"),
            ("Japan", "partyTo", "comprehensive strategic partnership")} <= facts
    assert not {f for f in facts if f[1] == "partyTo" and f[0] in ("U.S.", "United States")}


def test_a_demonym_on_arms_a_states_air_force_flies_is_their_maker_not_operator(nlp):
    _, facts = run(nlp, "Egypt's air force currently flies U.S.-built F-16s, French Rafales and Russian MiG-29s.")
    assert {("Egypt's air force", "operates", "Rafales"), ("Egypt's air force", "operates", "MiG-29s")} <= facts
    assert not {f for f in facts if f[0] in ("French", "Russian") and f[1] == "operates"}


def test_a_participle_on_the_second_of_two_weapons_is_of_it_alone(nlp):
    _, facts = run(nlp, "The new jet will replace Japan's aging F-2 fighters and the Eurofighter Typhoons flown by "
                        "Britain and Italy.")
    assert {("Britain", "operates", "Eurofighter"), ("Japan", "operates", "F-2 fighters")} <= facts
    assert not {f for f in facts if f[0] in ("Britain", "Italy") and f[2] == "F-2 fighters"}


def test_a_proposal_turned_down_stations_nothing(nlp):
    _, facts = run(nlp, "Berlin rejected calls to station the 10th Panzer Division in Lithuania. A plan to deploy the "
                        "3rd Marine Regiment to Okinawa was dropped. Tokyo scrapped plans to deploy the Aegis Ashore "
                        "system to Akita.")
    assert not any(p in ("stationedIn", "operates") for _, p, _ in facts)
    _, facts = run(nlp, "Washington approved a plan to station the 3rd Marine Littoral Regiment on Okinawa. China "
                        "rebuffed Seoul's decision to deploy the THAAD system.")
    assert {("3rd Marine Littoral Regiment", "stationedIn", "Okinawa"), ("Seoul", "operates", "THAAD")} <= facts
    #                                                                   (objected to by another: still done)
    _, facts = run(nlp, "Switzerland spurned a deal to buy Rafale jets. Turkey sent Washington a request to buy F-16 "
                        "jets. India declined to deploy the S-400 system along the border.")
    assert not any(p in ("acquires", "operates") for _, p, _ in facts)


def test_the_party_the_story_shows_making_the_arms_sells_them(nlp):
    _, facts = run(nlp, "France and Egypt signed a deal for 30 French-made Rafale jets on Tuesday.")
    assert ("Egypt", "acquires", "Rafale jets") in facts and ("France", "acquires", "Rafale jets") not in facts
    _, facts = run(nlp, "Russia signed a contract with India for five S-400 systems. Russia developed the S-400 in "
                        "the 2000s.")
    assert ("India", "acquires", "S-400") in facts and ("Russia", "acquires", "S-400") not in facts
    _, facts = run(nlp, "Poland signed a contract with South Korea for 180 K2 tanks.")
    assert not any(p == "acquires" for _, p, _ in facts)      # the story does not say who makes them
    _, facts = run(nlp, "India signed a deal with Russia for Su-30 jets. India's HAL builds the Su-30 under licence.")
    assert not any(p == "acquires" for _, p, _ in facts)      # a licence-builder is no seller
    _, facts = run(nlp, "France ordered 42 Rafale jets from Dassault, and Egypt bought 30 Rafale jets.")
    assert {("France", "acquires", "Rafale jets"), ("Egypt", "acquires", "Rafale jets")} <= facts   # no one deal


def test_a_preliminary_deal_is_not_the_deal_it_leads_to(nlp):
    ms, facts = run(nlp, "Turkey and Britain on Monday signed a deal worth 8 billion pounds for 20 Eurofighter Typhoon "
                         "jets. Turkey and the U.K. signed a preliminary deal in July for the Eurofighters.")
    deals = {m.text: m.key for m in ms if m.type == "Treaty"}
    assert set(deals) == {"deal", "preliminary deal"} and deals["deal"] != deals["preliminary deal"]
    assert {("Turkey", "partyTo", "deal"), ("Britain", "partyTo", "deal")} <= facts


def test_meetings_with_a_visiting_guest_or_talks_held_with_a_counterpart(nlp):
    _, facts = run(nlp, "Vietnamese Prime Minister Pham Minh Chinh received visiting Chinese Premier Li Qiang in Hanoi "
                        "on Oct. 13, 2023.")
    assert {("Pham Minh Chinh", "metWith", "Li Qiang"), ("Li Qiang", "participatedIn", "Pham-Li meeting"),
            ("Pham-Li meeting", "heldIn", "Hanoi"), ("Pham-Li meeting", "date", "2023-10-13")} <= facts
    _, facts = run(nlp, "Malaysian Prime Minister Anwar Ibrahim held bilateral talks with his Singaporean counterpart "
                        "Lawrence Wong in Putrajaya on Jan. 7, 2025.")
    assert {("Lawrence Wong", "participatedIn", "Ibrahim-Wong talks"), ("Ibrahim-Wong talks", "heldIn", "Putrajaya"),
            ("Ibrahim-Wong talks", "date", "2025-01-07")} <= facts


def test_meetings_from_hosting_signing_and_summits(nlp):
    ms, facts = run(nlp, "Xi Jinping hosted French President Emmanuel Macron in Beijing on Thursday.")
    assert ("Xi Jinping", "Person") in types(ms)
    assert {("Xi Jinping", "participatedIn", "Xi-Macron meeting"), ("Xi-Macron meeting", "heldIn", "Beijing")} <= facts
    _, facts = run(nlp, "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "
                        "partnership agreement in Pyongyang on Wednesday.")
    assert {("Kim Jong Un", "participatedIn", "Putin-Kim signing"), ("Putin-Kim signing", "heldIn", "Pyongyang")} <= facts
    _, facts = run(nlp, "Japanese Prime Minister Fumio Kishida visited Washington for a summit with US President "
                        "Joe Biden.")
    assert ("Fumio Kishida", "participatedIn", "Kishida-Biden summit") in facts


def test_a_meeting_noun_without_a_verb_does_not_hang(nlp):
    ms, _ = run(nlp, "Biden-Kishida summit\nPhoto: the talks in Washington")
    assert ms is not None


def test_the_pair_met_and_orders_and_organisation_summits(nlp):
    ms, facts = run(nlp, "Argentinian foreign minister Santiago Cafiero informed James Cleverly about the decision "
                         "when the pair met on the margins of a G20 summit in India. Putin and Xi Jinping met in "
                         "Samarkand on the sidelines of the Shanghai Cooperation Organization summit.")
    assert {("Santiago Cafiero", "metWith", "James Cleverly"), ("Putin", "metWith", "Xi Jinping"),
            ("Xi Jinping", "participatedIn", "Shanghai Cooperation Organization summit")} <= facts
    assert ("Shanghai Cooperation Organization summit", "Meeting") in types(ms)
    _, facts = run(nlp, "Japan's Defense Minister Yasukazu Hamada and Foreign Minister Yoshimasa Hayashi will meet "
                        "with their U.S. counterparts in Washington.")
    assert not any(p == "metWith" and {s, o} == {"Yasukazu Hamada", "Yoshimasa Hayashi"} for s, p, o in facts)
    _, facts = run(nlp, "The State Department approved sales to Taiwan. The country also has an additional 66 F-16 "
                        "fighter aircraft on order.")
    assert ("Taiwan", "acquires", "F-16 fighter aircraft") in facts


def test_named_agreements_lists_with_including_and_joint_cooperation(nlp):
    ms, facts = run(nlp, "Japan and Australia signed a Reciprocal Access Agreement in Tokyo. China claims almost all "
                         "of the South China Sea, including Scarborough Shoal. Australia, Japan and the United States "
                         "agreed to deepen cooperation on missile defense. The Panzerbrigade 45 was commissioned.")
    assert {("Reciprocal Access Agreement", "Treaty"), ("Panzerbrigade 45", "MilitaryUnit")} <= types(ms)
    assert {("Australia", "partyTo", "Reciprocal Access Agreement"), ("China", "claims", "Scarborough Shoal"),
            ("Japan", "cooperatesWith", "United States")} <= facts


def test_memberships_makers_and_fleets(nlp):
    _, facts = run(nlp, "Finland has joined NATO. The exclave borders NATO members Poland and Lithuania. Greece, a "
                        "member of NATO, agreed. Taiwan's F-16 fleet is old. Taiwan also has 66 F-16 fighter aircraft "
                        "on order from Lockheed Martin. Boeing's SLAM-ER missiles are accurate.")
    assert {("Finland", "partOf", "NATO"), ("Poland", "partOf", "NATO"), ("Lithuania", "partOf", "NATO"),
            ("Greece", "partOf", "NATO"), ("Taiwan", "operates", "F-16"),
            ("F-16 fighter aircraft", "producedBy", "Lockheed Martin"),
            ("SLAM-ER missiles", "producedBy", "Boeing")} <= facts
    _, facts = run(nlp, "The Chinese Communist Party's carrier, the Liaoning, sailed on.")
    assert not any(p == "producedBy" for _, p, _ in facts)


def test_signing_with_a_partner_and_meetings_to_be_held(nlp):
    _, facts = run(nlp, "The US space agency NASA plans to sign a cooperation agreement with Japan on Friday. "
                        "Hayashi and Blinken agreed to work for the success of the G-7 summit to be held in Hiroshima.")
    assert {("NASA", "cooperatesWith", "Japan"), ("G-7 summit", "heldIn", "Hiroshima")} <= facts
    assert ("Japan", "partyTo", "cooperation agreement") not in facts        # only planned: not a party yet


def test_threats_from_and_by_and_cooperation_between(nlp):
    _, facts = run(nlp, "The United States and Japan unveiled plans to counter threats from North Korea and China. "
                        "South Korea faces the threat posed by North Korea's missiles. Beijing opposes any "
                        "cooperation between Washington and Taipei.")
    assert {("North Korea", "threatens", "Japan"), ("China", "threatens", "United States"),
            ("Washington", "cooperatesWith", "Taipei")} <= facts
    _, facts = run(nlp, "Blinken and Austin said China posed a growing threat.")
    assert not any(p == "threatens" and o in ("Blinken", "Austin") for _, p, o in facts)


def test_posts_after_ranks_diplomatic_postings_and_chiefs(nlp):
    _, facts = run(nlp, "Lt. Gen. James Bierman, commander of the III Marine Expeditionary Force, spoke. Indian "
                        "ambassador to the Philippines Shambhu Kumaran attended. The Philippines' defense chief, "
                        "Gilberto Teodoro, rejected the claim.")
    assert {("James Bierman", "holdsPosition", "commander"), ("James Bierman", "holdsPosition", "Lt. Gen."),
            ("Shambhu Kumaran", "holdsPosition", "ambassador to the Philippines"),
            ("Shambhu Kumaran", "represents", "Indian"),
            ("Gilberto Teodoro", "holdsPosition", "defense chief")} <= facts
    assert not any(s == "Shambhu Kumaran" and p == "represents" and o == "Philippines" for s, p, o in facts)


def test_troops_of_a_state_and_meetings_attended_by(nlp):
    _, facts = run(nlp, "About 5,000 German troops will be permanently stationed in Lithuania. The US has deployed "
                        "Marines to Darwin. Beijing claims Scarborough Shoal. China claims sovereignty over the shoal.")
    assert {("German", "stationedIn", "Lithuania"), ("US", "stationedIn", "Darwin"),
            ("China", "claims", "Scarborough Shoal")} <= facts
    _, facts = run(nlp, "The meeting was attended by US Defense Secretary Lloyd Austin and Australian Defence "
                        "Minister Richard Marles.")
    assert ("Richard Marles", "participatedIn", "Austin-Marles meeting") in facts


def test_allies_and_buyers(nlp):
    _, facts = run(nlp, "The United States and South Korea are treaty allies. Japan is a close ally of the United "
                        "States. The Philippines became the first foreign buyer of the BrahMos missile.")
    assert {("United States", "allyOf", "South Korea"), ("Japan", "allyOf", "United States"),
            ("Philippines", "acquires", "BrahMos missile")} <= facts


def test_exercises_and_who_took_part(nlp):
    ms, facts = run(nlp, "Russia and China took part in Vostok-2022 in the Sea of Japan. Japan joined the Balikatan "
                         "exercises for the first time.")
    assert {("Vostok-2022", "Event"), ("Balikatan exercises", "Event")} <= types(ms)
    assert {("China", "participatedIn", "Vostok-2022"), ("Japan", "participatedIn", "Balikatan exercises")} <= facts
    ms, _ = run(nlp, "Exercise Pitch Black, Talisman Sabre 2023 and Operation Desert Storm. In 2023 Exercises began.")
    assert {m.text for m in ms if m.type == "Event"} == {"Exercise Pitch Black", "Talisman Sabre 2023",
                                                         "Operation Desert Storm"}


def test_joint_patrols_the_text_does_not_name(nlp):
    _, facts = run(nlp, "Russian and Chinese warships kicked off large-scale joint naval patrols and drills in the "
                        "Pacific Ocean and the Sea of Okhotsk on Thursday.")
    assert {("Russian", "participatedIn", "Russian-Chinese joint patrol"),
            ("Chinese", "participatedIn", "Russian-Chinese joint patrol"),
            ("Russian-Chinese joint patrol", "heldIn", "Pacific Ocean"),
            ("Russian-Chinese joint patrol", "heldIn", "Sea of Okhotsk")} <= facts
    _, facts = run(nlp, "The Philippines held drills with Japan and the United States near Palawan.")
    assert {o for s, p, o in facts if p == "participatedIn"} == {"Philippines-Japan-United States drill"}
    _, facts = run(nlp, "China condemned the drills around Taiwan.")        # a critic is not a participant
    assert not {f for f in facts if f[1] == "participatedIn"}


def test_ship_names_islands_sharing_a_noun_and_part_of(nlp):
    ms, facts = run(nlp, "The Russian warships include the Marshal Shaposhnikov frigate. A Chinese destroyer sailed "
                         "past the Kuba and Taisho islands, which are part of the Senkakus. India flies MiG-21s. "
                         "He visited Lavarack Barracks. Okinawa is part of Japan.")
    assert {("Marshal Shaposhnikov frigate", "Weapon"), ("Kuba", "Island"), ("Taisho", "Island"),
            ("MiG-21s", "Weapon"), ("Lavarack Barracks", "Place")} <= types(ms)
    assert not any(m.type == "Weapon" and m.text.startswith("Chinese") for m in ms)
    assert {("Kuba", "partOf", "Senkakus"), ("Taisho", "partOf", "Senkakus"), ("Okinawa", "partOf", "Japan")} <= facts


def test_a_country_possessive_before_a_name_is_who_they_represent(nlp):
    ms, facts = run(nlp, "Russia's Vladimir Putin met China's Xi Jinping.")
    assert ("Xi Jinping", "Person") in types(ms)
    assert {("Vladimir Putin", "represents", "Russia"), ("Xi Jinping", "represents", "China")} <= facts


def test_applying_to_join_is_not_membership_and_the_country_needs_a_clear_antecedent(nlp):
    _, facts = run(nlp, "Finland and Sweden formally applied to join NATO. Helsinki rejected an effort by the "
                        "Soviet Union to invade the country.")
    assert not any(p == "partOf" for _, p, _ in facts)
    assert ("Helsinki", "threatens", "Soviet Union") not in facts and ("Finland", "threatens", "Soviet Union") not in facts


def test_a_capitals_possessive_is_the_state_unless_it_owns_a_city_thing(nlp):
    ms, _ = run(nlp, "Saturday's incident was the latest in Beijing's aggressive actions. Flights to Tokyo's Haneda "
                     "airport resumed.")
    got = {m.text: m.type for m in ms}
    assert got["Beijing"] == "Country" and got["Tokyo"] == "City"
    ms, _ = run(nlp, "It removes the room for miscalculation in Moscow, officials in Seoul said in Tokyo.")
    assert {m.text: m.type for m in ms} == {"Moscow": "Country", "Seoul": "Country", "Tokyo": "City"}


def test_lists_with_as_well_as_and_participles_after_a_name(nlp):
    _, facts = run(nlp, "Defence Minister Ng Eng Hen also had meetings with regional counterparts Mohamad Hasan of "
                        "Malaysia, Haji Awang Halbi Haji Mohd Yussof of Brunei, and Carlito Galvez Jr of the "
                        "Philippines, as well as Asean secretary-general Kao Kim Hourn.")
    assert ("Ng Eng Hen", "metWith", "Kao Kim Hourn") in facts
    _, facts = run(nlp, "Defence Minister Li Shangfu (left) calling on Prime Minister Lawrence Wong on the "
                        "sidelines of the 20th Shangri-La Dialogue.")
    assert {("Li Shangfu", "participatedIn", "20th Shangri-La Dialogue"),       # the edition keeps its ordinal
            ("Lawrence Wong", "participatedIn", "20th Shangri-La Dialogue")} <= facts


def test_titles_composed_of_modifiers_and_a_head(nlp):
    _, facts = run(nlp, "Deputy Commander Alexander Bagdasarov spoke. Vice Foreign Minister Sun Weidong met Senior "
                        "Vice Minister Kenji Yamada.")
    assert {("Alexander Bagdasarov", "holdsPosition", "Deputy Commander"),
            ("Sun Weidong", "holdsPosition", "Vice Foreign Minister"),
            ("Kenji Yamada", "holdsPosition", "Senior Vice Minister")} <= facts


def test_an_unqualified_title_is_the_dateline_countrys_and_colleagues_share_a_government(nlp):
    _, facts = run(nlp, "Ministers meet ahead of summit\nMANILA – President Ferdinand Marcos Jr. welcomed "
                        "Japanese Foreign Minister Yoko Kamikawa on Monday. Kamikawa and Defense Minister "
                        "Kihara Minoru are in the Philippines for talks.")
    reps = {(s, o) for s, p, o in facts if p == "represents"}
    assert ("Ferdinand Marcos Jr.", "Philippines") in reps
    assert ("Kihara Minoru", "Japanese") in reps            # Kamikawa's colleague, not the dateline's
    assert all(s != "Kihara Minoru" for s, o in reps if o == "Philippines")
    _, facts = run(nlp, "President Joe Biden met Foreign Minister Yoshimasa Hayashi in Washington and Tokyo.")
    assert not {(s, o) for s, p, o in facts if p == "represents"}      # no dateline, two countries: no guess
    _, facts = run(nlp, "Defense Minister Li Shangfu will travel to Russia next week.")
    assert not {(s, o) for s, p, o in facts if p == "represents"}      # the only country named is not his


def test_a_ministry_name_does_not_swallow_the_and_after_it(nlp):
    ms, _ = run(nlp, "Expectations of the Ministry of Defense and the Self-Defense Forces are higher. The Ministry "
                     "of Economy, Trade and Industry agreed.")
    assert {m.text for m in ms if m.type == "Organization"} == {"Ministry of Defense",
                                                                "Ministry of Economy, Trade and Industry"}


def test_datelines_meetings_between_states_and_korean_given_names(nlp):
    ms, facts = run(nlp, "New Delhi, Nov 10 (EFE).- The 2+2 ministerial meeting between India and the United States "
                         "kicked off on Friday.")
    assert ("New Delhi", "City") in types(ms)                       # the dateline is the city, not the state
    assert {("India", "participatedIn", "2+2"), ("United States", "participatedIn", "2+2"),
            ("2+2", "heldIn", "New Delhi")} <= facts                  # held where the story is filed from
    ms, _ = run(nlp, "MANILA – The Philippines and Japan signed the pact.")
    assert ("MANILA", "City") in types(ms)
    ms, facts = run(nlp, "South Korean Defense Minister Ahn Gyu-back attended the ceremony. Poland signed a deal "
                         "worth about US$6.5 billion to purchase the second batch of K2 tanks.")
    assert ("Ahn Gyu-back", "represents", "South Korean") in facts
    assert ("Poland", "acquires", "K2 tanks") in facts
    _, facts = run(nlp, "Prime Minister Fumio Kishida and President Joe Biden held a summit at the Camp David "
                        "presidential retreat.")
    assert ("Kishida-Biden summit", "heldIn", "Camp David") in facts


def test_a_post_named_in_the_next_sentence_and_talks_and_flights_of_states(nlp):
    _, facts = run(nlp, "Jets flew near Japan on Tuesday, Japan's defence minister said.\nNobuo Kishi said Tokyo "
                        "had expressed grave concerns, while leaders from the United States, India, Australia and "
                        "Japan held talks on regional security.\nChinese and Russian fighter jets carried out joint "
                        "flights over the Sea of Japan and the East China Sea.")
    assert {("Nobuo Kishi", "holdsPosition", "defence minister"), ("Nobuo Kishi", "represents", "Japan")} <= facts
    talks = "United States-India-Australia-Japan talks"
    assert {s for s, p, o in facts if p == "participatedIn" and o == talks} == {
        "United States", "India", "Australia", "Japan"}
    assert {("Chinese-Russian joint flight", "heldIn", "Sea of Japan"),
            ("Chinese-Russian joint flight", "heldIn", "East China Sea"),
            ("Russian", "participatedIn", "Chinese-Russian joint flight")} <= facts
    _, facts = run(nlp, "Japan's defence minister said so. Defense Secretary Lloyd Austin said he agreed.")
    assert ("Lloyd Austin", "holdsPosition", "defence minister") not in facts     # titled in his own right


def test_national_services_bases_and_the_organisation_a_story_is_about(nlp):
    ms, facts = run(nlp, "The Indonesian Air Force and the 31st Marine Expeditionary Unit trained. Germany "
                         "stationed troops in Lithuania. The Ground Self-Defense Force opened a garrison on Ishigaki "
                         "Island. Austin met Galvez at Camp Aguinaldo.")
    assert {("Indonesian Air Force", "MilitaryUnit"), ("31st Marine Expeditionary Unit", "MilitaryUnit"),
            ("Camp Aguinaldo", "Place")} <= types(ms)
    assert {("Germany", "stationedIn", "Lithuania"),
            ("Ground Self-Defense Force", "stationedIn", "Ishigaki Island")} <= facts
    _, facts = run(nlp, "Joint Operations Command will oversee the Self-Defense Forces. The organization, "
                        "headquartered at Camp Ichigaya, has a staff of 240.")
    assert ("Joint Operations Command", "stationedIn", "Camp Ichigaya") in facts    # the subject, not the last unit
    _, facts = run(nlp, "Australian Army Brig. Damian Hill directed the exercise.")
    assert any(s == "Damian Hill" and p == "holdsPosition" and o.endswith("Brig.") for s, p, o in facts)


def test_guards_on_the_newer_rules(nlp):
    """Sentences that look like the newer rules' triggers but state something else."""
    _, facts = run(nlp, "Japan's defence minister met his US counterpart on Tuesday. Lloyd Austin said it went well.")
    assert ("Lloyd Austin", "holdsPosition", "defence minister") not in facts      # only "said ... X said"
    _, facts = run(nlp, "Chinese and Russian warships held joint exercises off Japan.\nTOKYO – Japan will join "
                        "RIMPAC next month.")
    assert not {f for f in facts if f[1] == "heldIn"}          # near a country is not in it; not the lead's meeting
    _, facts = run(nlp, "China has built camps in Xinjiang.")
    assert not {f for f in facts if f[1] == "stationedIn"}
    ms, _ = run(nlp, "The Ministry of Defense and Prime Minister Kishida agreed. Exercise Is Good For Troops.")
    assert {m.text for m in ms if m.type in ("Organization", "Event")} == {"Ministry of Defense"}
    ms, _ = run(nlp, "WASHINGTON (AP) — Biden spoke.")
    assert ("WASHINGTON", "City") in types(ms)


def test_an_agreement_signed_but_not_named(nlp):
    ms, facts = run(nlp, "India signed a formal agreement on Friday to buy 36 Rafale fighter jets from France. "
                         "India's Defence Minister Manohar Parrikar and French counterpart Jean-Yves Le Drian signed "
                         "the agreement in New Delhi.")
    assert ("formal agreement", "Treaty") in types(ms)
    assert {("India", "partyTo", "formal agreement"), ("France", "partyTo", "formal agreement")} <= facts


def test_a_lone_family_or_given_name_the_tagger_calls_an_organisation_is_the_person(nlp):
    ms, _ = run(nlp, "Chinese Foreign Minister Wang Yi met Penny Wong. Wang said ties were improving.")
    assert ("Wang", "Person") in types(ms)


def test_code_named_weapons_exercise_names_and_acronyms_of_bodies(nlp):
    ms, _ = run(nlp, "South Korea sold K9 self-propelled howitzers. Japan joined the Talisman Sabre exercise and "
                     "said Talisman Sabre grows. AUKUS nuclear-powered submarines and NATO missile defense.")
    got = types(ms)
    assert {("K9 self-propelled howitzers", "Weapon"), ("Talisman Sabre", "Event"), ("AUKUS", "Organization"),
            ("NATO", "Organization")} <= got
    assert not {m for m in ms if m.type == "Person"}              # no one here has a name with digits


def test_sitting_down_with_counterparts_is_meeting_them(nlp):
    _, facts = run(nlp, "The annual 2+2 meeting began on Monday. Foreign Minister Anna Berg and Defence Minister "
                        "Lars Holm sat down for talks with their Indian counterparts, Arjun Rao and Vikram Das, "
                        "respectively, stressing close ties.")
    met = {(s, o) for s, p, o in facts if p == "metWith"}
    assert met == {(a, b) for a in ("Anna Berg", "Lars Holm") for b in ("Arjun Rao", "Vikram Das")}
    assert {s for s, p, o in facts if p == "participatedIn" and o == "2+2 meeting"} >= {
        "Anna Berg", "Lars Holm", "Arjun Rao", "Vikram Das"}


def test_a_dateline_is_not_part_of_the_first_sentence_and_an_exercise_named_later(nlp):
    ms, facts = run(nlp, "MELBOURNE, Australia — Japan and South Korea conducted missile launches on Australian "
                         "soil during a multinational military exercise also involving the United States.\n"
                         "Brig. Damian Hill, who directed the Talisman Sabre exercise, praised the drills.")
    assert {s for s, p, o in facts if p == "participatedIn" and o == "Talisman Sabre exercise"} == {
        "Japan", "South Korea", "United States"}
    assert not [m for m in ms if m.type == "Event" and m.text != "Talisman Sabre exercise"]


def test_us_army_unit_names_shared_camp_names_and_bases(nlp):
    ms, facts = run(nlp, "Officials said the 1st Cavalry Division's 1st Battalion, 12th Cavalry Regiment, will "
                         "deploy to Camps Hovey and Stanley. The squadron flew 30 OH-58D Kiowa Warrior helicopters "
                         "from Joint Base Lewis-McChord and Ramstein Air Base.")
    assert {("1st Battalion, 12th Cavalry Regiment", "MilitaryUnit"), ("Camp Hovey", "Place"),
            ("Camp Stanley", "Place"), ("OH-58D Kiowa Warrior helicopters", "Weapon"),
            ("Joint Base Lewis-McChord", "Place"), ("Ramstein Air Base", "Place")} <= types(ms)
    assert {("1st Battalion, 12th Cavalry Regiment", "stationedIn", "Camp Hovey"),
            ("1st Battalion, 12th Cavalry Regiment", "stationedIn", "Camp Stanley"),
            ("1st Battalion, 12th Cavalry Regiment", "partOf", "1st Cavalry Division")} <= facts


def test_the_country_of_a_titled_anaphor_and_a_name_the_tagger_calls_a_verb(nlp):
    _, facts = run(nlp, "Foreign Minister Wang Yi of China met Foreign Minister Shah Mehmood Qureshi. “We agreed,” "
                        "FM Qureshi said. “Ties are strong,” the Pakistani foreign minister said. “He is "
                        "welcome,” the Chinese foreign minister said.")
    qureshi = {"Shah Mehmood Qureshi", "Qureshi"}          # "FM Qureshi": the same person, titled again
    assert any((q, "represents", "Pakistani") in facts for q in qureshi)
    assert not any((q, "represents", "Chinese") in facts for q in qureshi)
    ms, _ = run(nlp, "South African President Cyril Ramaphosa and Indian Prime Minister Narendra Modi shake hands.")
    assert ("Narendra Modi", "Minister") in types(ms)


def test_visits_are_meetings_at_their_destination(nlp):
    _, facts = run(nlp, "Baykar signed contracts with the Saudi Arabian Defense Ministry during the visit of Turkish "
                        "President Recep Tayyip Erdogan to the country. Chinese Foreign Minister Wang Yi, who is on a "
                        "three-day official visit to Pakistan, met Pakistani Foreign Minister Shah Mehmood Qureshi.")
    assert {("Recep Tayyip Erdogan", "participatedIn", "Erdogan visit to Saudi Arabia"),
            ("Wang Yi", "participatedIn", "Wang visit to Pakistan"),
            ("Wang visit to Pakistan", "heldIn", "Pakistan")} <= facts
    assert ("Shah Mehmood Qureshi", "participatedIn", "Wang visit to Pakistan") not in facts    # "who" is Wang Yi


def test_a_meeting_still_ahead_is_not_a_meeting_and_states_starting_an_exercise_take_part(nlp):
    _, facts = run(nlp, "Qureshi said that Wang Yi will meet Prime Minister Imran Khan in Islamabad.")
    assert not [f for f in facts if f[1] in ("metWith", "participatedIn")]
    _, facts = run(nlp, "Australia, Japan, India and the United States on Tuesday started the Malabar 2020 exercise.")
    assert {s for s, p, o in facts if p == "participatedIn"} == {"Australia", "Japan", "India", "United States"}
    ms, _ = run(nlp, "China backs the corridor. CPEC is leading to fast progress, he added.")
    assert ("CPEC", "Person") not in types(ms)


def test_meetings_told_with_appositions_nested_venues_receptions_and_their_talks(nlp):
    _, facts = run(nlp, "Egypt's Foreign Minister Sameh Shoukry and his Turkish counterpart Mevlut Cavusoglu met in "
                        "Cairo, the first such visit in a decade.")
    assert ("Sameh Shoukry", "metWith", "Mevlut Cavusoglu") in facts
    assert ("Shoukry-Cavusoglu meeting", "heldIn", "Cairo") in facts
    _, facts = run(nlp, "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House in "
                        "Nairobi on Friday. Polish President Andrzej Duda received Lithuanian President Gitanas "
                        "Nauseda in Warsaw.")
    assert {("Ruto-Ahmed meeting", "heldIn", "Nairobi"), ("Duda-Nauseda meeting", "heldIn", "Warsaw")} <= facts
    _, facts = run(nlp, "Vietnamese Prime Minister Pham Minh Chinh and Japanese Prime Minister Fumio Kishida signed a "
                        "joint statement after their talks in Tokyo.")
    assert {s for s, p, o in facts if p == "participatedIn"} == {"Pham Minh Chinh", "Fumio Kishida"}
    _, facts = run(nlp, "Japan, which hosts some 50,000 U.S. troops, welcomed the plan.")
    assert not [f for f in facts if f[1] == "metWith"]


def test_a_caption_at_a_signing_and_a_speaker_at_the_same_ceremony(nlp):
    _, facts = run(nlp, "Ambassador Kathleen Kavalec said at the signing ceremony that the deal mattered.\n"
                        "Ambassador Kathleen Kavalec and Defence Minister Angel Tilvar at the signing of the letter")
    assert {s for s, p, o in facts if p == "participatedIn"} == {"Kathleen Kavalec", "Angel Tilvar"}
    assert len({o for s, p, o in facts if p == "participatedIn"}) == 1


def test_general_knowledge_of_places_and_national_bodies_two_names_a_story_has(nlp):
    _, facts = run(nlp, "Missiles arrived on Ishigaki, in the Yaeyama Islands. The Bundeswehr sent troops, Germany said.")
    assert {("Ishigaki", "partOf", "Yaeyama Islands"), ("Bundeswehr", "partOf", "Germany")} <= facts


def test_national_services_units_numbered_after_their_name_ships_and_styles_of_address(nlp):
    ms, _ = run(nlp, "India's air force and the Indian Air Force are one. Ships of Destroyer Squadron 16 escorted "
                     "the destroyer USS John S. McCain. I signed a plan with HE Yasar Guler, the Turkish National "
                     "Defense Minister. Ukrainian Minister for Strategic Industries Oleksandr Kamyshin spoke.")
    keys = {m.text: m.key for m in ms if m.type == "MilitaryUnit"}
    assert keys["India's air force"] == keys["Indian Air Force"] != ""
    assert {("Destroyer Squadron 16", "MilitaryUnit"), ("USS John S. McCain", "Weapon"), ("Yasar Guler", "Minister"),
            ("Oleksandr Kamyshin", "Minister")} <= types(ms)


def test_agreements_signed_but_not_named_by_number_plan_and_memorandum(nlp):
    ms, _ = run(nlp, "Baykar signed two acquisition contracts. Riyadh signed a defense cooperation plan. Kyiv signed "
                     "a memorandum of understanding with Ankara.")
    assert {"acquisition contracts", "defense cooperation plan", "memorandum of understanding"} <= {
        m.text for m in ms if m.type == "Treaty"}


def test_a_title_of_a_state_before_a_name_and_a_companys_chief_speaks_for_the_company(nlp):
    _, facts = run(nlp, "It was signed by Baykar CEO Haluk Bayraktar and Assistant Minister of Defense of Saudi "
                        "Arabia Khaled bin Hussein Al-Biyari. Modi stood next to Foreign Minister of Russia Sergei "
                        "Lavrov. Primorsky Flotilla Deputy Commander Alexander Bagdasarov spoke.")
    assert {("Khaled bin Hussein Al-Biyari", "holdsPosition", "Assistant Minister of Defense"),
            ("Khaled bin Hussein Al-Biyari", "represents", "Saudi Arabia"), ("Sergei Lavrov", "represents", "Russia"),
            ("Haluk Bayraktar", "represents", "Baykar"),
            ("Alexander Bagdasarov", "represents", "Primorsky Flotilla")} <= facts
    assert not [o for s, p, o in facts if s == "Haluk Bayraktar" and p == "represents" and o != "Baykar"]


def test_a_headline_guess_a_letter_of_offer_and_a_leaders_government(nlp):
    ms, facts = run(nlp, "Romania Signs Letter Of Offer And Acceptance For 32 F-35As\n"
                         "The Romanian government signed a letter of offer and acceptance on Thursday.")
    assert "Romania Signs Letter" not in {m.text for m in ms}
    assert ("Romanian", "partyTo", "letter of offer and acceptance") in facts
    ms, _ = run(nlp, "Venezuelan President Nicolas Maduro spoke. The Maduro government said it would talk.")
    assert ("Maduro government", "Country") in types(ms)


def test_a_rank_after_a_unit_is_the_rank_and_a_bare_service_word_is_not_a_numbered_unit(nlp):
    _, facts = run(nlp, "Australian Army Brig. Damian Hill spoke. Its members support 8th Army, Army Lt. Col. Brian "
                        "Watkins reported.")
    assert {("Damian Hill", "holdsPosition", "Brig."), ("Brian Watkins", "holdsPosition", "Lt. Col.")} <= facts
    assert ("Brian Watkins", "represents", "8th Army") not in facts


def test_guards_from_the_review_of_this_sessions_rules(nlp):
    _, facts = run(nlp, "Defense Secretary Lloyd Austin — who arrived in Manila on Monday — met President Ferdinand "
                        "Marcos Jr. at Malacanang Palace.")
    assert ("Lloyd Austin", "metWith", "Ferdinand Marcos Jr.") in facts              # an aside is not a dateline
    _, facts = run(nlp, "Modi is planning a visit to Washington next month. Kishida will make a visit to India. "
                        "Wang Wenbin condemned the trip to Taiwan by US lawmakers.")
    assert not [f for f in facts if f[1] in ("participatedIn", "heldIn")]
    _, facts = run(nlp, "Blinken and Austin will meet their Indian counterparts, Jaishankar and Singh, next year.")
    assert not [f for f in facts if f[1] == "metWith"]
    _, facts = run(nlp, 'Foreign Minister Qureshi met Wang Yi on Monday. "China is a friend," the Chinese foreign '
                        "minister said.")
    assert ("Qureshi", "represents", "Chinese") not in facts
    _, facts = run(nlp, "Australia opened the Talisman Sabre exercise on Friday. China sent a spy ship near Queensland "
                        "during the exercise.")
    assert ("China", "participatedIn", "Talisman Sabre exercise") not in facts


def test_no_person_is_named_after_seas(nlp):
    ms, _ = run(nlp, "Chinese warships sailed in the East China Seas near Japan, Senator Jim Banks said.")
    assert not [m for m in ms if m.type == "Person" and "Seas" in m.text]
    assert ("Jim Banks", "Person") in types(ms)


def test_exercise_participants_from_lists_of_forces(nlp):
    _, facts = run(nlp, "The Cobra Gold exercise, hosted by the Royal Thai Armed Forces, involves troops from "
                        "Thailand, Singapore and Malaysia.")
    assert {("Royal Thai Armed Forces", "participatedIn", "Cobra Gold exercise"),
            ("Thailand", "participatedIn", "Cobra Gold exercise"),
            ("Malaysia", "participatedIn", "Cobra Gold exercise")} <= facts
    _, facts = run(nlp, "Exercise Pitch Black began on Monday. In addition, aircraft from France and India, and "
                        "personnel from Canada and New Zealand will also participate.")
    assert {(c, "participatedIn", "Exercise Pitch Black") for c in ("France", "India", "Canada", "New Zealand")} <= facts
    _, facts = run(nlp, "RIMPAC 2016 began on Thursday. RIMPAC is hosted by U.S. Pacific Fleet and led by U.S. 3rd Fleet.")
    assert ("3rd Fleet", "participatedIn", "RIMPAC") in facts
    assert not any(p == "date" for _, p, _ in facts), "a 2016 exercise is not dated in the story's year"


def test_exercise_names_and_senders(nlp):
    ms, facts = run(nlp, "Norway and Denmark sent frigates to the Cold Response exercise.")
    assert ("Cold Response exercise", "Event") in types(ms)
    assert {("Norway", "participatedIn", "Cold Response exercise"),
            ("Denmark", "participatedIn", "Cold Response exercise")} <= facts
    ms, facts = run(nlp, "Indian Navy's INS Shivalik and Japan Maritime Self-Defense Force's JS Kaga participated "
                         "in JIMEX 2023.")
    assert ("Indian Navy", "participatedIn", "JIMEX 2023") in facts
    ms, _ = run(nlp, "Joint drills and Chinese exercises went on.")
    assert not any(t == "Event" for _, t in types(ms))


def test_meeting_attendees_and_speakers(nlp):
    _, facts = run(nlp, "Ministers from Australia, Japan and India attended the Quad foreign ministers' meeting in Tokyo.")
    assert {(c, "participatedIn", "Quad foreign ministers' meeting") for c in ("Australia", "Japan", "India")} <= facts
    _, facts = run(nlp, "Speaking at the Munich Security Conference, Chinese Foreign Minister Wang Yi said Beijing "
                        "wanted peace.")
    assert ("Wang Yi", "participatedIn", "Munich Security Conference") in facts


def test_abbreviated_titles_and_memoranda(nlp):
    ms, facts = run(nlp, "PM Shehbaz Sharif met Chinese Premier Li Qiang in Beijing.")
    assert ("Shehbaz Sharif", "holdsPosition", "Prime Minister") in facts
    ms, _ = run(nlp, "Kenya and Uganda signed an MoU on defence cooperation. Under the MoU, Kenya will train pilots.")
    mous = [m for m in ms if m.text == "MoU"]
    assert [m.type for m in mous] == ["Treaty", "Treaty"] and len({m.key for m in mous}) == 1


def test_an_exercise_named_in_apposition_and_again(nlp):
    ms, facts = run(nlp, "Garuda Shield\nParatroopers from Indonesia and Japan completed their first leap together at "
                         "Super Garuda Shield, a multinational exercise led by the Indonesian National Armed Forces. "
                         "Garuda Shield 2022 marked the first time that Australia participated in the exercise. "
                         "Participants included France and Malaysia.")
    events = {m.text for m in ms if m.type == "Event"}
    assert {"Super Garuda Shield", "Garuda Shield 2022"} <= events
    joined = {s for s, p, o in facts if p == "participatedIn" and "Garuda Shield" in o}
    assert {"Indonesia", "Japan", "Indonesian National Armed Forces", "Australia", "France", "Malaysia"} <= joined
    ms, _ = run(nlp, "A 'Super' Exercise Transcends Growing Regional Concerns\nThey trained at the Baturaja Combat "
                     "Exercise Center.")
    assert not any(m.type == "Event" for m in ms)
    _, facts = run(nlp, "The exercise began. Exercise Director Air Commodore Peter Robinson said it went well.")
    assert not any("Director" in o for _, p, o in facts if p == "participatedIn")


def test_written_dates_win_over_weekdays(nlp):
    _, facts = run(nlp, "July 4, 2023\nThe Halifax Security Forum opened in Halifax on Tuesday, 18 October 2022.")
    assert {o for _, p, o in facts if p == "date"} == {"2022-10-18"}
    _, facts = run(nlp, "July 4, 2023\nThe Halifax Security Forum, held in Halifax on August 22-24, 2023, ended on "
                        "Thursday.")
    assert {o for _, p, o in facts if p == "date"} == {"2023-08-22"}


def test_names_and_posts_around_styles_and_hyphens(nlp):
    ms, facts = run(nlp, "Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart Prince Faisal "
                         "bin Farhan met in Beijing on April 6, 2023.")
    assert ("Hossein Amir-Abdollahian", "represents", "Iranian") in facts
    assert ("Faisal bin Farhan", "holdsPosition", "Foreign Minister") in facts     # the counterpart's post
    assert ("Hossein Amir-Abdollahian", "metWith", "Faisal bin Farhan") in facts
    _, facts = run(nlp, "Saudi Foreign Minister Prince Faisal bin Farhan arrived.")
    assert ("Faisal bin Farhan", "holdsPosition", "Foreign Minister") in facts
    _, facts = run(nlp, "Defence Minister of Papua New Guinea Win Bakri Daki attended.")
    assert {("Win Bakri Daki", "holdsPosition", "Defence Minister"),
            ("Win Bakri Daki", "represents", "Papua New Guinea")} <= facts
    _, facts = run(nlp, "Pakistan Army chief General Asim Munir met the Saudi crown prince.")
    assert ("Asim Munir", "represents", "Pakistan Army") in facts


def test_a_ministers_meeting_named_in_a_headline(nlp):
    ms, _ = run(nlp, "Austin Attends ASEAN Defense Ministers' Summit in Laos\nSecretary Austin went there.")
    assert ("ASEAN Defense Ministers' Summit", "Meeting") in types(ms)


def test_national_forces_by_any_name(nlp):
    ms, _ = run(nlp, "The Guyana Defence Force, the Kenya Defence Forces, the Royal Saudi Naval Forces and the "
                     "Venezuelan National Bolivarian Armed Forces were on alert. The Strategic Forces Command of "
                     "Pakistan conducted the test. Colombian Aerospace Force pilots fly the Gripen.")
    units = {m.text for m in ms if m.type == "MilitaryUnit"}
    assert {"Guyana Defence Force", "Kenya Defence Forces", "Royal Saudi Naval Forces",
            "Venezuelan National Bolivarian Armed Forces", "Strategic Forces Command",
            "Colombian Aerospace Force"} <= units
    ms, _ = run(nlp, "The Sri Lanka Air Force joined.")
    assert {m.text for m in ms if m.type == "Country"} <= {"Sri Lanka"}


def test_towns_by_their_context(nlp):
    ms, facts = run(nlp, "Kiel, Germany, hosted the opening ceremony. The ships gathered in the German port of Kiel. "
                         "The leaders met in Kazakhstan's capital of Astana. The battalion is based at Lavarack "
                         "Barracks in Townsville, Queensland.")
    assert {("Kiel", "City"), ("Astana", "City"), ("Queensland", "Region")} <= types(ms)
    assert {("Kiel", "locatedIn", "Germany"), ("Astana", "locatedIn", "Kazakhstan"),
            ("Townsville", "locatedIn", "Queensland")} <= facts


def test_state_bodies_and_mediators(nlp):
    _, facts = run(nlp, "The Russian Ministry of Defense said the ships returned. The Australian and Fijian "
                        "ministers signed the Status of Forces Agreement.")
    assert ("Russian Ministry of Defense", "partOf", "Russian") in facts
    assert {("Australian", "partyTo", "Status of Forces Agreement"),
            ("Fijian", "partyTo", "Status of Forces Agreement")} <= facts
    _, facts = run(nlp, "The talks between Ali and Maduro were mediated by Brazil and CARICOM.")
    assert {("Brazil", "participatedIn", "Ali-Maduro talks"), ("CARICOM", "participatedIn", "Ali-Maduro talks")} <= facts


def test_chiefs_of_staff(nlp):
    _, facts = run(nlp, "Admiral Naveed Ashraf, Chief of the Naval Staff, visited the ship.")
    assert any(p == "holdsPosition" and "Naval Staff" in o for _, p, o in facts)


def test_guards_from_the_review_of_the_participation_rules(nlp):
    _, facts = run(nlp, "The RIMPAC exercise began in June. Vietnam did not participate. India hopes to participate.")
    assert not [f for f in facts if f[1] == "participatedIn"]
    _, facts = run(nlp, "Biden and Xi met at the APEC summit. The talks included Taiwan and Ukraine.")
    assert ("Taiwan", "participatedIn", "APEC summit") not in facts       # a topic, not a party
    ms, facts = run(nlp, "The talks were attended by John Kerry, United States, and Wang Yi, China.")
    assert ("John Kerry", "Person") in types(ms)
    ms, _ = run(nlp, "Heathrow Airport drills and Monday drills were held. Donald Trump praised the Donald Trump "
                     "exercise.")
    assert not any(t == "Event" for _, t in types(ms)) and ("Donald Trump", "Person") in types(ms)
    ms, _ = run(nlp, "China's defence ministry named Zhang Xiaogang as its new spokesman.")
    assert ("Zhang Xiaogang", "Person") in types(ms)
    ms, facts = run(nlp, "Permanent Secretary Ahmed Khan spoke. Fire chief John Smith spoke. PM Modi met FM Wang Yi.")
    assert ("Ahmed Khan", "Person") in types(ms) and ("John Smith", "holdsPosition", "chief") not in facts
    assert ("Modi", "holdsPosition", "Prime Minister") in facts
    ms, _ = run(nlp, "Putin Orders Armed Forces To Prepare For Drills\nPutin spoke.")
    assert not any(t == "MilitaryUnit" for _, t in types(ms))
    ms, _ = run(nlp, "NATO Chief Attends ASEAN Defence Ministers' Meeting in Laos\nThe meeting opened.")
    assert ("ASEAN Defence Ministers' Meeting", "Meeting") in types(ms)
    ms, _ = run(nlp, "The APEX summit and the ANNEX were discussed.")
    assert not any(t == "Event" for _, t in types(ms))


def test_a_verb_the_parser_leaves_loose_keeps_its_subject(nlp):
    _, facts = run(nlp, "Blinken called Wang Yi, then met Lavrov and Jaishankar separately.")
    assert {("Blinken", "metWith", "Lavrov"), ("Blinken", "metWith", "Jaishankar")} <= facts
    assert ("Lavrov", "metWith", "Jaishankar") not in facts


def test_welcoming_someones_proposal_is_no_meeting(nlp):
    _, facts = run(nlp, "Guyanese President Irfaan Ali welcomed Maduro's proposal for talks.")
    assert not [f for f in facts if f[1] == "metWith"]
    _, facts = run(nlp, "Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed in Nairobi.")
    assert ("William Ruto", "metWith", "Abiy Ahmed") in facts


def test_coming_to_a_meeting_and_dates_without_a_year_or_at_an_end(nlp):
    _, facts = run(nlp, "Defence ministers from Fiji, Tonga and Papua New Guinea met in Nuku'alofa for the South "
                        "Pacific Defence Ministers' Meeting on October 18.")
    meeting = "South Pacific Defence Ministers' Meeting"
    assert {(c, "participatedIn", meeting) for c in ("Fiji", "Tonga", "Papua New Guinea")} <= facts
    assert (meeting, "date", "--10-18") in facts                     # the story names no year
    _, facts = run(nlp, "July 4, 2023\nExercise Pitch Black began in Darwin on July 12. Until August 2, the exercise "
                        "will test pilots from 20 nations.")
    assert {o for _, p, o in facts if p == "date"} == {"2023-07-12"}


def test_a_dateline_after_captions_and_a_minister_listed_with_a_foreign_counterpart(nlp):
    text = ("S. Korea, U.S. defense chiefs to meet\n| 2023-11-13 08:51:32\n▲ Austin pays tribute. (Yonhap)\n"
            "▲ Yoon shakes hands with Austin. (Yonhap)\n{} -- The defense chiefs met.\n"
            "At the 55th Security Consultative Meeting, Defense Minister Shin Won-sik and U.S. Defense "
            "Secretary Lloyd Austin are expected to discuss deterrence. President Yoon Suk Yeol spoke.")
    _, facts = run(nlp, text.format("SEOUL, Nov. 13 (Yonhap)"))
    assert ("Yoon Suk Yeol", "represents", "S. Korea") in facts                # the dateline, six lines down
    assert ("Shin Won-sik", "participatedIn", "55th Security Consultative Meeting") in facts
    _, facts = run(nlp, text.format("SINGAPORE, Nov. 13 (Yonhap)"))
    assert not any(s == "Shin Won-sik" for s, p, o in facts if p == "represents")   # a conference abroad


def test_representing_a_country_and_a_full_name_found_again(nlp):
    ms, facts = run(nlp, "French Foreign Minister Laurent Fabius arrived in Tokyo. Defense Minister Gen Nakatani "
                         "represented Japan for talks with their French counterparts, Drian and Laurent Fabius.")
    assert ("Gen Nakatani", "represents", "Japan") in facts
    assert "Laurent" not in {m.text for m in ms}


def test_armed_movements_memorials_and_wire_abbreviations(nlp):
    ms, _ = run(nlp, "Austin visited the War Memorial of Korea in Seoul amid the Israel-Hamas war and N.K. threats.")
    assert {("War Memorial of Korea", "Place"), ("Hamas", "Organization"), ("N.K.", "Country")} <= types(ms)


def test_a_plural_title_is_each_listed_names_and_a_unit_reflagged(nlp):
    ms, facts = run(nlp, "Chinese and Russian Foreign Ministers Wang Yi and Sergei Lavrov met. Alaska Sens. Lisa "
                         "Murkowski and Dan Sullivan spoke.")
    assert {("Wang Yi", "represents", "Chinese"), ("Sergei Lavrov", "represents", "Russian"),
            ("Dan Sullivan", "holdsPosition", "Senator")} <= facts
    assert ("Wang Yi", "represents", "Russian") not in facts
    _, facts = run(nlp, "The 1st Stryker Brigade Combat Team, 25th Infantry Division was reflagged as the 1st Brigade "
                        "Combat Team, 11th Airborne Division.")
    assert ("1st Stryker Brigade Combat Team, 25th Infantry Division", "reorganizedInto",
            "1st Brigade Combat Team, 11th Airborne Division") in facts


def test_the_day_a_treaty_was_signed(nlp):
    _, facts = run(nlp, "March 13, 2015\nJapan and France signed an arms transfer agreement Friday. The Comprehensive "
                        "Strategic Partnership Treaty, signed in Pyongyang on June 19, 2024, takes effect. The new pact "
                        "will be signed on Monday.")
    dated = {(s, o) for s, p, o in facts if p == "date"}
    assert dated == {("arms transfer agreement", "2015-03-13"), ("Comprehensive Strategic Partnership Treaty", "2024-06-19"),
                     ("Japan-France signing", "2015-03-13")}            # the states' signing is on that day too


def test_the_day_the_document_named_before_was_signed(nlp):
    _, facts = run(nlp, "Ecuador will ratify the Status of Forces Agreement with the United States. The document was "
                        "signed on October 6, 2023, in Quito.")
    assert ("Status of Forces Agreement", "date", "2023-10-06") in facts
    _, facts = run(nlp, "Japan and India signed the Reciprocal Access Agreement. The document released on October 6, "
                        "2023 says the two sides will train together. Another document was signed on May 2, 2024. "
                        "Richard Lowe wrote a letter to Sergei Ivanov on Monday. The document was signed on May 3, 2024.")
    assert not any(p == "date" for _, p, _ in facts)       # a document not said to be signed, another one
    for text in ["Ecuador ratified the Status of Forces Agreement with the US. Maria Lopez also sent a letter to Peru; "
                 "the document was signed on October 6, 2023.",
                 "Chile and Peru replaced the Treaty of Lima with a new pact. The document was signed on March 3, 2022.",
                 "Ministers discussed the Paris Agreement and the Kyoto Protocol. The document was signed on December "
                 "12, 2015.",
                 "Chile backs the Lima Accord. The accession document was signed by Richard Lowe on March 3, 2024."]:
        _, facts = run(nlp, text)     # another paper about, two treaties, a document of its own kind
        assert not any(p == "date" for _, p, _ in facts), text


def test_a_counterpart_the_story_titles_keeps_his_own_post(nlp):
    _, facts = run(nlp, "U.S. Secretary of Defense Chuck Hagel met reporters. The agreement was reached by Chinese "
                        "Minister of National Defense Chang Wanquan and his U.S. counterpart, Chuck Hagel.")
    assert {o for s, p, o in facts if s == "Chuck Hagel" and p == "holdsPosition"} == {"Secretary of Defense"}


def test_a_title_case_dateline_with_a_colon_and_people_present_at_a_signing(nlp):
    _, facts = run(nlp, "New Delhi: India and the Philippines on Friday signed the deal for the sale of BrahMos missiles.\n"
                        "Philippine Defence Secretary Delfin Lorenzana and Indian envoy Shambhu Kumaran were present at "
                        "the ceremonial signing of the contract.")
    assert not any(s == "New Delhi" for s, p, o in facts if p == "partyTo")
    signing = {o for s, p, o in facts if p == "participatedIn" and s == "Shambhu Kumaran"}
    assert signing and signing == {o for s, p, o in facts if p == "participatedIn" and s == "Delfin Lorenzana"}


def test_a_treaty_not_signed_hoped_for_or_hindered_has_no_parties(nlp):
    for text in ("The row over the islands has prevented Japan and Russia from signing a peace treaty.",
                 "Putin poured cold water on Japanese hopes of quickly concluding a peace treaty with Russia.",
                 "Japan and Russia did not sign a peace treaty."):
        _, facts = run(nlp, text)
        assert not any(p == "partyTo" for _, p, _ in facts), text
    _, facts = run(nlp, "Japan and Russia signed a peace treaty.")
    assert ("Japan", "partyTo", "peace treaty") in facts


def test_bases_and_centres_are_places_and_a_base_comma_its_state(nlp):
    ms, facts = run(nlp, "The jets flew from RAAF Base Tindal. Leaders met at the Sandton Convention Centre in "
                         "Johannesburg. The troops came from Fort Hood, Texas.")
    assert {("RAAF Base Tindal", "Place"), ("Sandton Convention Centre", "Place")} <= types(ms)
    assert {("Sandton Convention Centre", "locatedIn", "Johannesburg"), ("Fort Hood", "locatedIn", "Texas")} <= facts


def test_members_of_organisations_by_any_wording(nlp):
    _, facts = run(nlp, "The SCO, which includes China, Russia and India, met in Astana. Sweden's accession to NATO "
                        "was completed in March. Greece, a NATO ally, objected.")
    assert {("China", "partOf", "SCO"), ("India", "partOf", "SCO"), ("Sweden", "partOf", "NATO"),
            ("Greece", "partOf", "NATO")} <= facts


def test_a_unit_in_a_city_written_with_its_kind_and_a_places_unit(nlp):
    _, facts = run(nlp, "Lai visited the 66th Marine Corps Brigade in northern Taoyuan city. Fort Wainwright's 1st "
                        "Stryker Brigade Combat Team trained.")
    assert {("66th Marine Corps Brigade", "stationedIn", "Taoyuan"),
            ("1st Stryker Brigade Combat Team", "stationedIn", "Fort Wainwright")} <= facts


def test_a_name_after_the_word_exercise_is_an_exercise(nlp):
    ms, _ = run(nlp, "Japanese troops took part in exercise Talisman Sabre in Queensland. After the exercise Lloyd "
                     "Austin spoke.")
    assert {("Talisman Sabre", "Event"), ("Lloyd Austin", "Person")} <= types(ms)


def test_states_whose_leaders_met_talks_placed_by_the_partner_and_memoranda(nlp):
    _, facts = run(nlp, "The presidents of Venezuela and Guyana met in Kingstown on Thursday.")
    meeting = {o for s, p, o in facts if p == "participatedIn" and s == "Venezuela"}
    assert meeting and meeting == {o for s, p, o in facts if p == "participatedIn" and s == "Guyana"}
    assert (next(iter(meeting)), "heldIn", "Kingstown") in facts
    _, facts = run(nlp, "Indian Prime Minister Narendra Modi held bilateral talks with Chinese President Xi Jinping "
                        "in Kazan.")
    assert ("Modi-Xi talks", "heldIn", "Kazan") in facts
    ms, facts = run(nlp, "Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed a "
                         "memorandum of understanding in Addis Ababa.")
    assert ("memorandum of understanding", "Treaty") in types(ms)
    assert ("Somaliland", "partyTo", "memorandum of understanding") in facts


def test_an_exercise_numbered_in_roman_and_a_patrol_flown(nlp):
    ms, _ = run(nlp, "The navies of South Africa, Russia and China began the Mosi II exercise on Friday.")
    assert ("Mosi II exercise", "Event") in types(ms)
    _, facts = run(nlp, "Russian and Chinese bombers flew a joint patrol over the Sea of Japan.")
    assert ("Russian-Chinese joint patrol", "heldIn", "Sea of Japan") in facts


def test_a_company_that_makes_a_weapon_and_a_class_of_ship(nlp):
    ms, facts = run(nlp, "Lockheed Martin makes the F-35 fighter jet. The Scorpene-class submarines are built in Brazil.")
    assert ("F-35 fighter jet", "producedBy", "Lockheed Martin") in facts
    assert ("Scorpene-class submarines", "Weapon") in types(ms)


def test_a_name_ner_calls_a_place_before_an_appositive_title_and_a_counterpart_after_a_name(nlp):
    ms, facts = run(nlp, "Sameh Shoukry, Egypt's foreign minister, met Nikos Dendias, his Greek counterpart.")
    assert ("Sameh Shoukry", "Minister") in types(ms)
    assert {("Sameh Shoukry", "represents", "Egypt"), ("Nikos Dendias", "represents", "Greek")} <= facts


def test_a_state_that_counts_a_territory_as_its_own_claims_it(nlp):
    _, facts = run(nlp, "Beijing considers Taiwan part of its territory. Somalia regards Somaliland as part of its "
                        "territory. The US sees China as a threat.")
    assert {("Beijing", "claims", "Taiwan"), ("Somalia", "claims", "Somaliland")} <= facts
    assert ("US", "claims", "China") not in facts


def test_guards_from_the_review_of_this_sessions_rules_2(nlp):
    _, facts = run(nlp, "Watching the artillery exercise Kim, who wore a black coat, smiled. Kim later met Andrei "
                        "Belousov in Pyongyang.")
    assert not any(p == "participatedIn" and o == "Kim" for _, p, o in facts)
    _, facts = run(nlp, "Hezbollah, a Hamas ally, fired rockets. Pakistan, a major non-NATO ally, objected. The "
                        "Pentagon's list includes China. Hungary opposed Ukraine's membership in NATO. Kyiv's bid for "
                        "membership in the EU stalled.")
    assert not any(p == "partOf" for _, p, _ in facts)
    _, facts = run(nlp, "The 31st Marine Expeditionary Unit transferred the wounded sailors to Okinawa.")
    assert not any(p == "stationedIn" for _, p, _ in facts)
    _, facts = run(nlp, "Japan and Russia did not sign the peace treaty on Sept. 8, 1951.")
    assert not any(p == "date" for _, p, _ in facts)
    _, facts = run(nlp, "NEW DELHI, Nov. 3 (UPI) -- Four navies on Tuesday started the Malabar 2020 exercise. India "
                        "and Japan will hold the 2+2 in Tokyo on Nov. 19.")
    assert ("2+2", "date", "2020-11-19") in facts                   # the dateline's year, not "--11-19"
    ms, _ = run(nlp, "Joint Chiefs of Staff Chairman Gen. Mark Milley spoke.")
    assert any(m.title == "Joint Chiefs of Staff Chairman" for m in ms)


def test_a_generic_treaty_belongs_to_those_who_signed_it(nlp):
    _, facts = run(nlp, "Russia and North Korea signed the Comprehensive Strategic Partnership Treaty in June. Russia "
                        "and Iran had signed a strategic partnership treaty of their own in January.")
    assert ("Iran", "partyTo", "strategic partnership treaty") in facts
    assert ("North Korea", "partyTo", "strategic partnership treaty") not in facts


def test_states_written_before_an_exercise_or_a_meeting_took_part_in_it(nlp):
    _, facts = run(nlp, "Troops joined the annual U.S.-Thai Cobra Gold exercise on Tuesday. The launcher arrived "
                        "for the bilateral U.S.-Philippine ground forces exercise Salaknib 2024. The Norwegian-led "
                        "Cold Response exercise ended on Friday.")
    took_part = {(s, o) for s, p, o in facts if p == "participatedIn"}
    assert {("U.S.", "Cobra Gold exercise"), ("Thai", "Cobra Gold exercise"), ("U.S.", "Salaknib 2024"),
            ("Philippine", "Salaknib 2024"), ("Norwegian", "Cold Response exercise")} <= took_part
    _, facts = run(nlp, "China launched the Taiwan-focused exercise Strait Thunder 2025 on Monday. Lai, the "
                        "commander of Taiwanese forces, visited the 66th Marine Corps Brigade.")
    assert not {(s, p) for s, p, o in facts if p == "participatedIn" and s in ("Taiwan", "Taiwanese")}


def test_states_that_sign_hold_a_signing_and_the_one_their_people_attended(nlp):
    _, facts = run(nlp, "The UK, Italy and Japan signed a treaty in Tokyo on Thursday.")
    assert {(s, o) for s, p, o in facts if p == "participatedIn"} == {
        (c, "UK-Italy-Japan signing") for c in ("UK", "Italy", "Japan")}
    assert ("UK-Italy-Japan signing", "heldIn", "Tokyo") in facts
    ms, facts = run(nlp, "India and the Philippines on Friday signed the deal for BrahMos missiles. Delfin Lorenzana, "
                         "Defence Minister of the Philippines, and Indian envoy Shambhu Kumaran were present at the signing.")
    signings = [m for m in ms if m.type == "Meeting"]
    assert len(signings) == 2 and len({m.key for m in signings}) == 1      # one signing, told twice


def test_a_storys_ceremony_at_a_place_and_who_spoke_at_it(nlp):
    ms, facts = run(nlp, "The Army reflagged its units as the 11th Airborne Division during a ceremony at Fort "
                         "Wainwright. During the ceremony Eifler noted that change can be hard. Shortly before the "
                         "ceremony, Smith said the division was ready.")
    assert ("ceremony at Fort Wainwright", "heldIn", "Fort Wainwright") in facts
    assert ("Eifler", "participatedIn", "ceremony at Fort Wainwright") in facts
    assert not {s for s, p, o in facts if p == "participatedIn" and s == "Smith"}    # spoke before it
    assert len({m.key for m in ms if m.type == "Meeting"}) == 1                      # one ceremony, told thrice


def test_a_meeting_named_by_its_city(nlp):
    _, facts = run(nlp, "Austin spoke at the Ramstein meeting on Friday. Leaders gathered for the Vilnius summit.")
    assert {("Austin", "participatedIn", "Ramstein meeting"), ("Ramstein meeting", "heldIn", "Ramstein"),
            ("Vilnius summit", "heldIn", "Vilnius")} <= facts


def test_a_state_that_signs_a_deal_for_weapons_acquires_them_and_a_crown_prince_keeps_his_title(nlp):
    _, facts = run(nlp, "The United Arab Emirates has signed a deal for 80 French-made Rafale fighter jets. Macron "
                        "was greeted by Abu Dhabi Crown Prince Mohammed bin Zayed al-Nahyan.")
    assert ("United Arab Emirates", "acquires", "Rafale fighter jets") in facts
    assert ("Mohammed bin Zayed al-Nahyan", "holdsPosition", "Crown Prince") in facts
    _, facts = run(nlp, "Dassault signed a contract for 80 Rafale jets. Colombia did not sign the contract for "
                        "Gripen jets.")
    assert not {f for f in facts if f[1] == "acquires"}              # a maker; a deal not signed


def test_states_chained_before_a_meetings_name_each_take_part(nlp):
    ms, facts = run(nlp, "Qin Gang arrived in Islamabad for the 5th China-Pakistan-Afghanistan Trilateral Foreign "
                         "Ministers' Dialogue.")
    name = "China-Pakistan-Afghanistan Trilateral Foreign Ministers' Dialogue"
    assert (name, "Meeting") in types(ms)
    assert {(c, "participatedIn", name) for c in ("China", "Pakistan", "Afghanistan")} <= facts
    assert (name, "heldIn", "Islamabad") in facts


def test_he_at_a_meeting_is_the_person_just_named_and_a_bracketed_acronym_names_the_meeting(nlp):
    ms, facts = run(nlp, "U.S. Secretary of State Antony Blinken pauses as he speaks during the ASEAN Post Ministerial "
                         "Conference. He later spoke at the Association of Southeast Asian Nations (ASEAN) Foreign "
                         "Ministers' Meeting in Jakarta.")
    assert ("Antony Blinken", "participatedIn", "ASEAN Post Ministerial Conference") in facts
    assert ("ASEAN Foreign Ministers' Meeting", "Meeting") in types(ms)
    assert ("ASEAN Foreign Ministers' Meeting", "heldIn", "Jakarta") in facts


def test_a_rank_after_a_units_title_is_no_post_and_the_unit_is_represented(nlp):
    _, facts = run(nlp, "V Corps spokesman Maj. Joe Bush said the unit was ready.")
    assert ("Joe Bush", "holdsPosition", "spokesman") in facts          # (the unit's, which he represents)
    assert ("Joe Bush", "represents", "V Corps") in facts


def test_a_name_after_a_joint_military_exercise_and_a_long_list_of_states(nlp):
    _, facts = run(nlp, "The eighteenth edition of India-US joint military exercise Yudh Abhyas is underway in "
                        "Uttarakhand.")
    assert {("India", "participatedIn", "Yudh Abhyas"), ("US", "participatedIn", "Yudh Abhyas"),
            ("Yudh Abhyas", "heldIn", "Uttarakhand")} <= facts
    ms, _ = run(nlp, "After the joint military exercise Kim said the army was ready.")
    assert ("Kim", "Person") in types(ms) and not [m for m in ms if m.type == "Event"]
    states = ["Australia", "Brunei", "Canada", "Chile", "Colombia", "Denmark", "France", "Germany", "India",
              "Indonesia", "Italy", "Japan", "Malaysia", "Mexico", "Netherlands", "New Zealand", "Norway", "Peru",
              "the Republic of Korea", "the Republic of the Philippines", "Singapore", "Thailand", "Tonga"]
    _, facts = run(nlp, "RIMPAC 2016 began Thursday. This year's exercise includes forces from " + ", ".join(states)
                   + ", the United Kingdom and the United States.")
    took_part = {s for s, p, o in facts if p == "participatedIn" and o == "RIMPAC 2016"}
    assert {"Singapore", "Thailand", "Tonga", "United States"} <= took_part and len(took_part) == 25


def test_the_battalion_is_the_battalion_named_and_it_returns_home(nlp):
    _, facts = run(nlp, "The 1st Battalion, 12th Cavalry Regiment will rotate to South Korea in support of the 8th Army. "
                        "The battalion returns to Fort Hood next year.")
    assert ("1st Battalion, 12th Cavalry Regiment", "stationedIn", "Fort Hood") in facts
    assert ("8th Army", "stationedIn", "Fort Hood") not in facts


def test_he_after_a_possessor_is_that_person(nlp):
    _, facts = run(nlp, "The summit follows Israeli Prime Minister Naftali Bennett’s visit to Egypt last week, where he "
                        "met with Egyptian President Abdel Fattah el-Sisi.")
    assert ("Naftali Bennett", "metWith", "Abdel Fattah el-Sisi") in facts
    assert ("Naftali Bennett", "participatedIn", "Bennett visit to Egypt") in facts


def test_a_meeting_named_after_a_body_is_its_meeting(nlp):
    _, facts = run(nlp, "The BRICS bloc has grown. President Cyril Ramaphosa spoke at the 15th BRICS Summit in "
                        "Johannesburg.")
    assert ("15th BRICS Summit", "relatedTo", "BRICS") in facts


def test_the_state_a_company_is_of(nlp):
    _, facts = run(nlp, "Turkish drone developer Baykar signed a deal. India bought jets from France's Dassault. "
                        "The Indian Navy and Russian officials met.")
    assert {("Baykar", "relatedTo", "Turkish"), ("Dassault", "relatedTo", "France")} <= facts
    assert not {f for f in facts if f[0] == "Indian Navy" and f[1] == "relatedTo"}     # a state body is part of it


def test_a_unit_named_with_its_parents_is_part_of_them(nlp):
    ms, facts = run(nlp, "Soldiers of Charlie Battery, 5th Battalion, 3rd Field Artillery Regiment deployed Typhon.")
    assert ("Charlie Battery, 5th Battalion, 3rd Field Artillery Regiment", "partOf",
            "5th Battalion, 3rd Field Artillery Regiment") in facts
    assert ("5th Battalion, 3rd Field Artillery Regiment", "partOf", "3rd Field Artillery Regiment") in facts


def test_a_unit_said_to_be_a_unit_of_another_or_to_belong_to_it_is_part_of_it(nlp):
    for text in ("The 1st Legions Infantry Division will be the fifth division of the Polish Army.",
                 "The 1st Legions Infantry Division is one of three divisions of the Polish Army.",
                 "The 1st Legions Infantry Division, the newest division of the Polish Army, moved to Lomza.",
                 "The 1st Legions Infantry Division belongs to the Polish Army."):
        _, facts = run(nlp, text)
        assert ("1st Legions Infantry Division", "partOf", "Polish Army") in facts, (text, facts)
    for text in ("The 1st Legions Infantry Division, a former division of the Polish Army, moved to Lomza.",
                 "The 1st Legions Infantry Division is not a division of the Polish Army.",
                 "The 1st Legions Infantry Division no longer belongs to the Polish Army.",
                 "The 1st Legions Infantry Division is the best unit of its kind in the Polish Army.",
                 "The 1st Legions Infantry Division is the parent unit of the Polish Army.",
                 "The 1st Legions Infantry Division, formerly a division of the Polish Army, moved to Lomza.",
                 "The 1st Legions Infantry Division may become a division of the Polish Army.",
                 "If the 1st Legions Infantry Division becomes a division of the Polish Army, it will move."):
        _, facts = run(nlp, text)
        assert ("1st Legions Infantry Division", "partOf", "Polish Army") not in facts, (text, facts)


def test_a_unit_named_again_by_its_first_words_is_that_unit(nlp):
    ms, facts = run(nlp, "The 1st Legions Infantry Division was formed in May. The 1st Legions will be the fifth "
                         "division of the Polish Army.")
    assert ("1st Legions", "partOf", "Polish Army") in facts
    short = [m for m in ms if m.text == "1st Legions"]
    assert [(m.type, m.alias_of.text) for m in short] == [("MilitaryUnit", "1st Legions Infantry Division")]
    assert not any(m.type == "Organization" for m in ms)
    ms, _ = run(nlp, "The 82nd Airborne Division arrived in Poland. The 82nd will stay in Rzeszow.")
    assert [m.type for m in ms if m.text == "82nd"] == ["MilitaryUnit"]
    for text in ("The 82nd Airborne Division arrived in Poland for the 82nd anniversary of the war.",
                 "The 1st Marine Division and the 1st Cavalry Regiment arrived. The 1st will stay in Rzeszow."):
        ms, _ = run(nlp, text)                  # a number of something else; which of two units?
        assert not any(m.text in ("82nd", "1st") for m in ms), text
    lead = "The 3rd Assault Brigade arrived in Kharkiv. "
    for text in ("It withdrew on the 3rd of May.", "It withdrew on the 3rd.", "Sweden was the 3rd to join NATO.",
                 "Ukraine received the 3rd of five Patriot batteries.", "The 3rd and 5th Brigades stayed."):
        ms, _ = run(nlp, lead + text)            # a day, a rank, a count, a list of other units
        assert not any(m.text == "3rd" for m in ms), text
    _, facts = run(nlp, "The 82nd Airborne Division arrived in Poland. It will stay in Poland no longer than six months.")
    assert ("82nd Airborne Division", "stationedIn", "Poland") in facts      # a length, not "no longer stays"


def test_founders_of_a_grouping_are_its_members_and_a_member_to_be_is_not_yet(nlp):
    _, facts = run(nlp, "The Shanghai Cooperation Organisation held a summit. The grouping was established in 2001 by "
                        "China and Russia. Stoltenberg said: “Soon also Sweden will become a full-fledged member of NATO.”")
    assert {("China", "partOf", "Shanghai Cooperation Organisation"),
            ("Russia", "partOf", "Shanghai Cooperation Organisation")} <= facts
    assert ("Sweden", "partOf", "NATO") not in facts


def test_a_captions_weekday_date_dates_the_story_and_his_meeting_is_the_speakers(nlp):
    _, facts = run(nlp, "Blinken meets Wang Yi in Indonesia\nBlinken speaks in Jakarta, Indonesia, Friday, July 14, "
                        "2023. (AP Photo/Dita Alangkara, Pool)\nBlinken raised concerns in his late-Thursday meeting "
                        "with Wang Yi, U.S. officials said.")
    assert ("Blinken-Wang meeting", "date", "2023-07-13") in facts
    assert ("Blinken", "participatedIn", "Blinken-Wang meeting") in facts


def test_a_brigade_of_a_division_is_one_unit_written_with_a_comma(nlp):
    ms, facts = run(nlp, "US Army soldiers of 2nd Brigade of the 11th Airborne Division will take part. The 3rd "
                         "Brigade, 10th Mountain Division left.")
    assert {("2nd Brigade, 11th Airborne Division", "MilitaryUnit"),
            ("3rd Brigade, 10th Mountain Division", "MilitaryUnit")} <= types(ms)
    assert ("2nd Brigade, 11th Airborne Division", "partOf", "11th Airborne Division") in facts


def test_a_place_written_in_another_is_located_there_however_parsed(nlp):
    _, facts = run(nlp, "Ships sailed near the Senkaku Islands in the East China Sea. The ceremony was held in Gliwice "
                        "in southern Poland. Officers met in Tokyo in 2016.")
    assert {("Senkaku Islands", "locatedIn", "East China Sea"), ("Gliwice", "locatedIn", "Poland")} <= facts
    assert not {f for f in facts if f[0] == "Tokyo" and f[1] == "locatedIn"}


def test_slamming_a_state_opposes_it(nlp):
    _, facts = run(nlp, "Russia slammed NATO for admitting Finland as a member.")
    assert ("Russia", "opposes", "NATO") in facts


def test_a_unit_written_before_a_weapon_operates_it(nlp):
    _, facts = run(nlp, "A U.S. Army AH-64 Apache attack helicopter engages a target.")
    assert ("U.S. Army", "operates", "AH-64 Apache attack helicopter") in facts


def test_guards_from_the_review_of_this_sessions_rules_3(nlp):
    wrong = [
        ("NATO leaders met in Vilnius, Reuters reported. Finland joined the alliance in April.", ("Finland", "partOf", "Reuters")),
        ("Hezbollah was founded by Iran in 1982.", ("Iran", "partOf", "Hezbollah")),
        ("Germany blocked a deal for Eurofighter jets with Saudi Arabia.", ("Germany", "acquires", "Eurofighter jets")),
        ("Egypt wants a deal for 30 Rafale jets.", ("Egypt", "acquires", "Rafale jets")),
        ("Russia signed a contract with India for five S-400 systems.", ("Russia", "acquires", "S-400")),
        ("Two civilians were killed in Kharkiv in Russian shelling on Monday.", ("Kharkiv", "locatedIn", "Russian")),
        ("The talks in Geneva on Syria collapsed.", ("Geneva", "locatedIn", "Syria")),
        ("After talks with China and Russia, the G7 summit in Hiroshima issued a statement.",
         ("China", "participatedIn", "G7 summit")),
        ("President Joe Biden summoned Defense Secretary Lloyd Austin to the White House on Monday.",
         ("Joe Biden", "opposes", "Lloyd Austin")),
    ]
    for text, fact in wrong:
        _, facts = run(nlp, text)
        assert fact not in facts, text
    ms, _ = run(nlp, "After the joint exercise Lloyd Austin told reporters the alliance was strong.")
    assert ("Lloyd Austin", "Person") in types(ms)
    ms, facts = run(nlp, "The brigade cased its colors at a ceremony at Fort Bragg in May. In June, Polish officials "
                         "held a ceremony in Warsaw to welcome the troops.")
    assert ("ceremony at Fort Bragg", "heldIn", "Warsaw") not in facts
    assert {("ceremony at Fort Bragg", "heldIn", "Fort Bragg"), ("ceremony in Warsaw", "heldIn", "Warsaw")} <= facts
    ms, facts = run(nlp, "Soldiers of the 2nd Brigade, 101st Airborne Division arrived in Romania. The division is "
                         "based at Fort Campbell.")
    assert ("2nd Brigade, 101st Airborne Division", "stationedIn", "Fort Campbell") not in facts


def test_a_meeting_told_only_by_its_place_and_a_bodys_chiefs_meeting(nlp):
    _, facts = run(nlp, "The talks come after an emergency summit in the Kenyan capital, Nairobi, on Monday, where the "
                        "East African Community ordered its chiefs to draw up plans. Defence chiefs of the African Union "
                        "met in Addis Ababa on Tuesday.")
    assert ("emergency summit in Nairobi", "heldIn", "Nairobi") in facts
    assert ("East African Community", "participatedIn", "emergency summit in Nairobi") in facts
    assert ("African Union", "participatedIn", "African Union meeting") in facts
    assert ("African Union meeting", "heldIn", "Addis Ababa") in facts


def test_soldiers_of_a_unit_stand_for_it(nlp):
    _, facts = run(nlp, "Marines of the 31st Marine Expeditionary Unit and soldiers from the 25th Infantry Division took "
                        "part in Balikatan. Soldiers of the 1st Cavalry Division fired rockets during exercise Saber Strike.")
    assert {("31st Marine Expeditionary Unit", "participatedIn", "Balikatan"),
            ("25th Infantry Division", "participatedIn", "Balikatan"),
            ("1st Cavalry Division", "participatedIn", "Saber Strike")} <= facts


def test_the_meeting_a_story_names_is_not_a_new_one_and_attendees_after_the_verb_be(nlp):
    _, facts = run(nlp, "Leaders gathered for the G20 summit in Rome. Macron and Scholz attended the meeting on Saturday. "
                        "Also attending Sunday's summit are President Cyril Ramaphosa of South Africa and Prime Minister "
                        "Anthony Albanese of Australia.")
    assert {("Macron", "participatedIn", "G20 summit"), ("Cyril Ramaphosa", "participatedIn", "G20 summit"),
            ("Anthony Albanese", "participatedIn", "G20 summit")} <= facts
    assert not {f for f in facts if f[2] == "Macron-Scholz meeting"}


def test_a_visit_to_attend_and_during_a_visit(nlp):
    _, facts = run(nlp, "Officials confirmed the visit of Indian Foreign Minister Subrahmanyam Jaishankar to attend the "
                        "Shangri-La Dialogue. Anthony Albanese spoke to reporters during a visit to Darwin.")
    assert ("Subrahmanyam Jaishankar", "participatedIn", "Shangri-La Dialogue") in facts
    assert not {f for f in facts if f[0] == "Officials" and f[1] == "participatedIn"}
    assert ("Anthony Albanese", "participatedIn", "Albanese visit to Darwin") in facts


def test_portfolio_titles_and_a_title_word_that_is_a_given_name(nlp):
    ms, facts = run(nlp, "Canada's Fisheries and Oceans Minister Joyce Murray met acting Afghan Foreign "
                         "Minister Amir Khan Muttaqi and Qatar's Emir Sheikh Tamim bin Hamad Al Thani.")
    assert ("Joyce Murray", "represents", "Canada") in facts
    assert ("Amir Khan Muttaqi", "Minister") in types(ms)
    assert ("Amir Khan Muttaqi", "holdsPosition", "Foreign Minister") in facts
    assert ("Sheikh Tamim bin Hamad Al Thani", "holdsPosition", "Emir") in facts
    assert not {m for m in ms if m.text == "Sheikh"}


def test_an_agreement_between_parties_and_a_departments_state(nlp):
    _, facts = run(nlp, "A framework agreement between the Indonesian Defence Ministry and the Naval Group company was "
                        "signed on Friday.")
    assert {("Indonesian Defence Ministry", "partyTo", "framework agreement"),
            ("Naval Group", "partyTo", "framework agreement")} <= facts
    _, facts = run(nlp, "Airbus signed a contract with the Department of National Defence of the Republic of Colombia "
                        "on March 3, 2021.")
    assert {("Department of National Defence", "partyTo", "contract"),
            ("Republic of Colombia", "partyTo", "contract")} <= facts
    assert not {f for f in facts if f[1] == "cooperatesWith"}      # a firm that sells to a state


def test_a_pact_between_two_states_is_theirs(nlp):
    _, facts = run(nlp, "The defence pact between Kenya and Ethiopia was renewed.")
    assert {("Kenya", "partyTo", "defence pact"), ("Ethiopia", "partyTo", "defence pact")} <= facts
    _, facts = run(nlp, "The pact between Kenya and Ethiopia expired.")
    assert {("Kenya", "partyTo", "Kenya-Ethiopia pact"), ("Ethiopia", "partyTo", "Kenya-Ethiopia pact")} <= facts
    _, facts = run(nlp, "Talks on a pact between Kenya and Ethiopia resumed.")     # not made (yet)
    assert not {f for f in facts if f[1] == "partyTo"}


def test_wars_and_invasions_are_events_of_their_sides(nlp):
    ms, facts = run(nlp, "The Iran-Iraq war lasted eight years. Since Russia's invasion of Georgia, Tbilisi has sought "
                         "NATO membership. The war between Eritrea and Ethiopia ended in 2000.")
    assert {("Iran", "participatedIn", "Iran-Iraq war"), ("Iraq", "participatedIn", "Iran-Iraq war"),
            ("Russia", "participatedIn", "Russia's invasion of Georgia"),
            ("Eritrea", "participatedIn", "Eritrea-Ethiopia war")} <= facts
    assert ("Georgia", "participatedIn", "Russia's invasion of Georgia") not in facts   # invaded, not invader
    assert not {f for f in facts if f[1] == "cooperatesWith"}


def test_an_exercise_named_before_its_noun_and_the_nations_it_lists(nlp):
    _, facts = run(nlp, "Belarus and Laos joined China's Peace Mission 2021 exercise. Participating nations in RIMPAC "
                        "2022 include Peru, Chile and Tonga.")
    assert {("Belarus", "participatedIn", "Peace Mission 2021 exercise"), ("China", "participatedIn", "Peace Mission 2021 exercise"),
            ("Peru", "participatedIn", "RIMPAC 2022"), ("Tonga", "participatedIn", "RIMPAC 2022")} <= facts
    assert not {f for f in facts if f[2] == "Belarus-Laos exercise"}


@pytest.mark.parametrize("text", [
    "Countries participating in Exercise Sea Breeze include Georgia, Moldova and Romania.",
    "Exercise Sea Breeze began on Monday. The 12 participating nations are Georgia, Moldova and Romania.",
    "Exercise Sea Breeze was held with the participation of Georgia, Moldova and Romania.",
    "Georgia, Moldova and Romania sent troops to Exercise Sea Breeze.",
    "The drills, dubbed Exercise Sea Breeze, involve Georgia, Moldova and Romania.",
])
def test_the_ways_a_story_lists_an_exercises_nations(nlp, text):
    _, facts = run(nlp, text)
    assert {(s, "participatedIn", "Exercise Sea Breeze") for s in ("Georgia", "Moldova", "Romania")} <= facts


def test_an_exercise_called_by_a_name_ner_misreads_is_an_exercise(nlp):
    ms, facts = run(nlp, "The exercise, called Cope Thunder, involves Japan and Australia.")
    assert ("Cope Thunder", "Event") in types(ms)
    assert ("Japan", "participatedIn", "Cope Thunder") in facts
    _, facts = run(nlp, "The U.S. participant in the exercise is the destroyer USS John Finn, the Pacific Fleet said.")
    assert not {f for f in facts if f[1] == "participatedIn"}


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Alfred Mutua and Ethiopian Foreign Minister Demeke Mekonnen discussed the border in Nairobi on Friday.",
    "Kenyan Foreign Minister Alfred Mutua paid a courtesy call on Ethiopian Foreign Minister Demeke Mekonnen in Addis Ababa.",
    "Kenyan Foreign Minister Alfred Mutua was in Addis Ababa for talks with Ethiopian Foreign Minister Demeke Mekonnen.",
    "Kenyan Foreign Minister Alfred Mutua sat down with Ethiopian Foreign Minister Demeke Mekonnen in Addis Ababa.",
])
def test_two_sides_people_who_talk_somewhere_hold_a_meeting(nlp, text):
    _, facts = run(nlp, text)
    meetings = {o for s, p, o in facts if p == "participatedIn" and s == "Alfred Mutua"}
    assert len(meetings) == 1 and ("Demeke Mekonnen", "participatedIn", next(iter(meetings))) in facts


def test_colleagues_who_agree_hold_no_meeting_and_a_phone_call_is_none(nlp):
    _, facts = run(nlp, "Kenyan Foreign Minister Alfred Mutua and Kenyan Defence Minister Aden Duale agreed on Friday to "
                        "send troops. Alfred Mutua will call Demeke Mekonnen on Tuesday.")
    assert not {f for f in facts if f[1] == "participatedIn"}


def test_the_deal_a_story_has_not_named_before_is_a_new_one(nlp):
    _, facts = run(nlp, "The deal, signed by Ghana and Togo in Accra, covers border patrols.")
    assert {("Ghana", "partyTo", "deal"), ("Togo", "partyTo", "deal")} <= facts
    _, facts = run(nlp, "The Lome Defence Accord was drafted in May. Ghana and Togo signed the deal on Monday.")
    assert ("Ghana", "partyTo", "Lome Defence Accord") in facts
    assert not {f for f in facts if f[2] == "deal"}


def test_a_treaty_named_for_a_place(nlp):
    ms, facts = run(nlp, "The Minsk Protocol was signed by Russia and Ukraine. The Oslo Accords were signed in 1993. "
                         "He flew to Tokyo on Monday.")
    assert {("Minsk Protocol", "Treaty"), ("Oslo Accords", "Treaty"), ("Tokyo", "City")} <= types(ms)
    assert ("Russia", "partyTo", "Minsk Protocol") in facts


def test_a_meeting_in_a_capital_of_and_here_under_a_dateline(nlp):
    _, facts = run(nlp, "The CSTO summit was held in Kazakhstan's capital of Astana on Thursday.")
    assert ("CSTO summit", "heldIn", "Astana") in facts
    _, facts = run(nlp, "HANOI, Sept. 9 (Xinhua) -- Vietnamese and Lao defense chiefs held talks here Monday.")
    assert {f[2] for f in facts if f[1] == "heldIn"} == {"HANOI"}


def test_people_who_arrive_for_talks_hold_them(nlp):
    _, facts = run(nlp, "Kenyan Foreign Minister Alfred Mutua and Ethiopian Foreign Minister Demeke Mekonnen arrived in "
                        "Kampala for a trilateral meeting.")
    assert ("Mutua-Mekonnen meeting", "heldIn", "Kampala") in facts
    assert ("Demeke Mekonnen", "participatedIn", "Mutua-Mekonnen meeting") in facts


def test_guards_from_the_review_of_session_8(nlp):
    wrong = [
        ("A war between China and the United States would be catastrophic, analysts warned on Monday.",
         ("China", "participatedIn", "China-United States war")),
        ("Washington wants to deter a Chinese invasion of Taiwan.", ("Chinese", "participatedIn", "Chinese invasion of Taiwan")),
        ("The move escalated the US-China trade war.", ("US", "participatedIn", "US-China war")),
        ("US Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun agreed in a phone call on Monday to "
         "keep talking.", ("Lloyd Austin", "participatedIn", "Austin-Dong meeting")),
        ("Japanese Prime Minister Fumio Kishida hosted Philippine President Ferdinand Marcos during a state visit to "
         "Tokyo on Friday.", ("Fumio Kishida", "participatedIn", "Kishida visit to Tokyo")),
        ("Talks on a ceasefire agreement between Israel and Hamas stalled on Tuesday in Cairo.",
         ("Israel", "partyTo", "Israel-Hamas ceasefire agreement")),
        ("Russia rejected a meeting in Geneva proposed by Washington.", ("meeting in Geneva", "heldIn", "Geneva")),
        ("Xi Jinping will attend a summit in Moscow next month.", ("summit in Moscow", "heldIn", "Moscow")),
    ]
    for text, fact in wrong:
        _, facts = run(nlp, text)
        assert fact not in facts, text
    ms, facts = run(nlp, "South Africa Foreign Minister Naledi Pandor met Lavrov in Moscow.")
    assert ("Naledi Pandor", "represents", "South Africa") in facts
    _, facts = run(nlp, "The Indian Navy signed an agreement with the Royal Australian Navy in Canberra on Friday.")
    assert ("Indian Navy", "cooperatesWith", "Royal Australian Navy") in facts
    ms, _ = run(nlp, "Russian forces shelled towns near the capital, Kyiv said on Monday.")
    assert ("Kyiv", "Country") in types(ms)
    ms, _ = run(nlp, "Indonesia Declaration Urges Ceasefire In Gaza")
    assert ("Indonesia", "Country") in types(ms)


def test_the_meeting_of_a_story_that_names_none_is_the_one_it_told_of(nlp):
    _, facts = run(nlp, "Army chiefs of the Southern African Development Community are meeting in Lusaka this week. "
                        "The three-day meeting follows a summit in the Angolan capital, Luanda, on Saturday, August 5. "
                        "Hosted by Zambia's army commander, Lt. Gen. Dennis Alibuzwi, the meeting will draw up plans. "
                        "An earlier meeting of the chiefs in Harare drew eight states.")
    meeting = "Southern African Development Community meeting"
    assert ("Dennis Alibuzwi", "participatedIn", meeting) in facts
    assert ("summit in Luanda", "date", "--08-05") in facts
    assert {f[2] for f in facts if f[0] == meeting and f[1] in ("date", "heldIn")} == {"Lusaka"}   # not the summit's
    assert not {f for f in facts if f[2] == meeting and f[0] == "Harare"}
    _, facts = run(nlp, "Antony Blinken met Wang Yi in Jakarta on Friday. Prime Minister Hun Manet attended the meeting.")
    assert not {f for f in facts if f[0] == "Hun Manet" and f[1] == "participatedIn"}   # not two people's meeting


def test_a_passive_participle_before_a_clause_says_something_of_its_subject(nlp):
    _, facts = run(nlp, "The Pacific Islands Forum Leaders Meeting opened in Suva. Hosted by Fijian Prime Minister Sitiveni Rabuka, the "
                        "meeting agreed a new plan. Based in Okinawa, the 12th Marine Littoral Regiment will be ready by "
                        "2025. Asked about the islands, Marles said little.")
    assert ("Sitiveni Rabuka", "participatedIn", "Pacific Islands Forum Leaders Meeting") in facts
    assert ("12th Marine Littoral Regiment", "stationedIn", "Okinawa") in facts
    assert not {f for f in facts if f[0] == "Marles" and f[1] != "holdsPosition"}


def test_an_unbracketed_acronym_and_parties_written_before_a_treaty(nlp):
    ms, facts = run(nlp, "Tokyo and London signed the Reciprocal Access Agreement in January. The Japan-UK RAA will "
                         "take effect in October. The US-Japan Security Treaty obliges America to defend Japan.")
    raa = {m.key for m in ms if m.text in ("Reciprocal Access Agreement", "RAA")}
    assert len(raa) == 1 and raa != {""}
    assert {("Japan", "partyTo", "RAA"), ("UK", "partyTo", "RAA")} <= facts
    assert {("US", "partyTo", "US-Japan Security Treaty"), ("Japan", "partyTo", "US-Japan Security Treaty")} <= facts


def test_korean_given_names_and_a_designations_plural(nlp):
    ms, facts = run(nlp, "President Yoon Suk-yeol met Lee Jae-myung in Seoul. Pakistan has purchased a total of 25 "
                         "J-10Cs from China. The Pakistan Air Force on Friday inducted six J-10C fighter jets.")
    assert {"Yoon Suk-yeol", "Lee Jae-myung"} <= {m.text for m in ms if m.type in ("Person", "Minister")}
    assert ("Pakistan", "acquires", "J-10Cs") in facts
    assert ("Pakistan Air Force", "acquires", "J-10C fighter jets") in facts


def test_a_ceremony_held_at_a_base_and_drills_named_by_an_island(nlp):
    ms, facts = run(nlp, "Prime Minister Shehbaz Sharif attended the ceremony, which was held at Masroor Airbase, as "
                         "the chief guest. Taiwan staged its annual Penghu defense drills last week.")
    assert ("Masroor Airbase", "Place") in types(ms)
    assert ("Shehbaz Sharif", "participatedIn", "ceremony at Masroor Airbase") in facts
    assert ("Taiwan", "participatedIn", "Penghu defense drills") in facts


def test_a_coordination_the_parser_left_before_its_verb_and_the_exercise_the_story_names(nlp):
    _, facts = run(nlp, "In a show of unity, Egypt, Sudan, and Saudi Arabia have commenced a joint naval exercise in the "
                        "Red Sea. The Red Wave 2024 drills bring together ships from the three nations.")
    assert {("Egypt", "participatedIn", "Red Wave 2024 drills"), ("Sudan", "participatedIn", "Red Wave 2024 drills"),
            ("Saudi Arabia", "participatedIn", "Red Wave 2024 drills")} <= facts


def test_a_post_only_one_state_has_and_a_joint_declaration_and_a_pact_signed_between(nlp):
    _, facts = run(nlp, "Secretary of State Antony Blinken met Sergei Lavrov in Reykjavik. Estonia and Finland signed a "
                        "joint declaration on Wednesday. The defence pact signed between Cyprus and Egypt by the two "
                        "presidents provides for joint patrols.")
    assert ("Antony Blinken", "represents", "United States") in facts
    assert {("Estonia", "partyTo", "joint declaration"), ("Finland", "partyTo", "joint declaration")} <= facts
    assert {("Cyprus", "partyTo", "defence pact"), ("Egypt", "partyTo", "defence pact")} <= facts


def test_a_joint_press_conference_of_two_leaders_and_an_airforce_in_one_word(nlp):
    ms, facts = run(nlp, "Spanish Prime Minister Pedro Sanchez said during a joint press conference in Madrid with "
                         "Portuguese Prime Minister Antonio Costa. Ghana Airforce spokesman Kwame Mensah said the jets "
                         "arrived. Moroccan King Mohammed VI spoke.")
    assert {("Pedro Sanchez", "participatedIn", "Sanchez-Costa conference"),
            ("Antonio Costa", "participatedIn", "Sanchez-Costa conference")} <= facts
    assert {("Ghana Airforce", "MilitaryUnit"), ("Mohammed VI", "Minister")} <= types(ms)


def test_a_sheikh_named_after_a_title_a_town_after_city_of_and_leaders_of_a_bodys_states(nlp):
    _, facts = run(nlp, "The 12th ASEAN summit opened in the city of KotaBaru. Sultan Hassanal Bolkiah met separately "
                        "with Kuwait's Emir Sheikh Nawaf on the sidelines. Leaders from the ten ASEAN states signed "
                        "the KotaBaru Declaration.")
    assert ("12th ASEAN summit", "heldIn", "KotaBaru") in facts
    assert ("Sheikh Nawaf", "represents", "Kuwait") in facts
    assert ("ASEAN", "partyTo", "KotaBaru Declaration") in facts


def test_a_system_named_before_its_kind_and_a_signing_told_again_in_the_passive(nlp):
    ms, facts = run(nlp, "Egypt on Monday signed a deal with France for Rafale jets. The deal was signed in Cairo in the "
                         "presence of officials. The Egyptian Navy will get six Sea Hunter drones, and Egypt acquired "
                         "more CF-18 units from Canada.")
    assert ("Sea Hunter drones", "Weapon") in types(ms)
    assert ("Egyptian Navy", "acquires", "Sea Hunter drones") in facts
    assert ("Egypt-France signing", "heldIn", "Cairo") in facts
    assert ("Egypt", "acquires", "CF-18") in facts


def test_a_president_in_a_where_clause_of_a_country_is_its(nlp):
    _, facts = run(nlp, "DAKAR - Three states have had coups, most recently Gabon, where soldiers overthrew President "
                        "Ali Bongo.")
    assert ("Ali Bongo", "represents", "Gabon") in facts
    assert not {f for f in facts if f[0] == "Ali Bongo" and f[1] == "represents" and f[2] != "Gabon"}


def test_a_post_the_copula_gives_and_a_fleets_bases(nlp):
    ms, facts = run(nlp, "Vice Admiral Ivan Petrov is currently the Pacific Fleet's commander. Olga Ivanova is Estonia's "
                         "defence minister. The Pacific Fleet's main naval base of Vladivostok faces Japan. The Pacific "
                         "Fleet has naval bases in Fokino, Rybachiy and Zavoyko. The Southern Military District trains.")
    assert {("Ivan Petrov", "holdsPosition", "commander"), ("Ivan Petrov", "represents", "Pacific Fleet"),
            ("Olga Ivanova", "holdsPosition", "defence minister"), ("Olga Ivanova", "represents", "Estonia")} <= facts
    assert {("Pacific Fleet", "stationedIn", "Vladivostok"), ("Pacific Fleet", "stationedIn", "Fokino"),
            ("Pacific Fleet", "stationedIn", "Rybachiy"), ("Pacific Fleet", "stationedIn", "Zavoyko")} <= facts
    assert ("Southern Military District", "MilitaryUnit") in types(ms)


def test_a_gathering_that_brings_together_a_bodys_member_states_and_a_councils_summit(nlp):
    _, facts = run(nlp, "Kazakhstan is hosting the CSTO Defence Ministers' meeting in Astana. The gathering brings "
                        "together defence ministers from all six member states of the Collective Security Treaty "
                        "Organization: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Jonas Gahr Store "
                        "met Antony Blinken on the sidelines of a Nordic Council summit in Oslo.")
    meeting = "CSTO Defence Ministers' meeting"
    assert {(s, "participatedIn", meeting) for s in ("Armenia", "Belarus", "Kyrgyzstan", "Tajikistan")} <= facts
    assert ("Antony Blinken", "participatedIn", "Nordic Council summit") in facts


def test_guards_from_the_review_of_session_9(nlp):
    _, facts = run(nlp, "NEW DELHI: Defence Secretary Rajesh Kumar Singh said India will buy more drones.")
    assert not {f for f in facts if f[1] == "represents" and f[2] != "NEW DELHI" and f[2] != "India"}
    ms, _ = run(nlp, "Overnight drones attacked Odesa. Russia Fires Missiles at Kyiv. Kurdish fighters held the town. "
                     "The Netanyahu-led government fell. Israel struck Nevatim Airbase Tuesday.")
    assert not {m for m in ms if m.type == "Weapon"}
    assert ("Nevatim Airbase", "Place") in types(ms) and not {m for m in ms if "-led" in m.text}
    _, facts = run(nlp, "The Armed Forces of the Philippines (AFP) said the AFP would deploy troops to Palawan.")
    assert ("AFP", "stationedIn", "Palawan") in facts
    _, facts = run(nlp, "India signed a deal with France in Paris in 2016. A similar deal was signed with Russia in Moscow "
                        "last year. Defence chiefs of ECOWAS met in Accra on Monday. The meeting in Abuja next month "
                        "will decide.")
    assert not {f for f in facts if f[2] in ("Moscow", "Abuja") and f[1] == "heldIn"}
    _, facts = run(nlp, "NATO members Poland and Romania bought Patriot missiles. Shoigu is no longer Russia's defence "
                        "minister. Zelensky travelled to Poland, where President Biden greeted him. Except for Hungary, "
                        "Poland and Slovakia ordered K2 tanks.")
    assert not {f for f in facts if f[0] in ("NATO", "Shoigu", "Biden", "Hungary") and f[1] != "holdsPosition"}
    _, facts = run(nlp, "Russia, China and Iran began the Maritime Security Belt 2025 drills in the Gulf of Oman. In "
                        "2021, Russia and China held a joint naval exercise in the Sea of Japan.")
    assert ("Maritime Security Belt 2025 drills", "heldIn", "Sea of Japan") not in facts


def test_the_deployment_of_a_weapon_or_unit_to_a_place(nlp):
    _, facts = run(nlp, "Manila protested Beijing's deployment of anti-ship missiles on Fiery Cross Reef. The deployment "
                        "of the 3rd Marine Littoral Regiment to Guam was welcomed.")
    assert ("anti-ship missiles", "stationedIn", "Fiery Cross Reef") in facts
    assert ("3rd Marine Littoral Regiment", "stationedIn", "Guam") in facts


def resolved(nlp, *texts):
    """Entities of several stories resolved together: {label: (type, docs)}, and the facts by label."""
    from kg.lexicon import load_lexicon
    from kg.resolve import resolve

    results = [extract_document(nlp, Document(f"d{n}", f"d{n}.txt", t, "0" * 64)) for n, t in enumerate(texts)]
    res = resolve(results, load_lexicon())
    labels = {e.id: e.label for e in res.entities.values()}
    facts = {(labels[f.subject], f.predicate, f.object.value if isinstance(f.object, Literal_) else labels[f.object])
             for f in res.facts}
    return [(e.label, e.type, tuple(sorted(e.docs))) for e in res.entities.values()], facts


def test_an_unnamed_agreement_is_labelled_by_its_parties(nlp):
    ents, facts = resolved(nlp, "Vietnam signed a contract for Su-30 jets with Sukhoi in March.",
                           "Bolivia and Iran signed an MoU on defence cooperation on Thursday.",
                           "Japan and Australia signed a defence pact on Friday.",
                           "Albanese said the pact did not breach the Treaty of Rarotonga.")
    treaties = sorted(e[0] for e in ents if e[1] == "Treaty")
    assert treaties == ["Australia–Japan Defence Pact", "Bolivia–Iran MoU", "Treaty of Rarotonga",
                        "Vietnam–Sukhoi Contract"]
    assert ("Sukhoi", "partyTo", "Vietnam–Sukhoi Contract") in facts


def test_one_node_per_ministry_surname_kingdom_and_unit_across_stories(nlp):
    ents, facts = resolved(
        nlp,
        "Canada will buy 88 F-35 jets, Defence Minister Anita Jorand said on Monday.",
        "\"We are buying the jets in tranches,\" Jorand said. The first jets arrive in 2026, Jorand added.",
        "Russia's Defense Ministry said its ships left the island. The Defense Ministry added that Ukraine must "
        "clear its ports.",
        "The new command has 240 staff, according to the Ministry of Defense in Tokyo.",
        "RIYADH: Saudi Arabia, Bahrain and Egypt restored ties with Qatar, the Kingdom's foreign minister said. "
        "Prince Faisal bin Zayid told a press conference that the rift was over.",
        "The 9th Marine Littoral Regiment was formed in Guam on Wednesday. The Marine Littoral Regiment will "
        "operate anti-ship missiles.")
    people = [e for e in ents if "Jorand" in e[0]]
    assert people == [("Anita Jorand", "Minister", ("d0", "d1"))]
    ministries = [e for e in ents if "Ministry" in e[0]]
    assert len(ministries) == 2 and ("Ministry of Defence of the Russian Federation", "Organization", ("d2",)) in ministries
    assert not any(e[0] == "Kingdom" for e in ents)
    assert ("Faisal bin Zayid", "represents", "Saudi Arabia") in facts
    assert ("Faisal bin Zayid", "holdsPosition", "foreign minister") in facts
    assert [e for e in ents if "Littoral" in e[0]] == [("9th Marine Littoral Regiment", "MilitaryUnit", ("d5",))]


def test_a_capital_that_issues_a_statement_is_the_state(nlp):
    ms, _ = run(nlp, "Rwanda will send 1,000 troops to Mozambique, said the statement from Kigali. A delegation "
                     "from Kigali arrived in Maputo.")
    assert [m.type for m in ms if m.text == "Kigali"] == ["Country", "City"]


def test_spelling_variants_of_a_force_and_an_arabic_family_name_are_one_node(nlp):
    ents, _ = resolved(nlp, "The Papua New Guinea Defence Force will train with Australia.",
                       "The Papua New Guinea Defense Force received two patrol boats.",
                       "Crown Prince Mohammed bin Salim al-Rashid met Macron in Paris.",
                       "Mohamed bin Salim Al Rashid hosted Bennett in Abu Dhabi.")
    assert len([e for e in ents if "Papua New Guinea" in e[0] and e[1] == "MilitaryUnit"]) == 1
    assert len([e for e in ents if "Salim" in e[0]]) == 1


def test_an_exercise_named_in_capitals_and_a_military_base(nlp):
    ms, facts = run(nlp, "Indonesia and Australia will lead the KERIS WOOMERA 24 military exercise in Java. About 2,000 "
                         "troops will take part in KERIS WOOMERA 24. KERIS WOOMERA 2024 ends on Friday. The drills "
                         "began at Raden Inten Military Base.")
    assert ("Indonesia", "participatedIn", "KERIS WOOMERA 24") in facts
    assert {m.text for m in ms if m.type == "Event"} >= {"KERIS WOOMERA 24", "KERIS WOOMERA 2024"}
    assert ("Raden Inten Military Base", "Place") in types(ms)
    ents, _ = resolved(nlp, "The US and Thailand began the COBRA GOLD 25 military exercise. COBRA GOLD 2025 ends soon.")
    assert len([e for e in ents if e[1] == "Event" and "COBRA GOLD" in e[0]]) == 1
    ms, _ = run(nlp, "RUSSIA SAYS NATO EXERCISE IS A THREAT. The ATACMS RANGE drills ended.")
    assert not {m for m in ms if m.type == "Event" and "SAYS" in m.text}


def test_a_delegation_leader_a_signing_with_a_person_and_another_states_council(nlp):
    ms, facts = run(nlp, "A Chinese delegation led by Vice Defense Minister Zhang Baoqun was received by President "
                         "Assimi Goita in Bamako.")
    assert ("Zhang Baoqun", "represents", "Chinese") in facts
    assert ("Assimi Goita", "metWith", "Zhang Baoqun") in facts
    ms, facts = run(nlp, "Turkish official Hakan Fidan signed a border deal with Syrian Defense Minister Murhaf Abu "
                         "Qasra on Sunday, with President Ahmed al-Sharaa overseeing the deal.")
    meetings = {o for s, p, o in facts if p == "participatedIn"}
    assert len(meetings) == 1
    assert {s for s, p, o in facts if p == "participatedIn"} == {"Hakan Fidan", "Murhaf Abu Qasra", "Ahmed al-Sharaa"}
    ms, facts = run(nlp, "Iranian Supreme National Security Council secretary Ali Larijani arrived in Baghdad.")
    council = next(m for m in ms if "Council" in m.text and m.type == "Organization")
    assert council.text == "Supreme National Security Council" and council.key.startswith("iran:")
    assert next(m for m in ms if m.text == "Ali Larijani").affiliation == "iran"


def test_units_named_after_a_region_ship_kinds_and_an_exercise_edition(nlp):
    ms, _ = run(nlp, "The Information Support Force replaced the old branch. Africa Corps took over from Wagner. "
                     "The Caspian Flotilla fired missiles. The Ivan Papanin patrol ship sailed.")
    assert {("Africa Corps", "MilitaryUnit"), ("Caspian Flotilla", "MilitaryUnit"),
            ("Ivan Papanin patrol ship", "Weapon")} <= types(ms)
    assert not {m for m in ms if m.type == "Weapon" and "Support" in m.text}
    ms, _ = run(nlp, "NATO began a large exercise in Norway on Monday. The Norway-led Steadfast Shield 2026 is the "
                     "alliance's largest exercise this year. The Vision 2030 plan was not discussed at the exercise.")
    assert ("Steadfast Shield 2026", "Event") in types(ms) and not {m for m in ms if "Vision" in m.text}
    ms, _ = run(nlp, "The frigate joined the Baltic Strike Group (BSG). The BSG sailed north.")
    assert len({m.key for m in ms if m.text in ("Baltic Strike Group", "BSG")}) == 1


def test_a_states_forces_the_story_does_not_name_and_where_they_are(nlp):
    _, facts = run(nlp, "Russian peacekeepers were deployed in Nagorno-Karabakh in 2020. About 100 Turkish soldiers "
                        "arrived in Mogadishu on Friday. The US has 50,000 troops stationed in Japan.")
    assert ("Russian peacekeepers", "stationedIn", "Nagorno-Karabakh") in facts
    assert ("Turkish soldiers", "stationedIn", "Mogadishu") in facts
    assert ("US troops", "stationedIn", "Japan") in facts
    ms, facts = run(nlp, "Russian troops took part in the drills in Belarus. The first batch of Indian soldiers left "
                         "the Maldives. Chinese and Russian troops were deployed to the border.")
    assert not {m for m in ms if m.type == "MilitaryUnit"} and not {f for f in facts if f[1] == "stationedIn"}
    _, facts = run(nlp, "Danish Defence Minister Troels Lund Poulsen presented the plan.")
    assert ("Troels Lund Poulsen", "holdsPosition", "Defence Minister") in facts


def test_a_signing_placed_by_the_next_sentence_and_a_ceremony_by_its_own_words(nlp):
    ms, facts = run(nlp, "Spanish Prime Minister Pedro Sanchez and Italian Prime Minister Giorgia Meloni have signed a "
                         "defence accord. The accord was signed in the Italian city of Genoa on Friday.")
    signing = {o for s, p, o in facts if p == "participatedIn" and s == "Pedro Sanchez"}
    assert len(signing) == 1 and (next(iter(signing)), "heldIn", "Genoa") in facts
    ms, facts = run(nlp, "Spain and Italy sign a defence accord. Pedro Sanchez and Giorgia Meloni signed it. "
                         "A similar accord was signed in Rome in 2019.")
    assert not {f for f in facts if f[1] == "participatedIn"}
    ms, facts = run(nlp, "Lieutenant General Li Wei presented a flag at the founding ceremony in Chengdu on Friday.")
    ceremony = next(m for m in ms if m.type == "Meeting" and m.alias_of is None)
    assert {m.text for m in ms if m.alias_of is ceremony} == {"founding ceremony"}


def test_people_of_an_upcoming_meeting_have_not_met(nlp):
    ents, facts = resolved(nlp, "COPENHAGEN (AP) -- Referring to an upcoming meeting on Tuesday with German Chancellor "
                                "Olaf Scholz, Spanish Prime Minister Pedro Sanchez and NATO Secretary General Mark Rutte, "
                                "Danish Prime Minister Mette Frederiksen said Europe is in a serious situation.")
    assert not {f for f in facts if f[1] == "metWith"}
    assert ("Pedro Sanchez", "participatedIn") in {(s, p) for s, p, o in facts}
    assert not {f for f in facts if f[1] == "heldIn"}


def test_a_name_given_as_an_example_of_a_kind_of_weapon(nlp):
    ms, facts = run(nlp, "Ankara sold drones such as the Akinci and the Anka to Kenya. Turkey has donated armoured "
                         "vehicles like the Kirpi to Somalia. Leaders like Erdogan attended.")
    assert {("Akinci", "Weapon"), ("Anka", "Weapon"), ("Kirpi", "Weapon")} <= types(ms)
    assert ("Erdogan", "Person") in types(ms)


def test_claims_alongside_another_state_and_islands_said_to_belong(nlp):
    _, facts = run(nlp, "Seoul, which alongside Pyongyang also claims the Liancourt Rocks, protested. The ministry "
                        "said the Kuril Islands belong to Russia. Crimea does not belong to Russia, Kyiv said.")
    assert {("Seoul", "claims", "Liancourt Rocks"), ("Pyongyang", "claims", "Liancourt Rocks"),
            ("Russia", "claims", "Kuril Islands")} <= facts
    assert not {f for f in facts if f[2] == "Crimea"}


def test_a_name_in_apposition_to_a_possessed_title_is_a_person(nlp):
    _, facts = run(nlp, "Ghana missed the deadline despite promises from several officials, including its "
                        "president, Nana Akufo Addo.")      # (NER: an organisation)
    assert ("Nana Akufo Addo", "represents", "Ghana") in facts
    ms, _ = run(nlp, "The ministry, its main agency, Rosoboronexport, declined to comment.")
    assert ("Rosoboronexport", "Person") not in types(ms)


def test_guards_from_the_review_of_session_10(nlp):
    ents, _ = resolved(nlp, "U.S. Defense Secretary Lloyd Austin met Japan's defense minister in Tokyo. Austin said "
                            "the alliance was strong.",
                       "Samsung will expand its chip plant in Austin, Texas.",
                       "TOKYO — The Defense Ministry said two Chinese warships sailed near Yonaguni. China's Defense "
                       "Ministry said the patrol was routine.",
                       "Emir Sheikh Tamim bin Hamad Al Thani met Macron in Paris.",
                       "Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani met Rubio in Doha.")
    assert ("Austin", "City", ("d1",)) in ents
    assert not {e for e in ents if e[0] == "Defense Ministry" and "d2" in e[2] and "China" in e[0]}
    ministries = [e for e in ents if "d2" in e[2] and e[1] == "Organization"]
    assert len(ministries) == 2
    assert len([e for e in ents if "Thani" in e[0] and e[1] in ("Person", "Minister")]) == 2
    ms, facts = run(nlp, "US Marines from the 31st Marine Expeditionary Unit arrived in Sydney for a five-day port "
                         "visit. The United States has no troops stationed in Taiwan. Pro-Russian forces deployed in "
                         "eastern Ukraine attacked. American and British troops deployed in Iraq. US troops would not "
                         "be stationed in Ukraine.")
    assert not {f for f in facts if f[1] == "stationedIn"}
    _, facts = run(nlp, "Hungary's Viktor Orban and Slovakia's Robert Fico have both signed the declaration. The "
                        "original declaration was signed in Madrid in 2022.")
    assert not {f for f in facts if f[1] in ("heldIn", "participatedIn")}
    ms, _ = run(nlp, "Norway and the United Kingdom signed a deal. Norway said the Kingdom would help train its "
                     "sailors. NATO allies welcomed the statement from Brussels. The exercise needs Fiscal Year 2025 "
                     "funds and follows the Defence Strategic Review 2023.")
    assert not {m for m in ms if m.text == "Kingdom" or m.rule == "pattern:exercise-edition"}
    assert ("Brussels", "City") in types(ms)
    ms, _ = run(nlp, "Iran's Supreme National Security Council met. Denmark's Joint Arctic Command sent a ship. "
                     "EU ministers met at the Foreign Affairs Council.")
    assert next(m for m in ms if "Security Council" in m.text).key.startswith("iran:")
    assert not {m for m in ms if m.text == "Arctic Command"}
    assert not {m for m in ms if m.key.startswith("story:")}
    ents, _ = resolved(nlp, "Egypt hosted the BRIGHT STAR 25 exercise in September. BRIGHT STAR 25 drew 8,000 troops.")
    assert len([e for e in ents if e[1] == "Event"]) == 1


def test_they_who_said_and_an_adverb_before_an_apposed_title(nlp):
    _, facts = run(nlp, "Norwegian officials on Friday said they have signed an agreement with the British government "
                        "for five Type 26 frigates.")
    assert ("Norwegian", "partyTo", "agreement") in facts
    _, facts = run(nlp, "Vietnamese President To Lam visited Moscow. Lam, also general secretary of the Communist Party "
                        "of Vietnam, met Putin.")
    assert not {f for f in facts if f[1] == "holdsPosition" and f[2].startswith("also")}


def test_its_territory_and_its_weapons_belong_to_the_clauses_state(nlp):
    _, facts = run(nlp, "Moscow said its Kaliningrad exclave was under threat.")
    assert ("Moscow", "controls", "Kaliningrad exclave") in facts
    _, facts = run(nlp, "Tokyo will reinforce the garrison on its westernmost islets of Yonaguni.")
    assert ("Tokyo", "controls", "Yonaguni") in facts
    _, facts = run(nlp, "Canada will retire its CF-18 fighters by 2032.")
    assert ("Canada", "operates", "CF-18 fighters") in facts
    _, facts = run(nlp, "Chile and Peru said its Easter Island base was ready.")     # whose "its" is unclear
    assert not any(p == "controls" for _, p, _ in facts)


def test_exercise_participants_from_a_led_name_a_hyphenated_name_and_it(nlp):
    _, facts = run(nlp, "About 9,000 sailors joined the Finland-led Nordic Shield 2025 exercise on Monday.")
    assert ("Finland", "participatedIn", "Nordic Shield 2025 exercise") in facts
    _, facts = run(nlp, "The Keen Edge 2026 exercise opened on Tuesday in Okinawa. It involves about 5,000 troops "
                        "from Japan, Australia and Canada.")
    assert {(c, "participatedIn", "Keen Edge 2026 exercise") for c in ("Japan", "Australia", "Canada")} <= facts
    _, facts = run(nlp, "The Brazil-Argentina Strategic Dialogue was held in Brasilia on Friday.")
    assert {(c, "participatedIn", "Brazil-Argentina Strategic Dialogue") for c in ("Brazil", "Argentina")} <= facts
    _, facts = run(nlp, "Generals from 30 countries gathered for the Shangri-La Dialogue on Friday.")
    assert not any(p == "participatedIn" and "Shangri" in o for _, p, o in facts)
    _, facts = run(nlp, "The Keen Edge 2026 exercise opened on Tuesday. The defence ministers of Japan and Canada "
                        "said more drills would follow. It involves troops from Australia.")   # "it" is not the drills
    assert ("Australia", "participatedIn", "Keen Edge 2026 exercise") not in facts


def test_leaders_of_two_states_who_sign_together_met(nlp):
    ms, facts = run(nlp, "Greek Prime Minister Kyriakos Mitsotakis and Italian Prime Minister Giorgia Meloni "
                         "have signed a maritime cooperation accord.")
    signing = [m.text for m in ms if m.type == "Meeting"]
    assert signing and {("Kyriakos Mitsotakis", "participatedIn", signing[0]),
                        ("Giorgia Meloni", "participatedIn", signing[0])} <= facts
    ms, _ = run(nlp, "Greek Prime Minister Kyriakos Mitsotakis and Italian Prime Minister Giorgia Meloni "
                     "signed a maritime accord by video link.")
    assert not [m for m in ms if m.type == "Meeting"]
    ms, _ = run(nlp, "Greek Foreign Minister Giorgos Gerapetritis and Defence Minister Nikos Dendias signed "
                     "the order.")
    assert not [m for m in ms if m.type == "Meeting"]


def test_a_signing_between_a_minister_and_his_counterpart_placed_on_its_object(nlp):
    ms, facts = run(nlp, "Despite protests in Manila, Anthony Tolentino and his Vietnamese counterpart Nguyen Van "
                         "Thanh have signed a coast guard pact.")
    assert ("Anthony Tolentino", "Person") in types(ms)           # not a town listed after "in Manila"
    signing = [m.text for m in ms if m.type == "Meeting"]
    assert signing and ("Anthony Tolentino", "participatedIn", signing[0]) in facts
    ms, facts = run(nlp, "Kenyan Defence Minister Soipan Kiprono signed the security pact with Ugandan Defence "
                         "Minister Jacob Oboth at the State House in Kampala.")
    signing = [m.text for m in ms if m.type == "Meeting"]
    assert signing and {("Soipan Kiprono", "participatedIn", signing[0]), ("Jacob Oboth", "participatedIn", signing[0]),
                        (signing[0], "heldIn", "Kampala")} <= facts
    assert {("Kenyan", "partyTo", "security pact"), ("Ugandan", "partyTo", "security pact")} <= facts


def test_a_full_name_ner_took_for_a_building_and_a_post_the_person_is_serving_in(nlp):
    ms, facts = run(nlp, "Talks went well as Ahmad Pratikno prepares to take office. Pratikno, who is serving as "
                         "defence minister under President Halim, spoke on Monday. \"We are ready,\" Pratikno said.")
    assert not {m.text for m in ms if "Pratikno" in m.text and m.type not in ("Person", "Minister")}
    assert any(s.endswith("Pratikno") and p == "holdsPosition" and o == "defence minister" for s, p, o in facts)
    _, facts = run(nlp, "Ahmad Pratikno served as defence minister until 2019.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)


def test_a_dubbed_exercise_and_the_states_whose_forces_hold_it(nlp):
    ents, facts = resolved(nlp, "The Egyptian Army and the U.S. Army launched a joint exercise near Alexandria on "
                                "Monday. The exercise, dubbed Desert Falcon 2026, will involve 40 aircraft.")
    assert ("Desert Falcon 2026", "Event", ("d0",)) in ents
    assert {("Egypt", "participatedIn", "Desert Falcon 2026"),
            ("United States", "participatedIn", "Desert Falcon 2026")} <= facts
    ms, _ = run(nlp, "The navies began a drill code-named Northern Star on Monday. A jet named Lightning flew.")
    assert ("Northern Star", "Event") in types(ms) and not [m for m in ms if "Lightning" in m.text]


def test_forces_counted_in_thousands_where_they_are_based_and_a_visit_to_a_border(nlp):
    _, facts = run(nlp, "A Turkish envoy proposed reducing Turkey's military presence in Iraq and Syria, where "
                        "thousands of Turkish soldiers have been based for years.")
    assert {("Turkish soldiers", "stationedIn", "Iraq"), ("Turkish soldiers", "stationedIn", "Syria")} <= facts
    ms, facts = run(nlp, "German Foreign Minister Anna Lindqvist visited Niger's border with Mali.")
    visit = [m.text for m in ms if m.type == "Meeting"]
    assert visit and {("Anna Lindqvist", "participatedIn", visit[0]), (visit[0], "heldIn", "Niger")} <= facts


def test_a_territory_considered_its_own_and_a_regnal_name(nlp):
    _, facts = run(nlp, "The quarrel pits Somalia, which considers Somaliland its own territory, against Ethiopia.")
    assert ("Somalia", "claims", "Somaliland") in facts
    _, facts = run(nlp, "The message was sent to Jordan's King Abdullah II on Friday.")
    assert {("Abdullah II", "holdsPosition", "King"), ("Abdullah II", "represents", "Jordan")} <= facts


def test_the_ministers_of_two_states_are_the_people_the_story_names_in_those_posts(nlp):
    ms, facts = run(nlp, "LIMA – The foreign ministers of Chile and Peru on Monday signed a border pact. Chilean "
                         "Foreign Minister Ana Valdivia said the pact was overdue. Peruvian Foreign Minister Jorge "
                         "Quispe agreed.")
    signing = [m.text for m in ms if m.type == "Meeting"]
    assert signing and {("Ana Valdivia", "participatedIn", signing[0]),
                        ("Jorge Quispe", "participatedIn", signing[0])} <= facts
    assert {("Chile", "partyTo", "border pact"), ("Peru", "partyTo", "border pact")} <= facts


def test_a_meeting_with_a_counterpart_the_story_names_elsewhere(nlp):
    ms, facts = run(nlp, "Chilean Defense Minister Ana Valdivia arrived on Sunday. In a meeting with his Chilean "
                         "counterpart on Tuesday, Peruvian Defense Minister Jorge Quispe praised the pact.")
    meeting = [m.text for m in ms if m.type == "Meeting"]
    assert meeting and {("Ana Valdivia", "participatedIn", meeting[0]),
                        ("Jorge Quispe", "participatedIn", meeting[0])} <= facts
    _, facts = run(nlp, "Indian Defence Minister Ravi Menon and French counterpart, Jean-Luc Moreau signed the deal "
                        "at a ceremony in New Delhi. The deal was praised by French President Alain Girard.")
    assert not any(s == "Alain Girard" and p == "participatedIn" for s, p, _ in facts)   # the counterpart is named


def test_a_pairs_signing_is_not_their_press_conference(nlp):
    ents, facts = resolved(nlp, "Polish Prime Minister Donald Tusk and French President Emmanuel Macron signed a "
                                "defence treaty in Nancy on Friday. Macron told a joint press conference with Tusk "
                                "that the treaty was historic.")
    meetings = [e[0] for e in ents if e[1] == "Meeting"]
    assert len(meetings) == 2, meetings


def test_an_exercise_titled_in_quotes_and_held_by_states_scheduled_to_end_it(nlp):
    ms, facts = run(nlp, "Chile, Peru and Ecuador are scheduled to conclude their first trilateral naval exercise "
                         "on Saturday, the navies said. Titled \"Pacific Shield,\" the five-day exercise began on "
                         "Tuesday off Callao.")
    assert ("Pacific Shield", "Event") in types(ms)
    assert {(c, "participatedIn", "Pacific Shield") for c in ("Chile", "Peru", "Ecuador")} <= facts


def test_threats_a_state_faces_are_not_its_threats(nlp):
    _, facts = run(nlp, "The new brigades were created to address the threats faced by Iran and Iraq.")
    assert not any(p == "threatens" for _, p, _ in facts)
    _, facts = run(nlp, "Qatar and Oman unveiled plans to counter the threat posed by Iran.")
    assert ("Iran", "threatens", "Qatar") in facts


def test_the_owner_of_a_decision_to_buy_buys_and_he_who_was_received(nlp):
    _, facts = run(nlp, "A French statement praised Canberra's decision to acquire both Rafale jets and Caesar "
                        "howitzers.")
    assert ("Canberra", "acquires", "Rafale jets") in facts
    assert not any(s.startswith("French") and p == "acquires" for s, p, _ in facts)
    ms, facts = run(nlp, "Chilean Defense Minister Ana Soto arrived on Monday. The deal was signed during Soto's "
                         "visit to Lima, where she was received by Peruvian Defense Minister Jorge Quispe.")
    assert ("Jorge Quispe", "metWith", "Soto") in facts or ("Jorge Quispe", "metWith", "Ana Soto") in facts


def test_what_a_ministry_said_it_bought_its_state_bought(nlp):
    _, facts = resolved(nlp, "Poland's Defence Ministry said it signed a contract to buy the Norwegian-made "
                             "Naval Strike Missile.")
    assert ("Poland", "acquires", "Naval Strike Missile") in facts


def test_the_day_and_place_of_an_exercise_being_conducted(nlp):
    _, facts = run(nlp, "September 2, 2024\nManila – The Philippines will lead the Pacific Thunder 2024 naval exercise "
                        "being conducted at Subic Bay from August 30 to September 9.")
    assert ("Pacific Thunder 2024", "date", "2024-08-30") in facts
    assert ("Pacific Thunder 2024", "heldIn", "Subic Bay") in facts


def test_posts_given_by_appointment_and_a_commanding_officer_of_a_unit(nlp):
    _, facts = run(nlp, "Rear Admiral Kim Dae-jung was appointed as the first commander of the Cyber Operations "
                        "Command.")
    assert {("Kim Dae-jung", "holdsPosition", "commander"), ("Kim Dae-jung", "represents", "Cyber Operations Command")} <= facts
    _, facts = run(nlp, "Anita Moreau was sworn in as Canada's defence minister on Monday.")
    assert {("Anita Moreau", "holdsPosition", "defence minister"), ("Anita Moreau", "represents", "Canada")} <= facts
    _, facts = run(nlp, "Col. Dana Whitfield, commanding officer of the 3rd Marine Littoral Regiment, spoke.")
    assert {("Dana Whitfield", "holdsPosition", "commanding officer"),
            ("Dana Whitfield", "represents", "3rd Marine Littoral Regiment")} <= facts
    _, facts = run(nlp, "Anita Moreau served as Canada's defence minister until 2019.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)


def test_an_appositive_title_after_a_possessor_leaves_the_possessor_out(nlp):
    _, facts = run(nlp, "Gen. James McConville, the U.S. Army's chief of staff, spoke. Colonel Tomas Herrera, the "
                        "3rd Brigade's commander, spoke. Wang Wenbin, the Chinese foreign ministry's spokesperson, "
                        "spoke.")
    posts = {(s, o) for s, p, o in facts if p == "holdsPosition"}
    assert {("James McConville", "chief of staff"), ("Tomas Herrera", "commander"),
            ("Wang Wenbin", "spokesperson")} <= posts
    assert not [o for _, o in posts if o.startswith(("U.S.", "3rd", "foreign"))]
    assert {("James McConville", "represents", "U.S. Army"), ("Tomas Herrera", "represents", "3rd Brigade")} <= facts


def test_a_commander_of_a_body_named_without_of_and_an_adviser(nlp):
    _, facts = run(nlp, "Adm. Greg Faller, commander U.S. Southern Command, visited Guyana. Gen. Tomas Herrera, "
                        "Commander U.S. Indo-Pacific Command, and Richard Lowe spoke.")
    assert {("Greg Faller", "holdsPosition", "commander"), ("Greg Faller", "represents", "U.S. Southern Command"),
            ("Tomas Herrera", "represents", "U.S. Indo-Pacific Command")} <= facts
    _, facts = run(nlp, "Army Command Sgt. Maj. Phillip Blaisdell, V Corps senior enlisted adviser, spoke. David "
                        "Mensah, senior adviser to President Richard Lowe, spoke.")
    assert {("Phillip Blaisdell", "holdsPosition", "senior enlisted adviser"),
            ("Phillip Blaisdell", "represents", "V Corps"), ("David Mensah", "holdsPosition", "senior adviser")} <= facts
    assert not [f for f in facts if f[0] == "David Mensah" and f[1] == "represents"]


def test_a_place_that_is_home_to_a_unit_stations_it(nlp):
    _, facts = run(nlp, "The ships sailed from San Diego, California, principal home port of the US Pacific Fleet. "
                        "Okinawa, home to the 3rd Marine Division, protested. Hawaii, which is home to the U.S. "
                        "Indo-Pacific Command, welcomed him.")
    stationed = {(s, o) for s, p, o in facts if p == "stationedIn"}
    assert {("US Pacific Fleet", "San Diego"), ("3rd Marine Division", "Okinawa"),
            ("U.S. Indo-Pacific Command", "Hawaii")} <= stationed
    assert ("US Pacific Fleet", "California") not in stationed
    _, facts = run(nlp, "Washington, home to the Pentagon, said no. Japan is home to Richard Lowe.")
    assert not [f for f in facts if f[1] == "stationedIn"]
    _, facts = run(nlp, "Fort Hood, home to the 1st Cavalry Division, and Fort Bliss, home to the 1st Armored "
                        "Division, are in Texas. Guam is not the home port of the Seventh Fleet. Sevastopol was home "
                        "to the Black Sea Fleet until drones forced it to move.")
    assert {(s, o) for s, p, o in facts if p == "stationedIn"} == {
        ("1st Cavalry Division", "Fort Hood"), ("1st Armored Division", "Fort Bliss")}


def test_it_after_a_weapon_s_sentence_and_countries_including_past_to_date(nlp):
    _, facts = run(nlp, "The FA-50, developed by KAI, is a supersonic light combat aircraft. It has been exported to "
                        "six countries to date, including Indonesia, Iraq and Poland. The Type 12 missile has a range "
                        "of 1,000 km. It will be deployed on Ishigaki.")
    assert {(c, "acquires", "FA-50") for c in ("Indonesia", "Iraq", "Poland")} <= facts
    assert any(p == "stationedIn" and s.startswith("Type 12") and o == "Ishigaki" for s, p, o in facts)
    _, facts = run(nlp, "Richard Lowe praised the FA-50. It was sold to Iraq, he said.")
    assert not [f for f in facts if f[1] == "acquires"]       # "it" stands for the sentence before's subject only
    _, facts = run(nlp, "The Iskander is Russia's main short-range missile. It has deployed nuclear-capable "
                        "missiles to Belarus. The FA-50 has been sold to four countries so far, including Poland and "
                        "Iraq, Korea Aerospace Industries said.")
    assert not [f for f in facts if f[0].startswith(("Iskander", "Korea"))]    # a weapon is no doer; nor the speaker


def test_speakers_charges_d_affaires_of_embassies_and_elected_presidents(nlp):
    ms, facts = run(nlp, "National Assembly Speaker Asad Qaiser met Richard Lowe.")
    assert ("Asad Qaiser", "Person") in types(ms)
    assert ("Asad Qaiser", "holdsPosition", "National Assembly Speaker") in facts
    ms, facts = run(nlp, "The talks ended. U.S. Embassy Cairo Chargé "
                         "d’Affaires Evyenia Sidereas attended. Kristina Kvien, the chargé d’affaires at the U.S. "
                         "Embassy in Ukraine, said no. Niger's democratically elected President, Mohamed Bazoum, was "
                         "ousted.")
    assert {("Evyenia Sidereas", "holdsPosition", "Chargé d’Affaires"),
            ("Evyenia Sidereas", "represents", "U.S."), ("Kristina Kvien", "holdsPosition", "chargé d’affaires"),
            ("Mohamed Bazoum", "holdsPosition", "President"), ("Mohamed Bazoum", "represents", "Niger")} <= facts
    assert not [t for t, ty in types(ms) if "Embassy" in t and ty == "Person"]      # (NER's PERSON)
    assert ("Evyenia Sidereas", "represents", "Cairo") not in facts and ("Evyenia Sidereas", "represents", "Egypt") not in facts


def test_kinds_of_exercise_after_a_hyphen_and_one_country_s_dash_only_for_joining(nlp):
    ms, facts = run(nlp, "Exercise Iron Falcon began on Monday in Oman. The Live-Fire Exercise near Thumrait involved "
                         "jets from Jordan. Egypt took part in the Tabletop Exercise in Cairo.")
    assert {("Jordan", "participatedIn", "Exercise Iron Falcon"), ("Egypt", "participatedIn", "Exercise Iron Falcon")} <= facts
    assert [t for t, ty in types(ms) if ty == "Event"] == ["Exercise Iron Falcon"]
    _, facts = run(nlp, "One country has bought Rafale jets from a European ally – France. One country is supplying "
                        "Leopard 2 tanks to an embattled nation – Ukraine.")
    assert not [f for f in facts if f[0] == "France"]
    assert any(s == "Ukraine" and p == "acquires" and o.startswith("Leopard 2") for s, p, o in facts)


def test_the_parties_of_a_treaty_a_state_has_with_others(nlp):
    _, facts = run(nlp, "Norway already has the Nordic Defence Treaty with Sweden and Finland.")
    assert {(c, "partyTo", "Nordic Defence Treaty") for c in ("Norway", "Sweden", "Finland")} <= facts
    _, facts = run(nlp, "The pact resembles the Nordic Defence Treaty with Sweden and Finland, the minister noted.")
    assert {(c, "partyTo", "Nordic Defence Treaty") for c in ("Sweden", "Finland")} <= facts
    _, facts = run(nlp, "Norway has no defence treaty with Iceland.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_units_numbered_without_a_suffix_and_a_brigade_integrated_into_a_division(nlp):
    ms, facts = run(nlp, "The Belgian 7 Mechanised Brigade was integrated into the French 1st Panzerdivision on "
                         "Friday.")
    assert {("7 Mechanised Brigade", "MilitaryUnit"), ("1st Panzerdivision", "MilitaryUnit")} <= types(ms)
    assert ("7 Mechanised Brigade", "partOf", "1st Panzerdivision") in facts
    _, facts = run(nlp, "Reservists were assigned to the capital on Friday.")
    assert not any(p == "partOf" for _, p, _ in facts)


def test_a_news_conference_somewhere_is_a_meeting_with_its_speaker(nlp):
    ms, facts = run(nlp, "Defence Minister Anita Moreau said at a news conference in Halifax that the frigates "
                         "would be ready.")
    assert ("news conference in Halifax", "Meeting") in types(ms)
    assert {("Anita Moreau", "participatedIn", "news conference in Halifax"),
            ("news conference in Halifax", "heldIn", "Halifax")} <= facts
    _, facts = run(nlp, "Defence Minister Anita Moreau told a news conference that the frigates would be ready. "
                        "Defence Secretary Richard Lowe said at a Pentagon press conference on Friday that the troops "
                        "would leave.")
    assert {("Anita Moreau", "participatedIn", "Moreau press conference"),       # said nowhere: the speaker's, in
            ("Richard Lowe", "participatedIn", "Lowe press conference")} <= facts    # this story


def test_speakers_at_the_same_joint_press_conference(nlp):
    _, facts = run(nlp, "“This is the first summit I have hosted here,” President Richard Lowe said at a joint press "
                        "conference afterward. Prime Minister Olga Petrova said at the press conference that "
                        "coordination would deepen.")
    assert {("Richard Lowe", "participatedIn", "Lowe press conference"),
            ("Olga Petrova", "participatedIn", "Lowe press conference")} <= facts
    assert not any(o == "Petrova press conference" for _, _, o in facts)
    _, facts = run(nlp, "Defence Secretary Richard Lowe told a news conference on Monday that the drills would go ahead. "
                        "Foreign Ministry spokesperson Olga Petrova said at the regular press conference on Tuesday that "
                        "Russia opposed them. Lowe plans to hold another news conference on Friday. President Sergei "
                        "Ivanov did not hold his annual press conference in 2022.")
    assert ("Olga Petrova", "participatedIn", "Lowe press conference") not in facts     # her own briefing
    assert ("Olga Petrova", "metWith", "Richard Lowe") not in facts and ("Richard Lowe", "metWith", "Olga Petrova") not in facts
    assert not any(s == "Sergei Ivanov" and p == "participatedIn" for s, p, _ in facts)    # not held
    assert len({o for s, p, o in facts if s == "Richard Lowe" and p == "participatedIn"}) == 1   # (not the planned one)


def test_guards_from_the_review_of_session_11(nlp):
    """Sentences a reviewer found the session's new rules reading wrongly."""
    for text, bad in [
            ("Norway was not invited to join the Arctic Edge exercise.", "participatedIn"),
            ("Analysts questioned Egypt's failure to buy Rafale jets on time.", "acquires"),
            ("Greek Prime Minister Nikos Varos and Turkish President Kemal Aydin signed separate decrees.",
             "participatedIn"),
            ("Kenya said Somali militias shelled its Mandera region overnight.", "controls"),
            ("The Armenia-Azerbaijan Peace Summit opened in Geneva without Azerbaijan.", "participatedIn"),
            ("Ankara wants a new defence agreement with Baku.", "partyTo"),
            ("Mali, where thousands of French troops were once based, expelled them.", "stationedIn"),
            ("Marco Ruiz was elected president of his college newspaper.", "holdsPosition"),
            ("Hakan Yilmaz, who is Turkey's former spy chief, met reporters.", "holdsPosition")]:
        _, facts = run(nlp, text)
        assert not any(p == bad for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Iranian Vice President Reza Karimi and Bolivian President Luis Ortega spoke on Monday. The "
                        "presidents of Iran and Bolivia later met in Tehran.")
    assert not any(p == "metWith" for _, p, _ in facts)


def test_the_people_a_visit_meets_where_it_goes(nlp):
    ms, facts = run(nlp, "Chilean Defense Minister Ana Soto arrived on Monday. The deal was signed during Soto's visit "
                         "to Lima, where she was received by Peruvian Defense Minister Jorge Quispe.")
    visit = [m.text for m in ms if m.rule == "meeting:visit"]
    assert visit and ("Jorge Quispe", "participatedIn", visit[0]) in facts


def test_an_area_under_a_states_sovereignty_and_an_exercise_in_regions_of_states(nlp):
    _, facts = run(nlp, "Svalbard, which remains an autonomous area under Norwegian sovereignty, hosts a seed vault.")
    assert ("Norwegian", "controls", "Svalbard") in facts
    _, facts = run(nlp, "The Baltic Shield 2026 exercise began on Monday in the northern regions of Estonia and "
                        "Latvia.")
    assert {("Baltic Shield 2026 exercise", "heldIn", c) for c in ("Estonia", "Latvia")} <= facts


def test_a_deal_struck_or_reached_has_its_parties(nlp):
    _, facts = run(nlp, "Morocco reached a deal with Spain on border patrols.")
    assert {("Morocco", "partyTo", "deal"), ("Spain", "partyTo", "deal")} <= facts
    _, facts = run(nlp, "Chile and Peru struck an agreement on fisheries patrols.")
    assert {("Chile", "partyTo", "agreement"), ("Peru", "partyTo", "agreement")} <= facts
    _, facts = run(nlp, "Talks between Chile and Peru failed to reach an agreement.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_a_plural_post_whose_holders_are_listed(nlp):
    _, facts = run(nlp, "Cabinet Ministers include Omar Haddad, Leila Mansour and Karim Nasser.")
    assert {(p, "holdsPosition", "Cabinet Minister") for p in ("Omar Haddad", "Leila Mansour", "Karim Nasser")} <= facts
    _, facts = run(nlp, "Guests included Omar Haddad and Jordan.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)


def test_it_opening_a_sentence_after_a_unit_is_that_unit(nlp):
    _, facts = run(nlp, "The 4th Marine Littoral Regiment was activated on Friday. It is based in Guam.")
    assert ("4th Marine Littoral Regiment", "stationedIn", "Guam") in facts


def test_an_exercise_named_right_after_its_noun(nlp):
    _, facts = run(nlp, "The alliance's navies concluded a winter training exercise, Exercise Arctic Lance 2025, in "
                        "Iceland. NATO has concluded a cold-weather exercise, Exercise Frost Bite 2026 (FB 26), in Norway.")
    assert ("NATO", "participatedIn", "Exercise Frost Bite 2026") in facts
    _, facts = run(nlp, "China held a drill, Poland said.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_the_demonym_and_post_recall_the_one_holder_of_that_post(nlp):
    _, facts = run(nlp, "Prime Minister Tomas Varga held talks with Chilean President Ana Soto. \"We share interests,\" "
                        "the Hungarian prime minister said.")
    assert ("Tomas Varga", "represents", "Hungarian") in facts
    _, facts = run(nlp, "President Tomas Varga spoke on Monday. The Hungarian president said the talks went well.")
    assert ("Tomas Varga", "represents", "Hungarian") in facts
    _, facts = run(nlp, "Foreign Minister Tomas Varga met Sergei Ivanov. The Russian foreign minister said ties were "
                        "strong.")
    assert not any(p == "represents" for _, p, _ in facts)      # Ivanov, untitled, may be the Russian one


def test_the_official_a_visitor_meets_where_they_go_is_that_states(nlp):
    _, facts = run(nlp, "Chilean Foreign Minister Ana Soto visited Peru to meet President Jorge Quispe.")
    assert ("Jorge Quispe", "represents", "Peru") in facts
    ms, facts = run(nlp, "During his visit to Lima, Chilean Foreign Minister Pablo Soto met Prime Minister Jorge Quispe.")
    assert ("Pablo Soto", "participatedIn", "Soto visit to Lima") in facts
    assert ("Jorge Quispe", "represents", "Peru") in facts
    _, facts = run(nlp, "President Ana Soto welcomed Prime Minister Jorge Quispe during his visit to Santiago.")
    assert ("Jorge Quispe", "participatedIn", "Quispe visit to Santiago") in facts


def test_a_minister_signing_with_another_states_minister_met_them(nlp):
    _, facts = run(nlp, "Defence Minister Pablo Soto and Pierre Lemaire, the French minister of armed forces, signed "
                        "the agreement.")
    assert ("Pablo Soto", "participatedIn", "Soto-Lemaire signing") in facts
    _, facts = run(nlp, "Pablo Soto and Jorge Quispe signed the agreement.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_exercise_participants_among_a_total_and_in_an_iteration(nlp):
    lead = "The Southern Star 2025 exercise began on Thursday near Valparaiso. "
    _, facts = run(nlp, lead + "A total of 12 nations, including Peru, Chile and Brazil, are participating in the "
                               "exercise.")
    assert {(c, "participatedIn", "Southern Star 2025 exercise") for c in ("Peru", "Chile", "Brazil")} <= facts
    _, facts = run(nlp, lead + "Peru and Brazil are among the 12 participating nations.")
    assert {(c, "participatedIn", "Southern Star 2025 exercise") for c in ("Peru", "Brazil")} <= facts
    _, facts = run(nlp, lead + "This year's iteration includes Peru and Brazil.")
    assert {(c, "participatedIn", "Southern Star 2025 exercise") for c in ("Peru", "Brazil")} <= facts
    _, facts = run(nlp, lead + "Bolivia is not among the participating nations.")
    assert not any(s == "Bolivia" and p == "participatedIn" for s, p, _ in facts)


def test_the_forces_of_an_exercise_said_to_be_from_states(nlp):
    lead = "The Southern Star 2025 exercise began on Thursday near Valparaiso. "
    for said in ("The ships and aircraft are from Peru, Chile and Brazil.",
                 "The participating troops come from Peru, Chile and Brazil."):
        _, facts = run(nlp, lead + said)
        assert {(c, "participatedIn", "Southern Star 2025 exercise") for c in ("Peru", "Chile", "Brazil")} <= facts
    for said in ("The missiles are from Peru.", "The drones were from Peru.",   # arms that came from a state
                 "The ships and aircraft are not from Peru.", "The troops may come from Peru.",
                 "The troops that attacked the border post came from Peru.", "Chile's F-16 jets came from Peru.",
                 "The ships are from Naval Group and Peru's shipyards."):
        _, facts = run(nlp, lead + said)          # no one taking part, troops doing something else, a maker
        assert not any(s == "Peru" and p == "participatedIn" for s, p, _ in facts), said


def test_an_exercise_edition_the_next_sentence_calls_drills(nlp):
    _, facts = run(nlp, "Sea Breeze 2021 began on Monday in the Black Sea. The drills involve 32 countries.")
    assert ("Sea Breeze 2021", "heldIn", "Black Sea") in facts
    _, facts = run(nlp, "Southern Star 2025 began on Thursday. A total of 12 nations, including Peru and Chile, are "
                        "participating in the exercise.")
    assert ("Peru", "participatedIn", "Southern Star 2025") in facts


def test_who_signs_on_behalf_of_a_state_and_a_state_in_brackets(nlp):
    _, facts = run(nlp, "The accord was signed by Defence Minister Pablo Soto on behalf of Chile and Foreign Minister "
                        "Jorge Quispe on behalf of Peru.")
    assert {("Pablo Soto", "represents", "Chile"), ("Jorge Quispe", "represents", "Peru")} <= facts
    _, facts = run(nlp, "The defence ministers Pablo Soto (Chile) and Jorge Quispe (Peru) attended the drills.")
    assert {("Pablo Soto", "represents", "Chile"), ("Jorge Quispe", "represents", "Peru")} <= facts


def test_a_quoted_name_a_state_signs_and_a_headlines_agreement(nlp):
    _, facts = run(nlp, "Chile and Peru signed the “Initiative on the Safe Passage of Fishing Fleets” in Lima.")
    assert ("Peru", "partyTo", "Initiative on the Safe Passage of Fishing Fleets") in facts
    ms, _ = run(nlp, "Chile, Peru Sign Pacific Fisheries Agreement\nChile and Peru signed the deal on Monday.")
    assert "Pacific Fisheries Agreement" in {m.text for m in ms if m.type == "Treaty"}
    assert not any("Sign" in m.text for m in ms if m.type == "Treaty")
    _, facts = run(nlp, "A naval exercise called “Andes 7” began in the Pacific.")
    assert ("Andes 7", "heldIn", "Pacific") in facts


def test_names_a_lexicon_knows_in_other_forms(nlp):
    ms, _ = run(nlp, "Vietnam affirmed its sovereignty over the Spratly and Paracel islands.")
    assert {(m.text, m.key) for m in ms if m.type == "Island"} == {("Spratly", "spratly islands"),
                                                                   ("Paracel", "paracel islands")}
    ms, _ = run(nlp, "Thailand sent F-16s and Gripens into combat in July.")
    assert ("Gripens", "Weapon", "gripen") in {(m.text, m.type, m.key) for m in ms}
    ms, _ = run(nlp, "South Korea and Peru signed a framework agreement. The South Koreans are pitching a submarine "
                     "deal.")
    assert "South Koreans" in {m.text for m in ms if m.key == "south-korea"}


def test_states_joined_by_others_and_a_speaker_at_a_launch_ceremony(nlp):
    _, facts = run(nlp, "The Andes 2025 exercise began on Sunday. This year, participating nations include Peru, "
                        "Bolivia, Ecuador and Chile, joined by Western countries such as Canada and France.")
    assert {(c, "participatedIn", "Andes 2025 exercise") for c in ("Peru", "Chile", "Canada", "France")} <= facts
    _, facts = run(nlp, "“It is a great day,” said President Ana Soto at the launch ceremony. “It works,” she said.")
    assert ("Ana Soto", "participatedIn", "launch ceremony") in facts
    _, facts = run(nlp, "“It is a great day,” said President Ana Soto at the signing ceremony.")
    assert ("Ana Soto", "participatedIn", "signing ceremony") in facts     # no one told as signing: the speaker's


def test_a_state_affirming_its_sovereignty_claims_islands_named_with_one_head(nlp):
    _, facts = run(nlp, "Vietnam reaffirmed its sovereignty over the Spratly and Paracel islands.")
    assert {("Vietnam", "claims", "Spratly"), ("Vietnam", "claims", "Paracel")} <= facts
    _, facts = run(nlp, "Washington reiterated its longstanding position on sovereignty over the Senkaku Islands.")
    assert not any(p in ("claims", "controls") for _, p, _ in facts)      # a third state's stance
    _, facts = run(nlp, "Japan has administered the Senkaku Islands since 1972 and rejects China's sovereignty over "
                        "them.")
    assert not any(s == "China" and p in ("claims", "controls") for s, p, _ in facts)


def test_a_claim_whose_phrase_the_parser_hung_on_the_verb(nlp):
    _, facts = run(nlp, "Seoul protested Japan's persistent claims to the Dokdo islets. Japan renewed its claim to the "
                        "Senkaku Islands on Monday. Beijing has laid claim to Scarborough Shoal.")
    assert {("Japan", "claims", "Dokdo islets"), ("Japan", "claims", "Senkaku Islands"),
            ("Beijing", "claims", "Scarborough Shoal")} <= facts
    assert not any(p == "relatedTo" for _, p, _ in facts)       # "laid claim to": the claim, not a vaguer "lay"
    _, facts = run(nlp, "Poland, a NATO member, appealed to NATO for help.")
    assert {("Poland", "partOf", "NATO"), ("Poland", "relatedTo", "NATO")} <= facts     # "appeal to" tells more
    _, facts = run(nlp, "China rejected claims to the Senkaku Islands. Japan has renounced its claim to the Kuril "
                        "Islands. The United States backed the claim to Scarborough Shoal. Manila took its claim to The "
                        "Hague in 2013. Britain has never laid claim to the Chagos Islands. Russia made no claim to "
                        "Crimea before 2014. Britain relinquished control over Hong Kong in 1997.")
    assert not any(p in ("claims", "controls") for _, p, _ in facts)    # denied, given up, backed, taken to a court,
    _, facts = run(nlp, "Argentina has never abandoned its claim to the Falkland Islands. India accused Pakistan of "
                        "making false claims to Kashmir.")                      # never made: no claim of the subject
    assert {("Argentina", "claims", "Falkland Islands"), ("Pakistan", "claims", "Kashmir")} <= facts
    assert ("India", "claims", "Kashmir") not in facts


def test_an_exercise_on_a_sea(nlp):
    _, facts = run(nlp, "Russia began Ocean Shield 2024 on Monday. The naval exercise is being held on the Baltic Sea.")
    assert ("Ocean Shield 2024", "heldIn", "Baltic Sea") in facts
    _, facts = run(nlp, "Russia began Ocean Shield 2024 on Monday, with ships on the Baltic Sea.")
    assert not any(p == "heldIn" for _, p, _ in facts)          # the ships' place, not said of the exercise


def test_two_island_names_each_with_its_head(nlp):
    ms, facts = run(nlp, "Vietnam continues to affirm its sovereignty over the Spratly Islands and Paracel Islands.")
    assert {("Spratly Islands", "Island"), ("Paracel Islands", "Island")} <= types(ms)
    assert "Islands" not in {m.text for m in ms}
    assert {("Vietnam", "claims", "Spratly Islands"), ("Vietnam", "claims", "Paracel Islands")} <= facts


def test_what_a_state_deploys_somewhere_is_stationed_there_and_shared_agents(nlp):
    _, facts = run(nlp, "Chile has deployed Spyder interceptors on several of the islands, including Chiloe and "
                        "Robinson Crusoe Island.")
    assert ("Spyder interceptors", "stationedIn", "Chiloe") in facts
    _, facts = run(nlp, "The United States sent Patriot systems to Poland.")
    assert not any(p == "stationedIn" for _, p, _ in facts)       # what a state sends may be a delivery
    _, facts = run(nlp, "The Type-12 missile, developed and produced by Mitsubishi Heavy Industries, has a long range.")
    assert ("Mitsubishi Heavy Industries", "develops", "Type-12 missile") in facts


def test_a_state_claimed_by_another_in_a_relative_clause(nlp):
    _, facts = run(nlp, "Taiwan is a self-governing island that Beijing claims.")
    assert ("Beijing", "claims", "Taiwan") in facts
    _, facts = run(nlp, "Russia claims Ukraine attacked a bridge.")
    assert not any(p == "claims" for _, p, _ in facts)


def test_the_storys_one_holder_of_a_post_named_later_and_a_visit_to_troops(nlp):
    _, facts = run(nlp, "Mr Soto toured the base. In meetings with Peru's Minister of Defence Jorge Quispe and Prime "
                        "Minister Luis Vera, the Defence Minister said Chile would stay. Defence Minister Pablo Soto "
                        "said: we will stay.")
    assert {("Pablo Soto", "metWith", "Jorge Quispe"), ("Pablo Soto", "metWith", "Luis Vera")} <= facts
    assert ("Jorge Quispe", "metWith", "Luis Vera") not in facts
    _, facts = run(nlp, "Defence Minister visits Chilean troops guarding the border in Peru\nDefence Minister Pablo "
                        "Soto said the troops were ready.")
    visits = {o for s, p, o in facts if p == "participatedIn" and "visit" in o}
    assert visits == {"Soto visit to Peru"}


def test_guards_from_the_review_of_session_12(nlp):
    _, facts = run(nlp, "Defence Minister Richard Marles arrived in Tokyo on Thursday. Marles will hold talks with "
                        "Japan's defence minister on Friday.")
    assert ("Richard Marles", "represents", "Japan") not in facts          # the anaphor must speak
    _, facts = run(nlp, "Vice President Kamala Harris met fishermen in Palawan. The Chinese president said nothing.")
    assert ("Kamala Harris", "represents", "Chinese") not in facts          # exactly the post
    _, facts = run(nlp, "During his visit to Vientiane for the ASEAN meetings, Blinken met Foreign Minister Wang Yi.")
    assert not any(p == "represents" for _, p, _ in facts)                  # officials at a multilateral meeting
    _, facts = run(nlp, "US envoy Steve Witkoff arrived in Russia. During his visit to Moscow, President Vladimir "
                        "Putin met him.")
    assert not any("Putin visit" in o for _, _, o in facts)
    _, facts = run(nlp, "The T-72 tanks, built in Russia and captured by Ukrainian forces, were shown.")
    assert not any(p in ("producedBy", "develops") for _, p, _ in facts)
    _, facts = run(nlp, "Zelensky thanked President Joe Biden on behalf of Ukraine.")
    assert ("Joe Biden", "represents", "Ukraine") not in facts               # never the object
    _, facts = run(nlp, "The Shangri-La Dialogue opened in Singapore. China and Russia are among the nations taking "
                        "part in the exercise off Vladivostok.")
    assert not any(p == "participatedIn" for _, p, _ in facts)
    ms, _ = run(nlp, "Putin signed the \"Decree on the Recognition of the Kherson Region\" on Thursday.")
    assert not any(m.type == "Treaty" for m in ms)
    ms, _ = run(nlp, "The Global Peace Index 2024 was published on Monday. The drills continued.")
    assert not any(m.type == "Event" for m in ms)
    _, facts = run(nlp, "Ukrainian Foreign Minister Dmytro Kuleba and Defence Minister Rustem Umerov signed the "
                        "agreement.")
    assert not any(p == "participatedIn" for _, p, _ in facts)              # one government's two ministers
    ms, _ = run(nlp, "South Africa's Hawks arrested three men. Most Americans oppose the war.")
    assert not any(m.type == "Weapon" for m in ms) and not any(m.text == "Americans" for m in ms)


def test_agreements_listed_each_with_its_partner(nlp):
    _, facts = run(nlp, "This adds to similar defence pacts that Chile has inked with three countries: a VFA with "
                        "Peru, a SOFA with Brazil, and a reciprocal access agreement with Japan.")
    assert {("Peru", "partyTo", "VFA"), ("Chile", "partyTo", "VFA"),
            ("Japan", "partyTo", "reciprocal access agreement")} <= facts
    assert ("Peru", "partyTo", "reciprocal access agreement") not in facts
    _, facts = run(nlp, "Similar deals are being negotiated with France and Canada.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_two_sides_appearing_side_by_side_somewhere_met(nlp):
    _, facts = run(nlp, "Chile's President Ana Soto announced the new pact alongside Peru's President Jorge Quispe in "
                        "Lima on Monday.")
    assert {("Ana Soto", "participatedIn", "Soto-Quispe meeting"), ("Soto-Quispe meeting", "heldIn", "Lima")} <= facts
    _, facts = run(nlp, "Chile's President Ana Soto will speak alongside Peru's President Jorge Quispe in Lima.")
    assert not any(p == "participatedIn" for _, p, _ in facts)        # not yet
    _, facts = run(nlp, "Chile's President Ana Soto spoke alongside Chile's Defence Minister Pablo Rojas in Lima.")
    assert not any(p == "participatedIn" for _, p, _ in facts)        # one government's two people


def test_a_name_in_commas_after_a_title_and_a_first_name_that_is_a_city(nlp):
    ms, facts = run(nlp, "Kenya's Defence Minister, Aden Duale, signed the agreement.")
    assert ("Aden Duale", "represents", "Kenya") in facts
    assert not any(m.type == "City" for m in ms)
    _, facts = run(nlp, "The deal was signed for Chile by Foreign Minister Ana Soto.")
    assert ("Ana Soto", "represents", "Chile") in facts


def test_states_sending_forces_in_an_exercise_story_and_a_list_under_a_heading(nlp):
    lead = "The Andes Shield 2025 exercise began on Monday near Valparaiso. "
    _, facts = run(nlp, lead + "Peru, Bolivia and Ecuador are sending ships.")
    assert {(c, "participatedIn", "Andes Shield 2025 exercise") for c in ("Peru", "Bolivia", "Ecuador")} <= facts
    _, facts = run(nlp, lead + "Participants: Peru, Bolivia, Ecuador.")
    assert {(c, "participatedIn", "Andes Shield 2025 exercise") for c in ("Peru", "Bolivia", "Ecuador")} <= facts
    _, facts = run(nlp, lead + "Forces from the following countries are taking part: Peru, Bolivia and Ecuador.")
    assert {(c, "participatedIn", "Andes Shield 2025 exercise") for c in ("Peru", "Bolivia", "Ecuador")} <= facts
    _, facts = run(nlp, lead + "The following countries will not take part: Peru and Bolivia.")
    assert not any(p == "participatedIn" for _, p, _ in facts)
    _, facts = run(nlp, "Chile sent troops to Peru. Bolivia is sending troops.")
    assert not any(p == "participatedIn" for _, p, _ in facts)      # no exercise to send them to


def test_states_training_in_an_exercise_story_and_nations_among_them(nlp):
    lead = "The Andes Shield 2025 exercise began on Monday near Valparaiso. "
    _, facts = run(nlp, lead + "Soldiers from Peru, Bolivia and Ecuador are training together in Antofagasta.")
    assert {(c, "participatedIn", "Andes Shield 2025 exercise") for c in ("Peru", "Bolivia", "Ecuador")} <= facts
    _, facts = run(nlp, lead + "The exercise involves about 3,000 troops from 9 nations, among them Peru, Bolivia "
                               "and Ecuador.")
    assert {(c, "participatedIn", "Andes Shield 2025 exercise") for c in ("Peru", "Bolivia", "Ecuador")} <= facts
    _, facts = run(nlp, "Ukrainian pilots are training in Denmark on F-16s.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_who_met_someone_before_speaking(nlp):
    _, facts = run(nlp, "Chilean Foreign Minister Ana Soto told reporters after meeting Peruvian Foreign Minister Jorge "
                        "Quispe in Lima.")
    assert ("Ana Soto", "metWith", "Jorge Quispe") in facts
    _, facts = run(nlp, "After talks with Peruvian Foreign Minister Jorge Quispe in Lima, Chilean Foreign Minister Ana "
                        "Soto said ties were strong.")
    assert ("Ana Soto", "participatedIn", "Soto-Quispe talks") in facts
    _, facts = run(nlp, "Chile has accused Bolivian militants of working with Peru.")
    assert not any(p == "cooperatesWith" for _, p, _ in facts)
    _, facts = run(nlp, "Chile sanctioned Peru's defence minister after testing a missile.")
    assert not any(p == "develops" for _, p, _ in facts)           # only who met whom: a dangling participle


def test_a_tour_of_a_site_is_a_visit_to_its_place(nlp):
    _, facts = run(nlp, "Defence Minister Ana Soto toured a submarine plant in Busan on Monday.")
    assert ("Ana Soto", "participatedIn", "Soto visit to Busan") in facts
    _, facts = run(nlp, "Defence Minister Ana Soto visited the troops.")
    assert not any("visit" in o for _, _, o in facts)
    _, facts = run(nlp, "Chilean President Ana Soto visited Chile's embassy in Lima on Monday.")
    assert not any(o == "Chile" for _, p, o in facts if p == "heldIn")     # in Lima, not a visit to her own state


def test_a_named_weapon_and_its_maker_parsed_as_a_verb(nlp):
    _, facts = run(nlp, "The projectile, named Condor, was developed by leading Chilean missile developer Famae.")
    assert ("Famae", "develops", "Condor") in facts


def test_guards_from_the_second_review_of_session_12(nlp):
    for text in ["Prime Minister Ana Soto spoke alongside Treasurer Pablo Rojas in Santiago on Monday.",
                 "After Quispe's talks with Soto in Lima, Rojas said he was hopeful.",
                 "The Andes Shield exercise began. Meanwhile, Bolivia is sending more troops.",
                 "The Andes Shield exercise began. Countries not participating: Bolivia and Paraguay.",
                 "The Andes Shield exercise began on Monday. Peruvian pilots are training in Spain on F-16 jets."]:
        _, facts = run(nlp, text)
        assert not any(p in ("participatedIn", "metWith") for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "The contract, signed for Ukraine by Czech Defence Minister Jana Cernochova, covers shells.")
    assert ("Jana Cernochova", "represents", "Ukraine") not in facts
    ms, _ = run(nlp, "Yemen's Prime Minister, Aden Governor Ahmed Lamlas, said.")
    assert not any(m.text.startswith("Aden") and m.type in ("Person", "Minister") for m in ms)
    _, facts = run(nlp, "Serbia has refused a SOFA with NATO.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_a_modified_abbreviated_title(nlp):
    _, facts = run(nlp, "Chilean PM Ana Soto and Deputy PM Richard Lowe welcomed the naval leaders in Valparaiso.")
    assert ("Richard Lowe", "holdsPosition", "Deputy Prime Minister") in facts
    assert ("Richard Lowe", "holdsPosition", "Prime Minister") not in facts


def test_the_head_of_a_body_and_a_title_beginning_with_a_modifier(nlp):
    _, facts = run(nlp, "Richard Lowe, head of the Defence Procurement Agency, said the jets were ready.")
    assert ("Richard Lowe", "represents", "Defence Procurement Agency") in facts
    ms, facts = run(nlp, "Kenya Cabinet Secretary for Defence, Aden Duale, signed the agreement.")
    assert ("Aden Duale", "represents", "Kenya") in facts
    assert ("Aden Duale", "holdsPosition", "Cabinet Secretary for Defence") in facts
    assert not any(m.text.startswith("Kenya ") or m.text == "Cabinet" for m in ms)
    _, facts = run(nlp, "The ceremony was attended by Chilean President Ana Soto and Lee Yong-chul, head of "
                        "the Defense Acquisition Program Administration (DAPA), officials said.")
    assert ("Lee Yong-chul", "represents", "Defense Acquisition Program Administration") in facts
    assert ("Ana Soto", "holdsPosition", "head") not in facts


def test_a_ceremony_named_as_the_subject_of_a_passive(nlp):
    _, facts = run(nlp, "The signing ceremony in Busan was attended by Sergei Ivanov and Richard Lowe.")
    assert ("Ivanov-Lowe ceremony", "heldIn", "Busan") in facts
    _, facts = run(nlp, "The ceremony was held in Busan and attended by Sergei Ivanov and Richard Lowe.")
    assert {("Sergei Ivanov", "participatedIn", "Ivanov-Lowe ceremony"),
            ("Ivanov-Lowe ceremony", "heldIn", "Busan")} <= facts
    _, facts = run(nlp, "The ceremony was held in Busan and attended by hundreds of people.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_exercise_names_with_a_capital_head_a_gloss_or_capitals(nlp):
    ms, facts = run(nlp, "This year's Andes Shield Exercises have brought together 9 countries including Chile and Peru.")
    assert ("Chile", "participatedIn", "Andes Shield Exercises") in facts
    ms, facts = run(nlp, "The second stage of the Sokol (Falcon) 2023 joint military exercises of the Chilean and "
                         "Peruvian armed forces took place in Arica.")
    assert any(m.type == "Event" and m.text == "Sokol (Falcon) 2023" for m in ms)
    assert ("Sokol (Falcon) 2023", "heldIn", "Arica") in facts
    ms, facts = run(nlp, "The Exercise CONDOR 2023 between Chile and Peru concluded yesterday.")
    assert ("Chile", "participatedIn", "Exercise CONDOR 2023") in facts
    ms, _ = run(nlp, "Richard Lowe Exercises daily. Exercises in Chile were cancelled.")
    assert not any(m.type == "Event" for m in ms)


def test_an_exercise_in_capitals_named_by_its_edition_and_forces_from_states(nlp):
    ms, facts = run(nlp, "Over 2,000 Naval Forces from 9 countries kicked off CONDOR IX, the 9th edition of the "
                         "annual multinational exercise, in Valparaiso. CONDOR participants include Naval Forces "
                         "from Argentina, Chile and Peru.")
    assert any(m.type == "Event" and m.text == "CONDOR IX" for m in ms)
    assert {("Argentina", "participatedIn", "CONDOR"), ("Peru", "participatedIn", "CONDOR")} <= facts
    assert not any(m.text == "Naval Forces" for m in ms)
    ms, _ = run(nlp, "Richard Lowe met NATO, the alliance, in Brussels. The Naval Forces of Chile sailed.")
    assert not any(m.type == "Event" for m in ms)


def test_a_demonym_before_the_second_of_two_titled_signers_is_only_the_seconds(nlp):
    _, facts = run(nlp, "Defense Secretary Richard Lowe and Canadian defense minister Sergei Ivanov signed the Status "
                        "of the Visiting Forces Agreement (SOVFA), allowing joint drills.")
    assert ("Richard Lowe", "represents", "Canadian") not in facts
    assert {("Richard Lowe", "participatedIn", "Lowe-Ivanov signing"),
            ("Sergei Ivanov", "participatedIn", "Lowe-Ivanov signing")} <= facts


def test_an_agreement_signed_between_two_sides_in_the_passive(nlp):
    _, facts = run(nlp, "The agreement was signed in Busan between Sergei Ivanov and Richard Lowe.")
    assert {("Sergei Ivanov", "participatedIn", "Ivanov-Lowe signing"), ("Ivanov-Lowe signing", "heldIn", "Busan")} <= facts
    _, facts = run(nlp, "The agreement was signed in Busan between Chile and Peru.")
    assert ("Chile", "participatedIn", "Chile-Peru signing") in facts
    _, facts = run(nlp, "The agreement was signed between Chile and Peru.")      # no place, no day: no meeting told
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_a_named_system_and_its_kind_are_one_weapon(nlp):
    ms, facts = run(nlp, "Chile bought 32 F-35A stealth fighters and 96 AH-64E Apache attack helicopters.")
    assert ("Chile", "acquires", "AH-64E Apache attack helicopters") in facts
    assert not any(m.text == "attack helicopters" for m in ms)
    _, facts = run(nlp, "Peru has ordered two Koralle-class attack submarines from France's Naval Group.")
    assert ("Peru", "acquires", "Koralle-class attack submarines") in facts


def test_a_unit_based_out_of_or_stationed_near_a_place(nlp):
    _, facts = run(nlp, "The 3rd Infantry Division will be based out of Busan.")
    assert ("3rd Infantry Division", "stationedIn", "Busan") in facts
    _, facts = run(nlp, "The 3rd Infantry Division will be stationed near Busan.")
    assert ("3rd Infantry Division", "stationedIn", "Busan") in facts
    _, facts = run(nlp, "The 3rd Infantry Division fought near Busan and ran out of ammunition.")
    assert not any(p == "stationedIn" for _, p, _ in facts)


def test_a_counterpart_named_after_a_comma_and_a_derived_demonym(nlp):
    _, facts = run(nlp, "Putin will hold talks with their Iranian counterpart, Ebrahim Raisi.")
    assert ("Ebrahim Raisi", "represents", "Iranian") in facts
    _, facts = run(nlp, "Marles met his Vanuatuan counterpart Jotham Napat in Port Vila.")
    assert ("Jotham Napat", "represents", "Vanuatuan") in facts


def test_visits_told_by_arrival_or_as_a_trip_and_honorifics_after_titles(nlp):
    _, facts = run(nlp, "Richard Lowe arrived in Busan on June 4, 2023 on a two-day visit.")
    assert {("Richard Lowe", "participatedIn", "Lowe visit to Busan"), ("Lowe visit to Busan", "date", "2023-06-04")} <= facts
    _, facts = run(nlp, "The visit to Busan is Lowe's second official trip abroad.")
    assert ("Lowe", "participatedIn", "Lowe visit to Busan") in facts
    _, facts = run(nlp, "Richard Lowe arrived in Busan on a plane.")
    assert not facts
    ms, facts = run(nlp, "Raksha Mantri Shri Rajnath Singh held a meeting with US Secretary of Defence Mr Richard Lowe "
                         "in New Delhi on June 5, 2023.")
    assert not any(m.text in ("Mr", "Shri") or m.text.startswith("Raksha") for m in ms)
    assert {("Rajnath Singh", "represents", "India"), ("Richard Lowe", "holdsPosition", "Secretary of Defence")} <= facts


def test_a_named_meeting_told_again_with_its_place_and_a_portfolio_title_before_a_name(nlp):
    _, facts = run(nlp, "The ministers spoke after the conclusion of a two-plus-two ministerial meeting in Tokyo.")
    assert ("two-plus-two", "heldIn", "Tokyo") in facts
    assert not any(o.endswith("in Tokyo") for _, _, o in facts)
    _, facts = run(nlp, "The 2+2 talks opened on Monday. Included in the meeting were Secretary of State Antony Blinken, "
                        "Japan's Minister for Foreign Affairs Yoko Kamikawa and Japan's Minister of Defense Minoru Kihara.")
    assert ("Yoko Kamikawa", "participatedIn", "2+2 talks") in facts


def test_guards_from_the_review_of_session_13(nlp):
    for text in ["US troops will be moved out of Niger by September.",
                 "US troops are stationed near Russia.", "Belarus moved two battalions near Poland."]:
        _, facts = run(nlp, text)
        assert not any(p == "stationedIn" for _, p, _ in facts), (text, facts)
    ms, _ = run(nlp, "Russia Holds Snap Exercises In Pacific Fleet")
    assert not any(m.type == "Event" for m in ms)
    for text in ["The summit was held in Busan and was not attended by Sergei Ivanov or Richard Lowe.",
                 "US Defense Secretary Richard Lowe and Russian Defence Minister Sergei Ivanov signed the suspension "
                 "of the treaty."]:
        _, facts = run(nlp, text)
        assert not any(p == "participatedIn" for _, p, _ in facts), (text, facts)
    ms, _ = run(nlp, "The marines landed at Lomza, the final stage of the annual exercise.")
    assert not any(m.type == "Event" for m in ms)
    ms, _ = run(nlp, "Chile and Peru held the Sokol (Falcon) 2023 joint military exercises near Arica.")
    assert [m.text for m in ms if m.type == "Event"] == ["Sokol (Falcon) 2023"]
    _, facts = run(nlp, "Richard Lowe, head of a family of five, was killed.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)
    ms, _ = run(nlp, "India ordered three Kalvari-class diesel-electric submarines.")
    assert "Kalvari-class diesel-electric submarines" in [m.text for m in ms if m.type == "Weapon"]


def test_states_of_counterparts_in_turn_and_no_state_read_backwards(nlp):
    _, facts = run(nlp, "Blinken met his Japanese and Australian counterparts, Yoshimasa Hayashi and Richard Marles, in Tokyo.")
    assert {("Yoshimasa Hayashi", "represents", "Japanese"), ("Richard Marles", "represents", "Australian")} <= facts
    assert ("Richard Marles", "represents", "Japanese") not in facts
    _, facts = run(nlp, "Defense Secretary Lloyd Austin and Russian Foreign Minister Sergei Lavrov spoke by phone.")
    assert ("Lloyd Austin", "represents", "Russian") not in facts
    _, facts = run(nlp, "Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara met Blinken.")
    assert ("Minoru Kihara", "represents", "Japanese") in facts


def test_exercise_names_with_an_adjective_or_a_strategic_kind(nlp):
    _, facts = run(nlp, "Finland hosts the Nordic Response Exercises with Sweden and Norway.")
    assert ("Finland", "participatedIn", "Nordic Response Exercises") in facts
    _, facts = run(nlp, "Russia and Belarus began the Zapad (West) 2021 joint strategic exercises on Friday.")
    assert ("Belarus", "participatedIn", "Zapad (West) 2021") in facts
    ms, _ = run(nlp, "Russian Forces Begin Large Tactical Exercises")
    assert not any(m.type == "Event" for m in ms)


def test_a_company_a_state_signs_with_or_buys_from_is_a_party(nlp):
    _, facts = run(nlp, "Earlier this week, Chile signed a $1.2 billion agreement with Raytheon Technologies Corp. "
                        "to produce 48 launchers.")
    assert ("Raytheon Technologies Corp.", "partyTo", "agreement") in facts
    _, facts = run(nlp, "Chile signed a $10 billion agreement to purchase 96 AH-64E Apache attack helicopters from "
                        "US manufacturer Boeing Co.")
    assert {("Chile", "partyTo", "agreement"), ("Boeing Co.", "partyTo", "agreement")} <= facts
    _, facts = run(nlp, "Chile signed an agreement with Peru on Monday to buy wheat from Argentina.")
    assert ("Argentina", "partyTo", "agreement") not in facts


def test_negotiations_held_with_a_states_leaders_are_talks(nlp):
    _, facts = run(nlp, "Foreign Minister Ana Soto and Defence Minister Richard Lowe held negotiations with Peruvian "
                        "leaders in Lima on Wednesday.")
    assert {("Ana Soto", "participatedIn", "Lowe-Soto talks"), ("Lowe-Soto talks", "heldIn", "Lima")} <= facts
    _, facts = run(nlp, "Ana Soto said negotiations with Peru would resume.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_a_forums_named_meeting_and_documents_signed_for_an_agreement(nlp):
    _, facts = run(nlp, "In 2022, Lowe met defense minister Sergei Ivanov during the ASEAN Defense Ministers’ Meeting.")
    assert ("Sergei Ivanov", "participatedIn", "ASEAN Defense Ministers’ Meeting") in facts
    _, facts = run(nlp, "Defense Secretary Richard Lowe and New Zealand Defense Minister Ana Soto signed the documents "
                        "for the status of visiting forces agreement (SOVFA) at the Presidential Palace.")
    assert ("Ana Soto", "participatedIn", "Lowe-Soto signing") in facts
    _, facts = run(nlp, "Richard Lowe and Russian Defence Minister Sergei Ivanov signed documents for the withdrawal "
                        "of troops.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_troops_a_state_hosts_and_a_unit_based_in_a_town(nlp):
    _, facts = run(nlp, "Japan hosts about 54,000 American troops.")
    assert ("American", "stationedIn", "Japan") in facts
    _, facts = run(nlp, "Kenya hosts US forces at Manda Bay.")
    assert ("US", "stationedIn", "Manda Bay") in facts
    for text in ["Poland will not host German troops.", "Japan hosted the summit in Tokyo."]:
        _, facts = run(nlp, text)
        assert not any(p == "stationedIn" for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "The 13 Light Armoured Brigade joined the division. The Oirschot-based brigade's flag was "
                        "handed over.")
    assert ("13 Light Armoured Brigade", "stationedIn", "Oirschot") in facts


def test_an_island_claimed_in_a_reduced_relative_clause(nlp):
    _, facts = run(nlp, "Tension rose around Taiwan, the self-governing island Beijing claims as its own.")
    assert ("Beijing", "claims", "Taiwan") in facts
    _, facts = run(nlp, "The talks were held in Tokyo, the city Beijing claims as its own rival.")
    assert not any(p == "claims" for _, p, _ in facts)


def test_guards_from_the_second_review_of_session_13(nlp):
    for text in ["Sergei Ivanov skipped the ASEAN Defense Ministers' Meeting in Jakarta.",
                 "Sergei Ivanov was not invited to the summit in Busan with Richard Lowe.",
                 "Richard Lowe did not arrive in Manila on a two-day visit as planned.",
                 "The visit to Beijing will be Sergei Ivanov's first trip abroad."]:
        _, facts = run(nlp, text)
        assert not any(p == "participatedIn" for _, p, _ in facts), (text, facts)
    ms, facts = run(nlp, "Airbus said its Chinese counterpart, Comac Aircraft Corporation, would help.")
    assert not any(m.type in ("Person", "Minister") for m in ms) and not any(p == "represents" for _, p, _ in facts)
    _, facts = run(nlp, "Estonia signed a contract with Rheinmetall and KNDS. Germany and France praised it.")
    assert not any(s in ("Germany", "France") and p == "partyTo" for s, p, _ in facts)
    _, facts = run(nlp, "Rajya Raksha Mantri Shri Sanjay Seth inaugurated the exhibition in Pune.")
    assert ("Sanjay Seth", "holdsPosition", "Raksha Mantri") not in facts
    _, facts = run(nlp, "Raksha Mantri Smt. Nirmala Sitharaman met Richard Lowe in New Delhi.")
    assert ("Nirmala Sitharaman", "holdsPosition", "Raksha Mantri") in facts


def test_states_coordinated_before_a_force_or_a_weapon_take_part_too(nlp):
    _, facts = run(nlp, "The Condor Shield exercise began. It involves the Kazakh and Uzbek armed forces.")
    assert ("Kazakh", "participatedIn", "Condor Shield exercise") in facts
    _, facts = run(nlp, "Danish and Dutch F-16s are taking part in the Condor Shield exercise.")
    assert {("Danish", "participatedIn", "Condor Shield exercise"),
            ("Dutch", "participatedIn", "Condor Shield exercise")} <= facts
    _, facts = run(nlp, "The Condor Shield exercise began. Russian and Chinese diplomats criticised the Uzbek armed forces.")
    assert not any(s in ("Russian", "Chinese") and p == "participatedIn" for s, p, _ in facts)


def test_coordinated_demonyms_own_their_forces_and_weapons_each(nlp):
    _, facts = run(nlp, "The Chilean and Peruvian armed forces took part in the exercise.")
    assert ("Peruvian armed forces", "partOf", "Chilean") not in facts
    _, facts = run(nlp, "Danish and Dutch F-16s flew over the sea.")
    assert {("Danish", "operates", "F-16s"), ("Dutch", "operates", "F-16s")} <= facts


def test_drills_given_a_name_are_the_named_exercise(nlp):
    _, facts = run(nlp, "Chile and Peru began joint naval drills dubbed Condor Shield 2024 on Monday.")
    assert ("Chile", "participatedIn", "Condor Shield 2024") in facts
    assert not any("joint drill" in o for _, _, o in facts)
    _, facts = run(nlp, "China launched large-scale drills code-named Joint Sword around Taiwan on Saturday.")
    assert ("China", "participatedIn", "Joint Sword") in facts


def test_parties_written_after_an_exercise_or_meeting(nlp):
    _, facts = run(nlp, "Exercise Condor Shield 2024, involving troops from Chile, Peru and Colombia, began on Monday.")
    assert {(s, "participatedIn", "Exercise Condor Shield 2024") for s in ("Chile", "Peru", "Colombia")} <= facts
    _, facts = run(nlp, "The Condor Shield 2024 exercises of the Chilean and Peruvian armed forces began on Monday.")
    assert {("Chilean", "participatedIn", "Condor Shield 2024 exercises"),
            ("Peruvian armed forces", "participatedIn", "Condor Shield 2024 exercises")} <= facts


def test_refusing_to_take_part_is_no_participation(nlp):
    for text in ["India declined to take part in the Vostok 2022 exercise, held in Russia's Far East.",
                 "Japan did not take part in the Vostok 2022 exercise.",
                 "India refused to join the Zapad 2021 exercise.",
                 "Turkey will not participate in the Steadfast Defender 2024 exercise, officials said."]:
        _, facts = run(nlp, text)
        assert not any(p == "participatedIn" for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Chile and Peru are expected to participate in Exercise Condor Shield 2024.")
    assert ("Chile", "participatedIn", "Exercise Condor Shield 2024") in facts


def test_talks_held_with_someone_are_a_meeting_with_them(nlp):
    _, facts = run(nlp, "Japanese Prime Minister Kenji Sato held talks with South Korean President David Mensah "
                        "in Tokyo on Sept. 9, 2023.")
    assert ("Kenji Sato", "metWith", "David Mensah") in facts
    _, facts = run(nlp, "Japanese Prime Minister Kenji Sato will hold talks with South Korean President David Mensah.")
    assert not any(p == "metWith" for _, p, _ in facts)


def test_a_visit_to_two_places_is_a_visit_to_each(nlp):
    _, facts = run(nlp, "Australian Defence Minister Richard Lowe visited Santiago and Lima this week.")
    assert {("Lowe visit to Santiago", "heldIn", "Santiago"), ("Richard Lowe", "participatedIn", "Lowe visit to Santiago")} <= facts
    assert any(s.startswith("Lowe visit to") and s != "Lowe visit to Santiago" and o == "Lima" and p == "heldIn"
               for s, p, o in facts)


def test_a_year_tagged_apart_from_its_days_dates_the_meeting(nlp):
    _, facts = run(nlp, "The NATO summit in Vilnius on July 11-12, 2023 was attended by President Richard Lowe.")
    assert ("NATO summit", "date", "2023-07-11") in facts


def test_a_transfer_refused_or_ruled_out_is_no_acquisition(nlp):
    for text in ["Germany has refused to supply Taurus missiles to Ukraine.",
                 "Washington has ruled out sending F-16 fighters to Ukraine.",
                 "The United States declined to sell F-35 jets to Turkey.",
                 "Poland has no plans to buy the F-15EX."]:
        _, facts = run(nlp, text)
        assert not any(p == "acquires" for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Poland plans to buy the F-15EX.")
    assert ("Poland", "acquires", "F-15EX") in facts


def test_missiles_fired_at_a_target_are_used_not_developed(nlp):
    _, facts = run(nlp, "Russia fired Kinzhal missiles at Kyiv on Monday.")
    assert ("Russia", "operates", "Kinzhal missiles") in facts
    assert not any(p == "develops" for _, p, _ in facts)
    _, facts = run(nlp, "Russia launched the Sarmat intercontinental ballistic missile from a silo at 03:12 p.m. Moscow time.")
    assert any(s == "Russia" and p == "develops" and "Sarmat" in o for s, p, o in facts)


def test_an_unknown_name_before_a_kind_of_weapon_names_it(nlp):
    _, facts = run(nlp, "Pakistan tested the Ababeel ballistic missile.")
    assert ("Pakistan", "develops", "Ababeel ballistic missile") in facts
    assert not any(p == "producedBy" for _, p, _ in facts)
    _, facts = run(nlp, "Iran tested its new Khorramshahr-4 ballistic missile.")
    assert ("Iran", "develops", "Khorramshahr-4 ballistic missile") in facts
    _, facts = run(nlp, "Paraguay bought 12 Super Tucano light attack aircraft from Embraer.")
    assert {("Paraguay", "acquires", "Super Tucano light attack aircraft"),
            ("Super Tucano light attack aircraft", "producedBy", "Embraer")} <= facts
    _, facts = run(nlp, "Israel bought Lockheed Martin F-35 jets.")
    assert ("F-35 jets", "producedBy", "Lockheed Martin") in facts


def test_kind_words_before_exercise_are_part_of_its_name(nlp):
    ms, facts = run(nlp, "The Multilateral Naval Exercise Komodo began on Monday in Makassar. In 2023, participating "
                         "countries include the US, Australia and China.")
    assert ("Multilateral Naval Exercise Komodo", "Event") in types(ms)
    assert ("Australia", "participatedIn", "Multilateral Naval Exercise Komodo") in facts
    ms, _ = run(nlp, "The Exercise Komodo began. The Komodo drills will see participation from 36 countries.")
    assert [m.text for m in ms if m.type == "Event"] in (["Exercise Komodo"], ["Exercise Komodo", "Komodo drills"])
    assert not any(m.rule == "event:placed" for m in ms)    # (one node after resolution: test_resolve)


def test_the_states_of_the_people_who_sign_a_treaty_are_its_parties(nlp):
    for text in ["Chilean Defence Minister Tomas Herrera and Peruvian Defence Minister Luis Vargas signed the "
                 "Pacific Defence Pact in Lima.",
                 "The Pacific Defence Pact was signed by Chilean Defence Minister Tomas Herrera and Peruvian Defence "
                 "Minister Luis Vargas."]:
        _, facts = run(nlp, text)
        assert {("Chilean", "partyTo", "Pacific Defence Pact"), ("Peruvian", "partyTo", "Pacific Defence Pact")} <= facts
    _, facts = run(nlp, "Chilean Defence Minister Tomas Herrera will sign the Pacific Defence Pact next week.")
    assert not any(p == "partyTo" for _, p, _ in facts)


def test_a_ceremony_someone_presides_over_with_leaders_of_states(nlp):
    _, facts = run(nlp, "On Tuesday, President Donald Trump presided over a ceremony at The White House with leaders "
                        "of Israel, the United Arab Emirates and Bahrain.")
    ceremony = {o for s, p, o in facts if s == "Donald Trump" and p == "participatedIn"}
    assert len(ceremony) == 1
    assert {(s, "participatedIn", next(iter(ceremony))) for s in ("Israel", "United Arab Emirates", "Bahrain")} <= facts


def test_weapons_chosen_or_supplied_to_a_state_with_with(nlp):
    _, facts = run(nlp, "France has supplied Ukraine with SCALP missiles.")
    assert ("Ukraine", "acquires", "SCALP missiles") in facts
    _, facts = run(nlp, "The Finnish government has picked the F-35 as the replacement for its F-18 fleet.")
    assert ("Finnish", "acquires", "F-35") in facts
    _, facts = run(nlp, "Colombia chose the Gripen over the F-16 and the Rafale.")
    assert ("Colombia", "acquires", "Gripen") in facts and ("Colombia", "acquires", "F-16") not in facts
    _, facts = run(nlp, "Germany refused to provide Ukraine with Taurus missiles.")
    assert not any(p == "acquires" for _, p, _ in facts)


def test_the_officer_who_commands_or_leads_a_unit_represents_it(nlp):
    _, facts = run(nlp, "Col. Richard Lowe commands the 2nd Cavalry Regiment.")
    assert ("Richard Lowe", "represents", "2nd Cavalry Regiment") in facts
    _, facts = run(nlp, "The 2nd Cavalry Regiment, led by Col. Richard Lowe, arrived in Vilnius.")
    assert ("Richard Lowe", "represents", "2nd Cavalry Regiment") in facts


def test_territory_captured_handed_over_or_shown_as_a_states(nlp):
    for text, fact in [("Russian forces captured Avdiivka in February 2024.", ("Russian", "controls", "Avdiivka")),
                       ("Avdiivka fell to Russian forces.", ("Russian", "controls", "Avdiivka")),
                       ("Kherson was liberated by Ukrainian forces in November.", ("Ukrainian", "controls", "Kherson")),
                       ("Armenia handed over Kelbajar to Azerbaijan.", ("Azerbaijan", "controls", "Kelbajar")),
                       ("Nepal unveiled a new map that depicts Lipulekh as part of Nepalese territory.",
                        ("Nepalese", "claims", "Lipulekh"))]:
        _, facts = run(nlp, text)
        assert fact in facts, (text, facts)
    _, facts = run(nlp, "Russia failed to capture Kyiv.")
    assert not any(p == "controls" for _, p, _ in facts)


def test_a_declaration_named_on_its_subject_and_a_name_split_by_ner_after_a_title(nlp):
    ms, facts = run(nlp, "President of Azerbaijan Ilham Aliyev and President of Turkey Recep Tayyip Erdogan signed the "
                         "Shusha Declaration on Alliance.")
    assert {("Recep Tayyip Erdogan", "Minister"), ("Shusha Declaration on Alliance", "Treaty")} <= types(ms)
    assert {("Azerbaijan", "partyTo", "Shusha Declaration on Alliance"),
            ("Turkey", "partyTo", "Shusha Declaration on Alliance")} <= facts
    ms, _ = run(nlp, "Leaders signed the Tashkent Declaration in 1966.")
    assert ("Tashkent Declaration", "Treaty") in types(ms)


def test_guards_from_the_review_of_session_14(nlp):
    none = {"metWith": ["Zelensky called for talks with Putin, but the Kremlin rejected talks with Zelensky.",
                        "Richard Lowe wants to hold talks with Sergei Ivanov."],
            "controls": ["Trump said the United States would take Greenland.",
                         "Russia could capture Pokrovsk by the end of the year, Richard Lowe said.",
                         "Russia launched an offensive to take Kharkiv.",
                         "Britain agreed to hand over the Chagos Islands to Mauritius.",
                         "The UK will hand over the Chagos Islands to Mauritius.",
                         "Ukraine vowed to liberate Crimea.",
                         "Russia claims to have captured the village of Robotyne."],
            "acquires": ["Switzerland is expected to select the F-35A later this year.",
                         "Germany may opt for the Arrow 3 system.",
                         "Britain is considering supplying Ukraine with Typhoon jets.",
                         "Iran denied that it supplied Russia with Shahed drones.",
                         "Germany has been hesitant to send Taurus missiles to Ukraine."],
            "operates": ["India test-fired the Agni-5 missile at a range in Odisha.",
                         "North Korea launched a Hwasong-18 missile at dawn."],
            "represents": ["Richard Lowe will command the 4th Infantry Division from next year.",
                           "Richard Lowe leads the Azov Brigade's lawyers."],
            "partyTo": ["British Foreign Secretary Richard Lowe signed the Lima Accord as a witness."],
            "participatedIn": ["The meeting called Olga Petrova's remarks irresponsible, and France and Germany attended."]}
    for prop, texts in none.items():
        for text in texts:
            _, facts = run(nlp, text)
            assert not any(p == prop for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Exercise Black Sea Breeze began near Odesa. Last week Turkey held Black Sea drills with Bulgaria.")
    assert not any(o == "Exercise Black Sea Breeze" for _, p, o in facts if p == "participatedIn")
    _, facts = run(nlp, "India did not hesitate to join the Malabar exercise.")
    assert ("India", "participatedIn", "Malabar exercise") in facts
    _, facts = run(nlp, "Tokyo will provide Manila with surveillance radars.")
    assert ("Manila", "acquires", "surveillance radars") in facts
    ms, _ = run(nlp, "Indian Navy Exercise Varuna with France began off Goa.")
    assert ("Indian Navy", "MilitaryUnit") in types(ms)


def test_drills_staged_and_exercises_named_by_a_designation_or_an_edition(nlp):
    _, facts = run(nlp, "South Korea and the United States staged joint air drills on March 6, 2023.")
    assert ("South Korea", "participatedIn", "South Korea-United States joint drill") in facts
    _, facts = run(nlp, "China staged the Joint Sword-2024A drills around Taiwan on May 23, 2024.")
    assert ("China", "participatedIn", "Joint Sword-2024A") in facts
    _, facts = run(nlp, "Troops from Georgia and the United States took part in Noble Partner 2024. The exercise ended "
                        "on Friday.")
    assert ("Georgia", "participatedIn", "Noble Partner 2024") in facts


def test_a_title_is_the_name_right_after_it_not_a_later_apposition(nlp):
    _, facts = run(nlp, "On 6 March 2018, the Minister for Foreign Affairs of Australia, Ms. Julie Bishop and Minister "
                        "in the Office of the Prime Minister for the Delimitation of Borders of the Democratic Republic "
                        "of Timor-Leste, Mr. Hermenegildo Augusto Cabral Pereira, signed the Treaty.")
    assert {("Julie Bishop", "holdsPosition", "Minister for Foreign Affairs"),
            ("Julie Bishop", "represents", "Australia")} <= facts
    assert not any(s.startswith("Hermenegildo") and o in ("Minister for Foreign Affairs", "Australia") for s, _, o in facts)


def test_two_people_who_hold_a_meeting_together_met_there(nlp):
    _, facts = run(nlp, "Richard Marles and Gilberto Teodoro held the inaugural Australia-Philippines Defence Ministers' "
                        "Meeting on 12 November 2024 in Canberra, Australia.")
    assert ("Richard Marles", "metWith", "Gilberto Teodoro") in facts
    assert ("Australia-Philippines Defence Ministers' Meeting", "heldIn", "Canberra") in facts
    _, facts = run(nlp, "Richard Lowe and Sergei Ivanov will hold talks in Geneva.")
    assert not any(p == "metWith" for _, p, _ in facts)


def test_a_company_that_wins_a_contract_to_supply_a_weapon_makes_it_and_the_tanks_it_made(nlp):
    _, facts = run(nlp, "Lockheed Martin won a $7.8 billion contract to supply F-16 Block 70 jets to Bulgaria.")
    assert ("F-16", "producedBy", "Lockheed Martin") in facts
    _, facts = run(nlp, "The Pentagon awarded Lockheed Martin a contract to supply F-16 jets to Taiwan.")
    assert ("F-16 jets", "producedBy", "Lockheed Martin") in facts
    for text in ["Rheinmetall will supply Leopard 1 tanks to Ukraine.",       # (refurbished: built by another)
                 "Raytheon lost a contract to supply Patriot missiles to Saudi Arabia.",
                 "The Pentagon will deliver Patriot missiles to Ukraine."]:
        _, facts = run(nlp, text)
        assert not any(p == "producedBy" for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Poland bought F-35 jets and K2 tanks. The tanks are made by Hyundai Rotem.")
    assert ("K2 tanks", "producedBy", "Hyundai Rotem") in facts
    assert ("F-35 jets", "producedBy", "Hyundai Rotem") not in facts


def test_the_state_in_a_deal_with_a_company_to_supply_a_weapon_acquires_it(nlp):
    _, facts = run(nlp, "Korea Aerospace Industries has signed a $700 million agreement with the Peruvian Ministry of "
                        "Defense to supply 12 FA-50 light combat aircraft.")
    assert ("Peruvian Ministry of Defense", "acquires", "FA-50") in {(s, p, o.split()[0]) for s, p, o in facts}
    _, facts = run(nlp, "Chile signed a deal with Lockheed Martin to supply 32 F-35A jets.")
    assert ("Chile", "acquires", "F-35A jets") in facts
    for text in ["Peru signed a contract with Chile to supply 12 FA-50 jets.",     # which of two states supplies?
                 "Korea Aerospace Industries hopes to sign a contract with Peru to deliver FA-50 jets.",
                 "If Korea Aerospace Industries signs a deal with Peru to supply FA-50 jets, Chile may follow.",
                 "Lockheed Martin won a contract with the Peruvian Army to supply Patriot missiles for Chile.",
                 "Lockheed Martin signed a deal with Boeing to supply F-35A jets."]:
        _, facts = run(nlp, text)
        assert not any(p == "acquires" for _, p, _ in facts), (text, facts)


def test_posts_of_a_body_given_by_chief_of_heads_or_taking_over(nlp):
    _, facts = run(nlp, "Tomas Herrera, chief of the Chilean Navy, said the ships were ready.")
    assert ("Tomas Herrera", "represents", "Chilean Navy") in facts
    _, facts = run(nlp, "Sergei Ivanov, who heads Russia's Federal Security Service, spoke on Monday.")
    assert ("Sergei Ivanov", "represents", "Federal Security Service") in facts
    _, facts = run(nlp, "Richard Lowe took over as Chile's defence minister in May.")
    assert {("Richard Lowe", "holdsPosition", "defence minister"), ("Richard Lowe", "represents", "Chile")} <= facts
    ms, facts = run(nlp, "Fire chief John Smith said the blaze was out.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)


def test_troops_from_a_part_of_a_unit_are_the_units(nlp):
    _, facts = run(nlp, "About 300 troops from the headquarters element of the 18th Airborne Corps have arrived in Germany.")
    assert ("18th Airborne Corps", "stationedIn", "Germany") in facts


def test_guards_from_the_second_review_of_session_14(nlp):
    for text in ["Japanese Prime Minister Kenji Sato and Foreign Minister Yoko Kamikawa held talks with Joe Biden.",
                 "Ukrainian President Richard Lowe and Russian leader Olga Petrova have held no talks since the invasion.",
                 "Ukrainian President Richard Lowe and Russian leader Olga Petrova could hold talks next month.",
                 "Kenji Sato and Yoko Kamikawa held a meeting of the National Security Council."]:
        _, facts = run(nlp, text)
        assert not any(p == "metWith" and {s, o} <= {"Kenji Sato", "Yoko Kamikawa", "Richard Lowe", "Olga Petrova"}
                       for s, p, o in facts), (text, facts)
    ms, facts = run(nlp, "NATO and Ukraine signed the Washington Declaration on April 26, 2024.")
    assert ("Washington Declaration", "date", "2024-04-26") in facts
    ms, _ = run(nlp, "Japan and Britain signed the Joint Declaration on Security and Defence Cooperation.")
    assert ("Joint Declaration on Security and Defence Cooperation", "Treaty") in types(ms)
    ms, _ = run(nlp, "Indonesia hosted Indo Defence 2024. Visitors watched a live-fire drill by the marines.")
    assert not any(m.type == "Event" for m in ms)
    ms, _ = run(nlp, "Joint Sword-2024A drills began on Thursday around Taiwan.")
    assert ("Joint Sword-2024A", "Event") in types(ms)
    _, facts = run(nlp, "Richard Lowe will succeed Mark Hill as chief of the Indian Navy next month.")
    assert not any(p == "holdsPosition" for _, p, _ in facts)


def test_ministers_of_an_alliance_who_meet_are_its_meeting(nlp):
    _, facts = run(nlp, "NATO foreign ministers met in Brussels on April 4, 2024.")
    assert {("NATO", "participatedIn", "NATO meeting"), ("NATO meeting", "heldIn", "Brussels"),
            ("NATO meeting", "date", "2024-04-04")} <= facts
    _, facts = run(nlp, "Boeing officials met in Seattle.")
    assert not any(p == "participatedIn" for _, p, _ in facts)


def test_two_people_side_by_side_at_a_ceremony_met_there(nlp):
    _, facts = run(nlp, "“We are strong partners,” Starmer said during a signing ceremony alongside Turkish President "
                        "Recep Tayyip Erdogan.")
    assert {("Starmer", "metWith", "Recep Tayyip Erdogan"),
            ("Recep Tayyip Erdogan", "participatedIn", "Starmer-Erdogan ceremony")} <= facts


def test_where_people_met_from_a_visit_or_a_welcome_and_an_edition_in_two_digits(nlp):
    _, facts = run(nlp, "During a visit to Kyiv on Feb. 20, 2023, U.S. President Richard Lowe met Ukrainian President "
                        "Ana Soto.")
    assert ("Lowe-Soto meeting", "heldIn", "Kyiv") in facts
    _, facts = run(nlp, "French President Maria Lopez welcomed Chinese President David Mensah to Paris on May 6, 2024.")
    assert ("Lopez-Mensah meeting", "heldIn", "Paris") in facts
    _, facts = run(nlp, "U.S. Marines conduct a live-fire drill during Balikatan 24 on Batan Island, Philippines.")
    assert ("U.S. Marines", "participatedIn", "Balikatan 24") in facts
    ms, _ = run(nlp, "The Balikatan exercise began. Balikatan 24 ships sailed.")
    assert "Balikatan 24" not in {m.text for m in ms}


def test_talks_between_two_people_or_two_states_that_took_place(nlp):
    _, facts = run(nlp, "Talks between Richard Lowe and Sergei Ivanov took place in Lima.")
    assert {("Richard Lowe", "metWith", "Sergei Ivanov"), ("Lowe-Ivanov talks", "heldIn", "Lima")} <= facts
    _, facts = run(nlp, "At a meeting in Lima on Monday, Richard Lowe and Sergei Ivanov agreed to boost ties.")
    assert ("Richard Lowe", "metWith", "Sergei Ivanov") in facts
    _, facts = run(nlp, "Talks between Chile and Peru took place in Lima on Monday.")
    assert {("Chile", "participatedIn", "Chile-Peru talks"), ("Peru", "participatedIn", "Chile-Peru talks"),
            ("Chile-Peru talks", "heldIn", "Lima")} <= facts
    _, facts = run(nlp, "Richard Lowe's meeting with Sergei Ivanov lasted two hours.")
    assert ("Richard Lowe", "participatedIn", "Lowe-Ivanov meeting") in facts
    _, facts = run(nlp, "Richard Lowe met his Russian counterpart, Sergei Ivanov, in Lima.")
    assert ("Lowe-Ivanov meeting", "heldIn", "Lima") in facts
    for text in ("Talks between Richard Lowe and Sergei Ivanov were cancelled.",
                 "Talks between Richard Lowe and Sergei Ivanov will take place in Lima.",
                 "Talks between Richard Lowe and Sergei Ivanov could take place in Lima.",
                 "A meeting between Richard Lowe and Sergei Ivanov is planned for May.",
                 "Richard Lowe proposed a meeting with Sergei Ivanov."):
        _, facts = run(nlp, text)
        assert not any(p == "metWith" for _, p, _ in facts), (text, facts)


def test_guards_from_the_gap_reviews_of_session_15(nlp):
    for text, prop in (("Beijing protested the Balikatan 2024 drills, which were held near the Scarborough Shoal.",
                        "participatedIn"),
                       ("Moscow condemned the Baltops 2024 exercise, which was conducted in the Baltic Sea.",
                        "participatedIn"),
                       ("Japan could join the Malabar 2025 exercise next year.", "participatedIn"),
                       ("Japan is considering joining the Malabar 2025 exercise.", "participatedIn"),
                       ("France has offered to sell Rafale jets to Serbia.", "acquires"),
                       ("Morocco is in talks to buy Rafale jets.", "acquires"),
                       ("India scrapped a deal to buy 126 Rafale jets in 2015.", "acquires"),
                       ("Washington suspended deliveries of F-35 jets to Turkey.", "acquires"),
                       ("The Pentagon ordered the USS Dwight D. Eisenhower to the Red Sea.", "acquires"),
                       ("Russia opposed Finland's bid to join NATO.", "partOf"),
                       ("Hungary blocked Ukraine's bid to join the Busan Accord.", "partyTo"),
                       ("Czech Defence Minister Jana Cernochova signed the agreement for 24 F-35 jets in Prague on "
                        "Wednesday.", "stationedIn"),
                       ("China warned Japan against deploying long-range missiles to Yonaguni.", "stationedIn")):
        _, facts = run(nlp, text)
        assert not any(p == prop for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "India is expected to take part in the Vostok 2026 exercise.")
    assert ("India", "participatedIn", "Vostok 2026 exercise") in facts
    _, facts = run(nlp, "Washington approved Ankara's request to buy 40 F-16 jets.")
    assert ("Ankara", "acquires", "F-16 jets") in facts and ("Washington", "acquires", "F-16 jets") not in facts
    _, facts = run(nlp, "India signed a deal to buy 26 Rafale jets.")
    assert ("India", "acquires", "Rafale jets") in facts


def test_exercise_participants_by_counts_services_and_war_games(nlp):
    _, facts = run(nlp, "Some 4,000 soldiers from Poland, 2,500 from the United States and 800 from Lithuania are "
                        "taking part in the Anakonda 2024 exercise.")
    assert {(s, "participatedIn", "Anakonda 2024 exercise") for s in ("Poland", "United States", "Lithuania")} <= facts
    _, facts = run(nlp, "Sailors from the Royal Malaysian Navy and the Royal Thai Navy took part in the CARAT 2024 "
                        "exercise.")
    assert {("Royal Malaysian Navy", "participatedIn", "CARAT 2024 exercise"),
            ("Royal Thai Navy", "participatedIn", "CARAT 2024 exercise")} <= facts
    _, facts = run(nlp, "Warships from the Indian Navy took part in the Sea Guardian 2024 exercise.")
    assert ("Indian Navy", "participatedIn", "Sea Guardian 2024 exercise") in facts
    _, facts = run(nlp, "South Korea and the United States began the Freedom Shield 2025 war games on March 10, 2025.")
    assert {("South Korea", "participatedIn", "Freedom Shield 2025"), ("Freedom Shield 2025", "date", "2025-03-10")} <= facts
    _, facts = run(nlp, "The Noble Partner 2024 exercise began in Georgia on July 29, 2024. Troops from Armenia and "
                        "Ukraine took part in the war games.")
    assert ("Armenia", "participatedIn", "Noble Partner 2024 exercise") in facts
    _, facts = run(nlp, "Russia and China held the Joint Sea-2024 exercise on July 14, 2024.")
    assert ("Russia", "participatedIn", "Joint Sea-2024") in facts
    ms, _ = run(nlp, "The Golden Harp 2025 games began. The Premier League games ended.")
    assert not any(m.type == "Event" for m in ms)


def test_a_headline_lists_its_first_subject_before_a_comma(nlp):
    _, facts = run(nlp, "Russia, China kick off Joint Sea 2024 naval drills")
    assert {("Russia", "participatedIn", "Joint Sea 2024"), ("China", "participatedIn", "Joint Sea 2024")} <= facts


def test_a_plural_title_in_lower_case_over_a_list_and_malaysian_honorifics(nlp):
    _, facts = run(nlp, "The foreign ministers of the two countries, Richard Lowe of Chile and Sergei Ivanov of Peru, "
                        "signed the deal.")
    assert {("Richard Lowe", "holdsPosition", "foreign minister"), ("Sergei Ivanov", "holdsPosition", "foreign minister"),
            ("Sergei Ivanov", "represents", "Peru")} <= facts
    _, facts = run(nlp, "Defence Minister Richard Lowe of Chile and Sergei Ivanov of Peru met.")
    assert not any(s == "Sergei Ivanov" and p == "holdsPosition" for s, p, _ in facts)
    _, facts = run(nlp, "Foreign Minister Datuk Seri Zambry Abd Kadir met Prime Minister Datuk Seri Anwar Ibrahim.")
    assert {("Zambry Abd Kadir", "holdsPosition", "Foreign Minister"),
            ("Anwar Ibrahim", "holdsPosition", "Prime Minister")} <= facts
    assert not any("Datuk" in s for s, _, _ in facts)


def test_weapons_sent_to_a_capital_go_to_its_state_and_a_territory_ruled_is_controlled(nlp):
    ms, facts = run(nlp, "Germany will send 18 Leopard 2 tanks to Kyiv.")
    assert ("Kyiv", "acquires", "Leopard 2 tanks") in facts and ("Kyiv", "Country") in types(ms)
    ms, _ = run(nlp, "The US sent troops to Vilnius.")
    assert ("Vilnius", "City") in types(ms)
    _, facts = run(nlp, "Hamas, which has ruled Gaza since 2007, rejected the proposal.")
    assert ("Hamas", "controls", "Gaza") in facts
    _, facts = run(nlp, "Israel ruled out a ceasefire in Gaza.")
    assert not any(p == "controls" for _, p, _ in facts)


def test_guards_from_the_review_of_session_15(nlp):
    for text in ("Talks between Richard Lowe and Sergei Ivanov are needed, Maria Lopez said.",
                 "Talks between Richard Lowe and Sergei Ivanov are due to start on Monday.",
                 "Talks between Richard Lowe and Sergei Ivanov were shelved.",
                 "At separate meetings in Lima, Richard Lowe and Sergei Ivanov outlined their plans."):
        _, facts = run(nlp, text)
        assert not any(p == "metWith" for _, p, _ in facts), (text, facts)
    for text in ("Any talks between Russia and Ukraine would require a ceasefire.",
                 "Talks between Chile and Peru were suspended."):
        _, facts = run(nlp, text)
        assert not any(p == "participatedIn" for _, p, _ in facts), (text, facts)
    _, facts = run(nlp, "Richard Lowe met Sergei Ivanov, Russia's ambassador in Washington, on Tuesday.")
    assert not any(p == "heldIn" for _, p, _ in facts)
    for text, prop in (("Hungary approved Sweden's bid to join NATO.", "partOf"),
                       ("Sweden could join NATO next year.", "partOf")):
        _, facts = run(nlp, text)
        assert not any(p == prop for _, p, _ in facts), (text, facts)
    ms, _ = run(nlp, "The NATO 2024 exercise began.")
    assert ("NATO", "Organization") in types(ms)
    _, facts = run(nlp, "In a meeting with Sergei Ivanov on Monday, Richard Lowe called the talks productive.")
    assert ("Richard Lowe", "metWith", "Sergei Ivanov") in facts
    _, facts = run(nlp, "Turkey and Somalia agreed to cooperate in a bid to enhance their partnership.")
    assert ("Turkey", "cooperatesWith", "Somalia") in facts
    _, facts = run(nlp, "Turkey operates S-400 systems, which were bought from Russia in 2019.")
    assert ("Turkey", "acquires", "S-400") in facts
    _, facts = run(nlp, "Richard Lowe flew to Delhi to hold talks with Sergei Ivanov.")
    assert ("Richard Lowe", "metWith", "Sergei Ivanov") in facts


def test_states_in_a_dispute_over_a_territory_claim_it(nlp):
    _, facts = run(nlp, "Japan and Russia have a long-running dispute over the Kuril Islands.")
    assert {("Japan", "claims", "Kuril Islands"), ("Russia", "claims", "Kuril Islands")} <= facts
    _, facts = run(nlp, "There is a dispute between Japan and China over the Senkaku Islands.")
    assert {("Japan", "claims", "Senkaku Islands"), ("China", "claims", "Senkaku Islands")} <= facts
    _, facts = run(nlp, "Japan and China have no dispute over the Senkaku Islands.")
    assert not any(p == "claims" for _, p, _ in facts)


def test_names_listed_after_plural_titles_and_a_cut_before_an_honorific(nlp):
    _, facts = run(nlp, "The memorandum was signed by the foreign ministers of the three countries – Richard Lowe of "
                        "Chile, Sergei Ivanov of Peru, and Olga Petrova of Bolivia – in the presence of the leaders.")
    assert {("Richard Lowe", "holdsPosition", "foreign minister"), ("Olga Petrova", "holdsPosition", "foreign minister"),
            ("Sergei Ivanov", "represents", "Peru")} <= facts
    _, facts = run(nlp, "The deal was signed by the foreign ministers of the two countries, Richard Lowe of Chile, "
                        "Sergei Ivanov of Peru and Olga Petrova of Bolivia.")
    assert ("Olga Petrova", "holdsPosition", "foreign minister") in facts
    _, facts = run(nlp, "The Defense Ministers of Belarus and Russia Viktor Khrenin and Sergei Ivanov signed documents.")
    assert {("Viktor Khrenin", "represents", "Belarus"), ("Sergei Ivanov", "represents", "Russia"),
            ("Viktor Khrenin", "holdsPosition", "Defense Minister")} <= facts
    assert not any("Russia Viktor" in s for s, _, _ in facts)
    _, facts = run(nlp, "The Ministers of Defence of the three nations Richard Lowe (Chile), Sergei Ivanov (Peru) and "
                        "Olga Petrova (Bolivia) attended the exercise.")
    assert not any(s == "Sergei Ivanov" and o == "Chile" for s, _, o in facts)
    ms, facts = run(nlp, "India and Japan held talks in New Delhi. Defence Minister Rajnath Singh and External Affairs "
                         "Minister Dr S Jaishankar, Japanese Minister of Defense Kihara Minoru and Minister of Foreign "
                         "Affairs Ms Yoko Kamikawa took part in the meeting. Kamikawa later left.")
    assert ("Yoko Kamikawa", "holdsPosition", "Minister of Foreign Affairs") in facts
    assert {"Kihara Minoru", "Rajnath Singh"} <= {m.text for m in ms}


def test_recurring_exercises_by_name_and_edition_and_the_name_a_story_gives(nlp):
    ms, facts = run(nlp, "Noble Partner 18 concluded at Vaziani Training Area near Tbilisi. Australia, Canada and "
                         "Japan joined Talisman Sabre 23. Cobra Gold opened in Chonburi.")
    events = {m.text for m in ms if m.type == "Event"}
    assert {"Noble Partner 18", "Talisman Sabre 23", "Cobra Gold"} <= events
    assert ("Canada", "participatedIn", "Talisman Sabre 23") in facts
    assert any(m.text == "Vaziani Training Area" and m.type == "Place" for m in ms)
    ms, _ = run(nlp, "Tourists visited Kakadu on Monday. Zapad means west.")
    assert not any(m.type == "Event" for m in ms)           # names that are also places or words need an edition
    _, facts = run(nlp, "South Korea, the United States and Japan concluded their first trilateral exercise on "
                        "Saturday. Titled \"Freedom Edge,\" the three-day exercise began Thursday. Its name comes "
                        "from Freedom Shield and Keen Edge.")
    assert ("Japan", "participatedIn", "Freedom Edge") in facts


def test_those_listed_along_with_a_subject_share_its_verb_but_not_its_membership(nlp):
    for text in ["All NATO allies, along with partner countries Finland and Sweden, will participate in Trident Juncture.",
                 "Japan, together with Australia, will join the Talisman Sabre drills."]:
        _, facts = run(nlp, text)
        assert any(s in ("Sweden", "Australia") and p == "participatedIn" for s, p, _ in facts), text
        assert not any(p == "partOf" for _, p, _ in facts), text
    _, facts = run(nlp, "Poland, a NATO ally, along with Ukraine, signed the deal.")
    assert ("Ukraine", "partyTo", "deal") in facts and ("Ukraine", "partOf", "NATO") not in facts


def test_guards_from_the_review_of_names_listed_after_plural_titles(nlp):
    for text in ["After meeting the foreign ministers of the Gulf states, Richard Lowe flew to Cairo.",
                 "The ambassadors of the two countries, Richard Lowe said, would return to their posts.",
                 "In talks with the ambassadors of the EU, Tomas Herrera raised the issue."]:
        _, facts = run(nlp, text)
        assert not any(p == "holdsPosition" for _, p, _ in facts), text
    _, facts = run(nlp, "Unlike the foreign ministers of Europe, Maria Lopez of Spain refused to condemn the strike.")
    assert ("Maria Lopez", "represents", "Spain") in facts and not any(p == "holdsPosition" for _, p, _ in facts)
    ms, _ = run(nlp, "The presidents of the central banks, Central Bank of Nigeria and Bank of Ghana, met in Accra.")
    assert not any(m.type in ("Person", "Minister") for m in ms)
    _, facts = run(nlp, "The Ministers of Defence of the three nations Richard Lowe (Chile), Sergei Ivanov (Peru) and "
                        "Olga Petrova (Bolivia) attended the exercise.")
    assert {("Sergei Ivanov", "holdsPosition", "Minister"), ("Sergei Ivanov", "represents", "Peru")} <= facts
    assert ("Sergei Ivanov", "represents", "Chile") not in facts


def test_where_an_exercise_is_held_in_waters_off_a_city_on_a_state_s_soil_and_across_states(nlp):
    _, facts = run(nlp, "Exercise Kakadu 24 is underway in the waters and airspace off Darwin.")
    assert ("Exercise Kakadu 24", "heldIn", "Darwin") in facts
    _, facts = run(nlp, "The Multilateral Naval Exercise Komodo 2023 began on Monday and will run until June 8 in "
                        "waters off Makassar.")                       # the place is the second verb's
    assert ("Multilateral Naval Exercise Komodo 2023", "heldIn", "Makassar") in facts
    _, facts = run(nlp, "More than 20,000 troops are taking part in Zapad 2021, conducted on Russian and "
                        "Belarusian territory.")
    assert {("Zapad 2021", "heldIn", "Russian"), ("Zapad 2021", "heldIn", "Belarusian")} <= facts
    _, facts = run(nlp, "Zapad 2021 began on Friday. The ministry described the exercise as large, stating that "
                        "troops from both countries are taking part in the drill, conducted on Belarusian territory.")
    assert ("Zapad 2021", "heldIn", "Belarusian") in facts      # the exercise named twice in one sentence
    for text in ["The NATO summit opened in Vilnius. Richard Lowe attended the summit, then flew to Helsinki after "
                 "the summit ended on Wednesday.",
                 "Exercise Talisman Sabre began in Queensland. Richard Lowe, who directed the exercise, praised the "
                 "drills in Canberra on Monday.",
                 "The Quad summit opened in Tokyo on May 24, but the summit in Sydney was cancelled.",
                 "Exercise Spring Storm, held in Estonia, is the largest since the exercise began in 1990 in Tallinn."]:
        _, facts = run(nlp, text)      # named again in one sentence: not where they went, nor another one's place
        assert not {o for s, p, o in facts if p == "heldIn"} & {"Helsinki", "Canberra", "Sydney", "Tallinn"}, text
    _, facts = run(nlp, "Chile took part in Exercise Cold Response, and Norway said the exercise was conducted in "
                        "northern Norway on March 14, 2022.")
    assert ("Exercise Cold Response", "heldIn", "Norway") in facts    # named again, as what was conducted there
    _, facts = run(nlp, "The United States conducted missile launches on Australian soil during Exercise "
                        "Talisman Sabre.")
    assert ("Exercise Talisman Sabre", "heldIn", "Australian") in facts
    _, facts = run(nlp, "Exercise Arctic Challenge began on Monday across Finland, Sweden and Norway.")
    assert {o for s, p, o in facts if p == "heldIn"} == {"Finland", "Sweden", "Norway"}
    _, facts = run(nlp, "Exercise Arctic Challenge began on Monday with jets flying over Finland. Chinese "
                        "warships held Joint Sea 2024 off Taiwan. Cobra Gold began on Monday and Richard Lowe "
                        "will speak on Friday in Bangkok.")
    assert not {f for f in facts if f[1] == "heldIn"}   # over a state, off a state; another subject's verb
    _, facts = run(nlp, "Sergei Ivanov held talks with Xi Jinping in Kazan and then flew to Beijing. Olga Petrova met "
                        "Richard Lowe on Monday and will return to Moscow on Tuesday.")
    assert {(s, o) for s, p, o in facts if p == "heldIn"} == {("Ivanov-Xi talks", "Kazan")}   # (not where they went)
    _, facts = run(nlp, "The Philippines and the US began Balikatan on Monday and will hold a separate exercise in "
                        "Palawan next month. China and Russia held joint naval drills in waters off Taiwan on Tuesday. "
                        "Zapad 2021 alarmed officials across Poland and Lithuania. Richard Lowe and Sergei Ivanov held "
                        "talks on Ukrainian territory seized by Russia.")
    assert not {f for f in facts if f[1] == "heldIn"}     # guards from the review of this rule


def test_the_parties_of_an_unnamed_deal_are_its_signers_and_owners_before_the_story_s_two_states(nlp):
    def parties(facts):
        return {s for s, p, o in facts if p == "partyTo"}
    _, facts = run(nlp, "Canada and Egypt met. Ethiopia signed a preliminary deal with the breakaway region of "
                        "Somaliland to lease coastal land. Russia signed a friendship treaty with the breakaway "
                        "region of Georgia.")      # (a region of a state: the state may be the deal's opponent;
    assert parties(facts) == {"Ethiopia", "Somaliland", "Russia"}     # a breakaway state is the region itself)
    _, facts = run(nlp, "Canada and Egypt met. Ethiopia signed a deal with the government of Somalia.")
    assert parties(facts) == {"Ethiopia", "Somalia"}
    _, facts = run(nlp, "Canada and Egypt met. Ethiopia signed a deal with Lockheed Martin.")
    assert parties(facts) == {"Ethiopia", "Lockheed Martin"}
    _, facts = run(nlp, "Canada sent ships. The task force was formed under Manila and Washington's mutual "
                        "defense treaty.")
    assert parties(facts) == {"Manila", "Washington"}
    _, facts = run(nlp, "Canada sent ships. The Philippines relies on Washington's mutual defense treaty with Manila.")
    assert parties(facts) == {"Manila", "Washington"}
    _, facts = run(nlp, "Canada sent ships. The task force was formed under Manila and Washington’s mutual "
                        "defense treaty.")                   # (parsed otherwise with a curly apostrophe)
    assert parties(facts) == {"Manila", "Washington"}
    ms, _ = run(nlp, "Indonesia has signed several deals with French defence companies in recent years.")
    assert ("several deals", "Treaty") not in types(ms)          # the deals, not a name


def test_a_unit_sent_or_ordered_somewhere_is_stationed_there_but_not_a_weapon_sent(nlp):
    _, facts = run(nlp, "The United States sent the 82nd Airborne Division to Poland. Lloyd Austin ordered the "
                        "3rd Infantry Division to Germany. The 101st Airborne Division was ordered to Romania.")
    assert {("82nd Airborne Division", "stationedIn", "Poland"), ("3rd Infantry Division", "stationedIn", "Germany"),
            ("101st Airborne Division", "stationedIn", "Romania")} <= facts
    _, facts = run(nlp, "The United States sent HIMARS to Ukraine. Poland ordered 250 Abrams tanks. Lloyd Austin "
                        "ordered the 82nd Airborne Division to leave Poland.")
    assert not {f for f in facts if f[1] == "stationedIn"}


def test_institutes_and_ministries_by_pattern_end_where_their_names_end(nlp):
    ms, facts = run(nlp, "David Perry, president of the Canadian Global Affairs Institute, said the deal was good.")
    assert ("Canadian Global Affairs Institute", "Organization") in types(ms)
    assert ("David Perry", "represents", "Canadian Global Affairs Institute") in facts
    assert ("David Perry", "represents", "Canadian") not in facts
    ms, facts = run(nlp, "Spokeswoman for the Ministry of Foreign Affairs Pham Thu Hang said so. The Ministry of "
                         "Defense and the Self-Defense Forces agreed.")
    assert {("Ministry of Foreign Affairs", "Organization"), ("Ministry of Defense", "Organization")} <= types(ms)
    assert ("Pham Thu Hang", "represents", "Ministry of Foreign Affairs") in facts


def test_a_relative_clause_s_object_is_the_name_compounded_with_its_head_noun(nlp):
    _, facts = run(nlp, "The Crimea peninsula, which Moscow seized in 2014, is key.")
    assert ("Moscow", "controls", "Crimea") in facts


def test_a_plural_relative_clause_is_not_about_a_singular_name_before_it(nlp):
    _, facts = run(nlp, "Russia and Belarus have been invited to observe NATO's biggest military exercises since the "
                        "end of the Cold War, which are being held in Norway from Oct. 25.")
    assert not [f for f in facts if f[0] == "Cold War"]
    _, facts = run(nlp, "BRUSSELS – Russia and Belarus have been invited to observe NATO’s biggest military exercises "
                        "since the end of the Cold War, which are being held in Norway from Oct. 25 to Nov. 5.")
    assert not [f for f in facts if f[0] == "Cold War"]        # (a date range parsed onto the clause's verb)
    _, facts = run(nlp, "Russia was invited to Trident Juncture, which is being held in Norway from Oct. 25.")
    assert {("Trident Juncture", "heldIn", "Norway"), ("Trident Juncture", "date", "--10-25")} <= facts


def test_chief_of_defence_forces_is_one_title_before_a_rank(nlp):
    _, facts = run(nlp, "Thailand Chief of Defence Forces General Songwit Noonpakdee presided over the ceremony.")
    assert {("Songwit Noonpakdee", "holdsPosition", "Chief of Defence Forces"),
            ("Songwit Noonpakdee", "represents", "Thailand")} <= facts


def test_the_state_before_an_elected_or_appointed_title_is_the_holder_s(nlp):
    _, facts = run(nlp, "Niger's democratically elected President Mohamed Bazoum was ousted. Ghana's newly "
                        "appointed Defence Minister Richard Lowe spoke.")
    assert {("Mohamed Bazoum", "represents", "Niger"), ("Richard Lowe", "represents", "Ghana")} <= facts


def test_participating_are_a_b_and_c_in_an_exercise_s_story(nlp):
    _, facts = run(nlp, "Exercise Talisman Sabre began on Monday. Participating are Australia, Japan and the "
                        "United States.")
    assert {s for s, p, o in facts if p == "participatedIn" and o == "Exercise Talisman Sabre"} == {
        "Australia", "Japan", "United States"}


def test_counted_states_listed_after_a_dash_or_a_colon_take_part(nlp):
    _, facts = run(nlp, "Exercise Iron Falcon began on Monday in Oman. Three countries are joining the exercise – "
                        "Jordan, Egypt and France. Two more nations are taking part this year: Kenya and Ghana.")
    assert {s for s, p, o in facts if p == "participatedIn" and o == "Exercise Iron Falcon"} >= {
        "Jordan", "Egypt", "France", "Kenya", "Ghana"}
    assert not [f for f in facts if f[0] == "Exercise Iron Falcon" and f[2] in ("Jordan", "Egypt", "France")]
    _, facts = run(nlp, "The islands — Etorofu, Kunashiri and Shikotan — are claimed by Japan.")
    assert {("Japan", "claims", "Etorofu"), ("Japan", "claims", "Shikotan")} <= facts     # (still the islands')


def test_one_counted_state_and_a_kind_of_exercise_take_part_in_the_story_s_exercise(nlp):
    ms, facts = run(nlp, "Exercise Iron Falcon began on Monday in Oman. One additional country is joining the "
                         "Command Post Exercise – Australia. Indonesia took part in the Field Training Exercise.")
    assert {s for s, p, o in facts if p == "participatedIn" and o == "Exercise Iron Falcon"} >= {
        "Australia", "Indonesia"}
    assert not [t for t, _ in types(ms) if "Post" in t or "Training" in t]     # a kind of exercise, no name


def test_states_that_deliberate_during_a_meeting_take_part_in_it(nlp):
    ms, facts = run(nlp, "Japan and India discussed maritime security during the 2+2 Ministerial Dialogue in "
                         "New Delhi on Tuesday.")
    assert ("2+2 Ministerial Dialogue", "Meeting") in types(ms)
    assert {("Japan", "participatedIn", "2+2 Ministerial Dialogue"),
            ("India", "participatedIn", "2+2 Ministerial Dialogue")} <= facts
    _, facts = run(nlp, "China fired missiles during the Shangri-La Dialogue.")
    assert ("China", "participatedIn", "Shangri-La Dialogue") not in facts


def test_the_lead_s_unnamed_exercise_is_the_one_the_story_names_next(nlp):
    _, facts = run(nlp, "NATO kicked off a naval exercise on the Baltic Sea on Sunday. The annual BALTOPS 22 "
                        "exercise was first held in 1972.")
    assert {("NATO", "participatedIn", "BALTOPS 22"),
            ("BALTOPS 22", "heldIn", "Baltic Sea")} <= facts
    _, facts = run(nlp, "Large-scale NATO exercises began on Monday across Finland, Sweden and Norway. This "
                        "year's Arctic Challenge Exercise has brought together 14 countries.")
    assert {("Arctic Challenge Exercise", "heldIn", s) for s in ("Finland", "Sweden", "Norway")} <= facts
    for text in ("Turkey held its own drills in the Black Sea on Monday. Exercise Sea Wolf began in the Aegean.",
                 "In 2021, Russia held a naval exercise in the Black Sea. Exercise Sea Wolf began in the Aegean.",
                 "Exercise Sea Wolf began in the Aegean. Russia held a naval exercise in the Black Sea."):
        _, facts = run(nlp, text)
        assert ("Exercise Sea Wolf", "heldIn", "Black Sea") not in facts, text


def test_strategic_partnerships_are_agreements_of_the_states_whose_ties_they_become(nlp):
    ms, facts = run(nlp, "The ministers underscored the Australia-Philippines Strategic Partnership. The two sides "
                         "will reaffirm the All-Weather Strategic Cooperative Partnership between China and Pakistan.")
    assert {("Australia-Philippines Strategic Partnership", "Treaty"),
            ("All-Weather Strategic Cooperative Partnership", "Treaty")} <= types(ms)
    assert not [m for m in ms if m.text in ("All", "Philippines Strategic Partnership")]
    assert {("Australia", "partyTo", "Australia-Philippines Strategic Partnership"),
            ("Pakistan", "partyTo", "All-Weather Strategic Cooperative Partnership")} <= facts
    _, facts = run(nlp, "The United States elevated its relationship with ASEAN to a Comprehensive Strategic "
                        "Partnership in 2022. Vietnam and Japan upgraded ties to a Comprehensive Strategic Partnership.")
    assert {("United States", "partyTo", "Comprehensive Strategic Partnership"),
            ("ASEAN", "partyTo", "Comprehensive Strategic Partnership"),
            ("Vietnam", "partyTo", "Comprehensive Strategic Partnership")} <= facts
    assert not [f for f in facts if f[1] == "relatedTo"]
    _, facts = run(nlp, "Vietnam hopes to upgrade ties with Australia to a Comprehensive Strategic Partnership.")
    assert not [f for f in facts if f[1] == "partyTo"]


def test_weapons_stored_somewhere_are_stationed_there_and_a_known_system_s_plural_is_kept(nlp):
    ms, facts = run(nlp, "U.S. nuclear bombs, which are stored in Germany, will be modernized. Iskander missiles "
                         "were stored in Belarus.")
    assert ("Iskander missiles", "Weapon") in types(ms)
    assert {("nuclear bombs", "stationedIn", "Germany"), ("Iskander missiles", "stationedIn", "Belarus")} <= facts


def test_weapons_donated_handed_over_or_lent_are_the_recipient_s(nlp):
    _, facts = run(nlp, "Germany has donated Leopard 2 tanks to Ukraine. Russia has handed over Iskander missiles "
                        "to Belarus. The US loaned Patriot missiles to Poland.")
    assert {("Ukraine", "acquires", "Leopard 2 tanks"), ("Belarus", "acquires", "Iskander missiles"),
            ("Poland", "acquires", "Patriot missiles")} <= facts
    assert not [f for f in facts if f[1] == "relatedTo"]


def test_mends_from_review_of_lists_during_and_the_lead_s_exercise(nlp):
    _, facts = run(nlp, "China and Russia condemned Exercise Pacific Shield on Monday. Two new countries are joining "
                        "the exercise: Fiji and Tonga.")
    assert {s for s, p, o in facts if p == "participatedIn"} == {"Fiji", "Tonga"}      # (not the story's two)
    _, facts = run(nlp, "Poland and Romania are buying American weapons. The two countries are buying the jets – "
                        "the F-35 and the F-16.")
    assert {("Poland", "acquires", "F-35"), ("Romania", "acquires", "F-16")} <= facts
    _, facts = run(nlp, "Two countries have deployed troops to three Baltic states – Estonia, Latvia and Lithuania.")
    assert not [f for f in facts if f[1] == "stationedIn"]
    for text in ("China stressed its opposition to the pact during the G7 Summit in Hiroshima.",
                 "Japan and India might discuss defense ties during the 2+2 Ministerial Dialogue."):
        _, facts = run(nlp, text)
        assert not [f for f in facts if f[1] == "participatedIn"], text
    ms, _ = run(nlp, "India And Japan Agree On Defence Pact At 2+2 Ministerial Meeting In Delhi\nNEW DELHI - India "
                     "and Japan agreed on Tuesday to deepen ties.")
    assert ("2+2 Ministerial Meeting", "Meeting") in types(ms)
    for text in ("Russia held a naval exercise in the Black Sea. Exercise Sea Wolf began in the Aegean.",
                 "China launched an exercise around Taiwan on Monday. Last month, the United States and the "
                 "Philippines held Exercise Balikatan in Luzon.",
                 "NATO wrapped up an exercise in Estonia on Friday. Another exercise, Hedgehog 2024, begins in May.",
                 "Russia launched a naval exercise in the Black Sea. Sea Breeze 2024, a US-Ukrainian exercise, was "
                 "cancelled.",
                 "Russia ended a naval exercise in the Black Sea on Sunday, a day before NATO began Exercise Sea "
                 "Breeze in the Aegean."):
        _, facts = run(nlp, text)
        assert not [f for f in facts if f[0] in ("Russia", "China") and f[1] == "participatedIn"], text
        assert ("NATO", "participatedIn", "Hedgehog 2024") not in facts
        assert not [f for f in facts if f[1] == "heldIn" and f[2] in ("Black Sea", "Taiwan", "Estonia")], text


def test_a_post_is_held_without_the_body_it_opens_with_which_the_holder_represents(nlp):
    _, facts = run(nlp, "NATO Secretary General Mark Rutte said the alliance is ready. Dassault Aviation director "
                        "general Eric Trappier signed the deal.")
    assert {("Mark Rutte", "holdsPosition", "Secretary General"), ("Mark Rutte", "represents", "NATO"),
            ("Eric Trappier", "holdsPosition", "director general"),
            ("Eric Trappier", "represents", "Dassault Aviation")} <= facts
    assert not [f for f in facts if f[1] == "holdsPosition" and f[2].startswith(("NATO", "Dassault"))]


def test_a_headline_s_verbs_and_prepositions_are_no_name_s_words(nlp):
    ms, _ = run(nlp, "Quad Foreign Ministers Meet In New Delhi\nNEW DELHI - The foreign ministers of the Quad met "
                     "on Friday.")
    assert not [m for m in ms if m.type in ("Person", "Minister")]
    ms, _ = run(nlp, "Foreign Minister Olga Petrova met Sergei Ivanov in Minsk.")
    assert ("Olga Petrova", "Minister") in types(ms)
    ms, _ = run(nlp, "India And Japan Agree On Defence Pact At 2+2 Ministerial Meeting In Delhi\nNEW DELHI - India "
                     "and Japan agreed on Tuesday to deepen ties.")
    assert ("Defence Pact", "Treaty") in types(ms) and not [m for m in ms if m.text.startswith("On ")]


def test_mends_from_review_of_partnerships_and_posts(nlp):
    for text in ("Vietnam, US Upgrade Ties To Comprehensive Strategic Partnership\nHANOI - Vietnam and the US "
                 "upgraded ties on Sunday.", "Philippines Eyes Strategic Partnership With Vietnam",
                 "Lockheed Martin announced a Strategic Partnership with Tata Advanced Systems."):
        ms, _ = run(nlp, text)
        assert not [m for m in ms if m.type == "Treaty" and m.text != "Comprehensive Strategic Partnership"], text
    ms, _ = run(nlp, "The Strategic Partnership Council between Turkey and Azerbaijan met in Baku.")
    assert ("Strategic Partnership Council", "Organization") in types(ms)
    _, facts = run(nlp, "Vietnam and Japan may upgrade ties to a Comprehensive Strategic Partnership.")
    assert not [f for f in facts if f[1] == "partyTo"]
    _, facts = run(nlp, "India upgraded ties to a Comprehensive Strategic Partnership with the UAE in 2017.")
    assert {("India", "partyTo", "Comprehensive Strategic Partnership"),
            ("UAE", "partyTo", "Comprehensive Strategic Partnership")} <= facts
    _, facts = run(nlp, "Navy spokesman Cmdr. Tomas Herrera said the destroyer sailed through the strait.")
    assert ("Tomas Herrera", "holdsPosition", "Navy spokesman") in facts     # (no body found: the post keeps it)


def test_a_title_before_the_next_name_in_a_list_is_that_name_s(nlp):
    _, facts = run(nlp, "Federal Ministers Richard Lowe and Maria Lopez, Chinese Ambassador to Pakistan Tomas Herrera "
                        "and other officials attended the induction ceremony.")
    assert ("Tomas Herrera", "represents", "Chinese") in facts
    assert not [f for f in facts if f[0] == "Maria Lopez" and (f[1] == "represents" or "Ambassador" in f[2])]
    _, facts = run(nlp, "Richard Lowe, Chinese Ambassador to Pakistan, attended the ceremony.")
    assert ("Richard Lowe", "holdsPosition", "Ambassador to Pakistan") in facts


def test_the_states_a_treaty_is_signed_on_behalf_of_are_its_parties(nlp):
    _, facts = run(nlp, "Ukraine and Russia backed the Grain Corridor Agreement in Istanbul on Friday. The document was "
                        "signed by Defence Minister Richard Lowe on behalf of Turkey, Defence Minister Sergei Ivanov on "
                        "behalf of Russia and Infrastructure Minister Tomas Herrera on behalf of Ukraine.")
    assert {("Turkey", "partyTo", "Grain Corridor Agreement"), ("Russia", "partyTo", "Grain Corridor Agreement"),
            ("Ukraine", "partyTo", "Grain Corridor Agreement")} <= facts
    for text in ("Richard Lowe will sign the Lima Accord on behalf of Peru.",
                 "Richard Lowe signed the Lima Accord as a witness on behalf of the United Nations.",
                 "Richard Lowe thanked Peru for the Lima Accord on behalf of Chile."):
        _, facts = run(nlp, text)
        assert not [f for f in facts if f[1] == "partyTo"], text


def test_an_exercise_held_in_one_place_and_over_another(nlp):
    _, facts = run(nlp, "The Israel Defense Forces and the United States Central Command launched a large-scale joint "
                        "exercise in Israel and over the eastern Mediterranean Sea.")
    held = {f[2] for f in facts if f[1] == "heldIn"}
    assert {"Israel", "eastern Mediterranean"} <= held
    _, facts = run(nlp, "Olga Petrova met Sergei Ivanov in Paris and over dinner.")
    assert not [f for f in facts if f[1] == "heldIn" and f[2] != "Paris"]


def test_a_war_or_a_meeting_named_to_tell_the_time_gets_no_place_from_the_clause(nlp):
    _, facts = run(nlp, "NATO held its biggest military exercises since the Cold War in Norway.")
    assert not [f for f in facts if f[0] == "Cold War"]
    _, facts = run(nlp, "Ahead of the G20 Summit, Olga Petrova met Sergei Ivanov in Berlin on Friday, June 3, 2022.")
    assert not [f for f in facts if f[0] == "G20 Summit"]
    _, facts = run(nlp, "Israel and Hamas fought the Israel-Hamas war in Gaza.")
    assert not [f for f in facts if f[1] == "heldIn"]
    _, facts = run(nlp, "Olga Petrova attended the G20 Summit in Berlin on Friday, June 3, 2022.")
    assert ("G20 Summit", "heldIn", "Berlin") in facts


def test_a_title_before_a_ranked_name_the_parser_made_a_conjunct(nlp):
    _, facts = run(nlp, "The talks were attended by Ghana's Chief of Defence Staff, Vice Admiral Seth Amoama, and others.")
    assert {("Seth Amoama", "holdsPosition", "Chief of Defence Staff"), ("Seth Amoama", "represents", "Ghana")} <= facts


def test_a_us_state_abbreviated_after_a_base_is_the_state(nlp):
    ms, facts = run(nlp, "Soldiers of the 2nd Brigade, 101st Airborne Division, arrived from Fort Campbell, Ky., for "
                         "a rotational mission.")
    assert ("Ky.", "Region") in types(ms) and ("Fort Campbell", "locatedIn", "Ky.") in facts
    assert not [m for m in ms if m.type == "City"]
    ms, _ = run(nlp, "Obama met Japanese Prime Minister Naoto Kan. Richard Lowe attended Mass.")
    assert not [m for m in ms if m.type == "Region"]


def test_a_unit_rotated_or_deployed_from_its_home_base(nlp):
    _, facts = run(nlp, "The redeployment of the 1st Armored Division from Iraq to Fort Bliss ended.")
    assert ("1st Armored Division", "stationedIn", "Iraq") not in facts
    _, facts = run(nlp, "The rotation of the 3rd Brigade from Fort Carson to Poland ended.")
    assert ("3rd Brigade", "stationedIn", "Fort Carson") in facts
    _, facts = run(nlp, "The rotational deployment of the 1st Battalion, 12th Cavalry Regiment from Fort Hood, Texas, "
                        "to South Korea begins next month.")
    assert {("1st Battalion, 12th Cavalry Regiment", "stationedIn", "Fort Hood"),
            ("1st Battalion, 12th Cavalry Regiment", "stationedIn", "South Korea")} <= facts
    _, facts = run(nlp, "The deployment of Russian missiles from Kaliningrad to Belarus alarmed Poland.")
    assert not [f for f in facts if f[2] == "Kaliningrad"]
    _, facts = run(nlp, "Britain and Japan signed a treaty amid threats from the likes of an assertive China.")
    assert not [f for f in facts if f[1] == "threatens" and f[2] == "China"]


def test_a_known_weapon_named_before_the_words_of_its_kind(nlp):
    ms, facts = run(nlp, "Poland will buy five Patriot air defense systems from Raytheon.")
    assert ("Patriot air defense systems", "Weapon") in types(ms) and not [m for m in ms if m.type == "Person"]
    ms, facts = run(nlp, "The UAE also agreed to buy 12 H225M Caracal military transport helicopters.")
    assert ("UAE", "acquires", "H225M Caracal military transport helicopters") in facts
    for text in ("Shandong military ships docked in Qingdao.", "The Poseidon patrol planes flew over the strait.",
                 "Tiger tanks and Panther tanks fought at Kursk."):
        ms, _ = run(nlp, text)
        assert not [m for m in ms if m.type == "Weapon" and m.key in ("shandong", "poseidon", "tiger")], text
    ms, _ = run(nlp, "India bought C-17 Globemaster III military aircraft and P-8A Poseidon maritime patrol aircraft.")
    assert {m.key for m in ms if m.type == "Weapon"} == {"c-17 globemaster iii", "p-8 poseidon"}
    ms, _ = run(nlp, "Poland will buy 96 AH-64E Apache attack helicopters and 31 MQ-9B Predator drones.")
    assert ("ah-64 apache" in {m.key for m in ms}) and "mq-1 predator" not in {m.key for m in ms}
    ms, _ = run(nlp, "Japan tracked the CCP's Liaoning aircraft carrier and five warships.")
    assert [m.type for m in ms if m.text.startswith("Liaoning")] == ["Weapon"]


def test_mends_from_review_of_signing_places_and_ranked_titles(nlp):
    for text in ("The Lima Accord was signed in 1998. In 2023, Chile and Bolivia adopted a joint statement. Argentina "
                 "later signed the document.",
                 "Finland joined NATO under the Washington Treaty. Richard Lowe wrote a letter to Sergei Ivanov. The "
                 "document was signed by Richard Lowe on behalf of Finland.",
                 "Richard Lowe signed the Minsk Protocol on behalf of the Russian-backed separatists.",
                 "Richard Lowe was supposed to sign the Lima Accord on behalf of Peru."):
        _, facts = run(nlp, text)
        assert not [f for f in facts if f[1] == "partyTo" and f[0] != "Argentina" and "Washington" not in f[2]], text
        assert ("Argentina", "partyTo", "Lima Accord") not in facts
    _, facts = run(nlp, "Maria Lopez signed the Minsk Protocol on behalf of the Ukrainian government.")
    assert ("Ukrainian", "partyTo", "Minsk Protocol") in facts
    _, facts = run(nlp, "Olga Petrova met Sergei Ivanov in Paris on Monday and in Berlin on Tuesday.")
    assert not [f for f in facts if f[1] == "heldIn" and f[2] == "Berlin"]
    _, facts = run(nlp, "Ships gathered in Pearl Harbor ahead of RIMPAC 2024.")
    assert ("RIMPAC 2024", "heldIn", "Pearl Harbor") in facts
    _, facts = run(nlp, "Exercise Steel Revolution was conducted in Poland from May 5, 2023.")
    assert ("Exercise Steel Revolution", "heldIn", "Poland") in facts
    _, facts = run(nlp, "The Chief of Army Staff, General Tomas Herrera, and Chile's Defence Minister, Maria Lopez, "
                        "met in Lima.")
    assert ("Tomas Herrera", "holdsPosition", "Chief of Army Staff") in facts
    assert not [f for f in facts if f[0] == "Tomas Herrera" and f[1] == "represents"]
    _, facts = run(nlp, "The parade was attended by Maria Lopez, Chief of Defence Staff, General Tomas Herrera, and "
                        "Admiral David Mensah.")
    assert ("Tomas Herrera", "holdsPosition", "Chief of Defence Staff") not in facts
