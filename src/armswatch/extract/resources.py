"""Typed loaders for the extraction language resources shipped in ``extract/data``.

The resources are plain JSON so that non-programmers can extend them; every loader validates
the file it reads and raises :class:`ResourceError` naming the file and the faulty entry, because
a silently half-loaded lexicon would only show up later as missed extractions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from armswatch.errors import RunError

__all__ = [
    "DATA_DIR",
    "GAZETTEER_TYPES",
    "LANGUAGES",
    "WEAPON_CATEGORIES",
    "CountryNames",
    "GazetteerEntry",
    "GivenNames",
    "ResourceError",
    "WeaponEntry",
    "load_country_names",
    "load_gazetteer",
    "load_given_names",
    "load_person_cues",
    "load_weapons",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES: tuple[str, ...] = ("ar", "en", "ru", "fr")
GAZETTEER_TYPES: frozenset[str] = frozenset({"person", "organization", "state", "armed_group", "location"})
WEAPON_CATEGORIES: tuple[str, ...] = (
    "assault rifle", "small arms", "machine gun", "sniper rifle", "handgun", "shotgun/carbine",
    "rocket launcher", "mortar", "artillery", "artillery ammunition", "ammunition", "grenade", "rocket",
    "MLRS", "ATGM", "anti-tank weapon", "anti-aircraft weapon", "air defense system",
    "air defense components", "ballistic missile", "cruise missile", "anti-ship missile",
    "air-to-air missile", "missile (unspecified)", "missile components", "drone", "drone components",
    "fighter aircraft", "combat aircraft", "helicopter", "tank", "warship", "explosives", "landmine",
    "propellant", "optics/sensors", "radar/surveillance", "firearm parts", "spare parts", "unspecified",
)

# Codes babel lists as territories that are not ISO-3166 countries (or are pseudo/unknown regions).
_NON_COUNTRY_CODES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


class ResourceError(RunError):
    """A shipped resource file is missing or malformed: extraction cannot run correctly without it."""


@dataclass(frozen=True, slots=True)
class WeaponEntry:
    name: str
    category: str
    un_register: str | None
    aliases: dict[str, list[str]]
    generic: bool = False


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    canonical: str
    type: str
    aliases: dict[str, list[str]]
    # ISO code of the state the entity belongs to, when the file says so (e.g. a defence ministry).
    country: str | None = None


@dataclass(frozen=True, slots=True)
class CountryNames:
    """Every way a country is written per language.

    ``names`` refer to the state itself (including capital metonyms such as "Washington", which are
    also listed in ``metonyms`` so a caller can tell them apart); ``adjectives`` are demonyms and
    adjective forms ("Iranian", "روسية", "российских") that signal origin rather than a party.
    """

    code: str
    canonical: str
    names: dict[str, list[str]]
    adjectives: dict[str, list[str]]
    metonyms: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GivenNames:
    """Given names: script spelling -> Latin romanisation (ar, ru), plus known Latin given names."""

    ar: dict[str, str]
    ru: dict[str, str]
    latin: frozenset[str]


def _read(name: str) -> Any:
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: resource file is missing") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc


def _fail(name: str, where: str, problem: str) -> ResourceError:
    return ResourceError(f"{DATA_DIR / name}: {where}: {problem}")


def _str(value: object, name: str, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(name, where, f"{key!r} must be a non-empty string")
    return value


def _lang_lists(value: object, name: str, where: str, key: str, required: bool = True) -> dict[str, list[str]]:
    """Validate ``{"ar": [...], ...}``: known languages only, lists of non-empty strings, de-duplicated."""
    if value is None and not required:
        return {}
    if not isinstance(value, Mapping):
        raise _fail(name, where, f"{key!r} must be an object keyed by language")
    out: dict[str, list[str]] = {}
    for lang, items in value.items():
        if lang not in LANGUAGES:
            raise _fail(name, where, f"{key!r} has unknown language {lang!r} (allowed: {', '.join(LANGUAGES)})")
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise _fail(name, where, f"{key}[{lang!r}] must be a list of non-empty strings")
        out[lang] = list(dict.fromkeys(i.strip() for i in items))
    return out


def _entry_list(data: object, name: str, key: str) -> list[Mapping[str, Any]]:
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        raise _fail(name, "top level", f"expected an object with a list {key!r}")
    items = data[key]
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise _fail(name, f"{key}[{index}]", "entry must be an object")
    return list(items)


def _weapon(item: Mapping[str, Any], where: str, generic: bool) -> WeaponEntry:
    name = "weapons.json"
    category = _str(item.get("category"), name, where, "category")
    if category not in WEAPON_CATEGORIES:
        raise _fail(name, where, f"category {category!r} is not one of the allowed categories")
    register = item.get("un_register")
    if register is not None and not isinstance(register, str):
        raise _fail(name, where, "'un_register' must be a string or null")
    aliases = _lang_lists(item.get("aliases"), name, where, "aliases")
    if not any(aliases.values()):
        raise _fail(name, where, "entry has no alias in any language")
    return WeaponEntry(_str(item.get("name"), name, where, "name"), category, register, aliases, generic)


@lru_cache(maxsize=1)
def load_weapons() -> tuple[WeaponEntry, ...]:
    """Named systems first, then generic mentions (``generic=True``)."""
    data = _read("weapons.json")
    entries = [_weapon(i, f"weapons[{n}]", False) for n, i in enumerate(_entry_list(data, "weapons.json", "weapons"))]
    generic = _entry_list(data, "weapons.json", "generic")
    entries += [_weapon(i, f"generic[{n}]", True) for n, i in enumerate(generic)]
    return tuple(entries)


@lru_cache(maxsize=1)
def load_gazetteer() -> tuple[GazetteerEntry, ...]:
    name = "gazetteer.json"
    out = []
    for index, item in enumerate(_entry_list(_read(name), name, "entries")):
        where = f"entries[{index}] ({item.get('canonical')!r})"
        kind = _str(item.get("type"), name, where, "type")
        if kind not in GAZETTEER_TYPES:
            raise _fail(name, where, f"type {kind!r} is not one of {sorted(GAZETTEER_TYPES)}")
        country = item.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isupper()):
            raise _fail(name, where, "'country' must be a two-letter ISO code")
        aliases = _lang_lists(item.get("aliases"), name, where, "aliases")
        if not any(aliases.values()):
            raise _fail(name, where, "entry has no alias in any language")
        out.append(GazetteerEntry(_str(item.get("canonical"), name, where, "canonical"), kind, aliases, country))
    return tuple(out)


def _babel_names() -> dict[str, dict[str, str]]:
    """ISO alpha-2 code -> language -> babel's territory name (numeric region codes dropped)."""
    from babel import Locale

    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for code, label in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NON_COUNTRY_CODES:
                names.setdefault(code, {})[lang] = label
    return names


