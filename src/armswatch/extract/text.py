"""Tokens and sentences with character offsets, and the normal forms used to match them.

Matching never rewrites the document: every token keeps its span in ``Document.text`` and carries
normalised *match forms*. Arabic forms fold hamza/alef/ya/ta-marbuta variants, drop diacritics and
tatweel and expose the word with its attached clitics (و ف ب ل ك لل ال) stripped, because news Arabic
writes "للحوثيين" (to the Houthis) as one word. Russian forms are Snowball stems, so that "Бутом",
"Бута" and "Бут" meet. Latin forms are lower-cased and accent-folded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

__all__ = [
    "Sentence",
    "Token",
    "fold_arabic",
    "match_forms",
    "normalise_digits",
    "phrase_forms",
    "script_of",
    "split_sentences",
    "tokenize",
]

_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans({"إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Clitic prefixes, longest first; "لل" is ل + ال contracted.
_AR_PREFIXES = ("وبال", "وكال", "فبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "ال",
                "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# a letter, or a combining mark inside a word (Arabic shadda and harakat, Latin accents in NFD)
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])"
_TOKEN_RE = re.compile(
    r"(?i:\b(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w))"  # French elision
    r"|['’]s\b"  # English possessive
    rf"|\d+(?:[.,٫]\d+)*|{_LETTER}+(?:-?\d+)?(?:-(?:{_LETTER}|\d)+)*|[^\s\w]",
    re.UNICODE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+|\n+")
_STEMMERS = {"ru": snowballstemmer.stemmer("russian")}


def normalise_digits(text: str) -> str:
    return text.translate(_DIGITS)


def fold_arabic(text: str) -> str:
    return _AR_DIACRITICS.sub("", text).translate(_AR_FOLD)


def script_of(text: str) -> str:
    """'ar', 'cyrl', 'latin' or '' for the first letter of ``text``."""
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
            return "ar"
        if "\u0400" <= ch <= "\u04ff":
            return "cyrl"
        if ch.isalpha():
            return "latin"
    return ""


def _fold_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def match_forms(word: str) -> tuple[str, ...]:
    """Every normal form under which ``word`` may be looked up, the plain one first."""
    word = normalise_digits(word)
    script = script_of(word)
    if script == "ar":
        bare = _AR_DIACRITICS.sub("", word).replace("ـ", "")
        base = fold_arabic(bare)
        forms = [base]
        if "\u064b" in word and base.endswith("ا") and len(base) > 3:
            base = base[:-1]  # "صاروخاً": the alef that carries the accusative ending is no part of the word
            forms.append(base)
        for prefix in _AR_PREFIXES:
            article = prefix.find("ال")
            if article >= 0 and bare[article:article + 2] != "ال":
                continue  # "إليرون", "ألغام": a hamza on the alef is never the article
            if base.startswith(prefix) and len(base) - len(prefix) >= 2:
                rest = base[len(prefix):]
                forms.append(rest)
                if prefix.endswith("لل"):
                    forms.append("ال" + rest)
        # the article-less form of every variant: aliases are stored without "ال" too
        forms += [f[2:] for f in forms if f.startswith("ال") and len(f) > 3 and bare.find("ال") >= 0]
        return tuple(dict.fromkeys(forms))
    if script == "cyrl":
        low = word.lower().replace("ё", "е")
        stem = _STEMMERS["ru"].stemWord(low)
        return (stem, low) if stem != low else (low,)
    folded = _fold_latin(word)
    if len(folded) > 4 and folded.endswith("s") and not folded.endswith("ss"):
        # common nouns meet their plural ("missiles" = "missile"); a capitalised name keeps its
        # own form first, so "Hamas" is stored as "hamas" and never becomes the city of Hama
        return (folded, folded[:-1]) if word[:1].isupper() else (folded[:-1], folded)
    return (folded,)


def phrase_forms(phrase: str) -> list[str]:
    """The key form of each token of a lexicon phrase (how aliases are stored)."""
    out = []
    for match in _TOKEN_RE.finditer(phrase):
        forms = match_forms(match.group())
        key = forms[0]
        raw = _AR_DIACRITICS.sub("", match.group())
        if script_of(key) == "ar" and raw.startswith(("ال", "لل")) and len(key) > 3 and not key[2].isdigit():
            key = key[2:]
        out.append(key)
    return out


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    index: int
    sentence: int = 0
    forms: tuple[str, ...] = field(default=())

    @property
    def is_punct(self) -> bool:
        return not (self.text[0].isalnum() or self.text[0] == "_")

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    first_token: int = 0
    last_token: int = 0  # exclusive


def tokenize(text: str) -> list[Token]:
    tokens = []
    for i, match in enumerate(_TOKEN_RE.finditer(text)):
        word = match.group()
        tokens.append(Token(word, match.start(), match.end(), i, forms=match_forms(word)))
    return tokens


# Abbreviations after a number that never end a sentence there: "4 тыс. патронов", "в 2014 г. он".
_NUMBER_ABBREVIATIONS = frozenset({"тыс", "млн", "млрд", "трлн", "г", "гг", "руб", "долл", "mln", "bn", "approx"})


def _abbreviation_before(text: str, end: int) -> bool:
    """The full stop at ``end - 1`` closes an abbreviation after a number, not a sentence."""
    if end == 0 or text[end - 1] != ".":
        return False
    words = text[max(0, end - 24):end - 1].split()
    return len(words) >= 2 and words[-1].lower() in _NUMBER_ABBREVIATIONS and words[-2][-1:].isdigit()


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences by end punctuation and line breaks; assigns ``Token.sentence``."""
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group() and _abbreviation_before(text, match.start()):
            continue  # "4 тыс. патронов": no sentence ends here
        if text[start:match.start()].strip():
            bounds.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(bounds)]
    j = 0
    for sentence in sentences:
        while j < len(tokens) and tokens[j].start < sentence.start:
            j += 1
        sentence.first_token = j
        while j < len(tokens) and tokens[j].end <= sentence.end:
            tokens[j].sentence = sentence.index
            j += 1
        sentence.last_token = j
    return sentences
