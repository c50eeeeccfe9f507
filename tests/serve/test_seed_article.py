"""The founding article, end to end through the real pipeline, in Arabic (issue: the seed).

Needs ../shared/seed (present in CI); the sanctions lists are the bundled samples, which hold the
real OFAC/UN entries for Bout and the Houthis and namesakes (other Viktors and Taylors).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from armswatch.ingest import read_document
from armswatch.screen.lists import ensure_sample_lists
from armswatch.serve.pipeline import AnalysisPipeline
from armswatch.store.sqlite import SQLiteStore

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_c616ab5195f9a13a.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = SQLiteStore(tmp_path_factory.mktemp("db") / "seed.db")
    ensure_sample_lists(store)
    extraction = AnalysisPipeline(store).analyse(read_document(SEED))
    result = extraction.to_json()
    store.close()
    return result


def _entity(result: dict[str, Any], surface: str) -> dict[str, Any]:
    found = [e for e in result["entities"] if any(surface in n for n in e["names"])]
    assert found, f"no entity named {surface}"
    return found[0]


def _party_names(parties: list[dict[str, Any]]) -> set[str]:
    return {p["name"] for p in parties}


def _transfer_with(result: dict[str, Any], weapon: str) -> dict[str, Any]:
    found = [t for t in result["transfers"] if any(w["name"] == weapon or weapon in w["name"] for w in t["weapons"])]
    assert found, f"no transfer with {weapon}"
    return found[0]


def test_publication_date_is_the_day_after_yesterday(seed: dict[str, Any]) -> None:
    assert seed["language"] == "ar"
    assert seed["published"] == "2024-10-08"


def test_the_bout_houthi_deal(seed: dict[str, Any]) -> None:
    deal = _transfer_with(seed, "AK-74")
    assert "Viktor Bout" in _party_names(deal["supplier"]) | _party_names(deal["broker"])
    assert _party_names(deal["recipient"]) == {"Houthis"}
    assert {"assault rifle", "small arms"} <= {w["category"] for w in deal["weapons"]}
    assert deal["value"] == {"amount": 10000000, "currency": "USD"}
    assert deal["date"] == "2024-08"
    assert deal["location"] == "Moscow"
    assert deal["status"] == "negotiating"
    assert deal["reported_by"] == ["The Wall Street Journal"]
    assert deal["denied_by"] == ["Viktor Bout"]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[e["start"]:e["end"]] == e["text"] for e in deal["evidence"])
    assert any("10 ملايين دولار" in e["text"] for e in deal["evidence"])


def test_the_kornet_request_is_a_second_transfer(seed: dict[str, Any]) -> None:
    kornet = _transfer_with(seed, "Kornet")
    assert "AK-74" not in {w["name"] for w in kornet["weapons"]}
    assert _party_names(kornet["recipient"]) == {"Houthis"}
    assert {"ATGM", "anti-aircraft weapon"} <= {w["category"] for w in kornet["weapons"]}
    assert kornet["status"] == "negotiating"


def test_background_deals(seed: dict[str, Any]) -> None:
    by_recipient = {name: t for t in seed["transfers"] for name in _party_names(t["recipient"])}
    taylor = by_recipient["Charles Taylor"]
    assert taylor["status"] == "delivered"
    colombia = next(t for name, t in by_recipient.items() if "Colombian" in name)
    assert colombia["status"] == "intercepted"
    assert colombia["date"] == "2008"


def test_no_transfer_for_the_feared_russian_supply(seed: dict[str, Any]) -> None:
    assert len(seed["transfers"]) == 4
    for transfer in seed["transfers"]:
        assert "Russia" not in _party_names(transfer["supplier"])


@pytest.mark.parametrize("surface", [
    "فيكتور بوت", "الحوثيين", "ستيف زيسو", "تشارلز تايلور", "نيكولاس كيج", "روسيا", "موسكو", "اليمن",
    "الولايات المتحدة", "إسرائيل", "أوكرانيا", "تايلاند", "ليبيريا", "مكافحة المخدرات", "وول ستريت جورنال",
])
def test_entities_are_found(seed: dict[str, Any], surface: str) -> None:
    _entity(seed, surface)


def test_screening_from_the_arabic_text(seed: dict[str, Any]) -> None:
    bout = _entity(seed, "فيكتور بوت")
    assert bout["name"] == "Viktor Bout"
    assert bout["sanctions"][0]["list_id"] == "8279"
    assert bout["sanctions"][0]["authority"] == "US OFAC"
    assert "bout" in bout["sanctions"][0]["explanation"].lower()
    houthis = _entity(seed, "الحوثيين")
    hits = {(h["authority"], h["list_id"]) for h in houthis["sanctions"]}
    assert ("UN Security Council", "YEe.001") in hits
    assert ("US OFAC", "47664") in hits  # ANSARALLAH
    assert houthis.get("embargoes"), "the Houthis are under the UNSCR 2216 arms embargo"


@pytest.mark.parametrize("surface", ["ستيف زيسو", "نيكولاس كيج", "تشارلز تايلور"])
def test_no_sanctions_hit_without_evidence(seed: dict[str, Any], surface: str) -> None:
    assert _entity(seed, surface)["sanctions"] == []
