"""Arabic and Cyrillic name tokens to the Latin spellings list-makers use.

Two layers: a learned token table (``data/translit.json``, built by ``train_translit.py`` from
Arabic-English and Russian-English name pairs) gives the spellings actually seen for known names;
a letter-rule fallback covers every other token. Rules follow the spellings of OFAC/UN lists
(``sh``, ``kh``, ``dh``, ``q``; long vowels written, short vowels absent), because that is what the
query has to meet, and the phonetic skeleton (``phonetic.py``) absorbs the missing short vowels.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = [
    "arabic_to_latin",
    "cyrillic_to_latin",
    "cyrillic_variants",
    "fold_latin",
    "latin_spellings",
    "normalize_arabic",
    "script_of",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
TABLE_PATH = DATA_DIR / "translit.json"

# Harakat, tatweel, superscript alef: absent from most names as written, so dropped before lookup.
_AR_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0640", "\u0670"}
_AR_NORMAL = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك",
                            "ؤ": "و", "ئ": "ي"})

_AR_CONSONANTS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "",
    "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v", "گ": "g",
}
_AR_VOWELS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a", "ة": "a", "ؤ": "u", "ئ": "i"}

# Cyrillic as English-language lists spell Russian names (BGN/PCGN-like), not ICU's Latin-ASCII,
# which writes ч as "c" and so misses "ch" spellings.
_CYR: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "ў": "u",
}


# Other romanisations list-makers and source languages use for names written in Cyrillic: names of
# Polish, German, Czech/Croatian or Japanese origin come back to their own spelling, not BGN's.
# Each table overrides BGN for the letters it spells differently.
_CYR_SCHEMES: tuple[dict[str, str], ...] = (
    # Polish / German style (Dziemianowicz, Wilsdorf, Krajnc): w, j, ch, cz, sz.
    {"в": "w", "й": "j", "я": "ja", "ю": "ju", "ё": "jo", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
     "щ": "szcz", "ж": "z", "ы": "y"},
    # Czech / Croatian / Slovene, diacritics folded (Karić -> karic, Hegel, Hórnik): h for г.
    {"й": "j", "я": "ja", "ю": "ju", "ё": "jo", "г": "h", "х": "ch", "ц": "c", "ч": "c", "ш": "s",
     "щ": "sc", "ж": "z"},
    # English (Joelle, Hughes): j for дж, h for х.
    {"дж": "j", "х": "h"},
)
# Japanese names in Russian (Polivanov) back to Hepburn: си -> shi, ти -> chi, дзи -> ji, ё -> yo.
_POLIVANOV = [("дзи", "ji"), ("дзё", "jo"), ("дзю", "ju"), ("дзя", "ja"), ("дз", "z"), ("си", "shi"),
              ("ти", "chi"), ("цу", "tsu"), ("сю", "shu"),
              ("сё", "sho"), ("ся", "sha"), ("тю", "chu"), ("тё", "cho"), ("тя", "cha"), ("ё", "yo"),
              ("ю", "yu"), ("я", "ya"), ("э", "e"), ("й", "i"), ("ц", "ts"), ("х", "h"), ("в", "w")]
_JAPANESE_LIKE = re.compile(r"^(?:(?:[кстпнхмрвгзбдцф]|дз)?[аиуэоеюяё]|н|й|[кстп](?=[кстп]))+$")


def script_of(token: str) -> str:
    """'arabic', 'cyrillic', 'latin' or 'other', by the first letter of the token."""
    for ch in token:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            return "arabic"
        if 0x0400 <= code <= 0x04FF:
            return "cyrillic"
        if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
            return "latin"
        return "other"
    return "other"


def normalize_arabic(token: str) -> str:
    """Drop diacritics/tatweel and unify hamza-bearing letters: the form the table is keyed on."""
    return "".join(c for c in token if c not in _AR_MARKS).translate(_AR_NORMAL)


def fold_latin(token: str) -> str:
    """Lowercase ASCII letters only ("Rodríguez" -> "rodriguez")."""
    decomposed = unicodedata.normalize("NFKD", token.lower())
    out = []
    for ch in decomposed:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in "øœæßłđ":
            out.append({"ø": "o", "œ": "oe", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d"}[ch])
    return "".join(out)


def arabic_to_latin(token: str) -> str:
    """Rule transliteration of one Arabic token; long vowels only, as Arabic writes them."""
    text = "".join(c for c in token if c not in _AR_MARKS)
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "و":
            # A consonant at the start or next to a vowel letter, a long u inside a consonant cluster.
            out.append("w" if i == 0 or nxt in _AR_VOWELS or nxt == "ا" or prev in "اوي" else "u")
        elif ch in ("ي", "ی"):
            out.append("y" if i == 0 or nxt in ("ا", "و") or prev in "اوي" else "i")
        elif ch in _AR_VOWELS:
            out.append(_AR_VOWELS[ch])
        elif ch == "ّ":
            if out:
                out.append(out[-1][-1:])
        elif ch in _AR_CONSONANTS:
            out.append(_AR_CONSONANTS[ch])
        elif ch.isalnum() and ch.isascii():
            out.append(ch.lower())
    return "".join(out)


def cyrillic_to_latin(token: str) -> str:
    out = []
    for ch in token.lower():
        if ch in _CYR:
            out.append(_CYR[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    text = "".join(out)
    # List-makers write the -iy/-yy adjective endings as -y ("Dmitriy" ~ "Dmitry"); keep both.
    return text


def cyrillic_variants(token: str) -> list[str]:
    """Non-BGN romanisations of a Cyrillic token (Polish/German, Czech/Croatian, Japanese), distinct."""
    low = token.lower()
    out: list[str] = []
    for scheme in _CYR_SCHEMES:
        text = low.replace("дж", scheme["дж"]) if "дж" in scheme else low
        text = "".join(scheme.get(ch, _CYR.get(ch, ch if ch.isascii() and ch.isalnum() else "")) for ch in text)
        out.append(text)
    if _JAPANESE_LIKE.match(low):
        text = low
        for cyr, lat in _POLIVANOV:
            text = text.replace(cyr, lat)
        out.append(cyrillic_to_latin(text))
    base = cyrillic_to_latin(token)
    return [v for v in dict.fromkeys(out) if v and v != base]


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[str]]]:
    if not TABLE_PATH.exists():
        return {"ar": {}, "ru": {}}
    with TABLE_PATH.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, list[str]]] = json.load(fh)
    return data


def latin_spellings(token: str, max_learned: int = 3) -> list[str]:
    """Latin spellings of one token, most likely first: learned ones, then the rule one."""
    script = script_of(token)
    variants: list[str] = []
    if script == "arabic":
        key = normalize_arabic(token)
        learned = _table().get("ar", {}).get(key, [])[:max_learned]
        rule = arabic_to_latin(token)
    elif script == "cyrillic":
        key = token.lower()
        learned = _table().get("ru", {}).get(key, [])[:max_learned]
        rule = cyrillic_to_latin(token)
        # Tokens the table knows already carry the spellings actually used for them; the
        # other romanisations are for the rest, and would only add comparisons here.
        variants = [] if learned else cyrillic_variants(token)
    else:
        return [fold_latin(token)]
    out: list[str] = []
    for spelling in (*learned, rule, *variants):
        if spelling and spelling not in out:
            out.append(spelling)
    return out
