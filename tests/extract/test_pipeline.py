from __future__ import annotations

from typing import ClassVar

import pytest

from armswatch.extract import Component, Pipeline, PipelineError, default_pipeline, detect_language
from armswatch.extract.context import Context


class _NeedsWeapons(Component):
    name: ClassVar[str] = "needs-weapons"
    needs: ClassVar[tuple[str, ...]] = ("weapons",)

    def __call__(self, ctx: Context) -> None:
        pass


def test_pipeline_refuses_a_component_whose_needs_come_later() -> None:
    with pytest.raises(PipelineError, match="needs-weapons"):
        Pipeline([_NeedsWeapons()])


def test_default_pipeline_declares_every_step() -> None:
    steps = default_pipeline().describe()
    names = [name for name, _, _ in steps]
    assert names[0] == "language" and names[-1] == "transfers"
    provided = {"document"}
    for _, needs, adds in steps:
        assert set(needs) <= provided
        provided |= set(adds)


@pytest.mark.parametrize(("text", "language"), [
    ("وقعت روسيا ومصر عقدا لتزويد القاهرة بمقاتلات", "ar"),
    ("Russia signed a contract to supply fighter jets to Egypt", "en"),
    ("Россия подписала контракт на поставку истребителей в Египет", "ru"),
    ("La Russie a signé un contrat pour livrer des avions de combat à l'Égypte", "fr"),
])
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_mixed_documents_get_a_language_per_sentence() -> None:
    from armswatch.extract import extract_document
    from armswatch.model import Document

    text = ("نقلت الصحيفة عن مسؤول أمريكي قوله إن البحرية ضبطت الشحنة في بحر العرب قبل وصولها إلى الحوثيين "
            "في اليمن، وإن السفينة كانت تحمل أسلحة إيرانية الصنع بينها صواريخ مضادة للدبابات. "
            "\"The shipment was bound for the Houthis and carried Kornet missiles,\" the official said.")
    result = extract_document(Document("mixed", text)).to_json()
    assert result["language"] == "ar"
    assert result["languages"] == ["ar", "en"]
