"""OFAC's legacy SDN CSV trio: sdn.csv (no header), with alt.csv (aliases) and add.csv (addresses).

alt.csv and add.csv are joined to sdn.csv rows by ``ent_num``. They may come from another date
than sdn.csv; rows for ent_nums absent from sdn.csv are counted in the notes and ignored.
Weak aliases sit in sdn.csv remarks ("a.k.a. 'BONT'"); strong ones in alt.csv.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path

from followthemoney.proxy import EntityProxy

from armswatch.errors import BadListError
from armswatch.screen.loaders.common import ListBuilder, LoadedList, clean, iso_date, read_text
from armswatch.store.base import ListInfo

__all__ = ["SDN_URL", "load_ofac_csv", "sniff_ofac_csv_rows"]

SDN_URL = "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists"
_SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_ALIAS_PROP = {"aka": "alias", "fka": "previousName", "nka": "alias"}


def _rows(path: Path, text: str | None = None) -> list[list[str]]:
    body = read_text(path) if text is None else text
    try:
        return [row for row in csv.reader(io.StringIO(body), strict=True) if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise BadListError(f"malformed CSV: {exc}", source=str(path)) from exc


def sniff_ofac_csv_rows(rows: list[list[str]]) -> str | None:
    """Which of the trio these first rows look like: "sdn", "alt", "add" or None."""
    if not rows or not all(r and r[0].strip().isdigit() for r in rows):
        return None
    # The last row may be cut (a truncated file must still be recognised, then refused clearly).
    full = rows[:-1] if len(rows) > 1 else rows
    widths = {len(r) for r in full}
    if widths == {12}:
        return "sdn"
    if widths == {5} and all(r[2].strip().strip('"').lower() in _ALIAS_PROP for r in full):
        return "alt"
    if widths == {6} and all(r[1].strip().isdigit() for r in full):
        return "add"
    return None


_REMARK_AKA = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*['\"]?(.+?)['\"]?$", re.I)


def _split_remarks(remarks: str) -> list[str]:
    return [p.strip().rstrip(".").strip() for p in remarks.split(";") if p.strip()]


def _apply_remarks(entity: EntityProxy, remarks: str) -> None:
    person = entity.schema.name == "Person"
    for item in _split_remarks(remarks):
        low = item.lower()
        if m := _REMARK_AKA.match(item):
            prop = "previousName" if low.startswith("f.k.a") else "weakAlias"
            entity.add(prop, m.group(2).strip("'\" "))
        elif person and re.match(r"^(alt\. )?dob\b", low):
            entity.add("birthDate", iso_date(item))
        elif person and re.match(r"^(alt\. )?pob\b", low):
            entity.add("birthPlace", item.split("POB", 1)[-1].strip())
        elif person and re.match(r"^(alt\. )?(nationality|citizen)\b", low):
            prop = "nationality" if "nationality" in low else "citizenship"
            entity.add(prop, re.sub(r"^(alt\. )?(nationality|citizen)\s*", "", item, flags=re.I), quiet=True)
        elif person and low.startswith("gender "):
            entity.add("gender", item[7:].lower(), quiet=True)
        elif m := re.search(r"\bIMO (\d{7})\b", item):
            entity.add("imoNumber", f"IMO{m.group(1)}", quiet=True)


def load_ofac_csv(path: Path, alt_paths: list[Path], add_paths: list[Path]) -> LoadedList:
    rows = _rows(path)
    if sniff_ofac_csv_rows(rows[:50]) != "sdn" or any(len(r) != 12 for r in rows):
        bad = next((i for i, r in enumerate(rows, 1) if len(r) != 12), 0)
        raise BadListError(f"not a complete OFAC sdn.csv: row {bad} does not have 12 columns (truncated?)",
                           source=str(path))
    known = {r[0].strip() for r in rows}
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    addresses: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    builder = ListBuilder(ListInfo(
        name="us_ofac_sdn", authority="US OFAC", title="OFAC Specially Designated Nationals (SDN) List",
        source=str(path), list_date=None), source_url=SDN_URL)
    for alt in alt_paths:
        orphans = 0
        for r in _rows(alt):
            if len(r) < 4 or not r[0].strip().isdigit():
                raise BadListError("malformed OFAC alt.csv row", source=str(alt))
            name = clean(r[3])
            if r[0].strip() not in known:
                orphans += 1
            elif name:
                aliases[r[0].strip()].append((_ALIAS_PROP.get(r[2].strip().lower(), "alias"), name))
        if orphans:
            builder.notes.append(f"{alt.name}: {orphans} alias rows for ent_nums not in {path.name}, ignored")
    for add in add_paths:
        for r in _rows(add):
            if len(r) < 5 or not r[0].strip().isdigit():
                raise BadListError("malformed OFAC add.csv row", source=str(add))
            if r[0].strip() in known:
                text = ", ".join(p for p in (clean(r[2]), clean(r[3]), clean(r[4])) if p)
                if text:
                    addresses[r[0].strip()].append((text, clean(r[4])))
    for r in rows:
        ent_num, name, sdn_type, program = r[0].strip(), clean(r[1]), clean(r[2]), clean(r[3])
        entity = builder.make(_SCHEMAS.get((sdn_type or "").lower(), "Organization"), ent_num)
        entity.add("name", name)
        if entity.schema.name == "Person" and name and "," in name:
            last, _, first = name.partition(",")
            entity.add("lastName", last.strip())
            entity.add("firstName", first.strip())
        entity.add("position" if entity.schema.name == "Person" else "notes", clean(r[4]), quiet=True)
        if entity.schema.name == "Vessel":
            entity.add("callSign", clean(r[5]))
            entity.add("type", clean(r[6]))
            entity.add("tonnage", clean(r[7]))
            entity.add("grossRegisteredTonnage", clean(r[8]))
            entity.add("flag", clean(r[9]))
        remarks = clean(r[11])
        if remarks:
            entity.add("notes", remarks)
            _apply_remarks(entity, remarks)
        for prop, alias in aliases.get(ent_num, []):
            entity.add(prop, alias)
        for text, country in addresses.get(ent_num, []):
            entity.add("address", text)
            entity.add("country", country, quiet=True)
        programs = [p.strip() for p in (program or "").strip("[]").split("] [") if p.strip()]
        sanction = builder.sanction(entity, program=programs, list_id=ent_num,
                                    extra={"recordId": ent_num})
        builder.add(entity, [sanction], list_id=ent_num, programs=programs)
    # The CSV has no publication date of its own; a date in the file name is the best we have.
    m = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
    builder.info.list_date = m.group(1) if m else None
    if builder.info.list_date is None:
        builder.notes.append(f"{path.name}: sdn.csv carries no date and its name has none; list date unknown")
    return builder.finish(path, "ofac_sdn_csv")
