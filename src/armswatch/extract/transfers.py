"""Transfer frames: a trigger ("sold", "صفقة", "поставка", "saisi") and a weapon in one sentence make
a frame; cues around each party give its role; frames that continue one deal are merged.

Roles come from local cues, not word order alone: a "to" cue (إلى, the clitic ل in "للحوثيين", à,
для) marks the recipient, "from" the supplier, "with" the counterpart of a dealer; otherwise the
trigger's direction decides (the subject of "sold" supplies, of "bought" receives; a seizure's
subject is the interceptor, never a party). A nationality adjective next to the weapon or the
shipment ("شحنة أسلحة إيرانية", "Iranian-made") names the supplier when none is named.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import ClassVar

from armswatch.extract.context import Context, MentionHit, TriggerHit, WeaponHit
from armswatch.extract.frames import STATUS_ORDER, Frame, merge, split_by_recipient_state
from armswatch.extract.lexicons import cue_matcher, cues, trigger_matcher
from armswatch.extract.pipeline import Component
from armswatch.extract.text import Token, match_forms, script_of
from armswatch.model import Money, Party, Transfer, Weapon

__all__ = ["TransferComponent"]

@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    return frozenset(f for words in cues()["member_nouns"].values() for w in words for f in match_forms(w)[:2])


def _country_name(code: str) -> str | None:
    from armswatch.extract.resources import load_country_names

    names = load_country_names().get(code)
    return names.canonical if names else None


_ARTICLES = {"the", "le", "la", "les", "l'", "un", "une", "des"}
PARTY_TYPES = {"person", "organization", "state", "armed_group"}


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
                  "agent", "negation", "value", "request", "attempt", "same_deal", "receipt", "travel",
                  "affiliation", "copy_of")}
        self._spans = spans
        # words a cue reaches across: "auprès de l'entreprise israélienne IWI"
        self._transparent = {i for m in ctx.mentions if m.adjective for i in range(m.first, m.last)} | {
            i for h in cue_matcher("org_heads").find_all(tokens) for i in range(h.first, h.last)}
        if len(spans["genre_negative"]) >= 2:
            ctx.triggers, ctx.transfers = [], []
            return  # a film review or a novel tells of arms deals that did not happen
        ctx.triggers = self._triggers(ctx)
        reporters = self._reporters(ctx)  # needs ctx.triggers
        self._dealers = self._dealer_keys(ctx)
        frames: list[Frame] = []
        for sentence in ctx.sentences:
            for first, last in self._clauses(sentence.first_token, sentence.last_token):
                frame = self._frame(ctx, sentence.index, first, last, reporters)
                if frame is not None:
                    frames.append(frame)
        frames = merge(frames)
        self._fill_dealer(ctx, frames)
        deniers = self._deniers(ctx, reporters)
        frames = [part for f in frames for part in split_by_recipient_state(f)]
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
            weight = trig.weight
            if any(a.first == match.last for a in self._spans["agent"]):
                weight = 0  # "pods supplied by Collins": who made an item, not what happened to it
            out.append(TriggerHit(match.first, match.last, start, end, text[start:end], status, trig.direction,
                                  weight, tok.sentence))
        return out

    # -- cues -----------------------------------------------------------------------------------
    def _in(self, kind: str, first: int, last: int) -> list[int]:
        return [m.first for m in self._spans[kind] if first <= m.first < last]

    def _cue_before(self, kind: str, index: int, window: int = 2) -> bool:
        """A cue ends at most ``window`` words before token ``index``, articles not counted
        ("par le Qatar", "to the Houthis")."""
        start = index
        while start > 0 and (self._tokens[start - 1].forms[0] in _ARTICLES or start - 1 in self._transparent):
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
            # "the Pentagon said"; but "..., IWI, a annoncé le président" is a French inversion
            said_after = any(0 <= c.first - m.last <= 1 and ctx.tokens[c.first].sentence == sentence
                             and not any(ctx.tokens[i].is_punct for i in range(m.last, c.first))
                             for c in self._spans["report"])
            # "..., the Pentagon said": a source; "The Ministry said it had approved ...": an actor
            acts_later = any(t.sentence == sentence and t.first > m.last for t in ctx.triggers)
            # a person right after "بحسب الصحيفة، التقى" is the one who met, not the source
            cue_before = self._cue_before("report", m.first, 3) and not (
                m.type == "person" and any(ctx.tokens[i].is_punct for i in range(max(0, m.first - 3), m.first)))
            if cue_before or (said_after and not acts_later):
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

    def _fill_dealer(self, ctx: Context, frames: list[Frame]) -> None:
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
    def _frame(self, ctx: Context, index: int, first: int, last: int, reporters: set[int]) -> Frame | None:
        triggers = [t for t in ctx.triggers if t.sentence == index]
        if not triggers:
            # "تُقدَّر قيمة الحاويتين بنحو 8.5 مليون جنيه": the value of the cargo just told
            cue = next((c for c in self._spans["value"] if first <= c.first < last), None)
            if cue is not None and any(m.sentence == index and m.amount for m in ctx.money):
                token = ctx.tokens[cue.first]
                value = TriggerHit(cue.first, cue.last, token.start, token.end, token.text, "rumored", "deal", 0,
                                   index)
                frame = Frame([index], [value], [])
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
        frame = Frame([index], triggers, weapons)
        frame.dates = {d.value for d in ctx.dates if d.sentence == index and not d.relative}
        # no cargo: "Поставка состоялась в феврале 2019 года" only adds the date of the deal just told
        frame.aux = not weapons
        frame.in_denial = bool(self._in("deny", first, last)) and any(
            d < t.first for d in self._in("deny", first, last) for t in triggers)
        # "another shipment" is a second transfer; "the deal also includes missiles" is the same one
        frame.also = bool(self._in("also", first, last)) and not self._in("same_deal", first, last)
        frame.rumor = bool(self._in("rumor", first, last))
        frame.received = bool(self._in("receipt", first, last))
        # "asked to buy 40 F-16s": a request, still in talks; "plotting to supply": caught before delivery
        frame.requested = any(0 < t.first - c <= 4 for c in self._in("request", first, last) for t in triggers)
        frame.attempted = any(0 < t.first - c <= 4 for c in self._in("attempt", first, last) for t in triggers)
        # the clause's own verbs speak for it ("... فيما أبرمت القاهرة عقداً لشراء"); else the sentence's
        own = [t for t in triggers if first <= t.first < last]
        if own:
            triggers = own
            frame.triggers = own
        # a verb that says who gives and who takes outranks a noun that only says "deal"
        directed = [t for t in triggers if t.direction in ("in", "out", "seize")]
        main = max(directed or triggers, key=lambda t: t.weight)
        # "signed with China a contract for the supply of": the contract, not the supply, has a subject
        contract = [t for t in triggers if t.direction == "deal" and 0 <= main.first - t.last <= 2]
        if contract and main.direction in ("out", "in"):
            main = contract[0]
        for m in ctx.mentions:
            if not (first <= m.first < last) or id(m) in reporters:
                continue
            if m.adjective:
                copy = any(0 < m.first - c.first <= 6 for c in self._spans["copy_of"])  # "a copy of the Russian Kornet"
                if not frame.supplier and not copy and self._near_weapon_or_trigger(m, weapons, triggers):
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
            if m.extractor in ("capitalised", "coref-nominal") and not self._cued(ctx, m) and \
                    not 0 <= main.first - m.last <= 4:
                continue  # an unknown capitalised name gets a role only from a cue or as the verb's subject
            self._assign(ctx, frame, m, main)
        return frame

    @staticmethod
    def _coordinated(ctx: Context, a: MentionHit, b: MentionHit) -> bool:
        """b follows a as "a و b", "a and b", "a et b", "a и b"."""
        if b.first == a.last:
            return ctx.tokens[b.first].text.startswith("و") and len(ctx.tokens[b.first].forms) > 1
        return b.first == a.last + 1 and ctx.tokens[a.last].text.lower() in ("and", "et", "и", "و")

    def _member_of(self, m: MentionHit) -> bool:
        """"بوفد من الحوثيين", "representatives of the Houthis": people who belong to the party."""
        start = m.first - 1
        while start > 0 and self._tokens[start].forms[0] in _ARTICLES:
            start -= 1
        return start >= 1 and any(f in _member_nouns() for f in self._tokens[start - 1].forms)

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
        exporter = m.country in set(cues()["major_exporters"])
        if m.state_body:
            return exporter  # a ministry buys or sells as its state does
        return m.key in self._dealers or m.type == "organization" or (exporter and m.type == "state")

    def _assign(self, ctx: Context, frame: Frame, m: MentionHit, main: TriggerHit) -> None:
        if self._cue_before("to", m.first) and main.direction == "in" and ctx.language == "fr":
            frame.supplier.append(m)  # "l'achat de Rafale à la France": bought from France
            frame.cued.add(("supplier", m.key))
            return
        if self._cue_before("to", m.first) and m.first >= 2 and \
                ctx.tokens[m.first - 2].forms[0].startswith(("notif", "إخطار", "уведом")):
            return  # "notification to Congress": the body told, not a buyer
        if self._attached_to(m, ctx) and self._cue_before("affiliation", m.first, 1):
            return  # "التابع للحكومة", "موالٍ للكرملين": belonging to, not receiving
        if self._cue_before("to", m.first) and self._cue_before("travel", m.first, 3):
            return  # "بعد عودته إلى موسكو", "travelled to Moscow": people moving, not weapons
        if self._attached_to(m, ctx) or self._cue_before("to", m.first):
            frame.recipient.append(m)
            frame.cued_recipients.add(m.key)
            frame.cued.add(("recipient", m.key))
            return
        if self._cue_before("from", m.first, 1) and not self._member_of(m):
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
        for role in ("recipient", "supplier"):
            if m.state_body and m.country in {x.country for x in getattr(frame, role) if x.type == "state"}:
                getattr(frame, role).append(m)  # "قطر ... القوات المسلحة القطرية": one side, named twice
                return
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
        # "الولايات المتحدة وروسيا وقّعتا": two exporters named together both supply
        exporter = self._supplier_like(m) and (not frame.supplier or any(
            self._coordinated(ctx, p, m) and self._supplier_like(p) for p in frame.supplier))
        (frame.supplier if exporter else frame.recipient).append(m)

    # -- across sentences -----------------------------------------------------------------------
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
    def _transfer(self, ctx: Context, frame: Frame, reporters: set[int],
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
        if status == "intercepted" and strongest.weight == 4 and any(
                t.status == "delivered" and t.weight >= 3 for t in frame.triggers):
            status = "delivered"  # "arrested five people who smuggled 300 rifles": the rifles got through
        if status == "intercepted" and frame.received:
            status = "delivered"  # the cell had received the explosives before the arrests
        money = [m for m in ctx.money if m.sentence in frame.sentences and m.amount]
        # "2.6 billion dirhams, or about $700 million": the dollar figure is the one reports compare
        money.sort(key=lambda m: (m.currency != "USD", m.currency != "EUR", m.start))
        dates = [d for d in ctx.dates if d.sentence in frame.sentences]
        # the date of the sentence that first told the deal ("وقّعت أمس"), before dates of later steps
        # not the date of a step still to come ("deliveries are to end in 2027", "على أن تبدأ ... عام 2022")
        future_ends = [(ctx.tokens[c.last - 1].end, ctx.tokens[c.first].sentence) for c in self._spans["future"]]
        settled = [d for d in dates if not any(sent == d.sentence and 0 <= d.start - end < 80
                                               for end, sent in future_ends)]
        dates = settled or dates
        dates = [d for d in dates if not d.weekday] or dates  # "said on Friday" only when nothing else dates it
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
