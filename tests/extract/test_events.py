"""Events extractor (issue 4): PLOVER type, mode, participants, negation, modality, counts.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events, has_trigger
from detente.extract.events_lexicon import load_lexicon

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def events(analyze_text, text: str) -> list[dict]:
    analysis = analyze_text(text)
    return [dict(r.fields, date=r.date, kind=r.kind) for r in find_events(analysis)]


def types(analyze_text, text: str) -> list[str]:
    return [e["type"] for e in events(analyze_text, text)]


def country(actor: dict | None) -> str | None:
    return actor.get("country") if actor else None


def test_vocabulary_uses_only_plover_types() -> None:
    lex = load_lexicon()
    for trigger in [*lex.verbs.values(), *lex.nouns.values(), *lex.phrasal.values()]:
        assert trigger.type in PLOVER, trigger
        assert trigger.cameo[:2].isdigit(), trigger


pytestmark = pytest.mark.model


def test_record_carries_contract_fields(analyze_text) -> None:
    found = events(analyze_text, "Russian troops shelled the town of Kupiansk on Tuesday, killing three people.")
    assert len(found) == 1
    event = found[0]
    assert event["kind"] == "event"
    assert set(event) >= {"type", "mode", "cameo", "actor", "target", "location", "counts", "claimed_by",
                          "negated"}
    assert event["type"] == "ASSAULT" and event["mode"] == "heavy-weapons"
    assert event["cameo"].startswith(("18", "19", "20"))
    assert country(event["actor"]) == "RUS"
    assert event["date"] == "2025-06-03"
    assert {"value": 3, "qualifier": None} .items() <= {k: v for k, v in event["counts"][0].items()}.items()


def test_vow_to_hit_back_is_a_threat_not_an_assault(analyze_text) -> None:
    found = events(analyze_text, "The Russian defence minister vowed to hit back at Ukraine.")
    assert [e["type"] for e in found] == ["THREATEN"]
    assert country(found[0]["actor"]) == "RUS"


def test_threatened_strike_is_threaten(analyze_text) -> None:
    assert types(analyze_text, "Moscow threatened to bomb bridges over the Dnipro.") == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Russia will attack Kharkiv if the talks break down.",
    "Ukrainian forces could launch a counteroffensive in the south.",
    "Kyiv plans to strike more refineries inside Russia.",
    "Analysts say the offensive may stall before winter.",
])
def test_future_or_conditional_hostility_is_not_an_event(analyze_text, text: str) -> None:
    assert types(analyze_text, text) == []


def test_reported_speech_keeps_the_speaker(analyze_text) -> None:
    found = events(analyze_text, "Zelensky said Russian missiles hit a school in Sumy on Monday.")
    assert [e["type"] for e in found] == ["ASSAULT"]
    assert found[0]["mode"] == "aerial"
    assert found[0]["claimed_by"]["country"] == "UKR"


def test_according_to_is_the_claimant(analyze_text) -> None:
    found = events(analyze_text, "Ukrainian saboteurs blew up a fuel depot in Crimea, according to Kyiv.")
    assert [(e["type"], e["mode"]) for e in found] == [("ASSAULT", "explosives")]
    assert country(found[0]["claimed_by"]) == "UKR"


def test_two_sabotage_acts_without_places_stay_two(analyze_text) -> None:
    text = "Partisans derailed a fuel train and later blew up a freight train."
    assert types(analyze_text, text) == ["ASSAULT", "ASSAULT"]


def test_one_attack_with_two_counts(analyze_text) -> None:
    text = ("An explosion derailed a cargo train near Kursk on Friday, killing four workers and injuring "
            "another twenty.")
    found = events(analyze_text, text)
    assert [e["type"] for e in found] == ["ASSAULT"]
    values = sorted(c["value"] for c in found[0]["counts"])
    assert values == [4, 20]
    assert found[0]["mode"] == "explosives"


def test_two_attacks_in_one_sentence(analyze_text) -> None:
    text = "Partisans derailed a fuel train near Bryansk and later blew up a rail bridge in Belgorod."
    assert types(analyze_text, text) == ["ASSAULT", "ASSAULT"]


def test_name_calling_is_accuse(analyze_text) -> None:
    found = events(analyze_text, "Lavrov called the Ukrainian government a gang of criminals.")
    assert [e["type"] for e in found] == ["ACCUSE"]
    assert country(found[0]["actor"]) == "RUS"


def test_diplomatic_objection_is_accuse_street_protest_is_protest(analyze_text) -> None:
    assert types(analyze_text, "Hungary protested the decision to Brussels.") == ["ACCUSE"]
    assert types(analyze_text, "Thousands of protesters rallied in Tbilisi on Sunday.") == ["PROTEST"]


def test_pledge_of_help_is_support(analyze_text) -> None:
    found = events(analyze_text, "Japan pledged its support for Ukraine on Wednesday.")
    assert [e["type"] for e in found] in (["SUPPORT"], ["AID"], ["AGREE"])
    assert country(found[0]["actor"]) == "JPN"


def test_phone_call_and_meeting_are_consult(analyze_text) -> None:
    found = events(analyze_text, "Erdogan spoke by phone with Putin on Monday.")
    assert [(e["type"], e["mode"]) for e in found] == [("CONSULT", "phone")]
    found = events(analyze_text, "Zelensky met with Macron in Paris on Thursday.")
    assert [e["type"] for e in found] == ["CONSULT"]
    assert found[0]["location"]["name"] == "Paris"


def test_call_mentioned_in_passing_is_consult_by_the_main_subject(analyze_text) -> None:
    found = events(analyze_text, "Erdogan voiced his wish to mediate during a phone call with Macron.")
    assert [(e["type"], e["mode"]) for e in found] == [("CONSULT", "phone")]
    assert (country(found[0]["actor"]), country(found[0]["target"])) == ("TUR", "FRA")
    found = events(analyze_text, "In a call with his Polish counterpart, Lavrov said Moscow was open to dialogue.")
    assert [e["type"] for e in found] == ["CONSULT"]
    assert country(found[0]["actor"]) == "RUS"


def test_object_control_and_coordinated_pledge(analyze_text) -> None:
    found = events(analyze_text, "Scholz urged Moscow and Kyiv to return to talks and pledged Germany's support.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("REQUEST", "DEU"), ("SUPPORT", "DEU")]
    found = events(analyze_text, "The verdict prompted Orban to lash out at Brussels.")
    assert [(e["type"], e["actor"]["name"]) for e in found] == [("ACCUSE", "Viktor Orban")]


def test_proposed_meeting_is_agree(analyze_text) -> None:
    found = events(analyze_text, "Trump said he would meet Putin in Budapest next month.")
    assert [e["type"] for e in found] == ["AGREE"]


def test_calling_off_talks_is_reject(analyze_text) -> None:
    assert types(analyze_text, "The Kremlin called off the next round of negotiations with Kyiv.") == ["REJECT"]


def test_negated_agreement_is_agree_negated(analyze_text) -> None:
    found = events(analyze_text, "Neither delegation agreed to a truce at the talks in Geneva.")
    assert [(e["type"], e["negated"]) for e in found] == [("AGREE", True)]


def test_agreement_reached_is_not_negated(analyze_text) -> None:
    found = events(analyze_text, "Moscow and Kyiv agreed to exchange wounded prisoners of war.")
    assert [(e["type"], e["negated"]) for e in found] == [("AGREE", False)]


def test_prisoner_exchange_is_retreat(analyze_text) -> None:
    found = events(analyze_text, "Russia and Ukraine exchanged 300 prisoners of war on Sunday.")
    assert [(e["type"], e["mode"]) for e in found] == [("RETREAT", "release")]
    assert [c["value"] for c in found[0]["counts"]] == [300]


def test_aid_package_is_aid_for_its_recipient(analyze_text) -> None:
    found = events(analyze_text, "Canada announced a new military aid package for Ukraine.")
    assert [(e["type"], country(e["actor"]), country(e["target"])) for e in found] == [("AID", "CAN", "UKR")]


def test_shooting_down_drones_is_not_a_firearms_attack(analyze_text) -> None:
    found = events(analyze_text, "Ukrainian air defences shot down 40 drones overnight.")
    assert [e["type"] for e in found] == ["ASSAULT"]
    assert found[0]["mode"] != "firearms"
    assert [c["value"] for c in found[0]["counts"]] == [40]


def test_sanctions_and_arrests(analyze_text) -> None:
    found = events(analyze_text, "The European Union imposed new sanctions on Russian banks.")
    assert [e["type"] for e in found] == ["SANCTION"]
    found = events(analyze_text, "Georgian police detained twelve opposition activists in Tbilisi.")
    assert [(e["type"], e["mode"]) for e in found] == [("COERCE", "arrest")]


def test_drone_strike_is_aerial_assault_with_actor_and_place(analyze_text) -> None:
    found = events(analyze_text, "Russian drones struck an energy facility in Odesa overnight.")
    assert [(e["type"], e["mode"]) for e in found] == [("ASSAULT", "aerial")]
    assert country(found[0]["actor"]) == "RUS"
    assert found[0]["location"]["name"] == "Odesa"


def test_figurative_strikes_are_not_attacks(analyze_text) -> None:
    assert types(analyze_text, "Ankara and Moscow struck a deal on grain exports.") == ["AGREE"]
    assert "ASSAULT" not in types(analyze_text, "The scandal could derail the peace process.")


def test_accusation_absorbs_the_alleged_act(analyze_text) -> None:
    found = events(analyze_text, "Kyiv accused Moscow of shelling a maternity hospital.")
    assert [e["type"] for e in found] == ["ACCUSE"]
    assert (country(found[0]["actor"]), country(found[0]["target"])) == ("UKR", "RUS")


def test_questions_and_generic_statements_give_nothing(analyze_text) -> None:
    assert types(analyze_text, "Will Russia attack again?") == []
    assert types(analyze_text, "Sanctions rarely change a regime's behaviour.") == []


def test_background_event_keeps_its_own_date(analyze_text) -> None:
    found = events(analyze_text, "In March 2022, Russian forces shelled the Zaporizhzhia nuclear plant.")
    assert [e["type"] for e in found] == ["ASSAULT"]
    assert found[0]["date"] == "2022-03"


def test_same_event_told_twice_is_one_record(analyze_text) -> None:
    text = ("Poland expelled three Russian diplomats on Monday.\n\n"
            "Warsaw expelled the three Russian diplomats on Monday, officials said.")
    assert types(analyze_text, text) == ["SANCTION"]


def test_agreeing_with_an_opinion_is_not_an_event(analyze_text) -> None:
    assert types(analyze_text, "Josep Borrell agreed.") == []


def test_failed_outcome_does_not_negate_the_talks(analyze_text) -> None:
    found = events(analyze_text, "Talks between Serbia and Kosovo in Brussels did not result in a deal.")
    assert ("CONSULT", True) not in [(e["type"], e["negated"]) for e in found]


def test_no_deal_emerging_is_a_negated_agreement(analyze_text) -> None:
    found = events(analyze_text, "No grain deal emerged from the meeting in Ankara.")
    assert [(e["type"], e["negated"]) for e in found] == [("AGREE", True)]


def test_attack_on_a_structure_targets_the_foreign_state_named_in_it(analyze_text) -> None:
    text = "Ukraine carried out an attack on the rail bridge that connects annexed Crimea to Russia."
    found = events(analyze_text, text)
    assert [(e["type"], country(e["actor"]), country(e["target"])) for e in found] == [("ASSAULT", "UKR", "RUS")]


def test_group_in_a_country_acts_for_that_state(analyze_text) -> None:
    found = events(analyze_text, "The military government in Niger expelled the French ambassador on Friday.")
    assert [e["type"] for e in found] == ["SANCTION"]
    assert country(found[0]["actor"]) == "NER"


def test_prefilter_skips_sentences_without_triggers(analyze_text) -> None:
    analysis = analyze_text("The weather in Kyiv was mild. Russian troops attacked a village.")
    first, second = analysis.sentences
    assert not has_trigger(first)
    assert has_trigger(second)


# PLOVER codebook readings added with the gold-standard work (sentences written for these tests).

def test_pronoun_subject_is_the_speaker(analyze_text) -> None:
    found = events(analyze_text, "Poland said it will support the new sanctions package.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("AGREE", "POL")]


@pytest.mark.parametrize("text, mode", [
    ("Hundreds of farmers blocked the main road to the border crossing.", "block"),
    ("Jailed activists began a hunger strike in Simferopol.", "hunger"),
    ("Georgian students demonstrated outside parliament in Tbilisi.", "demo"),
])
def test_crowds_protesting(analyze_text, text: str, mode: str) -> None:
    assert [(e["type"], e["mode"]) for e in events(analyze_text, text)] == [("PROTEST", mode)]


def test_lodging_a_protest_is_a_diplomatic_complaint(analyze_text) -> None:
    found = events(analyze_text, "Moldova lodged a formal protest with Russia over the drone debris.")
    assert [(e["type"], country(e["actor"]), country(e["target"])) for e in found] == [("ACCUSE", "MDA", "RUS")]


def test_reported_must_is_a_demand_on_the_other_party(analyze_text) -> None:
    found = events(analyze_text, "The Kremlin said Kyiv must withdraw its troops from the four regions.")
    assert [(e["type"], country(e["actor"]), country(e["target"])) for e in found] == [("REQUEST", "RUS", "UKR")]


def test_what_a_demand_asks_for_has_not_happened(analyze_text) -> None:
    assert types(analyze_text, "Poland repeated its demand that Berlin hand over the suspect.") == ["REQUEST"]


@pytest.mark.parametrize("text, kind", [
    ("Washington lifted sanctions on Belarusian potash.", "RETREAT"),
    ("Ukrainian authorities lifted the curfew in Odesa.", "CONCEDE"),
])
def test_lifting_reads_by_what_is_lifted(analyze_text, text: str, kind: str) -> None:
    assert types(analyze_text, text) == [kind]


def test_hostile_act_its_own_actor_announces_is_a_threat(analyze_text) -> None:
    found = events(analyze_text, "Iran's navy said it would seize any tanker bound for Israel.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("THREATEN", "IRN")]


def test_hostile_act_others_predict_is_no_threat(analyze_text) -> None:
    found = events(analyze_text, "Russian officials said Ukraine will attack the plant.")
    assert "THREATEN" not in [e["type"] for e in found]


def test_attempted_attack_happened(analyze_text) -> None:
    assert types(analyze_text, "Saboteurs tried to blow up a railway bridge near Lviv.") == ["ASSAULT"]


def test_capital_as_subject_speaks_for_its_state(analyze_text) -> None:
    found = events(analyze_text, "Minsk rejected the proposal.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("REJECT", "BLR")]


def test_voiced_readiness_to_hold_talks_is_intent(analyze_text) -> None:
    found = events(analyze_text, "Hungary expressed its readiness to hold talks with Serbia.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("AGREE", "HUN")]


@pytest.mark.parametrize("text, kind", [
    ("Moscow put its nuclear forces on high alert.", "MOBILIZE"),
    ("Lithuania strengthened its military presence along the border.", "MOBILIZE"),
    ("Mali's junta promised to hold elections within a year.", "AGREE"),
    ("Serbia said it is ready to normalise relations with Kosovo.", "AGREE"),
    ("Hungary withdrew its observers from the mission.", "SANCTION"),
    ("Turkey allowed UN inspectors to visit the grain terminals.", "RETREAT"),
    ("Kyiv wants its allies to send more air defence systems.", "REQUEST"),
    ("Macron expressed solidarity with Moldova.", "SUPPORT"),
    ("Scholz began a two-day trip to Beijing.", "CONSULT"),
    ("Russia halted its offensive near Kupiansk.", "RETREAT"),
])
def test_plover_codebook_readings(analyze_text, text: str, kind: str) -> None:
    assert kind in types(analyze_text, text)


def test_what_one_party_wants_another_to_do_has_not_happened(analyze_text) -> None:
    assert types(analyze_text, "Kyiv wants its allies to send more air defence systems.") == ["REQUEST"]


def _with_count(found: list[dict], what: str) -> list[dict]:
    return [e for e in found if any(what in c["what"] for c in e["counts"])]


def test_unnamed_attackers_take_the_actor_of_the_sentence_before(analyze_text) -> None:
    text = ("Armenian forces shelled an Azerbaijani village on Monday.\n\n"
            "Azerbaijani troops shelled an Armenian border post on Tuesday. "
            "The shells destroyed two armoured vehicles.")
    hit = _with_count(events(analyze_text, text), "vehicles")
    assert [country(e["actor"]) for e in hit] == ["AZE"]


@pytest.mark.parametrize("told", ["\n\nThe shells destroyed two armoured vehicles.",
                                  " “The shells destroyed two armoured vehicles,” a villager said."])
def test_actor_is_not_carried_across_a_paragraph_or_into_a_quote(analyze_text, told: str) -> None:
    text = ("Armenian forces shelled an Azerbaijani village on Monday.\n\n"
            "Azerbaijani troops shelled an Armenian border post on Tuesday." + told)
    hit = _with_count(events(analyze_text, text), "vehicles")
    assert all(country(e["actor"]) != "AZE" for e in hit)


def test_following_day_counts_from_the_day_named_before(analyze_text) -> None:
    text = ("Georgian police detained eleven protesters in Tbilisi on 3 March 2024. "
            "The following day, riot officers detained forty more outside parliament.")
    dates = sorted(e["date"] for e in events(analyze_text, text) if e["type"] == "COERCE")
    assert dates == ["2024-03-03", "2024-03-04"]


def test_undated_sentence_takes_the_day_of_the_same_kind_of_event_before(analyze_text) -> None:
    same = ("Georgian police detained eleven protesters in Tbilisi on 3 March 2024. "
            "Officers detained forty more in Batumi.")
    assert [e["date"] for e in events(analyze_text, same)] == ["2024-03-03", "2024-03-03"]
    other = ("Georgian police detained eleven protesters in Tbilisi on 3 March 2024. "
             "Turkey expelled two Greek diplomats in Ankara.")
    assert [(e["type"], e["date"]) for e in events(analyze_text, other)] == [
        ("COERCE", "2024-03-03"), ("SANCTION", None)]


def test_vague_retelling_in_the_country_merges_into_the_attack(analyze_text) -> None:
    text = ("Ukrainian drones struck an oil refinery in Tuapse on 17 May 2024.\n\n"
            "The drone attack in Russia lasted several hours.")
    found = events(analyze_text, text)
    assert [(e["type"], country(e["actor"]), e["location"]["name"]) for e in found] == [
        ("ASSAULT", "UKR", "Tuapse")]


def test_attack_carried_out_by_launching_names_the_launch_target(analyze_text) -> None:
    text = "Turkey immediately retaliated by launching over 300 drones against Syria on Sunday."
    found = [(e["type"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "TUR", "SYR")]


def test_act_told_as_coming_after_is_a_second_event(analyze_text) -> None:
    text = ("Rebels bombed a police station in Osh on 3 April 2024, killing two officers. "
            "Shortly after, Kyrgyzstan's rebels blew up a supply depot in Naryn, destroying the army's fuel reserve.")
    assert len([e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]) == 2


def test_sabotage_names_whose_asset_it_destroyed(analyze_text) -> None:
    text = "Armenia blew up a supply train, destroying Azerbaijan's main logistical lifeline."
    found = [(e["type"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "ARM", "AZE")]


def test_coordinated_verbs_share_their_object(analyze_text) -> None:
    text = "Israel says it has destroyed or badly damaged more than 30 Iranian air-defence radars at three bases."
    found = [(e["type"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "ISR", "IRN")]


def test_act_told_as_coming_earlier_is_not_the_same_attack(analyze_text) -> None:
    text = ("Israeli jets struck a weapons depot near Damascus on 9 June 2024.\n\n"
            "Hours earlier, a rocket barrage killed three soldiers at a border post.")
    found = [e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]
    assert len(found) == 2
    assert not any(c["value"] == 3 for c in found[0]["counts"])


def test_attack_on_a_place_abroad_targets_that_state(analyze_text) -> None:
    text = "Turkey mounted its biggest raid in Iraq, striking 20 hideouts with drones."
    found = [(e["type"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert ("ASSAULT", "TUR", "IRQ") in found
    home = "Turkish police raided a warehouse in Izmir, seizing 300 drones."
    assert all(country(e["target"]) != "TUR" for e in events(analyze_text, home))


def test_what_an_attack_destroyed_is_not_its_weapon(analyze_text) -> None:
    text = "Azerbaijan launched a drone attack on Armenian positions on Sunday. They destroyed 12 tanks and two radars."
    found = [(e["type"], e["mode"], country(e["actor"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "aerial", "AZE")]


def test_bare_reading_of_a_fuller_attack_in_the_same_sentence_is_one_event(analyze_text) -> None:
    text = "Pakistan launched a large-scale missile attack, targeting three militant camps in Afghanistan."
    found = [(e["type"], e["mode"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "aerial", "PAK", "AFG")]


def test_weapons_targeting_a_country_are_not_sent_by_it(analyze_text) -> None:
    text = "Over three nights, Iran launched 80 drones and two cruise missiles targeting several towns in Iraq."
    found = [(e["type"], country(e["actor"]), country(e["target"])) for e in events(analyze_text, text)]
    assert found == [("ASSAULT", "IRN", "IRQ")]


def test_far_apart_a_named_victim_does_not_join_an_attack_that_named_none(analyze_text) -> None:
    text = ("A court found that Serbian saboteurs blew up a gas pipeline in 2021.\n\n"
            "The rebel groups killed nearly 200 Malian troops in an ambush.")
    pipeline = [e for e in events(analyze_text, text) if country(e["actor"]) == "SRB"]
    assert pipeline and not any(c["value"] == 200 for e in pipeline for c in e["counts"])


@pytest.mark.parametrize("text", [
    "The European Union has imposed new sanctions on Russia's shadow fleet.",
    "Poland expelled two Russian diplomats, the foreign ministry says.",
    "Canada pledges fresh military aid to Ukraine.",
    "Japan condemned the strike on Odesa.",
])
def test_news_tense_takes_the_story_day(analyze_text, text: str) -> None:
    """Hard news tells the day's events in the past, the perfect or the headline present: the
    dating pass (extract.common.date_undated) gives them the publication day, and says so."""
    from detente.extract import extract_all

    found = [r for r in extract_all(analyze_text(text)) if r.kind == "event"]
    assert found and all((r.date, r.fields.get("date_basis")) == ("2025-06-05", "published") for r in found)


@pytest.mark.parametrize("text", [
    "Hungary had vetoed the sanctions package before the summit.",
    "Finland will host the next round of talks.",
])
def test_background_and_future_take_no_story_day(analyze_text, text: str) -> None:
    """A pluperfect steps back into background; a modal looks ahead: neither is the story's day."""
    found = events(analyze_text, text)
    assert found and all(e["date"] is None for e in found)


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("Lithuania blacklisted three Russian oligarchs.", "SANCTION", "LTU"),
    ("Germany shipped more artillery shells to Ukraine.", "AID", "DEU"),
    ("Finnish air force scrambled two fighter jets after a Russian plane neared its border.", "MOBILIZE", "FIN"),
    ("The Kremlin repudiated the Istanbul declaration.", "REJECT", "RUS"),
    ("Estonia's prime minister chided Hungary over its veto.", "ACCUSE", "EST"),
    ("Warsaw and Vilnius coordinated their response with NATO.", "COOPERATE", "POL"),
])
def test_wider_verb_classes(analyze_text, text: str, kind: str, who: str) -> None:
    """Common verbs of each PLOVER class beyond the first lexicon (CAMEO verb lists)."""
    found = events(analyze_text, text)
    assert [(e["type"], country(e["actor"])) for e in found] == [(kind, who)]


