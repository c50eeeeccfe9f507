"""Entity mentions: gazetteer and country names in four scripts, person names (given-name lexicon,
since Arabic has no capitals), capitalised names in Latin and Cyrillic text, and armed groups
named by a noun and a nationality ("المتمردين الكولومبيين", "Colombian rebels")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from armswatch.extract.context import Context, MentionHit
from armswatch.extract.lexicon import PhraseMatcher
from armswatch.extract.lexicons import (
    EntityRef,
    cue_matcher,
    cues,
    entity_matcher,
    given_name_forms,
    lowercase_name_starts,
    trigger_matcher,
)
from armswatch.extract.pipeline import Component
from armswatch.extract.resources import load_given_names, load_person_cues
from armswatch.extract.text import Token, match_forms, script_of

__all__ = ["MentionComponent"]

_ORG_SUFFIXES = {"ltd", "co", "corp", "corporation", "inc", "llc", "gmbh", "sa", "sarl", "plc", "group", "company",
                 "industries", "systems", "technologies", "technology", "trade", "trading", "plant", "shipyards",
                 "aviation", "aerospace", "defence", "defense", "ministry", "agency", "bank", "international",
                 "holding", "holdings", "enterprise", "enterprises", "factory", "concern", "ооо", "оао", "зао",
                 "electronics", "engineering", "logistics", "solutions", "shipping", "dynamics", "works",
                 "armaments", "ordnance", "tech", "shipbuilding", "arms",
                 "ао", "завод", "концерн"}
_NAME_LINKS = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "du", "la", "le", "abu", "ben", "of", "and", "&"}
_AR_NAME_LINKS = {"بن", "ابن", "بنت", "أبو", "ابو", "عبد", "ولد"}
_STOP_CAPS = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "this", "that",
              "these", "those", "his", "her", "their", "its", "le", "la", "les", "un", "une", "des", "il", "elle",
              "ils", "mr", "mrs", "ms", "m", "dr", "as", "for", "after", "before", "according", "while", "when",
              "since", "with", "by", "from", "to", "of", "if", "also", "however", "meanwhile", "earlier", "last",
              "ce", "cette", "selon", "mais", "et", "en", "по", "в", "на", "и", "однако", "также", "это"}
_YEARISH = re.compile(r"^\d")
_IN_WORDS = {"in", "في", "в", "en", "au"}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that never start or continue a name: every cue and trigger phrase token."""
    words: set[str] = set()
    data = cues()
    for kind in ("to", "from", "with", "report", "deny", "hypothetical", "negative", "dealer", "group_nouns",
                 "negation", "also", "rumor", "request", "attempt", "value", "clause_breaks", "future"):
        for phrases in data[kind].values():
            for phrase in phrases:
                words.update(match_forms(w)[0] for w in phrase.split())
    for table in data["triggers"].values():
        for phrase in table:
            words.update(match_forms(w)[0] for w in phrase.split())
    for word in ("في", "على", "عن", "التي", "الذي", "الذين", "هذه", "هذا", "ان", "أن", "إن", "كان", "كانت",
                 "قد", "لم", "لا", "ما", "او", "أو", "ثم", "حيث", "بعد", "قبل", "منذ", "خلال", "عند", "بين",
                 "حول", "ضد", "كما", "وهو", "وهي", "الى", "انه", "أنه", "بأن", "وقال", "قال", "قالت", "يوم",
                 "فإن", "لكن", "كل", "أي", "غير", "دون", "عبر", "نحو", "لدى", "لها", "له", "إنه", "كبير"):
        words.update(match_forms(word)[:1])
    return frozenset(words)


_AR_YA_WORDS = {"على", "إلى", "الى", "حتى", "متى", "لدى", "سوى", "مدى", "أولى", "اولى", "كبرى", "أخرى", "اخرى",
                "مستوى", "ذكرى", "فتوى", "دعوى", "معنى", "مبنى", "أدنى", "أقصى", "موسى", "عيسى", "يحيى", "مصطفى"}
