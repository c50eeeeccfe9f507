"""Paths -> documents: size check before reading, decoding, HTML detection, newline normalisation.

The text a ``Document`` carries is final here: every span offset that extraction produces refers
to it exactly, so nothing downstream may alter it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from armswatch.errors import BadDocumentError
from armswatch.ingest.decode import decode_bytes
from armswatch.ingest.html import html_to_article, looks_like_html
from armswatch.model import Document
from armswatch.settings import get_settings

__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "document_from_bytes", "expand_path", "read_document"]

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MB = 1024 * 1024
_MAX_TITLE = 300


def _megabytes(size: int) -> str:
    return f"{size / _MB:.1f} MB"


def _too_large(size: int | None, limit: int, source: str) -> BadDocumentError:
    got = _megabytes(size) if size is not None else f"more than {_megabytes(limit)}"
    return BadDocumentError(f"too large ({got} > {_megabytes(limit)} limit)", source=source)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_line_title(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_TITLE else None
    return None


def document_from_bytes(data: bytes, source: str, *, suffix: str = "",
                        max_bytes: int | None = None) -> Document:
    """A ``Document`` from raw bytes: decoded, HTML reduced to its article text, newlines as ``\\n``.

    ``suffix`` (".html", ".txt", ...) says what the bytes claim to be; HTML is detected either way.
    Warnings (a legacy encoding, HTML in a text file) go to ``metadata["warnings"]``, one per line.
    """
    limit = get_settings().max_document_bytes if max_bytes is None else max_bytes
    if len(data) > limit:
        raise _too_large(len(data), limit, source)
    if not data.strip():
        raise BadDocumentError("empty file" if not data else "empty file (only whitespace)", source=source)
    decoded = decode_bytes(data, source)
    warnings = list(decoded.warnings)
    text = normalise_newlines(decoded.text).lstrip("\ufeff")
    metadata = {"encoding": decoded.encoding, "format": "text"}
    title: str | None = None
    published: str | None = None
    url: str | None = None

    declared_html = suffix.lower() in HTML_SUFFIXES
    if declared_html or looks_like_html(text):
        article = html_to_article(text)
        if not declared_html:
            warnings.append("contains HTML markup, not plain text; article text extracted with trafilatura")
        text = normalise_newlines(article.text)
        title, published, url = article.title, article.published, article.url
        metadata.update(article.metadata)
        metadata["format"] = "html"
        if not text.strip():
            raise BadDocumentError("HTML page with no article text", source=source)
    elif not text.strip():
        raise BadDocumentError("empty file (only whitespace)", source=source)

    if title is None:
        title = _first_line_title(text)
    if warnings:
        metadata["warnings"] = "\n".join(warnings)
    return Document(source=source, text=text, published=published, title=title, url=url,
                    metadata=metadata)


def read_document(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Document:
    """Read one article file; ``BadDocumentError`` naming the file and the problem otherwise."""
    path = Path(path)
    source = str(path)
    limit = get_settings().max_document_bytes if max_bytes is None else max_bytes
    try:
        if not path.exists():
            raise BadDocumentError("no such file", source=source)
        if path.is_dir():
            raise BadDocumentError("is a directory (pass it to expand_path)", source=source)
        size = path.stat().st_size
        # Refuse before reading, so a huge file costs nothing; pipes and special files report 0,
        # hence the bounded read below as well.
        if size > limit:
            raise _too_large(size, limit, source)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as exc:
        raise BadDocumentError("permission denied", source=source) from exc
    except OSError as exc:
        raise BadDocumentError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    if len(data) > limit:
        raise _too_large(None, limit, source)
    return document_from_bytes(data, source, suffix=path.suffix, max_bytes=limit)


def expand_path(path: str | os.PathLike[str],
                suffixes: Iterable[str] = ARTICLE_SUFFIXES) -> list[Path]:
    """The article files a command-line path names: the file itself, or a directory's article files.

    A directory is searched recursively for ``suffixes`` (hidden files and folders skipped), in
    sorted order so runs are repeatable. A missing path or a directory without articles raises.
    """
    path = Path(path)
    if not path.exists():
        raise BadDocumentError("no such file or directory", source=str(path))
    if not path.is_dir():
        return [path]
    wanted = {s.lower() for s in suffixes}
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files)
                     if not name.startswith(".") and Path(name).suffix.lower() in wanted)
    if not found:
        listed = ", ".join(sorted(wanted))
        raise BadDocumentError(f"directory contains no article files ({listed})", source=str(path))
    return found
