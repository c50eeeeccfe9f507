"""Shared pieces of the list loaders: the result type, the entity builder, safe readers, dates.

Every loader turns one official file into FollowTheMoney entities (the listed target plus its
Sanction entities) and wraps each target as a ``ListedEntity`` whose ``data`` is the target's FtM
dict with its Sanction dicts under ``"sanctions"`` (the nested form OpenSanctions also uses).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring
from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from followthemoney.util import make_entity_id

from armswatch.errors import BadListError
from armswatch.store.base import ListedEntity, ListInfo

__all__ = [
    "NAME_PROPS",
    "ListBuilder",
    "LoadedList",
    "children",
    "clean",
    "first_text",
    "iso_date",
    "local",
    "parse_xml",
    "read_bytes",
    "read_text",
    "texts",
    "today",
]

# The name properties screening compares, strongest first.
NAME_PROPS = ("name", "alias", "previousName", "weakAlias")
MAX_LIST_BYTES = 512 * 1024 * 1024


@dataclass(slots=True)
class LoadedList:
    """One list read from a file: what it is, its targets, and anything skipped on the way."""

    info: ListInfo
    entities: list[ListedEntity]
    path: Path
    notes: list[str] = field(default_factory=list)
    format: str = ""


def clean(value: str | None) -> str | None:
    """Whitespace-collapsed text, or None for the empty and placeholder values lists use."""
    if value is None:
        return None
    text = " ".join(value.split())
    if not text or text in {"-0-", "-", "n/a", "N/A", "None", '""'}:
        return None
    return text


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_LIST_BYTES:
            raise BadListError(f"file is too large ({size} bytes)", source=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise BadListError(f"cannot read file: {exc.strerror or exc}", source=str(path)) from exc
    if not data.strip():
        raise BadListError("file is empty", source=str(path))
    return data


def read_text(path: Path, data: bytes | None = None) -> str:
    """The file as text: UTF-8 (with or without BOM), else Windows-1252/Latin-1 as OFAC publishes."""
    raw = read_bytes(path) if data is None else data
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    # OFAC's legacy CSVs end with a DOS end-of-file marker (Ctrl-Z).
    return text.replace("\x1a", "")


def parse_xml(path: Path, data: bytes | None = None) -> Element:
    """Parse without DTDs, entity expansion or network access; any of those is a clear BadListError."""
    raw = read_bytes(path) if data is None else data
    try:
        root: Element = _defused_fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        return root
    except DefusedXmlException as exc:
        raise BadListError(
            f"XML declares a DTD or entities ({type(exc).__name__}); refused, since entity expansion "
            "and external entities can exhaust memory or read local files", source=str(path)) from exc
    except ParseError as exc:
        raise BadListError(f"malformed or truncated XML: {exc}", source=str(path)) from exc


def local(tag: str) -> str:
    """Tag name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def children(el: Element, name: str) -> list[Element]:
    return [child for child in el if local(child.tag) == name]


def texts(el: Element, path: str) -> list[str]:
    """Cleaned texts of the elements at a slash-separated, namespace-agnostic path below ``el``."""
    nodes = [el]
    for part in path.split("/"):
        nodes = [child for node in nodes for child in node if local(child.tag) == part]
    return [t for t in (clean(node.text) for node in nodes) if t]


