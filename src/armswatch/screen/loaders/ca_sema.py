"""Canada's Consolidated Special Economic Measures Act (SEMA) list XML (data-set/record)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

from armswatch.screen.loaders.common import ListBuilder, LoadedList, children, first_text, iso_date, parse_xml
from armswatch.store.base import ListInfo

__all__ = ["CA_URL", "load_ca_sema"]

CA_URL = ("https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-"
          "relations_internationales/sanctions/sema-lmes.xml")


def _english(country: str | None) -> str | None:
    # "Belarus / Bélarus": the English half names the regime.
    return country.split(" / ")[0].strip() if country else None


def _split_aliases(value: str | None, person: bool) -> list[str]:
    """"A B, Belarusian: В Г, Russian: Д Е" -> three names; entity names may hold commas, so only
    language labels and semicolons split them."""
    if not value:
        return []
    parts = re.split(r";|,\s*(?=[A-Za-z]+\s*:)" + (r"|," if person else ""), value)
    names = (re.sub(r"^[A-Za-z]+\s*:\s*", "", p.strip()).strip() for p in parts)
    return [n for n in names if n]


def load_ca_sema(path: Path, root: Element | None = None) -> LoadedList:
    root = parse_xml(path) if root is None else root
    info = ListInfo(name="ca_sema", authority="Canada",
                    title="Canada Consolidated Special Economic Measures Act (SEMA) List",
                    source=str(path), list_date=None)
    builder = ListBuilder(info, source_url=CA_URL)
    newest = ""
    for rec in children(root, "record"):
        regime = _english(first_text(rec, "Country"))
        schedule, item = first_text(rec, "Schedule") or "", first_text(rec, "Item") or ""
        list_id = f"{regime or '?'} / Schedule {schedule} / Item {item}"
        imo = first_text(rec, "ShipIMONumber")
        entity_name = first_text(rec, "EntityOrShip")
        schema = "Person" if entity_name is None else "Vessel" if imo else "Organization"
        label = entity_name or first_text(rec, "LastName") or ""
        entity = builder.make(schema, regime or "", schedule, item, label)
        when = iso_date(first_text(rec, "DateOfBirthOrShipBuildDate"))
        if schema == "Person":
            given, last = first_text(rec, "GivenName"), first_text(rec, "LastName")
            entity.add("name", " ".join(p for p in (given, last) if p) or None)
            entity.add("firstName", given)
            entity.add("lastName", last)
            entity.add("title", first_text(rec, "TitleOrShip"))
            entity.add("birthDate", when)
        else:
            entity.add("name", entity_name)
            if schema == "Vessel":
                entity.add("imoNumber", f"IMO{imo}" if imo and imo.isdigit() else imo)
                entity.add("type", first_text(rec, "TitleOrShip"))
                entity.add("buildDate", when)
        entity.add("alias", _split_aliases(first_text(rec, "Aliases"), person=schema == "Person"))
        entity.add("country", regime, quiet=True)
        listed = iso_date(first_text(rec, "DateOfListing"))
        newest = max(newest, listed or "")
        programs = [f"SEMA - {regime}"] if regime else []
        sanction = builder.sanction(entity, program=programs, list_id=list_id, listing_date=listed)
        builder.add(entity, [sanction], list_id=list_id, programs=programs)
    # The file carries no publication date; its newest listing date is the best lower bound.
    info.list_date = newest or None
    return builder.finish(path, "ca_sema_xml")