@pytest.mark.parametrize("text", [
    "The ship sailed from Odesa.",   # a noun 'ship', not shipping arms
    "The minister reaffirmed his plan to retire.",   # reaffirming a private plan supports no one
])
def test_wider_verbs_keep_their_objects(analyze_text, text: str) -> None:
    assert events(analyze_text, text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("We thank Canada, Norway and other partners that have sent Ukraine tanks.", "CAN"),
    ("Kyiv thanked Sweden, which has delivered ammunition to Ukraine.", "SWE"),
    ("Diplomats praised Turkey, which hosted the talks between Russia and Ukraine.", "TUR"),
])
def test_relative_pronoun_subject_is_its_antecedent(analyze_text, text: str, who: str) -> None:
    """'X, which has done Y': the doer of the relative clause is the noun it hangs on."""
    found = events(analyze_text, text)
    assert any(country(e["actor"]) == who and e["type"] in ("AID", "CONSULT") for e in found)


def test_relative_clause_on_an_unnamed_noun_names_no_one(analyze_text) -> None:
    found = events(analyze_text, "Officials listed the companies that have supplied drones to Ukraine.")
    assert all(e["actor"] is None for e in found)


@pytest.mark.parametrize(("text", "attacker", "attacked"), [
    ("Ukraine and Russia swapped accusations at the UN. Russian officials said the town of Shebekino in Russia "
     "was struck by drones overnight, wounding two people. Kyiv did not comment.", "UKR", "RUS"),
    ("Odesa was hit by a barrage of missiles on Tuesday, killing four people. Ukraine's air force said "
     "Russia had fired from the Black Sea. Moscow made no comment and Kyiv asked for air defence.", "RUS", "UKR"),
])
def test_unattributed_attack_on_one_side_of_the_war_is_the_others(analyze_text, text: str, attacker: str,
                                                                    attacked: str) -> None:
    """In an article that names both sides of the war, 'X was hit overnight' is the other side's attack."""
    found = [e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]
    assert (country(found[0]["actor"]), country(found[0]["target"])) == (attacker, attacked)


