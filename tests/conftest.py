"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from armswatch.settings import get_settings


@pytest.fixture
def cli_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh SQLite file that ARMSWATCH_DATABASE points at, settings re-read before and after."""
    path = tmp_path / "armswatch.db"
    monkeypatch.setenv("ARMSWATCH_DATABASE", str(path))
    get_settings(reload=True)
    yield path
    monkeypatch.undo()
    get_settings(reload=True)
