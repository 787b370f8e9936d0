"""Positions a party states by announcing its own step, or that a summary noun hands to its agent, on
sentences written for these tests: a future gift or pull-back ('Oslo will send more mine-clearing
vehicles', 'the brigades will pull back from the river'), an appositive that renames the clause
before it ('..., an idea floated by Vienna'), and 'the deal' a refusal or an infinitive takes standing
for the deal named before it, or in the headline; and every side of a joint subject the parser
leaves unlinked ('Serbian and Kosovar negotiators agreed...'); and a pledge to keep up an effort
('we will pursue a frank dialogue'); a refusal cue that opens on an auxiliary ('we cannot accept')
keeping its pronoun subject."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Norway's defence minister said Oslo would send more air defence missiles to Ukraine next month.",
     ("NOR", "military_limits", "offer")),
    ("Under the second stage of the accord, Armenian forces will pull back from the border villages.",
     ("ARM", "withdrawal", "offer")),
    ("The Polish premier said Warsaw would deliver another batch of tanks before the winter.",
     ("POL", "military_limits", "offer")),
])
def test_a_future_gift_or_pull_back_offers_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway's defence minister said Oslo would not send more air defence missiles this year.",
    "If asked, Warsaw would deliver another batch of tanks, the analyst wrote.",
])
def test_a_refused_or_unreal_gift_offers_nothing(analyze_text, text):
    assert ("NOR", "military_limits", "offer") not in positions(analyze_text, text)
    assert ("POL", "military_limits", "offer") not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Lisbon asked whether the sides could agree a pause in attacks on power plants during the cold months,"
     " an idea floated by Austria's chancellor.", ("AUT", "partial_ceasefire", "offer")),
    ("The envoys met in a hotel with the two delegations in separate rooms and notes passed between them"
     " by a Swiss diplomat \u2014 a format preferred by Tehran.", ("IRN", "talks_format", "demand")),
])
def test_an_appositive_summary_noun_gives_its_agent_the_clause_before(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_labelled_plan_in_apposition_to_a_party_is_no_offer(analyze_text):
    got = positions(analyze_text, "The delegates studied the Vienna formula, a plan proposed by Austria in 2019.")
    assert not any(p[0] == "AUT" and p[2] == "offer" for p in got)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Qatar circulated a plan for a humanitarian pause in the fighting on Monday. "
     "On Wednesday Khartoum refused to consider the plan.", ("SDN", "partial_ceasefire", "reject")),
    ("The grain corridor deal lapsed at midnight. Moscow said on Tuesday that it would not renew the deal.",
     ("RUS", "partial_ceasefire", "reject")),
])
def test_a_definite_deal_an_infinitive_or_a_refusal_takes_stands_for_the_one_named_before(
        analyze_text, text, want):
    assert want in positions(analyze_text, text)


def _titled(nlp, title: str, text: str):  # type: ignore[no-untyped-def]
    from detente.models import Article
    from detente.nlp.core import analyze

    return analyze(Article(file="t.txt", index=0, text=text, title=title, published="2025-06-05"), nlp(text))


@pytest.mark.model
def test_the_deal_with_none_named_before_is_the_headline_deal(nlp):
    from detente.extract.positions import find_positions

    analysis = _titled(nlp, "Border truce begins after parliament backs Oslo-brokered deal",
                       "Convoys began moving at dawn. Armenia's parliament approved the deal by a wide margin.")
    got = {(r.fields["party"]["country"], r.fields["issue"], r.fields["stance"]) for r in find_positions(analysis)}
    assert ("ARM", "ceasefire", "accept") in got


@pytest.mark.model
def test_a_step_put_off_until_something_happens_is_no_refusal(nlp):
    from detente.extract.positions import find_positions

    analysis = _titled(nlp, "Border truce agreed as mediators unveil Oslo-brokered deal",
                       "The Armenian government said its ministers would not convene to ratify the deal until "
                       "every technical question was settled.")
    got = {(r.fields["party"]["country"], r.fields["issue"], r.fields["stance"]) for r in find_positions(analysis)}
    assert ("ARM", "ceasefire", "reject") not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Serbian and Kosovar negotiators agreed on Thursday to swap 40 detainees each.", ("XKX", "prisoners", "accept")),
    ("Azerbaijani and Armenian envoys agreed in Geneva to exchange all captured soldiers.",
     ("ARM", "prisoners", "accept")),
    ("Armenian foreign minister Ararat Mirzoyan and Azerbaijani foreign minister Jeyhun Bayramov signed a "
     "protocol in Geneva that opens a humanitarian corridor to the border villages.",
     ("AZE", "partial_ceasefire", "accept")),
])
def test_every_side_of_a_joint_subject_holds_the_stance(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("\"We will pursue a frank dialogue with Brussels and with every neighbour,\" the Moldovan president said.",
     ("MDA", "talks_format", "offer")),
    ("\"We will continue to work for a swap of all detainees,\" the Norwegian foreign minister told reporters.",
     ("NOR", "prisoners", "offer")),
])
def test_a_pledge_to_keep_up_an_effort_offers_what_it_is_for(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moscow will continue to strike the power grid, the Russian defence ministry said.",
    "Moscow will continue its strikes on energy infrastructure, the Russian defence ministry said.",
])
def test_hostilities_kept_up_offer_nothing(analyze_text, text):
    assert not any(p[0] == "RUS" and p[2] == "offer" for p in positions(analyze_text, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("\"We cannot accept any loss of territory,\" the Georgian prime minister told parliament.",
     ("GEO", "territory", "reject")),
    ("\"We can't accept a freeze along the present front line,\" Moldova's president said.",
     ("MDA", "withdrawal", "reject")),
])
def test_a_refusal_cue_opening_on_an_auxiliary_keeps_its_pronoun_subject(analyze_text, text, want):
    assert want in positions(analyze_text, text)
