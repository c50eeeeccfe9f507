"""The human-readable report of an extraction (used by `demo` and `extract`)."""

from __future__ import annotations

from armswatch.model import Document, Entity, Extraction, Mention, Money, Party, SanctionHit, Transfer, Weapon
from armswatch.serve.report import format_extraction

TEXT = ("Navy seizes Iranian rifles bound for Houthis\n"
        "The navy seized 1,500 AK-47 rifles worth $2 million off Yemen on 3 March 2025, "
        "officials told Reuters. Iran denied sending them.")


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def extraction() -> Extraction:
    doc = Document(source="navy.txt", text=TEXT, language="en", published="2025-03-04",
                   title="Navy seizes Iranian rifles bound for Houthis")
    houthis = Entity(
        "e1", "Ansarallah", "armed_group",
        [Mention("Houthis", *_at("Houthis"), "armed_group", "Ansarallah", "gazetteer")],
        sanctions=[
            SanctionHit("US OFAC", "SDN", "us_ofac_sdn", "ANSARALLAH", "ofac-1", "Organization",
                        programs=["SDGT"], score=0.93, match=True,
                        explanation="alias 'Houthis' equals listed alias"),
            SanctionHit("UN SC", "Consolidated", "un_sc", "ANSAR ALLAH FRONT", "un-9", "Organization",
                        score=0.61, match=False, explanation="two of three tokens"),
        ],
        embargoes=[{"regime": "yemen", "resolution": "2216", "title": "Yemen (Houthis)",
                    "scope": "named", "matched": "Houthis", "score": "1.00"}],
    )
    iran = Entity("e2", "Iran", "state", [Mention("Iranian", *_at("Iranian"), "state", "Iran", "gazetteer")])
    yemen = Entity("e3", "Yemen", "location",
                   [Mention("Yemen", *_at("Yemen"), "location", "Yemen", "gazetteer")])
    evidence = doc.span(*_at("The navy seized 1,500 AK-47 rifles worth $2 million off Yemen on 3 March 2025"))
    transfer = Transfer(
        supplier=[Party("Iran", "Iranian", "e2")], recipient=[Party("Ansarallah", "Houthis", "e1")],
        weapons=[Weapon("AK-47 rifles", "AK-47", "assault rifle", *_at("AK-47 rifles"), quantity=1500)],
        value=Money(2_000_000, "USD"), date="2025-03-03", location="Yemen", status="intercepted",
        reported_by=["Reuters"], denied_by=["Iran"], evidence=[evidence], confidence=0.84,
        embargo_flags=[{"regime": "yemen", "resolution": "2216", "title": "Yemen (Houthis)",
                        "scope": "named", "matched": "Houthis", "score": "1.00",
                        "role": "recipient", "party": "Ansarallah"}],
    )
    return Extraction(doc, [houthis, iran, yemen], [transfer])


def test_transfer_details_are_all_there() -> None:
    report = format_extraction(extraction())
    lines = report.splitlines()
    assert lines[0] == "== Navy seizes Iranian rifles bound for Houthis"
    assert "language en" in lines[1] and "published 2025-03-04" in lines[1]
    assert "[1] INTERCEPTED  (confidence 0.84)" in report
    assert "supplier:    Iran «Iranian»" in report
    assert "recipient:   Ansarallah «Houthis»" in report
    assert "weapons:     1,500 × AK-47 (assault rifle) «AK-47 rifles»" in report
    assert "value:       2,000,000 USD" in report
    assert "date:        2025-03-03" in report
    assert "place:       Yemen" in report
    assert "reported by: Reuters" in report
    assert "denied by:   Iran" in report
    assert "EMBARGO:     recipient Ansarallah: Yemen (Houthis) (UNSC res. 2216)" in report
    start, end = _at("The navy seized")[0], _at("3 March 2025")[1]
    assert f"evidence:    “{TEXT[start:end]}” [{start}:{end}]" in report


def test_entities_with_sanctions_and_explanations() -> None:
    report = format_extraction(extraction())
    assert "Entities (2; 1 on a sanctions list):" in report  # places are listed apart
    assert "Ansarallah (armed group, 1 mention; in the text: «Houthis»)" in report
    assert "SANCTIONS MATCH: US OFAC SDN - ANSARALLAH [us_ofac_sdn] score 0.93; programs SDGT" in report
    assert "why: alias 'Houthis' equals listed alias" in report
    assert "possible match: UN SC Consolidated - ANSAR ALLAH FRONT" in report
    assert "UNDER ARMS EMBARGO: Yemen (Houthis) (UNSC res. 2216); matched «Houthis» at 1.00" in report
    assert report.rstrip().endswith("Places: Yemen")


def test_article_without_transfers() -> None:
    doc = Document(source="law.txt", text="Parliament tightens gun licensing.\nNew fines.", title=None)
    report = format_extraction(Extraction(doc))
    assert report.splitlines()[0] == "== law.txt"
    assert "published unknown" in report
    assert "Transfers: none reported in this article." in report
    assert "Entities: none." in report
    assert not report.endswith("\n")


def test_long_evidence_is_shortened_to_one_line() -> None:
    doc = Document(source="x.txt", text="word " * 200 + "\nmore")
    transfer = Transfer(evidence=[doc.span(0, len(doc.text))])
    report = format_extraction(Extraction(doc, transfers=[transfer]))
    [line] = [x for x in report.splitlines() if "evidence:" in x]
    assert line.endswith(f"…” [0:{len(doc.text)}]") and len(line) < 400


def test_list_title_does_not_repeat_its_authority() -> None:
    ext = extraction()
    ext.entities[0].sanctions[0].list = "OFAC Specially Designated Nationals (SDN) List"
    report = format_extraction(ext)
    assert "SANCTIONS MATCH: OFAC Specially Designated Nationals (SDN) List - ANSARALLAH" in report
