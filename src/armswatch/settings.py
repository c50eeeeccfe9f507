"""Every ARMSWATCH_* setting, read once from the environment.

Each setting is declared once in ``SETTINGS`` with its default and its meaning; the README's
settings table is checked against this declaration by the test suite.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SETTINGS", "Setting", "Settings", "get_settings"]

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("ARMSWATCH_DATABASE", "armswatch.db",
            "Database: a SQLite file path (WAL mode) or a postgresql:// URL."),
    Setting("ARMSWATCH_MATCH_THRESHOLD", "0.75",
            "Score (0-1) at or above which a name counts as a sanctions match."),
    Setting("ARMSWATCH_MAX_DOCUMENT_BYTES", str(10 * 1024 * 1024),
            "Largest input document accepted, in bytes; larger files are refused with a clear error."),
    Setting("ARMSWATCH_LIST_URLS", "",
            "Override of the official list download URLs: comma-separated name=url pairs."),
    Setting("ARMSWATCH_DOWNLOAD_TIMEOUT", "60",
            "Seconds before a list download gives up."),
    Setting("ARMSWATCH_LOG_LEVEL", "WARNING",
            "Python logging level for the armswatch logger."),
)


@dataclass(frozen=True)
class Settings:
    database: str
    match_threshold: float
    max_document_bytes: int
    list_urls: dict[str, str]
    download_timeout: float
    log_level: str


def _raw(name: str) -> str:
    for setting in SETTINGS:
        if setting.name == name:
            return os.environ.get(name, setting.default)
    raise KeyError(name)


def _parse_urls(value: str) -> dict[str, str]:
    urls: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in value.split(","))):
        key, sep, url = pair.partition("=")
        if not sep:
            raise ValueError(f"ARMSWATCH_LIST_URLS: expected name=url, got {pair!r}")
        urls[key.strip()] = url.strip()
    return urls


_cached: Settings | None = None


def get_settings(reload: bool = False) -> Settings:
    """The settings, read from the environment on first use (or again when ``reload``)."""
    global _cached
    if _cached is None or reload:
        _cached = Settings(
            database=_raw("ARMSWATCH_DATABASE"),
            match_threshold=float(_raw("ARMSWATCH_MATCH_THRESHOLD")),
            max_document_bytes=int(_raw("ARMSWATCH_MAX_DOCUMENT_BYTES")),
            list_urls=_parse_urls(_raw("ARMSWATCH_LIST_URLS")),
            download_timeout=float(_raw("ARMSWATCH_DOWNLOAD_TIMEOUT")),
            log_level=_raw("ARMSWATCH_LOG_LEVEL"),
        )
    return _cached
