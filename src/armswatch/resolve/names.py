"""Parse a name in any script into comparable parts.

A part keeps its original text, its Latin spellings (learned + rule transliteration, Arabic clitic
and article variants), their consonant skeletons, and a weight: particles (al-, bin, ibn) weigh
nothing, generic organisation words and patronymics little, everything else 1. Compounds that
list-makers write joined or apart ("Abdulmalik" / "عبد الملك", "Ansarallah" / "أنصار الله") are
split the same way on both sides, so they meet part by part.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from armswatch.resolve.phonetic import skeleton, sounds
from armswatch.resolve.readings import russian_reading
from armswatch.resolve.transliterate import fold_latin, latin_spellings, normalize_arabic, script_of

__all__ = ["MAX_NAME_CHARS", "NamePart", "ParsedName", "clean_name", "parse_name"]

MAX_NAME_CHARS = 500

_PARTICLES = {"al", "el", "ul", "bin", "ibn", "bint", "ben", "ould", "walad", "von", "van", "der",
              "den", "de", "da", "di", "du", "la", "le", "of", "the", "and", "y", "e", "et", "und"}
_AR_PARTICLES = {"بن", "ابن", "بنت", "ال", "و"}
_GENERIC = {"group", "movement", "company", "co", "ltd", "llc", "inc", "corp", "corporation",
            "organization", "organisation", "jsc", "ooo", "oao", "pao", "zao", "limited", "sa", "gmbh",
            "front", "party", "brigade", "brigades", "forces", "army", "militia", "network"}
# Arabic organisation words, with the English word lists use for them.
_AR_GENERIC = {"جماعة": "group", "حركة": "movement", "شركة": "company", "منظمة": "organization",
               "مجموعة": "group", "جبهة": "front", "كتائب": "brigades",
               "قوات": "forces", "جيش": "army", "لواء": "brigade", "شبكة": "network"}
_LOW = {"abu", "abou", "abo", "umm", "um", "allah", "abd", "abdul", "mohammed", "muhammad"}
_PATRONYMIC = re.compile(r"(ovich|evich|ovitch|evitch|ovych|evych|ovna|evna|ich|itch|ogly|oglu|ovic|evic)$")
_ABD = re.compile(r"^(abdul|abdel|abdal|abdol|abdoul|abdu|abd)(?=[a-z]{3})")
_ALLAH = re.compile(r"^([a-z]{3,}?)(allah|ullah|ollah|illah|ellah|alla|ulla|ulah|ullahi)$")
_AR_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")
_AR_ONE_LETTER_CLITICS = "وبلفك"
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _control_table() -> dict[int, str | None]:
    """Format characters (bidi marks, zero-width joiners) deleted; controls and line/paragraph
    separators made spaces. Built from the Unicode database over the blocks that hold them."""
    ranges = [(0, 0x10000), (0x11000, 0x11100), (0x13430, 0x13460), (0x1BCA0, 0x1BCB0),
              (0x1D170, 0x1D180), (0xE0000, 0xE1000)]
    table: dict[int, str | None] = {}
    for lo, hi in ranges:
        for code in range(lo, hi):
            cat = unicodedata.category(chr(code))
            if cat == "Cf":
                table[code] = None
            elif cat in ("Cc", "Zl", "Zp"):
                table[code] = " "
    return table


_CONTROL = _control_table()


def clean_name(name: str) -> str:
    """NFKC, control and format characters (bidi marks, zero-width joiners) removed, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).translate(_CONTROL).split())


@dataclass(frozen=True, slots=True)
class NamePart:
    text: str  # the token as written (after cleaning and splitting)
    script: str
    forms: tuple[str, ...]  # Latin spellings, best first
    skeletons: tuple[str, ...]  # skeleton of each form, same order
    weight: float
    kind: str  # "name", "generic", "patronymic", "particle"
    sounds: tuple[str, ...] = ()  # ``phonetic.sounds`` of each form, same order
    # ``sounds`` of how a Russian transcriber reads a Latin token: compared with Cyrillic parts only.
    readings: tuple[str, ...] = ()

    @property
    def latin(self) -> str:
        return self.forms[0] if self.forms else self.text


@dataclass(frozen=True, slots=True)
class ParsedName:
    original: str
    parts: tuple[NamePart, ...]

    @property
    def content(self) -> tuple[NamePart, ...]:
        return tuple(p for p in self.parts if p.weight > 0)


