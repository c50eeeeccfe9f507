"""Transfer frames and how they combine: one frame per clause that tells of a transfer, merged
when later sentences continue the same deal, split when one sentence tells of several buyers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from armswatch.extract.context import MentionHit, TriggerHit, WeaponHit

__all__ = ["STATUS_ORDER", "Frame", "absorb", "merge", "sides", "split_by_recipient_state", "status_of"]

STATUS_ORDER = {"rumored": 0, "negotiating": 1, "agreed": 2, "delivered": 3, "intercepted": 4, "cancelled": 5,
                "denied": 6}


@dataclass
class Frame:
    sentences: list[int]
    triggers: list[TriggerHit]
    weapons: list[WeaponHit]
    supplier: list[MentionHit] = field(default_factory=list)
    broker: list[MentionHit] = field(default_factory=list)
    recipient: list[MentionHit] = field(default_factory=list)
    locations: list[MentionHit] = field(default_factory=list)
    in_denial: bool = False
    also: bool = False
    partyless: bool = False
    cued_recipients: set[str] = field(default_factory=set)  # named after "to", "for", "إلى"
    cued: set[tuple[str, str]] = field(default_factory=set)  # (role, key) given by a cue, not by word order
    dates: set[str] = field(default_factory=set)  # the absolute dates its sentences give
    requested: bool = False
    received: bool = False  # "تسلمت الخلية المتفجرات": the cargo reached the recipient
    attempted: bool = False
    rumor: bool = False  # "reportedly", "якобы": the text does not vouch for it
    aux: bool = False  # a sentence that only adds when/how much to the transfer before it

    def party_keys(self, role: str) -> set[str]:
        return {m.key for m in getattr(self, role)}

    @property
    def has_parties(self) -> bool:
        return bool(self.supplier or self.broker or self.recipient)

    @property
    def seizure(self) -> bool:
        return any(t.direction == "seize" for t in self.triggers)


def sides(frame: Frame, role: str) -> set[str]:
    """A party's keys and its state: Rafael and Israel are one side of a deal."""
    return frame.party_keys(role) | {m.country for m in getattr(frame, role) if m.country}

def compatible(a: Frame, b: Frame, *, headline: bool = False) -> bool:
    """b may continue a's transfer. A headline's frame needs no shared party with the report's first
    telling of the same kind, only no conflicting one ("Iranian weapons seized" / "bound for the Houthis")."""
    shared = headline and status_of(a) == status_of(b)
    for role in ("supplier", "recipient"):
        x, y = sides(a, role), sides(b, role)
        if x and y and not x & y:
            return False
        shared |= bool(x & y)
    sup_a = a.party_keys("supplier") | a.party_keys("recipient")
    sup_b = b.party_keys("supplier") | b.party_keys("recipient")
    if not shared and not (sup_a & sup_b):
        return False
    named_a = {w.name for w in a.weapons if not w.generic}
    named_b = {w.name for w in b.weapons if not w.generic}
    if b.also and {w.name for w in b.weapons} - {w.name for w in a.weapons}:
        return False  # "another shipment", "also sought": a second transfer
    return not (named_a and named_b and not named_a & named_b)


def status_of(frame: Frame) -> str:
    return max(frame.triggers, key=lambda t: (t.weight, STATUS_ORDER[t.status])).status

def split_by_recipient_state(frame: Frame) -> list[Frame]:
    """Licences revoked "for Egypt, Tunisia and Bahrain" are three transfers: one per receiving
    state. Recipients that are not states (a militia, a minister) stay with every part."""
    suppliers = frame.party_keys("supplier")
    states = {m.country or m.key: m for m in frame.recipient
              if m.type == "state" and m.key in frame.cued_recipients and m.key not in suppliers}
    if len(states) < 2:
        return [frame]
    others = [m for m in frame.recipient if m.type != "state" and m.country not in states]
    parts = []
    for code, state in states.items():
        part = Frame(list(frame.sentences), list(frame.triggers), list(frame.weapons))
        part.supplier, part.broker = list(frame.supplier), list(frame.broker)
        part.recipient = [state, *(m for m in frame.recipient if m.type != "state" and m.country == code),
                          *others]
        part.cued_recipients = {state.key}
        part.locations, part.dates = list(frame.locations), set(frame.dates)
        part.in_denial, part.rumor, part.partyless = frame.in_denial, frame.rumor, frame.partyless
        parts.append(part)
    return parts

def ellipsis(previous: Frame, frame: Frame) -> Frame:
    copy = Frame(list(frame.sentences), list(frame.triggers), list(previous.weapons))
    copy.supplier = list(frame.supplier or previous.supplier)
    copy.broker = list(frame.broker or previous.broker)
    copy.recipient = list(frame.recipient)
    copy.locations, copy.dates = list(frame.locations), set(frame.dates)
    copy.in_denial, copy.rumor = frame.in_denial, frame.rumor
    return copy

