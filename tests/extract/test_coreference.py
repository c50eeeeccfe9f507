"""Short forms refer back within a document: surnames across cases, and definite nouns."""

from __future__ import annotations

from armswatch.extract import extract_document
from armswatch.model import Document


def _names_of(text: str, entity: str) -> list[str]:
    extraction = extract_document(Document("test", text))
    found = [e for e in extraction.entities if e.name == entity]
    assert found, f"{entity} not found in {[e.name for e in extraction.entities]}"
    return [m.text for m in found[0].mentions]


def test_the_militia_after_the_houthis() -> None:
    names = _names_of("The Houthis fired drones at ships. The militia received the drones from Iran last year.",
                      "Houthis")
    assert "The militia" in names


def test_no_antecedent_when_two_groups_are_named() -> None:
    names = _names_of("Hezbollah and the Houthis met in Beirut. The militia denied it.", "Houthis")
    assert "The militia" not in names


def test_russian_surname_in_another_case() -> None:
    names = _names_of("Виктор Бут встретился с покупателями. Позже Бута задержали в Бангкоке.", "Viktor Bout")
    assert "Бута" in names


def test_arabic_surname_after_the_full_name() -> None:
    names = _names_of("التقى فيكتور بوت بممثلين عن الحوثيين. ونفى بوت الاتهامات.", "Viktor Bout")
    assert "بوت" in names
