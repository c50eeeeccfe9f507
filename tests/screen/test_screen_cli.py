"""`armswatch screen` and `armswatch names score` on a SQLite store loaded with fixture lists."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from screen_helpers import load_fixture, run

from armswatch.settings import get_settings
from armswatch.store.sqlite import SQLiteStore


@pytest.fixture
def empty_db(cli_database: Path) -> Path:
    return cli_database


@pytest.fixture
def db(empty_db: Path) -> Path:
    store = SQLiteStore(empty_db)
    load_fixture(store)
    store.close()
    return empty_db


@pytest.mark.parametrize("query", ["Viktor Bout", "فيكتور بوت", "Виктор Бут"])
def test_json_output_best_first(db: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    # The fixture also lists a vessel named "VIKTOR BOUT": --type person is what puts it below.
    assert run(["screen", query, "--json", "--type", "person"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"]["name"] == query
    first = out["hits"][0]
    assert first["list_id"] == "8279" and first["match"] is True
    assert {"score", "listed_name", "list", "programs", "explanation"} <= set(first)
    assert all(h["score"] >= get_settings().match_threshold for h in out["hits"])


def test_all_shows_below_threshold(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", "Viktor", "--json", "--all"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and any(not h["match"] for h in hits)


def test_human_output_has_score_list_and_explanation(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", "أنصار الله", "--type", "organization"]) == 0
    out = capsys.readouterr().out
    assert "ANSARALLAH" in out and "THE HOUTHIS" in out and "YEe.001" in out and "why:" in out


def test_no_lists_loaded_exit_2(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", "Viktor Bout"]) == 2
    assert "armswatch lists load" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000, "\u200f\u202b"])
def test_bad_names_exit_2_without_traceback(db: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", name]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_bad_birth_date_exit_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", "Viktor Bout", "--birth-date", "1967/01/13"]) == 2
    assert "birth date" in capsys.readouterr().err


def test_batch_csv(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "names.csv"
    src.write_text("name,type,birth_date,country\nViktor Bout,person,1967,\nالحوثيين,,,\n,,,\n"
                   "Nobody Atall,,,\n", encoding="utf-8")
    out = tmp_path / "hits.csv"
    assert run(["screen", "--input", str(src), "--output", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    by_row: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_row.setdefault(r["row"], []).append(r)
    assert by_row["2"][0]["list_id"] == "8279"
    assert {"47664", "YEe.001"} <= {r["list_id"] for r in by_row["3"]}
    assert "empty" in by_row["4"][0]["error"]
    assert by_row["5"][0]["listed_name"] == ""
    assert "screened 4 names" in capsys.readouterr().err


def test_batch_needs_name_column(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "names.csv"
    src.write_text("who\nViktor Bout\n", encoding="utf-8")
    assert run(["screen", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == 2
    assert "`name` column" in capsys.readouterr().err


def test_names_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("name1\tname2\nفيكتور بوت\tBOUT, Viktor Anatolijevitch\n"
                     "فيكتور بوت\tViktor Yanukovych\n\u200fأنصار الله\tANSARALLAH\n"
                     "only one column\n\tempty\n",
                     encoding="utf-8")
    assert run(["names", "score", "--input", str(pairs)]) == 0
    captured = capsys.readouterr()
    lines = [line.split("\t") for line in captured.out.splitlines()]
    assert [(line[0], line[3]) for line in lines] == [
        ("فيكتور بوت", "match"), ("فيكتور بوت", "no-match"), ("أنصار الله", "match")]
    assert float(lines[0][2]) > float(lines[1][2])
    assert "skipped" in captured.err


@pytest.mark.slow
@pytest.mark.skipif(not Path("/work/shared/data/sanctions").is_dir(), reason="needs /work/shared")
@pytest.mark.parametrize("query", ["Viktor Bout", "فيكتور بوت", "Виктор Бут"])
def test_real_lists_bout_first(empty_db: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lists", "load", "/work/shared/data/sanctions/"]) == 0
    capsys.readouterr()
    assert run(["screen", query, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["hits"][0]
    assert first["list_id"] == "8279" and "BOUT" in first["listed_name"]
