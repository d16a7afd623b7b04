"""A title offered from a sentence nearby does not replace a sentence's own full title telling another happening
(:func:`timeline.titles.tells_other`)."""

from __future__ import annotations

import pytest

from timeline.titles import tells_other


@pytest.mark.parametrize("offered, own", [
    # politics: the signing is not the chamber's ending of a dispute
    ("Council puts end to weeks of wrangling", "Mayor signs budget bill into law"),
    # sport: the fine is not the abandoned match
    ("League fines home club for crowd trouble", "Referee abandons derby match after fans throw flares"),
    # business: the collapse of talks is not the executive's resignation
    ("Merger talks collapse after months", "Chief executive of regional bank resigns post"),
])
def test_a_full_own_title_of_another_happening_is_kept(offered, own):
    assert tells_other(offered, own)


@pytest.mark.parametrize("offered, own", [
    # science: a word shared (the comet): the offered title may name what the sentence only hints at
    ("Rare comet spotted over southern sky", "Some of the light comes from comet's tail"),
    # courts: the same action
    ("Court sentences former mayor to prison", "Former mayor sentenced to six years"),
    # a short own title says too little to keep
    ("Senator asks watchdog to review grants", "Letter sent"),
    ("Storm floods coastal towns overnight", "Storm hits"),
    # a participle phrase with no doer is no full title
    ("Court approves sale of the carmaker", "Making several hard choices at once"),
])
def test_a_short_or_sharing_own_title_may_be_replaced(offered, own):
    assert not tells_other(offered, own)
