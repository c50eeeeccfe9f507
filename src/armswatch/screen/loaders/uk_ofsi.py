"""UK OFSI Consolidated List (ConList) as CSV or XML: one row per name, grouped by Group ID.

Column and element names differ between the two ("Group Type" vs ``GroupTypeDescription``), so
rows are read into dicts with keys lower-cased and stripped of spaces, then looked up by alternatives.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path
from xml.etree.ElementTree import Element

from armswatch.errors import BadListError
from armswatch.screen.loaders.common import ListBuilder, LoadedList, clean, iso_date, local, read_text
from armswatch.store.base import ListInfo

__all__ = ["UK_URL", "find_ofsi_header", "load_uk_ofsi_csv", "load_uk_ofsi_xml"]

UK_URL = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"
_SCHEMAS = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
Row = dict[str, str]


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _get(row: Row, *names: str) -> str | None:
    for name in names:
        value = clean(row.get(_key(name)))
        if value:
            return value
    return None


def find_ofsi_header(lines: list[list[str]]) -> int | None:
    """Index of the ConList header row among the first lines (after "Last Updated"), or None."""
    for i, row in enumerate(lines[:3]):
        keys = {_key(c) for c in row}
        if {"name6", "groupid"} <= keys or {"name6", "grouptype"} <= keys:
            return i
    return None


def _build(path: Path, rows: list[Row], list_date: str | None, fmt: str) -> LoadedList:
    info = ListInfo(name="uk_ofsi", authority="UK OFSI",
                    title="UK OFSI Consolidated List of Financial Sanctions Targets",
                    source=str(path), list_date=list_date)
    builder = ListBuilder(info, source_url=UK_URL)
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        gid = _get(row, "Group ID", "GroupID")
        if gid:
            groups[gid].append(row)
    if not groups:
        raise BadListError("no rows with a Group ID", source=str(path))
    for gid, members in groups.items():
        first = members[0]
        kind = (_get(first, "Group Type", "GroupTypeDescription") or "").lower()
        entity = builder.make(_SCHEMAS.get(kind, "LegalEntity"), gid)
        person = entity.schema.name == "Person"
        # The primary name first, so it becomes the FtM name.
        members.sort(key=lambda r: (_get(r, "Alias Type", "AliasType") or "").lower() != "primary name")
        for row in members:
            parts = [_get(row, f"Name {i}", f"Name{i}") for i in (1, 2, 3, 4, 5, 6)]
            name = " ".join(p for p in parts if p)
            alias_type = (_get(row, "Alias Type", "AliasType") or "").lower()
            quality = (_get(row, "Alias Quality", "AliasQuality") or "").lower()
            prop = ("name" if alias_type == "primary name" and not entity.has("name") else
                    "weakAlias" if quality == "low" else "alias")
            entity.add(prop, name or None)
            entity.add("alias", _get(row, "Name Non-Latin Script", "NameNonLatinScript"))
            if person:
                entity.add("birthDate", iso_date(_get(row, "DOB", "IndividualDateOfBirth")))
                entity.add("nationality", _get(row, "Nationality"), quiet=True)
                entity.add("title", _get(row, "Title"))
                entity.add("position", _get(row, "Position"))
                entity.add("passportNumber", _get(row, "Passport Number", "PassportNumber"))
            lines = (_get(row, f"Address {i}", f"Address{i}") for i in range(1, 7))
            address = ", ".join(p for p in lines if p)
            entity.add("address", address or None)
            entity.add("country", _get(row, "Country"), quiet=True)
        if not entity.has("name") and entity.has("alias"):
            entity.add("name", entity.get("alias")[0])
        regime = _get(first, "Regime", "RegimeName")
        programs = [regime] if regime else []
        entity.add("notes", _get(first, "Other Information", "OtherInformation"))
        listed = iso_date(_get(first, "Listed On", "DateListed"))
        ref = _get(first, "UK Sanctions List Ref", "UKSanctionsListRef")
        sanction = builder.sanction(entity, program=programs, list_id=gid, listing_date=listed,
                                    extra={"recordId": ref} if ref else None)
        builder.add(entity, [sanction], list_id=gid, programs=programs)
    return builder.finish(path, fmt)


def load_uk_ofsi_csv(path: Path, text: str | None = None) -> LoadedList:
    body = read_text(path) if text is None else text
    try:
        lines = list(csv.reader(io.StringIO(body), strict=True))
    except csv.Error as exc:
        raise BadListError(f"malformed CSV: {exc}", source=str(path)) from exc
    head = find_ofsi_header(lines)
    if head is None:
        raise BadListError("no OFSI ConList header row (Name 6 ... Group ID)", source=str(path))
    list_date = None
    for row in lines[:head]:
        if row and _key(row[0]) == "lastupdated" and len(row) > 1:
            list_date = iso_date(row[1])
    header = [_key(c) for c in lines[head]]
    rows = [dict(zip(header, r, strict=False)) for r in lines[head + 1:] if any(c.strip() for c in r)]
    if any(len(r) != len(header) for r in lines[head + 1:] if any(c.strip() for c in r)):
        raise BadListError("rows with a different column count than the header (truncated?)",
                           source=str(path))
    return _build(path, rows, list_date, "uk_ofsi_csv")


def load_uk_ofsi_xml(path: Path, root: Element) -> LoadedList:
    rows = []
    for target in root:
        if local(target.tag) == "FinancialSanctionsTarget":
            rows.append({_key(local(c.tag)): (c.text or "") for c in target})
    dates = [iso_date(r.get("lastupdated")) for r in rows]
    return _build(path, rows, max((d for d in dates if d), default=None), "uk_ofsi_xml")
