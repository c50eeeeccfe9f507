"""EU consolidated financial sanctions XML (FSF ``export``/``sanctionEntity``)."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from armswatch.screen.loaders.common import ListBuilder, LoadedList, children, clean, iso_date, parse_xml
from armswatch.store.base import ListInfo

__all__ = ["EU_URL", "load_eu_fsf"]

EU_URL = ("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content"
          "?token=dG9rZW4tMjAxNw")
_SCHEMAS = {"person": "Person", "enterprise": "Organization", "vessel": "Vessel", "airplane": "Airplane"}


def _attr(el: Element, name: str) -> str | None:
    return clean(el.get(name))


def _entry(builder: ListBuilder, el: Element) -> None:
    logical = _attr(el, "logicalId") or ""
    ref = _attr(el, "euReferenceNumber") or logical
    subject = next(iter(children(el, "subjectType")), None)
    code = (_attr(subject, "code") or "") if subject is not None else ""
    entity = builder.make(_SCHEMAS.get(code.lower(), "LegalEntity"), logical)
    person = entity.schema.name == "Person"
    for alias in children(el, "nameAlias"):
        name = _attr(alias, "wholeName") or " ".join(
            p for p in (_attr(alias, k) for k in ("firstName", "middleName", "lastName")) if p)
        if not name:
            continue
        weak = alias.get("strong") == "false"
        prop = "weakAlias" if weak else "name" if not entity.has("name") else "alias"
        entity.add(prop, name)
        if person:
            entity.add("title", _attr(alias, "title"))
            entity.add("position", _attr(alias, "function"))
            gender = {"M": "male", "F": "female"}.get(alias.get("gender") or "")
            entity.add("gender", gender)
    if not entity.has("name") and entity.has("weakAlias"):
        entity.add("name", entity.get("weakAlias")[0])
    for birth in children(el, "birthdate") if person else []:
        entity.add("birthDate", iso_date(_attr(birth, "birthdate") or _attr(birth, "year")))
        place = ", ".join(p for p in (_attr(birth, "city"), _attr(birth, "place"),
                                      _attr(birth, "countryDescription")) if p)
        entity.add("birthPlace", place or None)
    for cit in children(el, "citizenship"):
        code_ = _attr(cit, "countryIso2Code")
        entity.add("nationality" if person else "country", code_ if code_ and code_ != "00" else None,
                   quiet=True)
    for addr in children(el, "address"):
        text = ", ".join(p for p in (_attr(addr, k) for k in ("street", "poBox", "city", "zipCode", "region",
                                                                "place", "countryDescription")) if p)
        entity.add("address", text or None)
        code_ = _attr(addr, "countryIso2Code")
        entity.add("country", code_ if code_ and code_ != "00" else None, quiet=True)
    for ident in children(el, "identification"):
        number = _attr(ident, "number")
        kind = (_attr(ident, "identificationTypeCode") or "").lower()
        if number and person:
            entity.add("passportNumber" if kind == "passport" else "idNumber", number)
        elif number:
            entity.add("imoNumber" if "imo" in kind else "registrationNumber", number, quiet=True)
    remarks = [r for r in (clean(x.text) for x in children(el, "remark")) if r]
    entity.add("notes", remarks)
    regs = children(el, "regulation")
    programs = [p for p in (_attr(r, "programme") for r in regs) if p]
    listing = min((d for d in (iso_date(_attr(r, "publicationDate")) for r in regs) if d), default=None)
    sanction = builder.sanction(entity, program=programs, list_id=ref,
                                listing_date=iso_date(_attr(el, "designationDate")) or listing,
                                unsc_id=_attr(el, "unitedNationId"),
                                reason=_attr(el, "designationDetails"))
    builder.add(entity, [sanction], list_id=ref, programs=programs)


def load_eu_fsf(path: Path, root: Element | None = None) -> LoadedList:
    root = parse_xml(path) if root is None else root
    info = ListInfo(name="eu_fsf", authority="EU", title="EU Consolidated Financial Sanctions List",
                    source=str(path), list_date=iso_date(root.get("generationDate")))
    builder = ListBuilder(info, source_url=EU_URL)
    for el in children(root, "sanctionEntity"):
        _entry(builder, el)
    return builder.finish(path, "eu_fsf_xml")