_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def _name_forms(word: str) -> tuple[str, ...]:
    """Forms under which a word may be a given name: the word, or the word behind one attached
    و/ل/ب/ف. No folding of ى to ي ("على" is "on", "علي" is Ali) and no article stripping ("بالتآمر"
    is "by conspiring", not Tamer)."""
    if script_of(word) != "ar":
        return match_forms(word)[:2]
    bare = _AR_DIACRITICS.sub("", word)
    forms = [bare]
    if bare.endswith("ى") and bare not in _AR_YA_WORDS:
        forms.append(bare[:-1] + "ي")  # Egyptian spelling: "سيرجى" is "سيرجي"
    if bare[:1] in ("و", "ل", "ب", "ف") and len(bare) >= 5:
        forms.append(bare[1:])
    return tuple(forms)


@lru_cache(maxsize=1)
def _arabic_given() -> frozenset[str]:
    return frozenset(_AR_DIACRITICS.sub("", name) for name in load_given_names().ar)


@lru_cache(maxsize=1)
def _titles() -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for lang, phrases in load_person_cues().items():
        matcher.add_all(phrases, lang)
    return matcher


def _named(ctx: Context, first: int, last: int, kind: str, extractor: str, *, country: str | None = None,
           state_body: bool = False) -> MentionHit:
    """A mention of tokens [first, last) named by its own surface form (no lexicon canonical)."""
    start, end = ctx.tokens[first].start, ctx.tokens[last - 1].end
    surface = ctx.document.text[start:end]
    return MentionHit(first, last, start, end, surface, kind, surface, "", extractor, country=country,
                      state_body=state_body)


_QUOTES = {'"', "“", "”", "«", "»", "„", "'", "‘", "’"}