def _arabic_variants(token: str) -> list[str]:
    """The token and the forms it has without article/clitics or a plural/nisba ending."""
    variants = [token]
    if token == "الله":
        return variants
    for prefix in _AR_ARTICLE:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            variants.append(token[len(prefix):])
            break
    else:
        if token[0] in _AR_ONE_LETTER_CLITICS and len(token) >= 5:
            variants.append(token[1:])
    for v in list(variants):
        for suffix in ("يون", "يين", "ون", "ين"):
            if v.endswith(suffix) and len(v) - len(suffix) >= 3:
                variants.append(v[: -len(suffix)] + ("ي" if suffix.startswith("ي") else ""))
                break
    return variants


def _split_latin(folded: str) -> list[str]:
    if folded in ("abdul", "abdel", "abdal", "abdol", "abdoul", "abdu"):
        return ["abd"]
    m = _ALLAH.match(folded)
    if m:
        head = m.group(1)
        return [*_split_latin(head), "allah"] if head not in ("abd", "abdul", "abdel") else ["abd", "allah"]
    m = _ABD.match(folded)
    if m:
        return ["abd", folded[m.end():]]
    return [folded]


def _split_arabic(token: str) -> list[str]:
    norm = normalize_arabic(token)
    if norm.startswith("عبد") and len(norm) > 4:
        rest = norm[3:]
        return ["عبد", rest[2:] if rest.startswith("ال") and rest != "الله" else rest]
    if norm.endswith("الله") and len(norm) > 5:
        return [norm[:-4], "الله"]
    return [token]


@lru_cache(maxsize=200_000)
def _make_part(token: str) -> NamePart:
    # Cached per token: names are new, their tokens mostly are not.
    script = script_of(token)
    if script == "arabic":
        norm = normalize_arabic(token)
        if norm in _AR_PARTICLES:
            return NamePart(token, script, (), (), 0.0, "particle")
        forms: list[str] = []
        kind, weight = "name", 1.0
        for variant in _arabic_variants(norm):
            stripped = variant
            if stripped in _AR_GENERIC:
                kind, weight = "generic", 0.3
                forms.append(_AR_GENERIC[stripped])
            for spelling in latin_spellings(variant):
                if spelling not in forms:
                    forms.append(spelling)
        if (forms and forms[0] in _LOW) or norm in ("ابو", "ام", "عبد"):
            weight = min(weight, 0.5)
    else:
        folded = latin_spellings(token)[0] if script == "cyrillic" else fold_latin(token)
        forms = [folded] + [s for s in latin_spellings(token)[1:] if s != folded]
        kind, weight = "name", 1.0
        if folded in _PARTICLES:
            return NamePart(token, script, (folded,), (skeleton(folded),), 0.0, "particle", (sounds(folded),))
        if folded in _GENERIC:
            kind, weight = "generic", 0.3
        elif folded in _LOW:
            weight = 0.5
        elif len(folded) > 6 and _PATRONYMIC.search(folded):
            kind, weight = "patronymic", 0.3
        if len(folded) >= 6 and folded.endswith("is"):
            forms.append(folded[:-1])  # English plural of a nisba: "Houthis" ~ الحوثي
    forms = [f for f in forms if f]
    form_sounds = tuple(sounds(f) for f in forms)
    readings: tuple[str, ...] = ()
    if script == "latin" and forms:
        reading = russian_reading(forms[0])
        if reading and sounds(reading) not in form_sounds:
            readings = (sounds(reading),)
    return NamePart(token, script, tuple(forms), tuple(skeleton(f) for f in forms), weight, kind,
                    form_sounds, readings)


@lru_cache(maxsize=200_000)
def _token_parts(token: str) -> tuple[NamePart, ...]:
    # Cached per raw token: list names are mostly new, their tokens mostly are not.
    token = token.replace("'", "").replace("’", "")
    script = script_of(token)
    if script == "arabic":
        pieces = _split_arabic(token)
    elif script == "latin":
        pieces = _split_latin(fold_latin(token))
    else:
        pieces = [token]
    return tuple(_make_part(p) for p in pieces if p)


@lru_cache(maxsize=100_000)
def parse_name(name: str) -> ParsedName:
    """Clean, tokenize, split compounds and transliterate ``name``; cached (list names recur)."""
    text = clean_name(name)[:MAX_NAME_CHARS]
    parts: list[NamePart] = []
    for token in _TOKEN_RE.findall(text):
        parts.extend(_token_parts(token))
    return ParsedName(name, tuple(parts))