def first_text(el: Element, path: str) -> str | None:
    found = texts(el, path)
    return found[0] if found else None


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_ISO = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")
_DMY_TEXT = re.compile(r"\b(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def iso_date(value: str | None, *, month_first: bool = False) -> str | None:
    """First date in ``value`` as ISO (YYYY, YYYY-MM or YYYY-MM-DD); unknown parts ("00") dropped.

    Handles "13 Jan 1967", "Jan 1967", "circa 1962", "1962 to 1964", "1965-04-29", "00/00/1967"
    and, with ``month_first``, OFAC's "06/30/2025".
    """
    if not value:
        return None
    candidates: list[tuple[int, str]] = []
    if m := _SLASHED.search(value):
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        day, month = (b, a) if month_first else (a, b)
        candidates.append((m.start(), _join(year, month, day)))
    if m := _DMY_TEXT.search(value):
        month_no = _MONTHS.get(m.group(2).lower())
        if month_no:
            candidates.append((m.start(), _join(m.group(3), month_no, int(m.group(1) or 0))))
    if m := _ISO.search(value):
        candidates.append((m.start(), _join(m.group(1), int(m.group(2) or 0), int(m.group(3) or 0))))
    return min(candidates)[1] if candidates else None


def _join(year: str, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return year
    if not 1 <= day <= 31:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


class ListBuilder:
    """Collects the targets of one list, giving them ids stable across loads of the same list."""

    def __init__(self, info: ListInfo, source_url: str | None = None) -> None:
        self.info = info
        self.source_url = source_url
        self.entities: list[ListedEntity] = []
        self.notes: list[str] = []
        self._ids: set[str] = set()

    def make(self, schema: str, *id_parts: str) -> EntityProxy:
        entity = model.make_entity(schema)
        native = "-".join(p for p in id_parts if p)
        # Readable ids where the native id is short and valid in FtM ids, hashed otherwise.
        if re.fullmatch(r"[A-Za-z0-9.-]{1,40}", native):
            entity.id = self.entity_id(native)
        else:
            entity.id = self.entity_id(make_entity_id(*id_parts) or "")
        return entity

    def entity_id(self, native: str) -> str:
        """FtM entity ids allow no underscore, so the dataset prefix uses dashes."""
        return f"{self.info.name.replace('_', '-')}-{native}"

    def sanction(self, target: EntityProxy, *, program: Iterable[str] = (), list_id: str | None = None,
                 listing_date: str | None = None, reason: str | None = None,
                 unsc_id: str | None = None, extra: dict[str, Any] | None = None) -> EntityProxy:
        sanction = model.make_entity("Sanction")
        sanction.id = f"{target.id}-sanction"
        sanction.add("entity", target.id)
        if not sanction.has("entity"):
            raise ValueError(f"invalid FtM entity id {target.id!r}")
        sanction.add("authority", self.info.authority)
        sanction.add("program", list(program))
        sanction.add("authorityId", list_id)
        sanction.add("unscId", unsc_id)
        sanction.add("listingDate", listing_date)
        sanction.add("reason", reason)
        sanction.add("sourceUrl", self.source_url)
        for prop, value in (extra or {}).items():
            sanction.add(prop, value)
        return sanction

    def add(self, target: EntityProxy, sanctions: Iterable[EntityProxy], *, list_id: str,
            programs: Iterable[str] = ()) -> ListedEntity | None:
        """Wrap a finished target; a target without any name is noted and skipped."""
        names = _unique(v for prop in NAME_PROPS if prop in target.schema.properties
                        for v in target.get(prop))
        if not names:
            self.notes.append(f"entry {list_id}: no name, skipped")
            return None
        if target.id in self._ids:
            self.notes.append(f"entry {list_id}: duplicate id {target.id}, later copy skipped")
            return None
        self._ids.add(target.id or "")
        data: dict[str, Any] = target.to_dict()
        data["sanctions"] = [s.to_dict() for s in sanctions]
        listed = ListedEntity(
            id=target.id or "",
            dataset=self.info.name,
            schema=target.schema.name,
            caption=target.caption or names[0],
            names=names,
            authority=self.info.authority,
            list_name=self.info.title,
            list_id=list_id,
            programs=_unique(programs),
            birth_dates=_unique(target.get("birthDate", quiet=True)),
            countries=_unique(target.get_type_values(registry.country)),
            data=data,
        )
        self.entities.append(listed)
        return listed

    def finish(self, path: Path, fmt: str) -> LoadedList:
        self.info.entity_count = len(self.entities)
        if not self.entities:
            raise BadListError(f"no listed entries found ({fmt})", source=str(path))
        return LoadedList(info=self.info, entities=self.entities, path=path, notes=self.notes, format=fmt)


def today() -> str:
    return datetime.now(UTC).date().isoformat()