def test_unattributed_attack_without_the_other_side_named_has_no_attacker(analyze_text) -> None:
    text = ("Odesa was hit by a barrage of missiles on Tuesday, killing four people. "
            "Ukraine's governor said rescuers were at work.")
    found = [e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]
    assert found and found[0]["actor"] is None


@pytest.mark.parametrize(("text", "owner"), [
    ("Estonia requested urgent NATO consultations after three Russian fighter jets violated its airspace.", "EST"),
    ("Poland summoned the Russian envoy after Moscow's drones violated its airspace.", "POL"),
    ("Romania lodged a protest with Moscow after two Russian drones intruded into its airspace.", "ROU"),
])
def test_owner_pronoun_is_bound_by_the_subject_above(analyze_text, text: str, owner: str) -> None:
    """'its airspace' belongs to the subject of the clause above, not to the last name before it."""
    found = [e for e in events(analyze_text, text) if e["type"] == "COERCE"]
    assert found and country(found[0]["target"]) == owner


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("Hungary sided with Moscow on the gas dispute.", "SUPPORT", "HUN"),
    ("Belarusian police cracked down on protesters in Minsk.", "COERCE", "BLR"),
    ("Norway and Sweden teamed up with Finland to patrol the Baltic.", "COOPERATE", "NOR"),
    ("Serbia's prime minister stepped down on Tuesday.", "RETREAT", "SRB"),
])
def test_phrasal_verbs_of_each_class(analyze_text, text: str, kind: str, who: str) -> None:
    found = events(analyze_text, text)
    assert [(e["type"], country(e["actor"])) for e in found] == [(kind, who)]