class MentionComponent(Component):
    name: ClassVar[str] = "mentions"
    needs: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "language", "weapons")
    adds: ClassVar[tuple[str, ...]] = ("mentions", "weapons")

    def __call__(self, ctx: Context) -> None:
        tokens, text = ctx.tokens, ctx.document.text
        taken: set[int] = {i for w in ctx.weapons if not w.generic for i in range(w.first, w.last)}
        mentions: list[MentionHit] = []
        lower_ok = lowercase_name_starts()
        for match in entity_matcher().find_all(tokens):
            if any(i in taken for i in range(match.first, match.last)):
                continue
            first = tokens[match.first]
            if script_of(first.text) in ("latin", "cyrl") and first.text[:1].islower() and \
                    not any(f in lower_ok for f in first.forms):
                continue
            if script_of(first.text) == "latin" and len(first.text) <= 3 and first.text.isalpha() and \
                    not first.text.isupper() and match.last - match.first == 1:
                continue  # "Us" at a sentence start is not the US
            ref = self._pick(match.payloads)
            place_ref = next((r for r in match.payloads if r.type == "location"), None)
            if place_ref is not None and ref.type == "state" and self._after_in(tokens, match.first):
                ref = place_ref  # "في موسكو", "in Moscow": the city, not the government it stands for
            start, end = tokens[match.first].start, tokens[match.last - 1].end
            place = next((r.canonical for r in match.payloads if r.type == "location"), None)
            mentions.append(MentionHit(match.first, match.last, start, end, text[start:end], ref.type,
                                       ref.canonical, self._key(ref.canonical, ref.type), "gazetteer",
                                       ref.adjective, ref.country, place, ref.state_body))
            taken.update(range(match.first, match.last))
        # "Airbus Helicopters" names a company, not helicopters
        named = {i for m in mentions if m.type in ("organization", "person") for i in range(m.first, m.last)}
        ctx.weapons = [w for w in ctx.weapons if not (w.generic and any(i in named for i in range(w.first, w.last)))]
        mentions += self._groups(ctx, mentions, taken)
        mentions += self._persons(ctx, taken)
        if ctx.language == "ar":
            mentions += self._titled_arabic(ctx, taken, mentions)
        mentions += self._headed_organisations(ctx, taken, mentions)
        mentions += self._national_bodies(ctx, taken, mentions)
        if set(ctx.sentence_languages) & {"en", "fr", "ru"}:
            mentions += self._capitalised(ctx, taken)
        ctx.mentions = sorted(mentions, key=lambda m: m.start)

    @staticmethod
    def _after_in(tokens: list[Token], i: int) -> bool:
        word = tokens[i].text
        if script_of(word) == "ar" and word.startswith("ب") and len(tokens[i].forms) > 1:
            return True
        return i > 0 and tokens[i - 1].forms[0] in _IN_WORDS

    @staticmethod
    def _key(canonical: str, kind: str) -> str:
        return f"{kind}:{canonical.casefold()}"

    @staticmethod
    def _pick(refs: list[EntityRef]) -> EntityRef:
        order = {"armed_group": 0, "person": 1, "organization": 2, "state": 3, "location": 4}
        return min(refs, key=lambda r: (r.adjective, order.get(r.type, 9)))

    def _groups(self, ctx: Context, mentions: list[MentionHit], taken: set[int]) -> list[MentionHit]:
        """A group noun followed (ar, fr) or preceded (en, ru) by a nationality adjective."""
        tokens, text = ctx.tokens, ctx.document.text
        by_first = {m.first: m for m in mentions if m.adjective}
        by_last = {m.last: m for m in mentions if m.adjective}
        out = []
        by_start = {m.first: m for m in mentions if not m.adjective and m.type == "state"}
        for match in cue_matcher("group_nouns").find_all(tokens):
            if any(i in taken for i in range(match.first, match.last)):
                continue
            adjective = by_first.get(match.last) or by_last.get(match.first)
            if adjective is None:
                # "militants in Libya", "المسلحين في ليبيا": the group by where it fights
                place = by_start.get(match.last + 1) if match.last < len(tokens) and \
                    tokens[match.last].forms[0] in _IN_WORDS else None
                if place is None:
                    continue
                first, last = match.first, place.last
                start, end = tokens[first].start, tokens[last - 1].end
                noun = text[tokens[match.first].start:tokens[match.last - 1].end]
                canonical = f"{noun} in {place.canonical}"
                out.append(MentionHit(first, last, start, end, text[start:end], "armed_group", canonical,
                                      self._key(canonical, "armed_group"), "group-pattern", False, place.country))
                mentions.remove(place)
                taken.update(range(first, last))
                continue
            first, last = min(match.first, adjective.first), max(match.last, adjective.last)
            start, end = tokens[first].start, tokens[last - 1].end
            demonym = entity_matcher().longest_at(tokens, adjective.first, adjective.last)
            english = next((r.english_adjective for r in (demonym.payloads if demonym else [])
                            if r.english_adjective), adjective.canonical)
            canonical = f"{english} rebels"
            mentions.remove(adjective)
            out.append(MentionHit(first, last, start, end, text[start:end], "armed_group", canonical,
                                  self._key(canonical, "armed_group"), "group-pattern", False, adjective.country))
            taken.update(range(first, last))
        return out

    def _persons(self, ctx: Context, taken: set[int]) -> list[MentionHit]:
        tokens = ctx.tokens
        given = given_name_forms()
        stop = _function_words()
        out: list[MentionHit] = []
        i = 0
        while i < len(tokens):
            if i in taken or not self._given(tokens[i], given):
                i += 1
                continue
            script = script_of(tokens[i].text)
            if script != "ar" and not tokens[i].is_capitalised:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j not in taken and self._given(tokens[j], given) and \
                    self._same_word_kind(tokens[j], script):
                j += 1
            if j < len(tokens) and tokens[j].forms[0] in _AR_NAME_LINKS and j + 1 < len(tokens):
                j += 2
            elif j < len(tokens) and j not in taken and self._surname(tokens[j], script, stop) and \
                    tokens[j].sentence == tokens[i].sentence:
                j += 1
                if script != "ar" and j < len(tokens) and self._surname(tokens[j], script, stop) and j not in taken:
                    j += 1
            if j - i < 2:
                i += 1
                continue
            out.append(_named(ctx, i, j, "person", "person-names"))
            taken.update(range(i, j))
            i = j
        return out

    def _titled_arabic(self, ctx: Context, taken: set[int], mentions: list[MentionHit]) -> list[MentionHit]:
        """"القاضي جيد راكوف", "وزير الدفاع المصري صدقي صبحي": a title, perhaps a nationality, then
        two or three words that no lexicon knows are a person's name, however foreign."""
        tokens = ctx.tokens
        stop = _function_words()
        adjectives = {m.first: m for m in mentions if m.adjective}
        out: list[MentionHit] = []
        for title in _titles().find_all(tokens):
            j = title.last
            while j in adjectives:  # "المصري"
                j = adjectives[j].last
            k = j
            while k < len(tokens) and k - j < 3 and k not in taken and script_of(tokens[k].text) == "ar" and \
                    tokens[k].sentence == tokens[title.first].sentence and \
                    not any(f in stop for f in tokens[k].forms) and _titles().longest_at(tokens, k, k + 1) is None \
                    and cue_matcher("org_heads").longest_at(tokens, k, k + 1) is None \
                    and not tokens[k].text.startswith(("بال", "وال", "فال", "كال", "لل")):
                k += 1
            if k - j >= 2:
                out.append(_named(ctx, j, k, "person", "titled-name"))
                taken.update(range(j, k))
        return out

    def _headed_organisations(self, ctx: Context, taken: set[int], mentions: list[MentionHit]) -> list[MentionHit]:
        """An organisation word and the name it heads: "وكالة "مهر"", "وزارة الدفاع الوطني",
        "компания «Стартум»", "the German navy"."""
        tokens = ctx.tokens
        stop = _function_words()
        out: list[MentionHit] = []
        adjectives = {m.first: m for m in mentions if m.adjective}
        drop: set[int] = set()
        for head in cue_matcher("org_heads").find_all(tokens):
            if any(i in taken for i in range(head.first, head.last)):
                continue
            if script_of(tokens[head.first].text) == "ar" and \
                    tokens[head.first].text.startswith(("ال", "وال", "بال", "فال", "كال", "لل")):
                # "الجيش اللبناني": a definite head names a body only with its nationality
                nationality = adjectives.get(head.last)
                if nationality is not None and not any(i in taken for i in range(head.first, head.last)):
                    out.append(_named(ctx, head.first, nationality.last, "organization", "headed-name",
                                      country=nationality.country, state_body=True))
                    taken.update(range(head.first, nationality.last))
                    drop.add(id(nationality))
                continue  # "الشركة": the company already named, not a name
            j = head.last
            skipped = None
            if j in adjectives and (adjectives[j].last < len(tokens)) and (
                    tokens[adjectives[j].last].text in _QUOTES or tokens[adjectives[j].last].is_capitalised):
                skipped = adjectives[j]
                j = skipped.last  # "l'entreprise israélienne IWI", "армянской фирмы «Арарат»"
            if j < len(tokens) and tokens[j].text in _QUOTES:
                k = j + 1
                while k < len(tokens) and tokens[k].text not in _QUOTES and k - j <= 5:
                    k += 1
                if k >= len(tokens) or k - j > 5 or k == j + 1:
                    continue
                first, last = j + 1, k  # the quoted name
                # «نجم الخليج للتجارة»: a quoted company name holds place names that are not places here
                inside = [m for m in mentions if first <= m.first < last and m.type in ("location", "state")]
                for m in inside:
                    mentions.remove(m)
                    taken.difference_update(range(m.first, m.last))
            else:
                k = j
                while k < len(tokens) and k - j < 3 and k not in taken and not tokens[k].is_punct and \
                        tokens[k].sentence == tokens[head.first].sentence and \
                        not any(f in stop for f in tokens[k].forms) and self._modifier(tokens[k]):
                    k += 1
                if k == j:
                    continue
                first, last = (j if skipped else head.first), k
                nationality = next((m for m in mentions if m.adjective and j <= m.first <= k), None)
                if nationality is not None:
                    # "وزارة الدفاع الجزائرية": Algeria's ministry
                    last = max(last, nationality.last)
                    out.append(_named(ctx, first, last, "organization", "headed-name", country=nationality.country,
                                      state_body=True))
                    taken.update(range(first, last))
                    drop.add(id(nationality))
                    continue
            if any(i in taken for i in range(first, last)):
                continue  # the lexicon already knows this name
            out.append(_named(ctx, first, last, "organization", "headed-name",
                              country=skipped.country if skipped else None))
            taken.update(range(head.first, max(k, last) + (1 if k < len(tokens) and tokens[k].text in _QUOTES
                                                           else 0)))
        mentions[:] = [m for m in mentions if id(m) not in drop]
        return out

    def _national_bodies(self, ctx: Context, taken: set[int], mentions: list[MentionHit]) -> list[MentionHit]:
        """"the German navy", "la marine allemande": a state's body, named by its nationality."""
        tokens = ctx.tokens
        before = {m.last: m for m in mentions if m.adjective}
        after = {m.first: m for m in mentions if m.adjective}
        if ctx.language == "ru":
            # "Минобороны Узбекистана": the state in the genitive follows its ministry
            after.update({m.first: m for m in mentions if m.type == "state" and not m.adjective})
        out: list[MentionHit] = []
        for head in cue_matcher("military_heads").find_all(tokens):
            if any(i in taken for i in range(head.first, head.last)):
                continue
            nationality = before.get(head.first) or after.get(head.last)
            if nationality is None:
                continue
            first, last = min(head.first, nationality.first), max(head.last, nationality.last)
            out.append(_named(ctx, first, last, "organization", "national-body", country=nationality.country,
                              state_body=True))
            taken.update(range(first, last))
            mentions.remove(nationality)
        return out

    @staticmethod
    def _modifier(token: Token) -> bool:
        """A word that can continue an organisation's name: an Arabic definite adjective, a
        capitalised Latin or Cyrillic word."""
        if script_of(token.text) == "ar":
            return token.forms[0].startswith("ال")
        return token.is_capitalised

    @staticmethod
    def _given(token: Token, given: dict[str, str]) -> bool:
        if len(token.text) < 2 or token.forms[0] in _function_words():
            return False  # "دون" is "without" before it is Don
        if script_of(token.text) == "ar":
            return any(form in _arabic_given() for form in _name_forms(token.text))
        return any(form in given for form in token.forms[:2])

    @staticmethod
    def _same_word_kind(token: Token, script: str) -> bool:
        return script_of(token.text) == script and (script == "ar" or token.is_capitalised)

    @staticmethod
    def _surname(token: Token, script: str, stop: frozenset[str]) -> bool:
        if token.is_punct or _YEARISH.match(token.text) or script_of(token.text) != script:
            return False
        if any(form in stop for form in token.forms):
            return False
        if trigger_matcher().longest_at([token], 0, 1) is not None:
            return False
        return script == "ar" or token.is_capitalised

    @staticmethod
    def _continues_name(tokens: list[Token], j: int) -> bool:
        word = tokens[j].text.lower()
        if tokens[j].is_capitalised:
            return word not in _STOP_CAPS
        return word in _NAME_LINKS and j + 1 < len(tokens) and tokens[j + 1].is_capitalised

    def _capitalised(self, ctx: Context, taken: set[int]) -> list[MentionHit]:
        """Runs of capitalised words that no lexicon knows: companies by their suffix, else organisations
        when two or more words long."""
        tokens = ctx.tokens
        stop = _function_words()
        out: list[MentionHit] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if i in taken or not tok.is_capitalised or tok.text.lower() in _STOP_CAPS or tok.forms[0] in stop \
                    or tok.is_punct or (ctx.sentence_languages and ctx.sentence_languages[tok.sentence] == "ar"):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j not in taken and tokens[j].sentence == tok.sentence and \
                    self._continues_name(tokens, j):
                j += 1
            title = _titles().longest_at(tokens, i, j)
            if title is not None:
                # "Defense Minister Shin Won-sik": a title, then the person who holds it
                if j - title.last >= 2 or (j - title.last == 1 and ctx.language == "ru"):
                    out.append(_named(ctx, title.last, j, "person", "titled-name"))
                    taken.update(range(title.last, j))
                i = j
                continue
            words = [t.text for t in tokens[i:j]]
            last_word = words[-1].lower().rstrip(".")
            sentence_start = i == ctx.sentences[tok.sentence].first_token if ctx.sentences else False
            if len(words) >= 2 or last_word in _ORG_SUFFIXES:
                if sentence_start and len(words) == 2 and words[0].lower() in _STOP_CAPS:
                    i = j
                    continue
                out.append(_named(ctx, i, j, "organization", "capitalised"))
                taken.update(range(i, j))
            i = j
        return out
