"""UN arms embargoes as data (``data/embargoes.json``) and the check of a party name against them.

Each regime lists the names (Latin, Arabic, Russian, French) of the parties it covers: a state
for country-wide embargoes (DPRK, Libya, South Sudan), the armed groups for targeted ones
(Houthis, Al-Shabaab, ISIL/Al-Qaida, Taliban, ...). A party name is compared with the same name
matcher as screening; acronyms (RSF, M23, ISIS) only count when written exactly, since the
matcher would otherwise pair them with any short word.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from armswatch.resolve.names import clean_name, parse_name
from armswatch.screen.matcher import score_parsed

__all__ = ["EMBARGO_DATA", "Regime", "embargoes_for", "load_regimes"]

EMBARGO_DATA = Path(__file__).resolve().parent / "data" / "embargoes.json"


@dataclass(frozen=True, slots=True)
class Regime:
    id: str
    resolutions: tuple[str, ...]
    committee: str
    title: str
    scope: str  # state | non_state | named
    countries: tuple[str, ...]
    exports: bool
    parties: tuple[str, ...]

    def flag(self, matched: str, score: float) -> dict[str, str]:
        return {"regime": self.id, "resolution": self.resolutions[0], "title": self.title,
                "scope": self.scope, "matched": matched, "score": f"{score:.2f}"}


@lru_cache(maxsize=4)
def load_regimes(path: Path = EMBARGO_DATA) -> tuple[Regime, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Regime(id=r["id"], resolutions=tuple(r["resolutions"]), committee=r.get("committee", ""),
               title=r["title"], scope=r["scope"], countries=tuple(r.get("countries", [])),
               exports=bool(r.get("exports", False)), parties=tuple(r["parties"]))
        for r in data["regimes"]
    )


def _is_acronym(alias: str) -> bool:
    return " " not in alias and len(alias) <= 4


def embargoes_for(name: str, threshold: float = 0.85,
                  regimes: tuple[Regime, ...] | None = None) -> list[dict[str, str]]:
    """Flags of every regime one of whose parties ``name`` matches, best match per regime."""
    text = clean_name(name)
    if not text:
        return []
    query = parse_name(text)
    flags: list[dict[str, str]] = []
    for regime in regimes if regimes is not None else load_regimes():
        best, best_alias = 0.0, ""
        for alias in regime.parties:
            if _is_acronym(alias):
                score = 1.0 if text == alias else 0.0
            else:
                score = score_parsed(query, parse_name(alias)).score
            if score > best:
                best, best_alias = score, alias
        if best >= threshold:
            flags.append(regime.flag(best_alias, best))
    return flags
