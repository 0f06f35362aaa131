"""Ordinary news (issue 12): acts only possible or permitted, and accidents, are no asserted political acts."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def test_a_vehicle_is_no_doer_of_violence():
    """A crash told with the vehicle as subject is an accident, no act of violence (a guard: no verb pattern codes a
    vehicle's harm today); people who kill are still coded."""
    assert [e.type for e in events("A delivery truck struck a cyclist in Lyon on Monday, killing him.")
            if e.type == "ASSAULT"] == []
    assert "ASSAULT" in [e.type for e in events("Rebels killed 20 villagers in Kandahar on Monday.")]


def test_eligibility_and_permission_make_an_act_only_possible():
    """An act under "is eligible to", "is entitled to", "has the right to" is hypothetical, as under "may"."""
    for text in ("The Mexican ambassador is eligible to appeal the ruling against Sweden.",
                 "France has the right to veto the resolution against Germany."):
        evs = events(text)
        assert evs and all(e.modality == "hypothetical" for e in evs), [(e.type, e.modality) for e in evs]

