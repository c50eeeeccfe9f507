"""UN Security Council consolidated list XML (CONSOLIDATED_LIST / INDIVIDUALS / ENTITIES)."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from armswatch.screen.loaders.common import (
    ListBuilder,
    LoadedList,
    children,
    first_text,
    iso_date,
    local,
    parse_xml,
    texts,
)
from armswatch.store.base import ListInfo

__all__ = ["UN_URL", "load_un_sc"]

UN_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _aliases(el: Element, tag: str) -> list[tuple[str, str]]:
    """(property, name) for each alias: UN "Low" quality aliases are weak."""
    found = []
    for alias in children(el, tag):
        name = first_text(alias, "ALIAS_NAME")
        if name:
            quality = (first_text(alias, "QUALITY") or "").lower()
            found.append(("weakAlias" if quality == "low" else "alias", name))
    return found


def _dobs(el: Element) -> list[str]:
    dates = []
    for dob in children(el, "INDIVIDUAL_DATE_OF_BIRTH"):
        for tag in ("DATE", "YEAR", "FROM_YEAR", "TO_YEAR"):
            value = iso_date(first_text(dob, tag))
            if value:
                dates.append(value)
    return dates


def _record(builder: ListBuilder, el: Element, person: bool) -> None:
    dataid = first_text(el, "DATAID") or ""
    ref = first_text(el, "REFERENCE_NUMBER") or dataid
    entity = builder.make("Person" if person else "Organization", dataid)
    parts = [p for p in (first_text(el, tag) for tag in _NAME_PARTS) if p]
    entity.add("name", " ".join(parts) or None)
    entity.add("alias", texts(el, "NAME_ORIGINAL_SCRIPT"))
    for prop, name in _aliases(el, "INDIVIDUAL_ALIAS" if person else "ENTITY_ALIAS"):
        entity.add(prop, name)
    if person:
        entity.add("firstName", parts[:1])
        entity.add("lastName", parts[-1:] if len(parts) > 1 else [])
        entity.add("title", texts(el, "TITLE/VALUE"))
        entity.add("position", texts(el, "DESIGNATION/VALUE"))
        entity.add("nationality", texts(el, "NATIONALITY/VALUE"), quiet=True)
        entity.add("gender", (first_text(el, "GENDER") or "").lower() or None, quiet=True)
        entity.add("birthDate", _dobs(el))
        for pob in children(el, "INDIVIDUAL_PLACE_OF_BIRTH"):
            found = (first_text(pob, t) for t in ("CITY", "STATE_PROVINCE", "COUNTRY"))
            place = ", ".join(p for p in found if p)
            entity.add("birthPlace", place or None)
        for doc in children(el, "INDIVIDUAL_DOCUMENT"):
            kind, number = (first_text(doc, "TYPE_OF_DOCUMENT") or "").lower(), first_text(doc, "NUMBER")
            entity.add("passportNumber" if "passport" in kind else "idNumber", number)
    for addr in children(el, "INDIVIDUAL_ADDRESS" if person else "ENTITY_ADDRESS"):
        text = ", ".join(p for p in (first_text(addr, t) for t in ("STREET", "CITY", "STATE_PROVINCE",
                                                                     "ZIP_CODE", "COUNTRY")) if p)
        entity.add("address", text or None)
        entity.add("country", first_text(addr, "COUNTRY"), quiet=True)
    entity.add("notes", first_text(el, "COMMENTS1"))
    programs = texts(el, "UN_LIST_TYPE")
    sanction = builder.sanction(entity, program=programs, list_id=ref, unsc_id=ref,
                                listing_date=iso_date(first_text(el, "LISTED_ON")),
                                reason=first_text(el, "COMMENTS1"))
    builder.add(entity, [sanction], list_id=ref, programs=programs)


def load_un_sc(path: Path, root: Element | None = None) -> LoadedList:
    root = parse_xml(path) if root is None else root
    info = ListInfo(name="un_sc", authority="UN Security Council",
                    title="UN Security Council Consolidated List", source=str(path),
                    list_date=iso_date(root.get("dateGenerated")))
    builder = ListBuilder(info, source_url=UN_URL)
    for section in root:
        for el in section:
            if local(el.tag) in {"INDIVIDUAL", "ENTITY"}:
                _record(builder, el, person=local(el.tag) == "INDIVIDUAL")
    return builder.finish(path, "un_sc_xml")
