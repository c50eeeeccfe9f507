"""Transfer frames: a trigger ("sold", "صفقة", "поставка", "saisi") and a weapon in one sentence make
a frame; cues around each party give its role; frames that continue one deal are merged.

Roles come from local cues, not word order alone: a "to" cue (إلى, the clitic ل in "للحوثيين", à,
для) marks the recipient, "from" the supplier, "with" the counterpart of a dealer; otherwise the
trigger's direction decides (the subject of "sold" supplies, of "bought" receives; a seizure's
subject is the interceptor, never a party). A nationality adjective next to the weapon or the
shipment ("شحنة أسلحة إيرانية", "Iranian-made") names the supplier when none is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import ClassVar

from armswatch.extract.context import Context, MentionHit, TriggerHit, WeaponHit
from armswatch.extract.lexicons import cue_matcher, cues, trigger_matcher
from armswatch.extract.pipeline import Component
from armswatch.extract.text import Token, match_forms, script_of
from armswatch.model import Money, Party, Transfer, Weapon

__all__ = ["TransferComponent"]

def _country_name(code: str) -> str | None:
    from armswatch.extract.resources import load_country_names

    names = load_country_names().get(code)
    return names.canonical if names else None


_ARTICLES = {"the", "le", "la", "les", "l'", "un", "une", "des"}
PARTY_TYPES = {"person", "organization", "state", "armed_group"}
STATUS_ORDER = {"rumored": 0, "negotiating": 1, "agreed": 2, "delivered": 3, "intercepted": 4, "cancelled": 5,
                "denied": 6}


@dataclass
class _Frame:
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


class TransferComponent(Component):
    name: ClassVar[str] = "transfers"
    needs: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "mentions", "entities", "weapons", "money", "dates")
    adds: ClassVar[tuple[str, ...]] = ("triggers", "transfers")

    def __call__(self, ctx: Context) -> None:
        tokens = ctx.tokens
        self._tokens = tokens
        spans = {kind: cue_matcher(kind).find_all(tokens) for kind in
                 ("hypothetical", "negative", "deny", "report", "dealer", "to", "from", "with", "clause_breaks",
                  "in_place", "also", "future", "genre_negative", "rumor", "sanctioner", "sanctioner_before",
                  "agent", "negation", "value", "request", "attempt", "same_deal")}
        self._spans = spans
        if len(spans["genre_negative"]) >= 2:
            ctx.triggers, ctx.transfers = [], []
            return  # a film review or a novel tells of arms deals that did not happen
        ctx.triggers = self._triggers(ctx)
        reporters = self._reporters(ctx)  # needs ctx.triggers
        self._dealers = self._dealer_keys(ctx)
        frames: list[_Frame] = []
        for sentence in ctx.sentences:
            for first, last in self._clauses(sentence.first_token, sentence.last_token):
                frame = self._frame(ctx, sentence.index, first, last, reporters)
                if frame is not None:
                    frames.append(frame)
        frames = self._merge(frames)
        self._fill_dealer(ctx, frames)
        deniers = self._deniers(ctx, reporters)
        frames = [part for f in frames for part in self._split_by_recipient_state(f)]
        ctx.transfers = [t for t in (self._transfer(ctx, f, reporters, deniers) for f in frames) if t is not None]

    def _triggers(self, ctx: Context) -> list[TriggerHit]:
        """Trigger words; a delivery told in the future tense ("ستتسلم", "will deliver") is only agreed."""
        tokens, text = ctx.tokens, ctx.document.text
        out: list[TriggerHit] = []
        matches = {m.first: m for m in trigger_matcher().find_all(tokens)}
        for i, tok in enumerate(tokens):
            future = False
            match = matches.get(i)
            if match is None and tok.text.startswith("س") and len(tok.text) > 4 and script_of(tok.text) == "ar":
                stripped = Token(tok.text[1:], tok.start, tok.end, tok.index, tok.sentence, match_forms(tok.text[1:]))
                found = trigger_matcher().longest_at([stripped], 0, 1)
                if found is not None:
                    match, future = found, True
                    match.first, match.last = i, i + 1
            if match is None:
                continue
            trig = max(match.payloads, key=lambda t: t.weight)
            future = future or self._cue_before("future", match.first, 3)
            status = "agreed" if future and trig.status == "delivered" else trig.status
            start, end = tokens[match.first].start, tokens[match.last - 1].end
            out.append(TriggerHit(match.first, match.last, start, end, text[start:end], status, trig.direction,
                                  trig.weight, tok.sentence))
        return out

    # -- cues -----------------------------------------------------------------------------------
    def _in(self, kind: str, first: int, last: int) -> list[int]:
        return [m.first for m in self._spans[kind] if first <= m.first < last]

    def _cue_before(self, kind: str, index: int, window: int = 2) -> bool:
        """A cue ends at most ``window`` words before token ``index``, articles not counted
        ("par le Qatar", "to the Houthis")."""
        start = index
        while start > 0 and self._tokens[start - 1].forms[0] in _ARTICLES:
            start -= 1
        return any(m.last <= start and start - m.last < window for m in self._spans[kind])

    @staticmethod
    def _attached_to(mention: MentionHit, ctx: Context) -> bool:
        """Arabic "ل" written onto the name: "للحوثيين", "لإيران" (to the Houthis, to Iran)."""
        word = ctx.tokens[mention.first].text
        return script_of(word) == "ar" and (word.startswith("لل") or (word.startswith("ل") and not
                                                                          word.startswith("ال")))

    def _reporters(self, ctx: Context) -> set[int]:
        """Mentions that report the news (after "according to", "بحسب صحيفة") rather than take part."""
        out: set[int] = set()
        for m in ctx.mentions:
            if m.type not in ("organization", "person"):
                continue
            # "according to Reuters", "بحسب صحيفة X"; "the Pentagon said", "X reported"
            sentence = ctx.tokens[m.first].sentence
            said_after = any(0 <= c.first - m.last <= 1 and ctx.tokens[c.first].sentence == sentence
                             for c in self._spans["report"])
            # "..., the Pentagon said": a source; "The Ministry said it had approved ...": an actor
            acts_later = any(t.sentence == sentence and t.first > m.last for t in ctx.triggers)
            if self._cue_before("report", m.first, 3) or (said_after and not acts_later):
                out.add(id(m))
        return out

    def _clauses(self, first: int, last: int) -> list[tuple[int, int]]:
        cuts = sorted(b for b in self._in("clause_breaks", first, last) if b > first)
        bounds = [first, *cuts, last]
        return [(a, b) for a, b in pairwise(bounds) if b > a]

    def _dealer_keys(self, ctx: Context) -> dict[str, MentionHit]:
        """People and companies the text calls arms dealers, brokers or smugglers."""
        out: dict[str, MentionHit] = {}
        for cue in self._spans["dealer"]:
            near = [m for m in ctx.mentions if m.type in ("person", "organization") and not m.adjective
                    and (0 <= m.first - cue.last <= 4 or 0 <= cue.first - m.last <= 4)
                    and ctx.tokens[m.first].sentence == ctx.tokens[cue.first].sentence]
            for m in near:
                out.setdefault(m.key, m)
        return out

    def _fill_dealer(self, ctx: Context, frames: list[_Frame]) -> None:
        """A deal with a recipient but no named supplier, in an article about one arms dealer, is
        that dealer's ("تداوله للأسلحة": his trading in arms)."""
        if not self._dealers:
            return
        counts: dict[str, int] = {}
        for m in ctx.mentions:
            counts[m.key] = counts.get(m.key, 0) + 1
        dealer = max(self._dealers.values(), key=lambda m: counts.get(m.key, 0))
        if counts.get(dealer.key, 0) < 3:
            return
        for frame in frames:
            if frame.recipient and not frame.supplier and not frame.broker and \
                    dealer.key not in frame.party_keys("recipient"):
                frame.supplier.append(dealer)

    # -- one clause -----------------------------------------------------------------------------
    def _frame(self, ctx: Context, index: int, first: int, last: int, reporters: set[int]) -> _Frame | None:
        triggers = [t for t in ctx.triggers if t.sentence == index]
        if not triggers:
            # "تُقدَّر قيمة الحاويتين بنحو 8.5 مليون جنيه": the value of the cargo just told
            cue = next((c for c in self._spans["value"] if first <= c.first < last), None)
            if cue is not None and any(m.sentence == index and m.amount for m in ctx.money):
                token = ctx.tokens[cue.first]
                value = TriggerHit(cue.first, cue.last, token.start, token.end, token.text, "rumored", "deal", 0,
                                   index)
                frame = _Frame([index], [value], [])
                frame.aux = True
                return frame
            return None
        dealer_tokens = {i for m in self._spans["dealer"] if first <= m.first < last for i in range(m.first, m.last)}
        weapons = [w for w in ctx.weapons if first <= w.first < last and w.first not in dealer_tokens]
        if self._in("negative", first, last):
            return None
        hypothetical = self._in("hypothetical", first, last)
        negations = self._in("negation", first, last)
        # "fears that Iran could supply", "includes no arms purchase": no transfer is asserted
        triggers = [t for t in triggers if not any(h <= t.first for h in hypothetical)
                    and not any(0 < t.first - n <= 4 for n in negations)]
        if not triggers:
            return None
        # a weapon word that is only part of an "arms trade" phrase is context, not cargo
        trigger_tokens = {i for t in triggers for i in range(t.first, t.last)}
        if all(w.first in trigger_tokens for w in weapons) and all(t.weight == 0 for t in triggers):
            return None
        frame = _Frame([index], triggers, weapons)
        frame.dates = {d.value for d in ctx.dates if d.sentence == index and not d.relative}
        # no cargo: "Поставка состоялась в феврале 2019 года" only adds the date of the deal just told
        frame.aux = not weapons
        frame.in_denial = bool(self._in("deny", first, last)) and any(
            d < t.first for d in self._in("deny", first, last) for t in triggers)
        # "another shipment" is a second transfer; "the deal also includes missiles" is the same one
        frame.also = bool(self._in("also", first, last)) and not self._in("same_deal", first, last)
        frame.rumor = bool(self._in("rumor", first, last))
        # "asked to buy 40 F-16s": a request, still in talks; "plotting to supply": caught before delivery
        frame.requested = any(0 < t.first - c <= 4 for c in self._in("request", first, last) for t in triggers)
        frame.attempted = any(0 < t.first - c <= 4 for c in self._in("attempt", first, last) for t in triggers)
        # a verb that says who gives and who takes outranks a noun that only says "deal"
        directed = [t for t in triggers if t.direction in ("in", "out", "seize")]
        main = max(directed or triggers, key=lambda t: t.weight)
        for m in ctx.mentions:
            if not (first <= m.first < last) or id(m) in reporters:
                continue
            if m.adjective:
                if not frame.supplier and self._near_weapon_or_trigger(m, weapons, triggers):
                    frame.supplier.append(m)
                continue
            if m.type == "location" or (self._cue_before("in_place", m.first, 1) and m.type == "state"
                                         and not self._attached_to(m, ctx) and not self._directed_to(ctx, m, triggers)):
                frame.locations.append(m)
                continue
            if m.type not in PARTY_TYPES:
                continue
            if any(0 <= c.first - m.last <= 2 for c in self._spans["sanctioner"]) or \
                    any(0 <= m.first - c.last <= 1 for c in self._spans["sanctioner_before"]):
                continue  # "the United States sanctioned X for supplying ...": the sanctioner is no party
            if m.extractor == "capitalised" and not self._cued(ctx, m) and not 0 <= main.first - m.last <= 4:
                continue  # an unknown capitalised name gets a role only from a cue or as the verb's subject
            self._assign(ctx, frame, m, main)
        return frame

    @staticmethod
    def _coordinated(ctx: Context, a: MentionHit, b: MentionHit) -> bool:
        """b follows a as "a و b", "a and b", "a et b", "a и b"."""
        if b.first == a.last:
            return ctx.tokens[b.first].text.startswith("و") and len(ctx.tokens[b.first].forms) > 1
        return b.first == a.last + 1 and ctx.tokens[a.last].text.lower() in ("and", "et", "и", "و")

    def _cued(self, ctx: Context, m: MentionHit) -> bool:
        return self._attached_to(m, ctx) or any(self._cue_before(k, m.first, 2) for k in ("to", "from", "with"))

    def _directed_to(self, ctx: Context, m: MentionHit, triggers: list[TriggerHit]) -> bool:
        """"поставка в Индию", "livrés au Qatar": after a transfer word, "в"/"au" marks where the
        weapons go, not where something happens."""
        if not self._cue_before("to", m.first, 1):
            return False
        return any(t.direction in ("out", "in", "move", "deal") and 0 <= m.first - t.last <= 8 for t in triggers)

    @staticmethod
    def _near_weapon_or_trigger(m: MentionHit, weapons: list[WeaponHit], triggers: list[TriggerHit]) -> bool:
        """An origin adjective qualifies the cargo: after the noun in Arabic and French ("أسلحة إيرانية"),
        before it in English and Russian ("Iranian weapons", "российских ракет")."""
        heads = [(w.first, w.last) for w in weapons] + [(t.first, t.last) for t in triggers if t.direction == "deal"]
        if script_of(m.text) == "ar" or (m.text[:1].islower() and not m.text.isascii()):
            return any(0 <= m.first - last <= 1 for _, last in heads)
        return any(0 <= first - m.last <= 1 for first, _ in heads) or any(0 <= m.first - last <= 1 for _, last in heads)

    def _supplier_like(self, m: MentionHit) -> bool:
        return m.key in self._dealers or m.type == "organization" or \
            (m.country in set(cues()["major_exporters"]) and m.type == "state")

    def _assign(self, ctx: Context, frame: _Frame, m: MentionHit, main: TriggerHit) -> None:
        if self._cue_before("to", m.first) and main.direction == "in" and ctx.language == "fr":
            frame.supplier.append(m)  # "l'achat de Rafale à la France": bought from France
            frame.cued.add(("supplier", m.key))
            return
        if self._attached_to(m, ctx) or self._cue_before("to", m.first):
            frame.recipient.append(m)
            frame.cued_recipients.add(m.key)
            frame.cued.add(("recipient", m.key))
            return
        if self._cue_before("from", m.first, 1):
            frame.supplier.append(m)
            frame.cued.add(("supplier", m.key))
            return
        if self._cue_before("with", m.first, 1) and main.direction != "seize":
            # the counterpart of a deal "with X": X buys when the other side sells
            if main.direction == "in" or (main.direction == "deal" and self._supplier_like(m)
                                          and not frame.supplier):
                frame.supplier.append(m)
            else:
                frame.recipient.append(m)
            return
        # "ordered by Qatar", "commandés par le Qatar": the agent of a passive verb is its subject
        before = m.last <= main.first or self._cue_before("agent", m.first, 1)
        # Arabic puts the subject right after the verb ("سلمت السعودية المتمردين صواريخ") unless a
        # party was named before it ("وقعت روسيا عقدا لتزويد القاهرة": Cairo is the object)
        subject_after = script_of(m.text) == "ar" and 0 <= m.first - main.last <= 2 and not any(
            p.last <= main.first for p in frame.supplier + frame.recipient)
        if before and main.direction == "out" and not self._supplier_like(m) and any(
                self._coordinated(ctx, p, m) or self._supplier_like(p) for p in frame.supplier):
            frame.recipient.append(m)  # "روسيا ومصر وقعتا": the exporter supplies, the other buys
            return
        if main.direction == "seize":
            if not before and m.type == "person":
                frame.supplier.append(m)  # "arrested X": the smuggler, not the police
            return
        if main.direction == "in":
            (frame.recipient if before or subject_after else frame.supplier).append(m)
            return
        if main.direction == "out":
            (frame.supplier if before or subject_after else frame.recipient).append(m)
            return
        if main.direction == "move":
            return  # "the weapons arrived": only "from"/"to" cues name the parties
        if m.type == "person" and not before:
            return  # an official named after "talks": the text does not say which side they are
        # a deal noun: exporters and dealers supply, the other side receives
        (frame.supplier if self._supplier_like(m) and not frame.supplier else frame.recipient).append(m)

    # -- across sentences -----------------------------------------------------------------------
    @staticmethod
    def _sides(frame: _Frame, role: str) -> set[str]:
        """A party's keys and its state: Rafael and Israel are one side of a deal."""
        return frame.party_keys(role) | {m.country for m in getattr(frame, role) if m.country}

    def _compatible(self, a: _Frame, b: _Frame) -> bool:
        shared = False
        for role in ("supplier", "recipient"):
            x, y = self._sides(a, role), self._sides(b, role)
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

    @staticmethod
    def _status_of(frame: _Frame) -> str:
        return max(frame.triggers, key=lambda t: (t.weight, STATUS_ORDER[t.status])).status

    @staticmethod
    def _split_by_recipient_state(frame: _Frame) -> list[_Frame]:
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
            part = _Frame(list(frame.sentences), list(frame.triggers), list(frame.weapons))
            part.supplier, part.broker = list(frame.supplier), list(frame.broker)
            part.recipient = [state, *(m for m in frame.recipient if m.type != "state" and m.country == code),
                              *others]
            part.cued_recipients = {state.key}
            part.locations, part.dates = list(frame.locations), set(frame.dates)
            part.in_denial, part.rumor, part.partyless = frame.in_denial, frame.rumor, frame.partyless
            parts.append(part)
        return parts

    @staticmethod
    def _ellipsis(previous: _Frame, frame: _Frame) -> _Frame:
        copy = _Frame(list(frame.sentences), list(frame.triggers), list(previous.weapons))
        copy.supplier = list(frame.supplier or previous.supplier)
        copy.broker = list(frame.broker or previous.broker)
        copy.recipient = list(frame.recipient)
        copy.locations, copy.dates = list(frame.locations), set(frame.dates)
        copy.in_denial, copy.rumor = frame.in_denial, frame.rumor
        return copy

    @staticmethod
    def _specific(frame: _Frame) -> bool:
        return any(not w.generic or w.quantity for w in frame.weapons)

    @staticmethod
    def _same_cargo(a: _Frame, b: _Frame) -> bool:
        if a.dates and b.dates and not a.dates & b.dates:
            return False  # the same rifles seized on two dates are two seizures
        return bool({w.name for w in a.weapons if w.category != "unspecified"}
                    & {w.name for w in b.weapons if w.category != "unspecified"})

    @staticmethod
    def _overlap(a: _Frame, b: _Frame) -> int:
        return sum(len(a.party_keys(r) & b.party_keys(r)) for r in ("supplier", "broker", "recipient"))

    def _merge(self, frames: list[_Frame]) -> list[_Frame]:
        out: list[_Frame] = []
        pending: list[_Frame] = []  # partyless frames before any frame with parties
        lead_in: _Frame | None = None
        for frame in frames:
            if frame.aux:
                if out and frame.cued_recipients and out[-1].recipient and \
                        not self._sides(frame, "recipient") & self._sides(out[-1], "recipient") and \
                        frame.sentences[0] - out[-1].sentences[-1] <= 2 and \
                        self._status_of(frame) == self._status_of(out[-1]):
                    # "For Tunisia, a single licence was annulled": the same deal told for another buyer
                    out.append(self._ellipsis(out[-1], frame))
                elif out and frame.sentences[0] - out[-1].sentences[-1] == 1:
                    self._absorb(out[-1], frame)
                elif not out:
                    lead_in = frame  # a first sentence with the deal's value or parties, told before the cargo
                continue
            if lead_in is not None and frame.sentences[0] - lead_in.sentences[-1] == 1:
                self._absorb(frame, lead_in)
            lead_in = None
            if not frame.has_parties:
                if frame.seizure and self._specific(frame) and (
                        frame.also or not any(self._same_cargo(f, frame) for f in out)):
                    if not out or frame.also or not self._same_cargo(out[-1], frame):
                        # its own seizure: "In late February a dhow was intercepted with 49 PKM ..."
                        pending.append(frame) if not out else out.append(frame)
                        continue
                if out:
                    host = next((f for f in reversed(out) if self._same_cargo(f, frame)), out[-1])
                    self._absorb(host, frame)
                else:
                    pending.append(frame)
                continue
            candidates = [f for f in out if self._compatible(f, frame)]
            target = max(reversed(candidates), key=lambda f: self._overlap(f, frame), default=None)
            if target is not None:
                self._absorb(target, frame)
            else:
                keep = [p for p in pending if p.seizure and self._specific(p) and not self._same_cargo(frame, p)]
                for p in pending:
                    if p not in keep:
                        self._absorb(frame, p)
                pending = []
                out.extend(keep)
                out.append(frame)
        if not out and pending:
            # a report with no named party ("11 people smuggled 40 M4 rifles") is still one transfer,
            # when its cargo is specific: a named system or a count
            for p in pending[1:]:
                self._absorb(pending[0], p)
            if any(not w.generic or w.quantity or w.category != "unspecified" for w in pending[0].weapons):
                pending[0].partyless = True
                out.append(pending[0])
        return out

    @staticmethod
    def _absorb(target: _Frame, other: _Frame) -> None:
        target.sentences = sorted(set(target.sentences + other.sentences))
        target.triggers += other.triggers
        target.weapons += [w for w in other.weapons if w.name not in {x.name for x in target.weapons}]
        for role in ("supplier", "broker", "recipient"):
            have = target.party_keys(role)
            getattr(target, role).extend(m for m in getattr(other, role) if m.key not in have)
        target.locations += other.locations
        target.in_denial = target.in_denial and other.in_denial
        # the sentence that first told the transfer says how sure the text is of it
        target.dates |= other.dates
        target.cued_recipients |= other.cued_recipients
        target.cued |= other.cued

    def _deniers(self, ctx: Context, reporters: set[int]) -> dict[int, list[MentionHit]]:
        """Sentence index -> the parties that deny in it (the nearest party before or after the cue)."""
        out: dict[int, list[MentionHit]] = {}
        for cue in self._spans["deny"]:
            sentence = ctx.tokens[cue.first].sentence
            candidates = [m for m in ctx.mentions if ctx.tokens[m.first].sentence == sentence
                          and m.type in PARTY_TYPES and not m.adjective and id(m) not in reporters]
            if candidates:
                # the denier is the subject: the first party named in the sentence
                out.setdefault(sentence, []).append(min(candidates, key=lambda m: m.first))
        return out

    # -- output ---------------------------------------------------------------------------------
    def _transfer(self, ctx: Context, frame: _Frame, reporters: set[int],
                  deniers: dict[int, list[MentionHit]]) -> Transfer | None:
        if not frame.has_parties and not frame.seizure and not frame.partyless:
            return None
        if not frame.has_parties and all(w.generic and w.category == "unspecified" for w in frame.weapons):
            return None  # "a seizure of weapons" with no party and no cargo named is too vague to record
        if not frame.recipient and not frame.seizure and all(w.generic for w in frame.weapons) and not any(
                m.sentence in frame.sentences and m.amount for m in ctx.money):
            return None  # "X traded arms for decades": no recipient, nothing specific

        def party(m: MentionHit) -> Party:
            return Party(m.canonical, m.text, ctx.entity_of_mention.get(id(m), ""), m.start, m.end)

        def parties(ms: list[MentionHit]) -> list[Party]:
            seen: dict[str, Party] = {}
            for m in ms:
                seen.setdefault(m.key, party(m))
            for m in ms:
                # a ministry or army buys and sells for its state: the state is a party too
                if m.state_body and m.country and not any(x.country == m.country and x.type == "state" for x in ms):
                    state = _country_name(m.country)
                    if state:
                        seen.setdefault(f"state:{state.casefold()}", Party(state, m.text, "", m.start, m.end))
            return list(seen.values())

        dated = {d.sentence for d in ctx.dates if not d.relative}
        place = min(frame.locations, key=lambda m: (ctx.tokens[m.first].sentence not in dated, m.place is None,
                                                    m.start), default=None)
        strongest = max(frame.triggers, key=lambda t: (t.weight, STATUS_ORDER[t.status]))
        status = "denied" if frame.in_denial else strongest.status
        if frame.rumor and status in ("delivered", "agreed"):
            status = "rumored"
        elif frame.attempted and status in ("delivered", "agreed", "negotiating"):
            status = "intercepted"
        elif frame.requested and status in ("delivered", "agreed"):
            status = "negotiating"
        money = [m for m in ctx.money if m.sentence in frame.sentences and m.amount]
        # "2.6 billion dirhams, or about $700 million": the dollar figure is the one reports compare
        money.sort(key=lambda m: (m.currency != "USD", m.currency != "EUR", m.start))
        dates = [d for d in ctx.dates if d.sentence in frame.sentences]
        # the date of the sentence that first told the deal ("وقّعت أمس"), before dates of later steps
        dates.sort(key=lambda d: (d.sentence != frame.sentences[0] if frame.sentences else False, d.relative,
                                  -len(d.value), d.start))
        denied = [m for s in frame.sentences for m in deniers.get(s, [])]
        sentences = [ctx.sentences[i] for i in frame.sentences]
        # a party named on both sides keeps the side a cue gave it ("from Turkey"), else the receiving one
        both = frame.party_keys("supplier") & frame.party_keys("recipient")
        first_sup = {m.key: m.start for m in reversed(frame.supplier)}
        first_rec = {m.key: m.start for m in reversed(frame.recipient)}
        to_supplier = {k for k in both if ("supplier", k) in frame.cued and (
            ("recipient", k) not in frame.cued or first_sup[k] < first_rec[k])}
        supplier = [m for m in frame.supplier if m.key not in both or m.key in to_supplier]
        recipients = [m for m in frame.recipient if m.key not in to_supplier]
        weapons = [Weapon(w.text, w.name, w.category, w.start, w.end, w.quantity, w.un_register) for w in frame.weapons]
        quantities = [w.quantity for w in frame.weapons if w.quantity]
        filled = sum(bool(x) for x in (supplier, recipients, weapons, money, dates))
        return Transfer(
            supplier=parties(supplier),
            broker=parties(frame.broker),
            recipient=parties(recipients),
            weapons=weapons,
            value=Money(money[0].amount or 0.0, money[0].currency, money[0].text, money[0].start, money[0].end)
            if money else None,
            quantity=quantities[0] if len(quantities) == 1 else None,
            date=dates[0].value if dates else None,
            location=(place.place or place.canonical) if place else None,
            status=status,
            reported_by=sorted({m.canonical for m in ctx.mentions if id(m) in reporters}),
            denied_by=sorted({m.canonical for m in denied}),
            evidence=[ctx.document.span(s.start, s.end) for s in sentences],
            confidence=min(0.95, 0.3 + 0.12 * filled + 0.03 * strongest.weight),
        )
