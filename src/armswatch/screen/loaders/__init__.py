"""Sanctions-list loaders: recognise an official file by its content and read it into list entities.

``load_file(path)`` reads one file (raising ``BadListError``); ``load_path(path)`` reads a file or
every recognised file of a directory, yielding a ``LoadedList`` or a ``LoadFailure`` per file so
that one bad file never stops the others. OFAC's alt.csv/add.csv companions are joined to the
sdn.csv found beside them (recognised by content, whatever their names).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from armswatch.errors import BadListError
from armswatch.screen.loaders.ca_sema import load_ca_sema
from armswatch.screen.loaders.common import LoadedList, parse_xml, read_bytes
from armswatch.screen.loaders.eu_fsf import load_eu_fsf
from armswatch.screen.loaders.ofac_csv import load_ofac_csv, sniff_ofac_csv_rows
from armswatch.screen.loaders.ofac_xml import load_ofac_advanced, load_ofac_xml
from armswatch.screen.loaders.opensanctions import SIMPLE_COLUMNS, load_os_ftm, load_os_simple
from armswatch.screen.loaders.uk_ofsi import find_ofsi_header, load_uk_ofsi_csv, load_uk_ofsi_xml
from armswatch.screen.loaders.un_sc import load_un_sc

__all__ = ["COMPANION_FORMATS", "LoadFailure", "LoadedList", "detect_format", "load_file", "load_path"]

# Formats that are only parts of another file's list.
COMPANION_FORMATS = {"ofac_alt_csv", "ofac_add_csv"}
_SNIFF_BYTES = 64 * 1024
_XML_ROOTS = {
    "sdnList": "ofac_xml",
    "Sanctions": "ofac_advanced_xml",
    "CONSOLIDATED_LIST": "un_sc_xml",
    "export": "eu_fsf_xml",
    "data-set": "ca_sema_xml",
    "ArrayOfFinancialSanctionsTarget": "uk_ofsi_xml",
}


@dataclass(slots=True)
class LoadFailure:
    path: Path
    error: BadListError


def _head(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            raw = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        raise BadListError(f"cannot read file: {exc.strerror or exc}", source=str(path)) from exc
    if not raw.strip():
        raise BadListError("file is empty", source=str(path))
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadListError("binary file, not a sanctions list", source=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sniff window is fine; anything else is Latin-1.
        cut = exc.start > len(raw) - 4
        text = raw[: exc.start].decode("utf-8-sig") if cut else raw.decode("cp1252", "replace")
    return text.replace("\x1a", "")


def detect_format(path: Path) -> str:
    """The format of a list file, from its content; BadListError when it is none we know."""
    head = _head(path)
    stripped = head.lstrip()
    if stripped.startswith("<"):
        if re.search(r"<!DOCTYPE|<!ENTITY", head, re.I):
            raise BadListError("XML declares a DTD or entities; refused, since entity expansion and external "
                               "entities can exhaust memory or read local files", source=str(path))
        m = re.search(r"<(?![?!])([A-Za-z_][\w.:-]*)", head)
        root = m.group(1).split(":")[-1] if m else ""
        fmt = _XML_ROOTS.get(root)
        if fmt == "eu_fsf_xml" and "sanctionEntity" not in head and "eu.europa.eu" not in head:
            fmt = None
        if fmt:
            return fmt
        raise BadListError(f"XML with root <{root}> is not a sanctions list format armswatch knows",
                           source=str(path))
    if stripped.startswith("{"):
        first = stripped.splitlines()[0]
        try:
            item = json.loads(first)
        except json.JSONDecodeError:
            item = None
        if isinstance(item, dict) and "schema" in item and "id" in item:
            return "os_ftm_json"
        raise BadListError("JSON that is not FollowTheMoney entities (one per line)", source=str(path))
    lines = head.splitlines()
    if len(head) >= _SNIFF_BYTES:
        lines = lines[:-1]  # the last line may be cut by the sniff window
    try:
        rows = [r for r in csv.reader(io.StringIO("\n".join(lines[:60]))) if any(c.strip() for c in r)]
    except csv.Error:
        rows = []
    if rows:
        if SIMPLE_COLUMNS <= {c.strip() for c in rows[0]}:
            return "os_simple_csv"
        if find_ofsi_header(rows) is not None:
            return "uk_ofsi_csv"
        kind = sniff_ofac_csv_rows(rows[:50])
        if kind:
            return f"ofac_{kind}_csv"
    raise BadListError("unknown format: not one of the sanctions list formats armswatch reads "
                       "(OFAC, UN, EU, UK OFSI, Canada SEMA, OpenSanctions)", source=str(path))


def _companions(path: Path) -> tuple[list[Path], list[Path]]:
    alts: list[Path] = []
    adds: list[Path] = []
    for sibling in sorted(path.parent.iterdir()):
        if sibling == path or not sibling.is_file() or sibling.suffix.lower() not in {".csv", ".txt", ""}:
            continue
        try:
            fmt = detect_format(sibling)
        except BadListError:
            continue
        if fmt == "ofac_alt_csv":
            alts.append(sibling)
        elif fmt == "ofac_add_csv":
            adds.append(sibling)
    return alts, adds


def load_file(path: Path | str, fmt: str | None = None) -> LoadedList:
    """Read one list file. Raises BadListError naming the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise BadListError("no such file", source=str(path))
    fmt = fmt or detect_format(path)
    if fmt in COMPANION_FORMATS:
        raise BadListError(f"an OFAC {fmt[5:8]}.csv holds no list by itself; load it with its sdn.csv "
                           "(put them in one directory)", source=str(path))
    if fmt == "ofac_sdn_csv":
        alts, adds = _companions(path)
        return load_ofac_csv(path, alts, adds)
    if fmt == "os_simple_csv":
        return load_os_simple(path)
    if fmt == "uk_ofsi_csv":
        return load_uk_ofsi_csv(path)
    if fmt == "os_ftm_json":
        return load_os_ftm(path)
    data = read_bytes(path)
    root = parse_xml(path, data)
    if fmt == "ofac_xml":
        return load_ofac_xml(path, root)
    if fmt == "ofac_advanced_xml":
        return load_ofac_advanced(path, root)
    if fmt == "un_sc_xml":
        return load_un_sc(path, root)
    if fmt == "eu_fsf_xml":
        return load_eu_fsf(path, root)
    if fmt == "ca_sema_xml":
        return load_ca_sema(path, root)
    if fmt == "uk_ofsi_xml":
        return load_uk_ofsi_xml(path, root)
    raise BadListError(f"unknown format {fmt!r}", source=str(path))


def list_files(path: Path) -> list[Path]:
    """The files a path stands for: itself, or a directory's visible files (not recursive)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                      and p.suffix.lower() not in {".md", ".txt", ".py", ".pyc"})
    return [path]


def load_path(path: Path | str) -> Iterator[LoadedList | LoadFailure]:
    """Each list in a file or directory, or a failure naming the file; companion files are skipped."""
    path = Path(path)
    if not path.exists():
        yield LoadFailure(path, BadListError("no such file or directory", source=str(path)))
        return
    files = list_files(path)
    has_sdn = False
    formats: dict[Path, str] = {}
    for file in files:
        try:
            formats[file] = detect_format(file)
            has_sdn = has_sdn or formats[file] == "ofac_sdn_csv"
        except BadListError as exc:
            yield LoadFailure(file, exc)
    for file, fmt in formats.items():
        if fmt in COMPANION_FORMATS and (has_sdn or path.is_dir()):
            if not has_sdn:
                yield LoadFailure(file, BadListError(
                    f"OFAC {fmt[5:8]}.csv without an sdn.csv in the same directory", source=str(file)))
            continue
        try:
            yield load_file(file, fmt)
        except BadListError as exc:
            yield LoadFailure(file, exc)
