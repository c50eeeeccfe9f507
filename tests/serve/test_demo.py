"""`armswatch demo` on a fresh directory, and the bundled sample articles it reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from armswatch.serve.cli import cli
from armswatch.serve.cli.demo_cmd import sample_articles
from armswatch.settings import get_settings
from armswatch.store.sqlite import SQLiteStore


@pytest.fixture
def fresh_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty working directory and no ARMSWATCH_DATABASE: the demo's first-run situation."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ARMSWATCH_DATABASE", raising=False)
    get_settings(reload=True)
    yield tmp_path
    monkeypatch.undo()
    get_settings(reload=True)


def demo() -> Result:
    return CliRunner().invoke(cli, ["demo"])


def _is_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum("\u0600" <= c <= "\u06ff" for c in letters) > len(letters) / 2


def test_sample_articles_are_bundled_and_well_formed() -> None:
    samples = sample_articles()
    assert 5 <= len(samples) <= 6
    texts = {s.name: s.read_bytes().decode("utf-8") for s in samples}
    assert sum(_is_arabic(t) for t in texts.values()) >= 3
    for name, text in texts.items():
        assert 1000 <= len(text.encode()) <= 3500, name
        title, _, body = text.partition("\n")
        assert title.strip() and len(title) < 120, name
        assert re.search(r"\b20\d\d\b", body), f"{name}: no publication year"


def test_demo_on_a_fresh_machine(fresh_dir: Path) -> None:
    result = demo()
    assert result.exit_code == 0, result.output
    database = fresh_dir / "armswatch.db"
    assert database.exists()
    titles = [s.read_bytes().decode("utf-8").split("\n", 1)[0] for s in sample_articles()]
    for title in titles:
        assert f"== {title}" in result.stdout
    count = len(titles)
    assert re.search(rf"{count} sample articles: \d+ transfers, \d+ entities on sanctions lists; "
                     rf"{count} newly stored in armswatch.db \({count} articles in total\)", result.stdout)
    with SQLiteStore(database) as store:
        assert store.count_articles() == count
        assert store.lists(), "the sample sanctions lists were not loaded"


def test_demo_twice_stores_nothing_new(fresh_dir: Path) -> None:
    assert demo().exit_code == 0
    again = demo()
    assert again.exit_code == 0, again.output
    assert "0 newly stored" in again.stdout
    assert "already stored as doc-" in again.stdout
    assert "bundled sample sanctions lists" not in again.stderr  # loaded once, on the first run


def _report_of(output: str, sample_name: str) -> str:
    for block in output.split("-" * 78):
        if f"samples/articles/{sample_name}" in block:
            return block
    raise AssertionError(f"no report for {sample_name}")


def test_demo_reports_the_bout_deal_and_his_listing(fresh_dir: Path) -> None:
    report = _report_of(demo().stdout, "ar_bout_houthis.txt")
    assert "Transfers (" in report
    assert "SANCTIONS MATCH" in report
    assert "10,000,000 USD" in report


def test_demo_finds_no_transfer_in_the_gun_law_story(fresh_dir: Path) -> None:
    report = _report_of(demo().stdout, "ar_gun_law_negative.txt")
    assert "Transfers: none reported in this article." in report
