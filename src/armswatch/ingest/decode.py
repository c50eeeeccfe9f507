"""Bytes -> text: the encoding of an article, found or refused.

Order matters: a byte-order mark is trusted first, then known binary signatures and NUL bytes
refuse the file, then strict UTF-8 (the common case, and one that a statistical detector can get
wrong on short texts), then "UTF-8 with a few broken bytes", and only then charset-normalizer's
guess among legacy code pages (Windows-1256 Arabic, Windows-1251 Cyrillic, Windows-1252 ...).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from armswatch.errors import BadDocumentError

__all__ = ["Decoded", "decode_bytes"]

# Leading bytes of formats people feed to a text reader by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "a SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text files (tab, newlines, form feed, escape are fine).
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _binary_error(source: str, what: str | None = None) -> BadDocumentError:
    detail = f" (looks like {what})" if what else ""
    return BadDocumentError(f"binary file, not text{detail}", source=source)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    return bad / len(text)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes sit on one side of each code unit (the high byte of ASCII).

    Arabic in UTF-16 has no NULs in its letters but does in its spaces and digits, so a one-sided
    NUL pattern plus a clean strict decode is a safe sign; anything else is binary.
    """
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if even + odd < 2:
        return None
    if odd >= 0.95 * (even + odd):
        encoding = "utf-16-le"
    elif even >= 0.95 * (even + odd):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _control_ratio(text) == 0 else None


def _near_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a truncated copy, one stray Latin-1 byte) stays UTF-8.

    Legacy code pages almost never form valid multi-byte UTF-8 sequences, so many valid ones
    and few invalid bytes mean the file is UTF-8 with damage, not another encoding.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if bad and good_multibyte >= 10 * bad:
        return text, bad
    return None


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode an article's bytes; ``BadDocumentError`` naming ``source`` when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise BadDocumentError(f"starts with a {encoding} byte-order mark but is not valid "
                                       f"{encoding} (byte {exc.start})", source=source) from exc

    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _binary_error(source, what)

    if b"\x00" in data:
        text16 = _bomless_utf16(data)
        if text16 is None:
            raise _binary_error(source)
        return Decoded(text16, "utf-16")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_ratio(text) > 0.01:
            raise _binary_error(source)
        return Decoded(text, "utf-8")

    near = _near_utf8(data)
    if near is not None:
        text, bad = near
        return Decoded(text, "utf-8", [f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD"])

    best = from_bytes(data).best()
    if best is None:
        raise BadDocumentError("not valid UTF-8 and no plausible text encoding found", source=source)
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise _binary_error(source)
    encoding = best.encoding
    return Decoded(text, encoding, [f"not UTF-8; decoded as {encoding}"])
