"""Identity: two mentions that name no doer (a passive, *one … the other*) and each name their own party (a hospital,
a buyer), none in common, are likely two events: the shared verb alone does not make them one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("texts", [
    # mountain rescue: two climbers flown to two hospitals
    ["One of the injured climbers has now been flown to Halden General.",
     "The other has now been flown to the Riverton Clinic."],
    # business: two plants sold to two buyers
    ["One of the two plants has now been sold to Brightline Industries.",
     "The other has now been sold to Corvex Holdings."],
])
def test_one_and_the_other_done_to_by_no_named_doer_with_other_parties_are_two_events(texts, event_ids):
    """No doer is named and each names its own party (a hospital, a buyer): the same verb does not make them one."""
    ids = event_ids(texts)
    assert ids[0] != ids[1]


def test_one_act_told_twice_with_its_party_is_one_event(event_ids):
    """Near miss: the same party named in both."""
    ids = event_ids(["The injured climber has now been flown to Halden General.",
                     "The climber has now been flown to Halden General, rescuers said."])
    assert ids[0] == ids[1]
