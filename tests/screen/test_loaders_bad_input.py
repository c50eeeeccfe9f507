"""Hostile or broken list files give a BadListError naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.errors import BadListError
from armswatch.screen.loaders import load_file
from armswatch.screen.loaders.common import parse_xml

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "lists" / "bad"


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_dtd_entities_are_refused(name: str) -> None:
    with pytest.raises(BadListError, match="DTD or entities") as info:
        load_file(BAD / name)
    assert name in str(info.value)


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_parser_itself_refuses_dtds_even_without_sniffing(name: str) -> None:
    # load_file(fmt=...) skips detection; the parser must still refuse.
    with pytest.raises(BadListError, match="DTD or entities"):
        parse_xml(BAD / name)
    with pytest.raises(BadListError, match="DTD or entities"):
        load_file(BAD / name, fmt="un_sc_xml")


def test_external_entity_content_never_appears(tmp_path: Path) -> None:
    with pytest.raises(BadListError) as info:
        load_file(BAD / "external_entity.xml", fmt="ofac_xml")
    assert "root:" not in str(info.value)


@pytest.mark.parametrize(("name", "problem"), [
    ("truncated_un.xml", "malformed or truncated XML"),
    ("empty.csv", "file is empty"),
    ("books.csv", "unknown format"),
    ("opensanctions_truncated_targets.simple.csv", "malformed CSV"),
])
def test_broken_files(name: str, problem: str) -> None:
    with pytest.raises(BadListError, match=problem) as info:
        load_file(BAD / name)
    assert name in str(info.value)


def test_missing_file() -> None:
    with pytest.raises(BadListError, match="no such file"):
        load_file(BAD / "nope.xml")


def test_truncated_ofac_csv_row(tmp_path: Path) -> None:
    good = (Path(__file__).resolve().parents[1] / "fixtures" / "lists" / "ofac_csv" / "sdn.csv").read_bytes()
    cut = tmp_path / "sdn.csv"
    cut.write_bytes(good[: good.index(b"\r\n4243") + 20])
    with pytest.raises(BadListError, match=r"12 columns|malformed CSV"):
        load_file(cut)


def test_xml_of_another_kind(tmp_path: Path) -> None:
    other = tmp_path / "feed.xml"
    other.write_text("<rss><channel><title>news</title></channel></rss>")
    with pytest.raises(BadListError, match="root <rss>"):
        load_file(other)


def test_binary_file(tmp_path: Path) -> None:
    blob = tmp_path / "list.xml"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(BadListError, match="binary"):
        load_file(blob)