def test_standing_with_a_state_is_support_but_standing_by_a_road_is_nothing(analyze_text) -> None:
    found = events(analyze_text, "Denmark will always stand with Ukraine, its prime minister said.")
    assert [(e["type"], country(e["target"])) for e in found] in ([("AGREE", "UKR")], [("SUPPORT", "UKR")])
    assert events(analyze_text, "Tanks stood by the road.") == []


def test_one_side_attacking_no_one_named_attacks_the_other(analyze_text) -> None:
    """'Russian troops continue to attack', in an article about Russia and Ukraine: Ukraine is attacked."""
    text = ("Ukraine and Russia held talks in Turkey as Russian troops continue to attack. "
            "Kyiv wants a truce; Moscow does not.")
    found = [e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]
    assert [(country(e["actor"]), country(e["target"])) for e in found] == [("RUS", "UKR")]


def test_an_attack_on_a_thing_named_is_not_read_as_on_the_enemy(analyze_text) -> None:
    text = ("Ukraine and Russia traded blame at the UN. Ukrainian saboteurs blew up a railway bridge, "
            "Moscow claimed.")
    found = [e for e in events(analyze_text, text) if e["type"] == "ASSAULT"]
    assert found and all(e["target"] is None for e in found)


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("Iran and the US held talks in Oman amid US threats of military action.", "THREATEN", "USA"),
    ("The talks resumed amid Russian strikes on Kharkiv.", "ASSAULT", "RUS"),
    ("Zelensky travelled to Rome amid Moscow's offensive in the east.", "ASSAULT", "RUS"),
])
def test_a_named_partys_act_as_backdrop_happens(analyze_text, text: str, kind: str, who: str) -> None:
    """'amid X's strikes': the act of a named party going on while the clause happens."""
    assert (kind, who) in [(e["type"], country(e["actor"])) for e in events(analyze_text, text)]


