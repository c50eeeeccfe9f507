"""Money values and unit counts: "10 ملايين دولار", "$1.8 billion", "700 млн долларов",
"6,3 milliards d'euros", "مليار ونصف", "نحو 2000 بندقية"."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import ClassVar

from armswatch.extract.context import Context, MoneyHit
from armswatch.extract.lexicons import calendar
from armswatch.extract.pipeline import Component
from armswatch.extract.text import Token

__all__ = ["MoneyComponent", "number_before", "parse_number"]

_PREFIX_CURRENCIES = {"$", "€", "£", "us$", "rs", "₹", "inr", "usd", "eur"}
_NUMBER = re.compile(r"^\d+(?:[.,٫]\d+)*$")


def parse_number(text: str, language: str) -> float | None:
    """A digit string in the conventions of ``language`` (decimal comma in ru/fr, ٫ in Arabic)."""
    text = text.replace("٫", ".")
    if not _NUMBER.match(text):
        return None
    if "," in text and "." in text:
        text = text.replace(",", "")
    elif "," in text:
        groups = text.split(",")
        thousands = all(len(g) == 3 for g in groups[1:])
        if thousands and (language in ("en", "ar") or len(groups) > 2):
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def _form_in(token: Token, table: dict[str, float] | dict[str, str]) -> str | None:
    for form in (token.text.lower(), *token.forms):
        if form in table:
            return form
    return None


def number_before(tokens: list[Token], j: int, language: str, floor: int) -> tuple[float, int] | None:
    """The number (digits or words, with a scale word) that ends just before token ``j``."""
    cal = calendar()
    scales: dict[str, float] = cal["scales"].get(language, {})
    words: dict[str, float] = cal["number_words"].get(language, {})
    k = j - 1
    scale = 1.0
    if k >= floor and (key := _form_in(tokens[k], scales)):
        scale = scales[key]
        k -= 1
    if k >= floor:
        value = parse_number(tokens[k].text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")), language)
        if value is not None:
            # "1 000" written with a space separator
            while k - 1 >= floor and re.fullmatch(r"\d{1,3}", tokens[k - 1].text) and len(tokens[k].text) == 3:
                value += float(tokens[k - 1].text) * 1000 ** (len(str(int(value))) // 3)
                k -= 1
            return value * scale, k
        if (key := _form_in(tokens[k], words)) is not None:
            return float(words[key]) * scale, k
    if scale != 1.0:
        return scale, k + 1
    return None


class MoneyComponent(Component):
    name: ClassVar[str] = "money"
    needs: ClassVar[tuple[str, ...]] = ("tokens", "language")
    adds: ClassVar[tuple[str, ...]] = ("money",)

    def __call__(self, ctx: Context) -> None:
        cal = calendar()
        currencies: dict[str, str] = cal["currencies"]
        scales: dict[str, float] = cal["scales"].get(ctx.language, {})
        half = {h.split()[-1] for h in cal["half"].get(ctx.language, [])}
        tokens, lang, text = ctx.tokens, ctx.language, ctx.document.text
        used: set[int] = set()
        for i, tok in enumerate(tokens):
            code = currencies.get(tok.text.lower()) or next(
                (currencies[f] for f in tok.forms if f in currencies), None)
            if code is None or i in used:
                continue
            # "$1.8 billion" / "€5bn": symbol first
            if tok.text.lower() in _PREFIX_CURRENCIES and i + 1 < len(tokens):
                k = i + 1 + (tokens[i + 1].text == ".")  # "Rs. 460 crore"
                value = parse_number(tokens[k].text, lang) if k < len(tokens) else None
                if value is not None:
                    end_i = k
                    nxt = end_i + 1 + (end_i + 1 < len(tokens) and tokens[end_i + 1].text == "-")  # "$500-million"
                    if nxt < len(tokens) and (key := _form_in(tokens[nxt], scales)):
                        value *= scales[key]
                        end_i = nxt
                    ctx.money.append(MoneyHit(tok.start, tokens[end_i].end, text[tok.start:tokens[end_i].end],
                                              value, code, tok.sentence))
                    used.update(range(i, end_i + 1))
                    continue
            j = i
            if j - 1 >= 0 and tokens[j - 1].text.lower() in ("d'", "de"):
                j -= 1
            extra = 0.0
            if j - 1 >= 0 and _form_in(tokens[j - 1], {h: 0.0 for h in half}) is not None:
                extra = 0.5
                j -= 1
                if j - 1 >= 0 and tokens[j - 1].text == "و":
                    j -= 1
            found = number_before(tokens, j, lang, max(0, j - 4))
            if found is None:
                continue
            value, k = found
            if extra:
                scale_key = _form_in(tokens[j - 1], scales) if j - 1 >= 0 else None
                value += extra * (scales[scale_key] if scale_key else 1.0)
            amount: float | None = value
            if k - 2 >= 0 and parse_number(tokens[k - 2].text, lang) is not None and \
                    tokens[k - 1].text.lower() in ("-", "–", "to", "and", "و", "إلى", "до", "à", "et"):
                amount = None  # a range: the contract gives no single value
            ctx.money.append(MoneyHit(tokens[k].start, tok.end, text[tokens[k].start:tok.end], amount, code,
                                      tok.sentence))
            used.update(range(k, i + 1))
        self._ranges(ctx)

    @staticmethod
    def _ranges(ctx: Context) -> None:
        """"от €180 млн до €230 млн", "between $1bn and $2bn": a range gives no single value."""
        words = {w for table in calendar()["range_words"].values() for w in table} | {"от", "between", "entre"}
        ordered = sorted(ctx.money, key=lambda m: m.start)
        for a, b in pairwise(ordered):
            between = ctx.document.text[a.end:b.start].strip().lower()
            if a.sentence == b.sentence and a.currency == b.currency and (not between or between in words):
                a.amount = b.amount = None
