"""Dates: absolute ("7 أكتوبر 2024", "آب 2024", "in 2008"), numeric, and relative ("أمس", "last
year", "в прошлом году") resolved against the publication date, which is found here when the
document's metadata does not give it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import ClassVar

from armswatch.extract.context import Context, DateHit
from armswatch.extract.lexicon import PhraseMatcher
from armswatch.extract.lexicons import calendar
from armswatch.extract.pipeline import Component
from armswatch.extract.text import Token, match_forms

__all__ = ["DateComponent"]

_NUMERIC = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_EMBEDDED_YEAR = re.compile(r"^[A-Za-zА-Яа-я]{2,}-((?:19[5-9]|20[0-4])\d)$")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")


@cache
def _number_table(name: str) -> PhraseMatcher[int]:
    """A matcher over one calendar table of phrase -> number per language ("months", "ordinal_days")."""
    matcher: PhraseMatcher[int] = PhraseMatcher()
    for table in calendar()[name].values():
        for phrase, number in table.items():
            matcher.add(phrase, int(number))
    return matcher


def _months() -> PhraseMatcher[int]:
    return _number_table("months")


def _ordinals() -> PhraseMatcher[int]:
    return _number_table("ordinal_days")


@lru_cache(maxsize=1)
def _relatives() -> PhraseMatcher[tuple[str, int]]:
    matcher: PhraseMatcher[tuple[str, int]] = PhraseMatcher()
    cal = calendar()
    for table in cal["relative"].values():
        for phrase, days in table.items():
            matcher.add(phrase, ("day", int(days)))
    for table in cal["relative_periods"].values():
        for phrase, (unit, delta) in table.items():
            matcher.add(phrase, (str(unit), int(delta)))
    return matcher


@lru_cache(maxsize=1)
def _year_cues() -> tuple[set[str], set[str]]:
    from armswatch.extract.lexicons import cues

    before = {f for words in cues()["year_before"].values() for w in words for f in match_forms(w)}
    after = {f for words in cues()["year_after"].values() for w in words for f in match_forms(w)}
    return before, after


def _year_at(tokens: list[Token], i: int) -> int | None:
    if 0 <= i < len(tokens) and _YEAR.match(tokens[i].forms[0] if tokens[i].forms else tokens[i].text):
        return int(tokens[i].forms[0])
    return None


def _day_at(tokens: list[Token], i: int) -> int | None:
    if 0 <= i < len(tokens) and tokens[i].forms and tokens[i].forms[0].isdigit():
        day = int(tokens[i].forms[0])
        if 1 <= day <= 31:
            return day
    return None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _shift(value: str, unit: str, delta: int) -> str:
    y, m, d = (int(p) for p in value.split("-"))
    if unit == "day":
        return (date(y, m, d) + timedelta(days=delta)).isoformat()
    if unit == "month":
        total = y * 12 + (m - 1) + delta
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return f"{y + delta:04d}"


class DateComponent(Component):
    name: ClassVar[str] = "dates"
    needs: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "language")
    adds: ClassVar[tuple[str, ...]] = ("dates", "published")

    def __call__(self, ctx: Context) -> None:
        tokens, text = ctx.tokens, ctx.document.text
        absolute: list[DateHit] = []
        claimed: set[int] = set()
        for match in _months().find_all(tokens):
            month = match.payloads[0]
            first, last = match.first, match.last
            year = _year_at(tokens, last)
            if year is None and last < len(tokens) and tokens[last].text in (",", "،"):
                year = _year_at(tokens, last + 1)
                if year is not None:
                    last += 1
            day = _day_at(tokens, first - 1)
            if day is None and ctx.language == "en":
                day = _day_at(tokens, last)  # "August 7, 2024"
                if day is not None:
                    year = _year_at(tokens, last + 2) or _year_at(tokens, last + 1)
                    last += 2 if _year_at(tokens, last + 2) else 1
            if day is None:
                day = self._ordinal_day(tokens, first)  # "في الرابع من تشرين الأول"
            if year is None and ctx.document.published:
                # a month with no year: the last such month up to the publication date
                pub_year, pub_month = int(ctx.document.published[:4]), int((ctx.document.published + "-01")[5:7])
                year = pub_year if month <= pub_month else pub_year - 1
                if day is not None:
                    first = self._ordinal_start(tokens, first)
                value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day and _valid(year, month, day) else "")
                start, end = tokens[first].start, tokens[last - 1].end
                absolute.append(DateHit(start, end, text[start:end], value, tokens[first].sentence))
                claimed.update(range(first, last))
                continue
            if year is None:
                continue
            if year is not None and _year_at(tokens, last) == year:
                last += 1
            if day is not None and first - 1 >= 0 and _day_at(tokens, first - 1) == day:
                first -= 1
            value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day and _valid(year, month, day) else "")
            start, end = tokens[first].start, tokens[last - 1].end
            absolute.append(DateHit(start, end, text[start:end], value, tokens[first].sentence))
            claimed.update(range(first, last))
        for m in _NUMERIC.finditer(text):
            if m.group(1):
                y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
            if _valid(y, mo, d):
                absolute.append(DateHit(m.start(), m.end(), m.group(), f"{y:04d}-{mo:02d}-{d:02d}",
                                        self._sentence_at(ctx, m.start())))
        for i, tok in enumerate(tokens):
            if i in claimed or _year_at(tokens, i) is None:
                continue
            if any(h.start <= tok.start < h.end for h in absolute):
                continue
            if not self._year_context(tokens, i):
                continue  # "نحو 2000 بندقية": a count, not a year
            absolute.append(DateHit(tok.start, tok.end, tok.text, tok.forms[0], tok.sentence))
        for tok in tokens:
            # "IDEX-2017", "Eurosatory-2016": an event named with its year dates what happened there
            embedded = _EMBEDDED_YEAR.match(tok.text)
            if embedded and not any(h.start <= tok.start < h.end for h in absolute):
                start = tok.start + embedded.start(1)
                absolute.append(DateHit(start, tok.end, embedded.group(1), embedded.group(1), tok.sentence))
        absolute.sort(key=lambda h: h.start)
        published = ctx.document.published or self._published(ctx, absolute)
        ctx.document.published = published
        relative: list[DateHit] = []
        if published:
            for rel in _relatives().find_all(tokens):
                unit, delta = rel.payloads[0]
                if tokens[rel.first].text in ("يوم", "عام", "شهر"):
                    continue  # "يوم الثلاثاء" is "on Tuesday"; only "اليوم" is today
                start, end = tokens[rel.first].start, tokens[rel.last - 1].end
                if any(h.start <= start < h.end or start <= h.start < end for h in absolute):
                    continue
                anchor = published if len(published) == 10 else published + "-01-01"[len(published) - 4:]
                value = _shift(anchor, unit, delta)
                relative.append(DateHit(start, end, text[start:end], value, tokens[rel.first].sentence, True))
            if len(published) == 10:
                relative += self._weekdays(ctx, absolute + relative, published)
        ctx.dates = sorted(absolute + relative, key=lambda h: h.start)

    @staticmethod
    def _weekdays(ctx: Context, known: list[DateHit], published: str) -> list[DateHit]:
        """"يوم الجمعة", "vendredi", "on Friday": the last such day up to the publication date,
        unless another expression already dates that spot ("أمس الاثنين")."""
        tokens, text = ctx.tokens, ctx.document.text
        pub = date.fromisoformat(published)
        out = []
        for match in _number_table("weekdays").find_all(tokens):
            start, end = tokens[match.first].start, tokens[match.last - 1].end
            if any(abs(h.start - start) <= 12 or h.start <= start < h.end for h in known):
                continue
            day = pub - timedelta(days=(pub.weekday() - match.payloads[0]) % 7)
            out.append(DateHit(start, end, text[start:end], day.isoformat(), tokens[match.first].sentence, True,
                               weekday=True))
        return out

    @staticmethod
    def _ordinal_day(tokens: list[Token], month_first: int) -> int | None:
        """"الرابع من تشرين الأول": an ordinal day, the word "من", then the month."""
        if month_first < 2 or tokens[month_first - 1].forms[0] not in ("من", "de"):
            return None
        match = _ordinals().longest_at(tokens, month_first - 2, month_first - 1)
        if match is None:
            match = _ordinals().longest_at(tokens, max(0, month_first - 4), month_first - 1)
        return match.payloads[0] if match is not None and match.last == month_first - 1 else None

    @staticmethod
    def _ordinal_start(tokens: list[Token], month_first: int) -> int:
        for start in range(max(0, month_first - 4), month_first - 1):
            match = _ordinals().longest_at(tokens, start, month_first - 1)
            if match is not None and match.last == month_first - 1:
                return start
        return month_first

    @staticmethod
    def _year_context(tokens: list[Token], i: int) -> bool:
        """A bare four-digit number is a year after "in"/"في عام"/"в", before "году", in parentheses
        or a dateline; not before a noun it counts."""
        cues = _year_cues()
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and (set(prev.forms) & cues[0] or prev.text in ("(", "-", "–", ",", "،")):
            return True
        if nxt is not None and (set(nxt.forms) & cues[1] or nxt.text in (")", ".", ",", "،")):
            return True
        return prev is None or nxt is None

    @staticmethod
    def _sentence_at(ctx: Context, offset: int) -> int:
        for sentence in ctx.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.index
        return 0

    @staticmethod
    def _published(ctx: Context, absolute: list[DateHit]) -> str | None:
        """"أمس 7 أكتوبر 2024" next to a report: the article is from the day after; otherwise a full
        date in the dateline (the first 250 characters)."""
        full = [h for h in absolute if len(h.value) == 10]
        yesterday = {p for table in calendar()["relative"].values() for p, d in table.items() if d == -1}
        text = ctx.document.text
        for hit in full:
            before = text[max(0, hit.start - 12):hit.start]
            if any(word in before for word in yesterday):
                return _shift(hit.value, "day", 1)
        for hit in full:
            if hit.start < 250:
                return hit.value
        return None