def test_an_unowned_backdrop_is_no_event(analyze_text) -> None:
    assert events(analyze_text, "Prices rose amid the war.") == []


@pytest.mark.parametrize(("text", "kind", "author"), [
    ("Later, state media reported that Kim had invited Putin to visit Pyongyang, and that the Russian leader "
     "happily accepted the invite.", "AGREE", "PRK"),
    ("Tehran rejected Washington's offer of talks.", "REJECT", "USA"),
    ("Chinese officials proposed a ceasefire plan on Monday, and Brazil accepted the proposal.", "AGREE", "CHN"),
])
def test_answer_to_a_proposal_targets_its_author(analyze_text, text: str, kind: str, author: str) -> None:
    """Accepting or rejecting an invite, offer or proposal answers whoever made it."""
    found = [e for e in events(analyze_text, text) if e["type"] == kind]
    assert author in [country(e["target"]) for e in found]


def test_answer_to_an_unmade_proposal_has_no_target(analyze_text) -> None:
    found = events(analyze_text, "Moldova accepted the proposal.")
    assert [(e["type"], e["target"]) for e in found] == [("AGREE", None)]


@pytest.mark.parametrize(("text", "who"), [
    ("Georgia's prime minister agreed to host the talks, a government spokeswoman announced.", "GEO"),
    ("A palace aide confirmed that King Charles had agreed to meet the Ukrainian envoy.", "GBR"),
    ("Officials announced Finland would send more artillery to Ukraine.", "FIN"),
])
def test_a_reported_clause_with_its_own_subject_is_that_subjects_act(analyze_text, text: str, who: str) -> None:
    """'X announced (that) Y agreed': the agreement is Y's, not the announcer's."""
    found = events(analyze_text, text)
    assert found and country(found[0]["actor"]) == who