@lru_cache(maxsize=1)
def load_country_names() -> dict[str, CountryNames]:
    """ISO code -> names: babel's territory names for ar/en/ru/fr merged with ``countries.json``."""
    name = "countries.json"
    extra: dict[str, Mapping[str, Any]] = {}
    for index, item in enumerate(_entry_list(_read(name), name, "countries")):
        code = item.get("code")
        where = f"countries[{index}] ({code!r})"
        if not (isinstance(code, str) and len(code) == 2 and code.isupper()):
            raise _fail(name, where, "'code' must be a two-letter upper-case ISO code")
        if code in extra:
            raise _fail(name, where, f"country {code} is listed twice")
        extra[code] = item
    out: dict[str, CountryNames] = {}
    babel_names = _babel_names()
    for code in sorted(set(babel_names) | set(extra)):
        item = extra.get(code, {})
        where = f"country {code}"
        base = babel_names.get(code, {})
        canonical = item.get("canonical") or base.get("en")
        canonical = _str(canonical, name, where, "canonical")
        own = _lang_lists(item.get("names"), name, where, "names", required=False)
        metonyms = _lang_lists(item.get("metonyms"), name, where, "metonyms", required=False)
        adjectives = _lang_lists(item.get("adjectives"), name, where, "adjectives", required=False)
        names: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            merged = [base[lang]] if lang in base else []
            merged += own.get(lang, []) + metonyms.get(lang, [])
            if lang == "en":
                merged.insert(0, canonical)
            names[lang] = list(dict.fromkeys(merged))
        out[code] = CountryNames(code, canonical, names, adjectives, metonyms)
    return out


@lru_cache(maxsize=1)
def load_given_names() -> GivenNames:
    name = "given_names.json"
    data = _read(name)
    if not isinstance(data, Mapping):
        raise _fail(name, "top level", "expected an object with 'ar', 'ru' and 'latin'")
    maps: dict[str, dict[str, str]] = {}
    for lang in ("ar", "ru"):
        table = data.get(lang)
        if not isinstance(table, Mapping):
            raise _fail(name, lang, "must be an object mapping a spelling to its romanisation")
        for key, value in table.items():
            if not (isinstance(key, str) and key.strip() and isinstance(value, str) and value.strip()):
                raise _fail(name, f"{lang}[{key!r}]", "spelling and romanisation must be non-empty strings")
        maps[lang] = dict(table)
    latin = data.get("latin")
    if not isinstance(latin, list) or not all(isinstance(i, str) and i.strip() for i in latin):
        raise _fail(name, "latin", "must be a list of non-empty strings")
    return GivenNames(maps["ar"], maps["ru"], frozenset(latin))


@lru_cache(maxsize=1)
def load_person_cues() -> dict[str, list[str]]:
    """Titles and roles that precede a person's name, per language (longest first)."""
    name = "person_cues.json"
    cues = _lang_lists(_read(name), name, "top level", "cues")
    missing = [lang for lang in LANGUAGES if not cues.get(lang)]
    if missing:
        raise _fail(name, "top level", f"no cues for {', '.join(missing)}")
    return {lang: sorted(items, key=len, reverse=True) for lang, items in cues.items()}
