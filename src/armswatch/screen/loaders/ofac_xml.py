"""OFAC XML: SDN.XML and the consolidated non-SDN XML (one schema family), and SDN_ADVANCED.XML names.

The two simple files share ``sdnList/sdnEntry``; which list a file is comes from its name
("cons"/"nonsdn") or, failing that, from programs only the non-SDN lists use.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

from followthemoney.proxy import EntityProxy

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

__all__ = ["load_ofac_advanced", "load_ofac_xml"]

SDN_XML_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"
CONS_XML_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML"
_SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "entity": "Organization"}
# Programs that appear only on OFAC's non-SDN lists (PLC, CMIC, FSE, 561, SSI-only directives).
_NON_SDN_PROGRAMS = {"NS-PLC", "CMIC-EO13959", "561-RELATED", "FSE-IR", "FSE-SY", "FSE-WMD", "FSE-SDGT",
                     "NS-ISA", "NS-MBS", "CAPTA", "MBS", "NS-CMIC"}


def _is_non_sdn(path: Path, root: Element) -> bool:
    name = path.name.lower()
    if "nonsdn" in name or "non_sdn" in name or "non-sdn" in name or "cons" in name:
        return True
    if re.search(r"(^|[^a-z])sdn", name):
        return False
    programs = {p.upper() for p in texts(root, "sdnEntry/programList/program")}
    return bool(programs & _NON_SDN_PROGRAMS)


def _full_name(el: Element) -> str | None:
    parts = [first_text(el, "firstName"), first_text(el, "lastName")]
    return " ".join(p for p in parts if p) or None


def _entry(builder: ListBuilder, el: Element) -> None:
    uid = first_text(el, "uid") or ""
    sdn_type = (first_text(el, "sdnType") or "entity").lower()
    entity = builder.make(_SCHEMAS.get(sdn_type, "Organization"), uid)
    person = entity.schema.name == "Person"
    entity.add("name", _full_name(el))
    if person:
        entity.add("firstName", first_text(el, "firstName"))
        entity.add("lastName", first_text(el, "lastName"))
        entity.add("title", first_text(el, "title"))
    remarks = first_text(el, "remarks")
    entity.add("notes", remarks)
    for aka in children(next(iter(children(el, "akaList")), Element("x")), "aka"):
        kind = (first_text(aka, "type") or "").lower()
        weak = (first_text(aka, "category") or "").lower() == "weak"
        prop = "previousName" if kind.startswith("f.k.a") else "weakAlias" if weak else "alias"
        entity.add(prop, _full_name(aka))
    for dob in texts(el, "dateOfBirthList/dateOfBirthItem/dateOfBirth"):
        entity.add("birthDate", iso_date(dob), quiet=True)
    for pob in texts(el, "placeOfBirthList/placeOfBirthItem/placeOfBirth"):
        entity.add("birthPlace", pob, quiet=True)
    for country in texts(el, "nationalityList/nationality/country"):
        entity.add("nationality" if person else "country", country, quiet=True)
    for country in texts(el, "citizenshipList/citizenship/country"):
        entity.add("citizenship" if person else "country", country, quiet=True)
    _addresses(entity, el)
    _ids(entity, el)
    for vessel in children(el, "vesselInfo"):
        entity.add("callSign", first_text(vessel, "callSign"), quiet=True)
        entity.add("type", first_text(vessel, "vesselType"), quiet=True)
        entity.add("flag", first_text(vessel, "vesselFlag"), quiet=True)
        entity.add("tonnage", first_text(vessel, "tonnage"), quiet=True)
        entity.add("grossRegisteredTonnage", first_text(vessel, "grossRegisteredTonnage"), quiet=True)
    programs = texts(el, "programList/program")
    sanction = builder.sanction(entity, program=programs, list_id=uid, reason=None)
    builder.add(entity, [sanction], list_id=uid, programs=programs)


def _addresses(entity: EntityProxy, el: Element) -> None:
    for addr in texts_nodes(el, "addressList/address"):
        parts = [first_text(addr, tag) for tag in ("address1", "address2", "address3", "city",
                                                   "stateOrProvince", "postalCode", "country")]
        text = ", ".join(p for p in parts if p)
        entity.add("address", text or None)
        entity.add("country", first_text(addr, "country"), quiet=True)


def _ids(entity: EntityProxy, el: Element) -> None:
    for item in texts_nodes(el, "idList/id"):
        kind, number = (first_text(item, "idType") or "").lower(), first_text(item, "idNumber")
        if not number or len(number) > 40:
            # The non-SDN file puts directive texts and dates in idList; they are not identifiers.
            continue
        if "imo" in kind or "vessel registration" in kind:
            entity.add("imoNumber", number, quiet=True)
        elif "passport" in kind:
            entity.add("passportNumber", number, quiet=True)
        elif "swift" in kind:
            entity.add("swiftBic", number, quiet=True)
        elif "registration" in kind:
            entity.add("registrationNumber", number, quiet=True)
        elif "tax" in kind or "inn" == kind:
            entity.add("taxNumber", number, quiet=True)
        elif entity.schema.name in {"Person", "Organization"}:
            entity.add("idNumber" if entity.schema.name == "Person" else "registrationNumber", number,
                       quiet=True)


def texts_nodes(el: Element, path: str) -> list[Element]:
    nodes = [el]
    for part in path.split("/"):
        nodes = [child for node in nodes for child in node if local(child.tag) == part]
    return nodes


def load_ofac_xml(path: Path, root: Element | None = None) -> LoadedList:
    root = parse_xml(path) if root is None else root
    non_sdn = _is_non_sdn(path, root)
    info = ListInfo(
        name="us_ofac_nonsdn" if non_sdn else "us_ofac_sdn",
        authority="US OFAC",
        title="OFAC Consolidated Sanctions List (non-SDN)" if non_sdn
        else "OFAC Specially Designated Nationals (SDN) List",
        source=str(path),
        list_date=iso_date(first_text(root, "publshInformation/Publish_Date"), month_first=True),
    )
    builder = ListBuilder(info, source_url=CONS_XML_URL if non_sdn else SDN_XML_URL)
    for el in children(root, "sdnEntry"):
        _entry(builder, el)
    return builder.finish(path, "ofac_xml")


# --- SDN_ADVANCED.XML: names and programs only -------------------------------------------------

_ADV_SCHEMAS = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "aircraft": "Airplane"}


def _ymd(el: Element | None) -> str | None:
    if el is None:
        return None
    parts = [first_text(el, t) for t in ("Year", "Month", "Day")]
    if not parts[0]:
        return None
    return "-".join([parts[0], *(p.zfill(2) for p in parts[1:] if p)])


def _values(root: Element, tag: str) -> dict[str, Element]:
    return {v.get("ID") or "": v for v in root.iter() if local(v.tag) == tag}


def load_ofac_advanced(path: Path, root: Element | None = None) -> LoadedList:
    """Names (DistinctParty/Profile/Identity/Alias/DocumentedName/NamePart) and SanctionsEntry programs."""
    root = parse_xml(path) if root is None else root
    party_types = {k: (v.text or "").strip() for k, v in _values(root, "PartyType").items()}
    subtypes = _values(root, "PartySubType")
    program_names = {k: (v.text or "").strip() for k, v in _values(root, "SanctionsProgram").items()}
    programs_by_profile: dict[str, list[str]] = {}
    listing_by_profile: dict[str, str | None] = {}
    for entry in (e for e in root.iter() if local(e.tag) == "SanctionsEntry"):
        profile_id = entry.get("ProfileID") or ""
        progs = [program_names.get(m.get("SanctionsProgramID") or "", "") for m in entry.iter()
                 if local(m.tag) == "SanctionsMeasure"]
        # OFAC puts the program code in the measure's Comment.
        progs += [c for m in entry.iter() if local(m.tag) == "SanctionsMeasure" for c in texts(m, "Comment")]
        programs_by_profile.setdefault(profile_id, []).extend(p for p in progs if p)
        events = [d for e in entry.iter() if local(e.tag) == "EntryEvent" for d in children(e, "Date")]
        listing_by_profile[profile_id] = _ymd(events[0]) if events else None
    issued = next((e for e in root.iter() if local(e.tag) == "DateOfIssue"), None)
    info = ListInfo(name="us_ofac_sdn", authority="US OFAC",
                    title="OFAC Specially Designated Nationals (SDN) List", source=str(path),
                    list_date=_ymd(issued))
    builder = ListBuilder(info, source_url=SDN_XML_URL)
    for party in (e for e in root.iter() if local(e.tag) == "DistinctParty"):
        for profile in children(party, "Profile"):
            pid = profile.get("ID") or party.get("FixedRef") or ""
            subtype = subtypes.get(profile.get("PartySubTypeID") or "")
            sub_name = (subtype.text or "").strip().lower() if subtype is not None else ""
            type_name = party_types.get(subtype.get("PartyTypeID") or "", "") if subtype is not None else ""
            schema = _ADV_SCHEMAS.get(sub_name) or _ADV_SCHEMAS.get(type_name.lower(), "LegalEntity")
            entity = builder.make(schema, pid)
            for alias in (a for a in profile.iter() if local(a.tag) == "Alias"):
                primary = alias.get("Primary") == "true"
                weak = alias.get("LowQuality") == "true"
                for doc in (d for d in alias.iter() if local(d.tag) == "DocumentedName"):
                    parts = [(p.text or "").strip() for p in doc.iter() if local(p.tag) == "NamePartValue"]
                    name = " ".join(p for p in parts if p)
                    prop = "name" if primary and not entity.has("name") else "weakAlias" if weak else "alias"
                    entity.add(prop, name or None)
            if not entity.has("name"):
                # No alias marked primary: promote the first one.
                names = entity.get("alias") or entity.get("weakAlias")
                entity.add("name", names[0] if names else None)
            programs = programs_by_profile.get(pid, [])
            sanction = builder.sanction(entity, program=programs, list_id=pid,
                                        listing_date=listing_by_profile.get(pid))
            builder.add(entity, [sanction], list_id=pid, programs=programs)
    return builder.finish(path, "ofac_advanced_xml")
