"""The real pipeline on short reports written for the project (fixtures/transfers_cases*.json).

A case with a "known_gap" is one the engine gets wrong today: it runs as a strict xfail, so a fix makes
it fail loudly until the mark is removed from the fixture.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from armswatch.extract import extract_document
from armswatch.model import Document
from armswatch.resolve.canonical import canonicalise

FIXTURES = Path(__file__).parent / "fixtures"
CASE_FILES = ("transfers_cases.json", "transfers_cases_more.json", "transfers_cases_unseen.json")
CASES: list[dict[str, Any]] = [
    case for name in CASE_FILES for case in json.loads((FIXTURES / name).read_text("utf-8"))["cases"]
]


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["known_gap"])] if "known_gap" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_case_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def _names(parties: list[dict[str, Any]]) -> list[str]:
    return [str(p[k]).casefold() for p in parties for k in ("name", "text")]


def _party_ok(expected: list[str], parties: list[dict[str, Any]]) -> bool:
    if not expected:
        return True
    got = _names(parties)
    return any(e.casefold() in g or g in e.casefold() for e in expected for g in got if g)


def _matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    suppliers = got["supplier"] + got["broker"]
    return (
        _party_ok(expected.get("supplier", []), suppliers)
        and _party_ok(expected.get("recipient", []), got["recipient"])
        and any(w["category"] == expected["weapon"] for w in got["weapons"])
    )


def _run(case: dict[str, Any]) -> dict[str, Any]:
    doc = Document(source=case["id"], text=case["text"], published=case.get("published"))
    extraction = extract_document(doc)
    canonicalise(extraction)
    return extraction.to_json()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    result = _run(case)
    assert result["language"] == case["lang"]
    if not case["transfers"]:
        assert result["transfers"] == [], f"a report with no transfer gave {result['transfers']}"
        return
    for expected in case["transfers"]:
        found = [t for t in result["transfers"] if _matches(expected, t)]
        assert found, f"no transfer like {expected} in {json.dumps(result['transfers'], ensure_ascii=False)}"
        transfer = found[0]
        assert transfer["status"] == expected["status"]
        if "value" in expected:
            assert transfer["value"] == {"amount": expected["value"][0], "currency": expected["value"][1]}
        if "date" in expected:
            assert transfer["date"] == expected["date"]


@pytest.mark.parametrize("case", [c for c in CASES if c["transfers"]], ids=lambda c: c["id"])
def test_every_span_quotes_the_text(case: dict[str, Any]) -> None:
    result = _run(case)
    text = case["text"]
    for entity in result["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for transfer in result["transfers"]:
        for span in transfer["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
