"""A human-readable report of one extraction: what moved, between whom, on whose word, and who is listed.

Plain text (no colours) so it reads the same in a terminal, a pipe or a file. Names are shown in
their canonical form with the text's own wording beside them, so an Arabic report stays checkable.
"""

from __future__ import annotations

from armswatch.model import Entity, Extraction, Party, SanctionHit, Transfer, Weapon

__all__ = ["format_extraction"]

_EVIDENCE_CHARS = 320
_MAX_NEAR_MISSES = 2
_INDENT = "    "


def _one_line(text: str, limit: int = _EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _party(party: Party) -> str:
    surface = _one_line(party.text, 80)
    return f"{party.name} «{surface}»" if surface and surface != party.name else party.name


def _parties(parties: list[Party]) -> str:
    return "; ".join(_party(p) for p in parties) if parties else "-"


def _weapon(weapon: Weapon) -> str:
    out = f"{weapon.quantity:,} × {weapon.name}" if weapon.quantity else weapon.name
    details = [weapon.category] if weapon.category and weapon.category != weapon.name else []
    if weapon.un_register:
        details.append(f"UN register: {weapon.un_register}")
    if details:
        out += f" ({', '.join(details)})"
    surface = _one_line(weapon.text, 60)
    if surface and surface != weapon.name:
        out += f" «{surface}»"
    return out


def _amount(amount: float) -> str:
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def _embargo(flag: dict[str, str]) -> str:
    regime = flag.get("title") or flag.get("regime") or "arms embargo"
    resolution = flag.get("resolution")
    where = f"{flag['role']} {flag.get('party', '')}".strip() + ": " if "role" in flag else ""
    text = f"{where}{regime}" + (f" (UNSC res. {resolution})" if resolution else "")
    if flag.get("matched"):
        text += f"; matched «{flag['matched']}»"
        if flag.get("score"):
            text += f" at {flag['score']}"
    return text


def _transfer_lines(number: int, transfer: Transfer) -> list[str]:
    lines = [f"  [{number}] {transfer.status.upper()}  (confidence {transfer.confidence:.2f})"]

    def field(label: str, value: str) -> None:
        lines.append(f"{_INDENT}{label + ':':<13}{value}")

    field("supplier", _parties(transfer.supplier))
    if transfer.broker:
        field("broker", _parties(transfer.broker))
    field("recipient", _parties(transfer.recipient))
    field("weapons", "; ".join(_weapon(w) for w in transfer.weapons) or "-")
    if transfer.quantity is not None and not any(w.quantity for w in transfer.weapons):
        field("quantity", f"{transfer.quantity:,}")
    if transfer.value is not None:
        field("value", f"{_amount(transfer.value.amount)} {transfer.value.currency}")
    field("date", transfer.date or "-")
    field("place", transfer.location or "-")
    if transfer.reported_by:
        field("reported by", "; ".join(transfer.reported_by))
    if transfer.denied_by:
        field("denied by", "; ".join(transfer.denied_by))
    for flag in transfer.embargo_flags:
        field("EMBARGO", _embargo(flag))
    for span in transfer.evidence:
        field("evidence", f"“{_one_line(span.text)}” [{span.start}:{span.end}]")
    return lines


def _list_title(hit: SanctionHit) -> str:
    # Most list titles already name their authority ("OFAC Specially Designated Nationals ...").
    if not hit.authority or any(word in hit.list.split() for word in hit.authority.split() if len(word) > 2):
        return hit.list
    return f"{hit.authority} {hit.list}"


def _hit_lines(hit: SanctionHit) -> list[str]:
    label = "SANCTIONS MATCH" if hit.match else "possible match"
    programs = f"; programs {', '.join(hit.programs)}" if hit.programs else ""
    lines = [f"{_INDENT}{label}: {_list_title(hit)} - {hit.listed_name} "
             f"[{hit.list_id}] score {hit.score:.2f}{programs}"]
    if hit.explanation:
        lines.append(f"{_INDENT}    why: {_one_line(hit.explanation, 400)}")
    return lines


def _entity_lines(entity: Entity) -> list[str]:
    others = [n for n in entity.names if n != entity.name]
    also = f"; in the text: {', '.join('«' + n + '»' for n in others)}" if others else ""
    mentions = len(entity.mentions)
    lines = [f"  {entity.name} ({entity.type.replace('_', ' ')}, {mentions} mention"
             f"{'' if mentions == 1 else 's'}{also})"]
    matches = [h for h in entity.sanctions if h.match]
    near = [h for h in entity.sanctions if not h.match][:_MAX_NEAR_MISSES]
    for hit in [*matches, *near]:
        lines.extend(_hit_lines(hit))
    for flag in entity.embargoes:
        lines.append(f"{_INDENT}UNDER ARMS EMBARGO: {_embargo(flag)}")
    return lines


def format_extraction(extraction: Extraction) -> str:
    """The whole report for one article, ending without a trailing newline."""
    doc = extraction.document
    facts = [f"source {doc.source}", f"language {doc.language or 'unknown'}",
             f"published {doc.published or 'unknown'}"]
    if doc.url:
        facts.append(doc.url)
    lines = [f"== {_one_line(doc.title or doc.source, 160)}", f"   {' · '.join(facts)}", ""]

    if extraction.transfers:
        count = len(extraction.transfers)
        lines.append(f"Transfers ({count}):")
        for number, transfer in enumerate(extraction.transfers, 1):
            lines.extend(_transfer_lines(number, transfer))
    else:
        lines.append("Transfers: none reported in this article.")

    lines.append("")
    named = [e for e in extraction.entities if e.type != "location"]
    places = [e for e in extraction.entities if e.type == "location"]
    listed = sum(1 for e in extraction.entities if any(h.match for h in e.sanctions))
    lines.append(f"Entities ({len(named)}; {listed} on a sanctions list):" if named else "Entities: none.")
    for entity in named:
        lines.extend(_entity_lines(entity))
    if places:
        lines.append(f"Places: {', '.join(p.name for p in places)}")
    return "\n".join(lines)
