"""UN arms embargo regimes as data, matched in Latin, Arabic, Russian and French."""

from __future__ import annotations

import pytest

from armswatch.screen.embargo import embargoes_for, load_regimes


def test_regimes_load_with_resolutions_and_parties() -> None:
    regimes = {r.id: r for r in load_regimes()}
    assert {"yemen_houthis", "dprk", "libya", "somalia_al_shabaab", "south_sudan", "sudan_darfur", "car",
            "drc", "haiti", "iraq_non_state", "lebanon_non_state", "isil_al_qaida", "taliban"} <= set(regimes)
    assert regimes["yemen_houthis"].resolutions[0].startswith("2216")
    assert regimes["dprk"].resolutions[0].startswith("1718") and regimes["dprk"].exports
    for regime in regimes.values():
        assert regime.parties and regime.scope in ("state", "non_state", "named")


@pytest.mark.parametrize(("name", "regime"), [
    ("Houthis", "yemen_houthis"), ("الحوثيين", "yemen_houthis"), ("أنصار الله", "yemen_houthis"),
    ("Хуситы", "yemen_houthis"), ("les Houthis", "yemen_houthis"),
    ("North Korea", "dprk"), ("КНДР", "dprk"), ("كوريا الشمالية", "dprk"),
    ("ليبيا", "libya"), ("Hezbollah", "lebanon_non_state"), ("حزب الله", "lebanon_non_state"),
    ("حركة الشباب", "somalia_al_shabaab"), ("Talibans", "taliban"), ("داعش", "isil_al_qaida"),
    ("قوات الدعم السريع", "sudan_darfur"), ("M23", "drc"),
])
def test_party_names_flag_their_regime(name: str, regime: str) -> None:
    assert regime in [f["regime"] for f in embargoes_for(name)]


@pytest.mark.parametrize("name", ["Saudi Arabia", "Viktor Bout", "Sudan", "France", "m23 street", "",
                                  "\u200f"])
def test_other_names_are_not_flagged(name: str) -> None:
    assert embargoes_for(name) == []


def test_flag_carries_resolution_and_matched_alias() -> None:
    (flag,) = embargoes_for("الحوثيين")
    assert flag["resolution"].startswith("2216") and flag["matched"] and float(flag["score"]) >= 0.85
