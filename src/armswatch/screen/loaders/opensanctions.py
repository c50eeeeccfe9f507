"""OpenSanctions exports: ``targets.simple.csv`` and ``entities.ftm.json`` (FtM entities, one a line)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData

from armswatch.errors import BadListError
from armswatch.screen.loaders.common import ListBuilder, LoadedList, clean, read_text
from armswatch.store.base import ListInfo

__all__ = ["SIMPLE_COLUMNS", "load_os_ftm", "load_os_simple"]

SIMPLE_COLUMNS = {"id", "schema", "name", "aliases", "birth_date", "countries", "sanctions"}
_KNOWN_TITLES = {"ukraine war and sanctions": "ua_war_sanctions"}
_TARGET_SCHEMAS = {"Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane", "PublicBody"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "default"


def _dataset_name(path: Path, datasets: set[str]) -> str:
    # OpenSanctions file names carry the dataset (".../<dataset>/targets.simple.csv" or our copies).
    m = re.match(r"opensanctions_(.+?)_(?:targets|entities)", path.name)
    if m:
        return f"opensanctions_{_slug(m.group(1))}"
    parent = path.parent.name
    generic = {"", ".", "latest", "lists"}
    if path.name in {"targets.simple.csv", "entities.ftm.json"} and parent not in generic:
        if not re.fullmatch(r"\d{8}", parent):
            return f"opensanctions_{_slug(parent)}"
    if len(datasets) == 1:
        title = next(iter(datasets))
        return f"opensanctions_{_KNOWN_TITLES.get(title.lower(), _slug(title))}"
    return "opensanctions_default"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if clean(v)]


def load_os_simple(path: Path, text: str | None = None) -> LoadedList:
    body = read_text(path) if text is None else text
    try:
        reader = csv.DictReader(io.StringIO(body), strict=True)
        rows = list(reader)
    except csv.Error as exc:
        raise BadListError(f"malformed CSV: {exc}", source=str(path)) from exc
    if not SIMPLE_COLUMNS <= set(reader.fieldnames or []):
        raise BadListError("not an OpenSanctions targets.simple.csv (missing columns)", source=str(path))
    if any(None in row or None in row.values() for row in rows):
        raise BadListError("rows with a different column count than the header (truncated?)",
                           source=str(path))
    datasets = {d for row in rows for d in _split(row.get("dataset") or row.get("datasets"))}
    name = _dataset_name(path, datasets)
    title = next(iter(datasets)) if len(datasets) == 1 else "OpenSanctions consolidated targets"
    dates = [row.get("last_change") or row.get("last_seen") or "" for row in rows]
    info = ListInfo(name=name, authority="OpenSanctions", title=f"OpenSanctions: {title}",
                    source=str(path), list_date=(max(dates)[:10] or None) if dates else None)
    builder = ListBuilder(info, source_url="https://www.opensanctions.org/")
    for row in rows:
        schema = row["schema"] if row["schema"] in _TARGET_SCHEMAS else "LegalEntity"
        entity = model.make_entity(schema)
        entity.id = builder.entity_id(row["id"])
        entity.add("name", clean(row["name"]))
        entity.add("alias", _split(row["aliases"]))
        entity.add("birthDate", _split(row["birth_date"]), quiet=True)
        entity.add("country", _split(row["countries"]), quiet=True)
        entity.add("address", _split(row.get("addresses")), quiet=True)
        entity.add("notes", _split(row.get("identifiers")), quiet=True)
        programs = _split(row.get("program_ids"))
        reasons = _split(row.get("sanctions"))
        sanction = builder.sanction(entity, program=programs, list_id=row["id"],
                                    reason=" | ".join(reasons) or None)
        builder.add(entity, [sanction], list_id=row["id"], programs=programs)
    return builder.finish(path, "os_simple_csv")


def load_os_ftm(path: Path, text: str | None = None) -> LoadedList:
    body = read_text(path) if text is None else text
    raw: list[dict[str, Any]] = []
    for no, line in enumerate(body.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadListError(f"line {no}: invalid JSON ({exc.msg})", source=str(path)) from exc
        if not isinstance(item, dict) or "schema" not in item:
            raise BadListError(f"line {no}: not a FollowTheMoney entity", source=str(path))
        raw.append(item)
    datasets = {d for item in raw for d in item.get("datasets", [])}
    name = _dataset_name(path, datasets)
    newest = max((str(i.get("last_change", ""))[:10] for i in raw), default="")
    title = f"OpenSanctions: {', '.join(sorted(datasets))[:80]}"
    info = ListInfo(name=name, authority="OpenSanctions", title=title, source=str(path),
                    list_date=newest or None)
    builder = ListBuilder(info, source_url="https://www.opensanctions.org/")
    sanctions = defaultdict(list)
    targets = []
    try:
        for item in raw:
            proxy = model.get_proxy(item, cleaned=False)
            if proxy.schema.name == "Sanction":
                for target_id in proxy.get("entity"):
                    sanctions[target_id].append(proxy)
            elif proxy.schema.name in _TARGET_SCHEMAS or proxy.schema.is_a("LegalEntity"):
                targets.append((item, proxy))
    except InvalidData as exc:
        raise BadListError(f"invalid FtM entity: {exc}", source=str(path)) from exc
    any_flag = any("target" in item for item, _ in targets)
    for item, proxy in targets:
        linked = sanctions.get(proxy.id or "", [])
        if (any_flag and not item.get("target")) or (not any_flag and sanctions and not linked):
            continue
        native = proxy.id or ""
        proxy.id = builder.entity_id(native)
        for sanction in linked:
            sanction.set("entity", proxy.id)
        programs = [p for s in linked for p in s.get("program") + s.get("programId")]
        builder.add(proxy, linked, list_id=native, programs=programs)
    return builder.finish(path, "os_ftm_json")
