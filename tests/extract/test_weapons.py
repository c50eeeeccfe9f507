"""Weapon mentions as the transfer component sees them."""

from __future__ import annotations

import pytest

from armswatch.extract.context import Context
from armswatch.extract.dates import DateComponent
from armswatch.extract.language import LanguageComponent, SegmentComponent
from armswatch.extract.numbers import MoneyComponent
from armswatch.extract.weapons import WeaponComponent
from armswatch.model import Document


def _weapons(text: str) -> list[tuple[str, str, int | None]]:
    ctx = Context(Document("test", text))
    for component in (LanguageComponent(), SegmentComponent(), DateComponent(), MoneyComponent(), WeaponComponent()):
        component(ctx)
    return [(w.text, w.category, w.quantity) for w in ctx.weapons]


def test_a_named_missile_told_with_its_role_keeps_one_mention() -> None:
    found = _weapons("طلبوا صواريخ Kornet المضادة للدبابات والأسلحة المضادة للطائرات")
    assert [c for _, c, _ in found] == ["ATGM", "anti-aircraft weapon"]


@pytest.mark.parametrize(("text", "category"), [
    ("accused of supplying satellite navigation modules for attack drones", "drone components"),
    ("поставки комплектующих для крылатых ракет", "missile components"),
])
def test_parts_for_a_weapon_are_components(text: str, category: str) -> None:
    assert category in [c for _, c, _ in _weapons(text)]


def test_quantities_in_words_and_digits() -> None:
    assert ("AK-47 assault rifles", "assault rifle", 1500) in _weapons("1,500 AK-47 assault rifles were found")
    assert any(q == 2000 for _, _, q in _weapons("نحو 2000 بندقية كلاشنكوف"))


def test_an_age_is_not_a_weapon() -> None:
    assert _weapons("Wilson Che Fonguh, 39, was charged") == []