def test_a_pronoun_in_the_reported_clause_keeps_the_announcer(analyze_text) -> None:
    found = events(analyze_text, "Hungary announced it will send aid to Ukraine.")
    assert [(e["type"], country(e["actor"])) for e in found] == [("AGREE", "HUN")]


@pytest.mark.parametrize(("text", "who", "asked"), [
    ("Moldova hopes Brussels will send more aid this winter.", "MDA", "EU"),
    ("Armenia's premier said he trusted Paris would send more weapons to Armenia.", "ARM", "FRA"),
    ("Kyiv hoped Washington would approve the new package of military aid.", "UKR", "USA"),
])
def test_hoping_another_party_will_help_is_asking_it(analyze_text, text: str, who: str, asked: str) -> None:
    """A hope that someone else will help is a request of them, and their help has not happened."""
    found = events(analyze_text, text)
    assert [(e["type"], country(e["actor"]), country(e["target"])) for e in found] == [("REQUEST", who, asked)]


@pytest.mark.parametrize("text", ["Analysts hope the weather will improve.", "Ukraine hopes it will join NATO."])
def test_hopes_that_ask_no_one_for_help_are_no_request(analyze_text, text: str) -> None:
    assert [e for e in events(analyze_text, text) if e["type"] == "REQUEST"] == []
