"""Merge the part files in data-src/extract/parts/<prefix>_NN.json into the shipped data files.

Every part is a valid JSON object fragment of its target file; lists under the same key are
concatenated in part order, nested objects are merged key by key (later parts win on scalars).
After writing, the target is validated through its loader in armswatch.extract.resources.

    .venv/bin/python scripts/merge_extract_data.py            # every known target
    .venv/bin/python scripts/merge_extract_data.py weapons    # one target

To add a target, add a line to TARGETS: prefix -> (output file name, loader name, size function).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "armswatch" / "extract" / "data"
PARTS = ROOT / "data-src" / "extract" / "parts"

# prefix -> (target file, loader in armswatch.extract.resources)
TARGETS: dict[str, tuple[str, str]] = {
    "weapons": ("weapons.json", "load_weapons"),
    "gazetteer": ("gazetteer.json", "load_gazetteer"),
    "countries": ("countries.json", "load_country_names"),
    "person_cues": ("person_cues.json", "load_person_cues"),
}


def _merge(into: Any, part: Any, where: str) -> Any:
    if isinstance(into, dict) and isinstance(part, dict):
        for key, value in part.items():
            into[key] = _merge(into[key], value, f"{where}.{key}") if key in into else value
        return into
    if isinstance(into, list) and isinstance(part, list):
        return into + part
    if type(into) is not type(part):
        raise SystemExit(f"{where}: parts disagree on the type ({type(into).__name__} vs {type(part).__name__})")
    return part


def merge(prefix: str) -> int:
    target, loader = TARGETS[prefix]
    files = sorted(PARTS.glob(f"{prefix}_*.json"))
    if not files:
        raise SystemExit(f"no parts {PARTS}/{prefix}_*.json")
    merged: Any = None
    for path in files:
        try:
            part = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        merged = part if merged is None else _merge(merged, part, path.name)
    out = DATA / target
    out.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.path.insert(0, str(ROOT / "src"))
    resources = importlib.import_module("armswatch.extract.resources")
    loaded = getattr(resources, loader)()
    size = len(loaded) if hasattr(loaded, "__len__") else 1
    print(f"{out.relative_to(ROOT)}: {len(files)} parts, {loader}() -> {size} entries")
    return size


def main(argv: list[str]) -> None:
    for prefix in argv or list(TARGETS):
        merge(prefix)


if __name__ == "__main__":
    main(sys.argv[1:])