def specific(frame: Frame) -> bool:
    return any(not w.generic or w.quantity for w in frame.weapons)

def same_cargo(a: Frame, b: Frame) -> bool:
    if a.dates and b.dates and not a.dates & b.dates:
        return False  # the same rifles seized on two dates are two seizures
    return bool({w.name for w in a.weapons if w.category != "unspecified"}
                & {w.name for w in b.weapons if w.category != "unspecified"})

def overlap(a: Frame, b: Frame) -> int:
    return sum(len(a.party_keys(r) & b.party_keys(r)) for r in ("supplier", "broker", "recipient"))

def merge(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    pending: list[Frame] = []  # partyless frames before any frame with parties
    lead_in: Frame | None = None
    for frame in frames:
        if frame.aux:
            if out and frame.cued_recipients and out[-1].recipient and \
                    not sides(frame, "recipient") & sides(out[-1], "recipient") and \
                    frame.sentences[0] - out[-1].sentences[-1] <= 2 and \
                    status_of(frame) == status_of(out[-1]):
                # "For Tunisia, a single licence was annulled": the same deal told for another buyer
                out.append(ellipsis(out[-1], frame))
            elif out and frame.sentences[0] - out[-1].sentences[-1] == 1 and \
                    not (frame.seizure and frame.dates and not frame.dates & out[-1].dates):
                # (an arrest "in 2008" told after a 2024 deal is the dealer's past, not this deal's end)
                absorb(out[-1], frame)
            elif not out and pending and frame.sentences[0] - pending[-1].sentences[-1] == 1:
                absorb(pending[-1], frame)  # "the cargo was bound for Guinea-Bissau", after the seizure
            elif not out:
                lead_in = frame  # a first sentence with the deal's value or parties, told before the cargo
            continue
        if lead_in is not None and frame.sentences[0] - lead_in.sentences[-1] == 1:
            absorb(frame, lead_in)
        lead_in = None
        if not frame.has_parties:
            if out and frame.also and not frame.seizure and out[-1].recipient and \
                    {w.name for w in frame.weapons if not w.generic} - {w.name for w in out[-1].weapons}:
                # "the delegation also asked about Kornet missiles": another request by the same buyer
                follow_up = ellipsis(out[-1], frame)
                follow_up.recipient, follow_up.supplier = list(out[-1].recipient), []
                follow_up.weapons = list(frame.weapons)
                out.append(follow_up)
                continue
            if frame.seizure and specific(frame) and (
                    frame.also or not any(same_cargo(f, frame) for f in out)):
                if not out or frame.also or not same_cargo(out[-1], frame):
                    # its own seizure: "In late February a dhow was intercepted with 49 PKM ..."
                    pending.append(frame) if not out else out.append(frame)
                    continue
            if out:
                host = next((f for f in reversed(out) if same_cargo(f, frame)), out[-1])
                absorb(host, frame)
            else:
                pending.append(frame)
            continue
        candidates = [f for f in out if compatible(f, frame, headline=f.sentences == [0] and len(out) == 1)]
        target = max(reversed(candidates), key=lambda f: overlap(f, frame), default=None)
        if target is not None:
            absorb(target, frame)
        else:
            keep = [p for p in pending if p.seizure and specific(p) and not same_cargo(frame, p)]
            for p in pending:
                if p not in keep:
                    absorb(frame, p)
            pending = []
            out.extend(keep)
            out.append(frame)
    if not out and pending:
        # a report with no named party ("11 people smuggled 40 M4 rifles") is still one transfer,
        # when its cargo is specific: a named system or a count
        for p in pending[1:]:
            absorb(pending[0], p)
        if any(not w.generic or w.quantity or w.category != "unspecified" for w in pending[0].weapons):
            pending[0].partyless = True
            out.append(pending[0])
    return out

def absorb(target: Frame, other: Frame, *, only_missing_parties: bool = False) -> None:
    """Fold ``other`` into ``target``. A sentence that only adds detail (``only_missing_parties``)
    names a side only where the transfer has none yet ("loyal to the Kremlin" adds no buyer)."""
    target.sentences = sorted(set(target.sentences + other.sentences))
    target.triggers += other.triggers
    target.weapons += [w for w in other.weapons if w.name not in {x.name for x in target.weapons}]
    for role in ("supplier", "broker", "recipient"):
        have = target.party_keys(role)
        if only_missing_parties and have:
            continue
        getattr(target, role).extend(m for m in getattr(other, role) if m.key not in have)
    target.locations += other.locations
    target.in_denial = target.in_denial and other.in_denial
    target.received = target.received or other.received
    # the sentence that first told the transfer says how sure the text is of it
    target.dates |= other.dates
    target.cued_recipients |= other.cued_recipients
    target.cued |= other.cued
