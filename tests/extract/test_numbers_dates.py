from __future__ import annotations

import pytest

from armswatch.extract.context import Context
from armswatch.extract.dates import DateComponent
from armswatch.extract.numbers import MoneyComponent
from armswatch.extract.text import split_sentences, tokenize
from armswatch.model import Document


def _context(text: str, language: str, published: str | None = None) -> Context:
    ctx = Context(Document("test", text, published=published))
    ctx.language = language
    ctx.tokens = tokenize(text)
    ctx.sentences = split_sentences(text, ctx.tokens)
    return ctx


@pytest.mark.parametrize(("text", "language", "amount", "currency"), [
    ("صفقة بقيمة 10 ملايين دولار", "ar", 10_000_000, "USD"),
    ("a package worth $1.8 billion", "en", 1_800_000_000, "USD"),
    ("контракт на 700 млн долларов", "ru", 700_000_000, "USD"),
    ("un contrat de 6,3 milliards d'euros", "fr", 6_300_000_000, "EUR"),
    ("بقيمة مليار ونصف دولار", "ar", 1_500_000_000, "USD"),
    ("غرامة ٨٫٥ مليون جنيه", "ar", 8_500_000, "EGP"),
    ("more than 4.6 billion rupees", "en", 4_600_000_000, "INR"),
])
def test_money(text: str, language: str, amount: float, currency: str) -> None:
    ctx = _context(text, language)
    MoneyComponent()(ctx)
    assert [(m.amount, m.currency) for m in ctx.money] == [(amount, currency)]
    hit = ctx.money[0]
    assert text[hit.start:hit.end] == hit.text


def test_money_range_has_no_single_value() -> None:
    ctx = _context("worth 3 to 5 million dollars", "en")
    MoneyComponent()(ctx)
    assert ctx.money and ctx.money[0].amount is None


def test_published_from_yesterday_next_to_a_date() -> None:
    ctx = _context("بحسب صحيفة وول ستريت جورنال أمس 7 أكتوبر 2024. التقى بهم في أغسطس 2024.", "ar")
    DateComponent()(ctx)
    assert ctx.document.published == "2024-10-08"
    assert "2024-08" in [d.value for d in ctx.dates]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("وصلت الشحنة في آب 2019", "ar", "2019-08"),
    ("وقع العقد في تشرين الأول 2020", "ar", "2020-10"),
    ("signed on August 7, 2024", "en", "2024-08-07"),
    ("поставка в марте 2014 года", "ru", "2014-03"),
    ("livrés en juin 2015", "fr", "2015-06"),
    ("في عام 2008 ضبطت", "ar", "2008"),
])
def test_absolute_dates(text: str, language: str, value: str) -> None:
    ctx = _context(text, language, published="2024-01-01")
    DateComponent()(ctx)
    assert value in [d.value for d in ctx.dates]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("ضبطت الشحنة أمس", "ar", "2024-10-07"),
    ("la saisie d'hier", "fr", "2024-10-07"),
    ("the deal was signed last year", "en", "2023"),
    ("в прошлом году", "ru", "2023"),
    ("وصلت الشحنة الشهر الماضي", "ar", "2024-09"),
])
def test_relative_dates_resolve_against_publication(text: str, language: str, value: str) -> None:
    ctx = _context(text, language, published="2024-10-08")
    DateComponent()(ctx)
    assert [d.value for d in ctx.dates if d.relative] == [value]


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    ctx = _context("ضبطت الشحنة أمس", "ar")
    DateComponent()(ctx)
    assert ctx.dates == []


def test_two_amounts_in_a_range_give_no_single_value() -> None:
    ctx = _context("модернизация обойдется от €180 млн до €230 млн", "ru")
    MoneyComponent()(ctx)
    assert len(ctx.money) == 2 and all(m.amount is None for m in ctx.money)


def test_event_named_with_its_year_dates_it() -> None:
    ctx = _context("Контракт заключен в ходе выставки IDEX-2017", "ru")
    DateComponent()(ctx)
    assert "2017" in [d.value for d in ctx.dates]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("a annoncé vendredi le constructeur", "fr", "2024-01-19"),
    ("أعلنت الوزارة يوم الثلاثاء", "ar", "2024-01-16"),
])
def test_weekdays_are_the_last_such_day_before_publication(text: str, language: str, value: str) -> None:
    ctx = _context(text, language, published="2024-01-20")
    DateComponent()(ctx)
    assert [d.value for d in ctx.dates if d.weekday] == [value]
