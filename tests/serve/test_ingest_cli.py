"""`armswatch ingest`: per-file errors, no double storing, JSON lines, warnings, summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from armswatch.serve.cli import cli
from armswatch.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

ARABIC = (
    "البحرية تضبط شحنة أسلحة متجهة إلى الحوثيين\n"
    "عدن - 14 مارس 2024\n"
    "أعلن خفر السواحل اليمني يوم الخميس أنه ضبط قارباً يحمل 1200 بندقية كلاشنيكوف كانت في طريقها إلى "
    "الحوثيين، وقال متحدث إن الشحنة أُرسلت من إيران.\n"
)
ENGLISH = (
    "Police arrest broker over rifle sale\n"
    "Published 2 May 2025\n"
    "Police in Athens arrested a broker accused of selling 300 assault rifles to a militia in Libya, "
    "officials said on Friday.\n"
)


@pytest.fixture
def database(cli_database: Path) -> Path:
    return cli_database


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["ingest", *args])


def article_texts(database: Path) -> dict[str, str]:
    with SQLiteStore(database) as store:
        return {row["source"]: row["text"] for row in store.conn.execute("SELECT source, text FROM articles")}


def write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_one_article_is_stored(database: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "ar.txt", ARABIC.encode())
    result = run(path)
    assert result.exit_code == 0, result.output
    assert f"stored: {path}" in result.stdout
    assert "1 articles read, 1 stored, 0 already stored, 0 failed;" in result.stdout
    assert article_texts(database) == {path: ARABIC}


def test_same_text_twice_is_stored_once(database: Path, tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", ARABIC.encode())
    copy = write(tmp_path, "copy.txt", ARABIC.replace("\n", "\r\n").encode("cp1256"))
    assert run(first).exit_code == 0
    result = run(copy)
    assert result.exit_code == 0, result.output
    assert f"already stored: {copy}" in result.stdout
    assert "1 articles read, 0 stored, 1 already stored, 0 failed; 0 transfers" in result.stdout
    assert list(article_texts(database)) == [first]


def test_windows_1256_file_is_stored_as_unicode(database: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", ARABIC.encode("cp1256"))
    result = run(path)
    assert result.exit_code == 0, result.output
    assert article_texts(database)[path] == ARABIC
    assert "decoded as cp1256" in result.stderr


def test_bad_files_fail_alone(database: Path, tmp_path: Path) -> None:
    kept = write(tmp_path, "kept.txt", ENGLISH.encode())
    assert run(kept).exit_code == 0

    good = write(tmp_path, "good.txt", ARABIC.encode())
    empty = write(tmp_path, "empty.txt", b"")
    binary = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    missing = str(tmp_path / "missing.txt")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    result = run(empty, binary, good, missing, str(huge))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {empty}: empty file",
        f"error: {binary}: binary file, not text (looks like a PNG image)",
        f"error: {missing}: no such file or directory",
        f"error: {huge}: too large (50.0 MB > 10.0 MB limit)",
    ]
    assert "Traceback" not in result.output
    assert "5 articles read, 1 stored, 0 already stored, 4 failed;" in result.stdout
    # The good file went in, the bad ones left nothing, the earlier article is intact.
    assert article_texts(database) == {kept: ENGLISH, good: ARABIC}


def test_json_lines(database: Path, tmp_path: Path) -> None:
    paths = [write(tmp_path, "a.txt", ARABIC.encode()), write(tmp_path, "b.txt", ENGLISH.encode())]
    result = run("--json", *paths)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == paths
    for record in records:
        assert record["stored"] is True
        assert record["id"].startswith("doc-")
        assert isinstance(record["transfers"], list) and isinstance(record["entities"], list)
    assert "2 articles read, 2 stored" in result.stderr  # stdout stays pure JSON lines

    again = run("--json", paths[0])
    assert [json.loads(line)["stored"] for line in again.stdout.splitlines()] == [False]


def test_offsets_refer_to_the_stored_text(database: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", ARABIC.replace("\n", "\r\n").encode("utf-8-sig"))
    result = run("--json", path)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    text = article_texts(database)[path]
    assert text == ARABIC
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for transfer in record["transfers"]:
        for span in transfer["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_no_lists_is_a_warning_not_an_error(database: Path, tmp_path: Path) -> None:
    result = run(write(tmp_path, "a.txt", ENGLISH.encode()))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "no sanctions lists loaded" in line]
    assert len(warnings) == 1


def test_html_in_txt_is_extracted_with_a_warning(database: Path) -> None:
    path = FIXTURES / "html_saved_as.txt"
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: contains HTML markup" in result.stderr
    [text] = article_texts(database).values()
    assert "<p>" not in text and "مئات البنادق الآلية" in text


def test_directory_is_ingested_recursively(database: Path) -> None:
    result = run(str(FIXTURES / "tree"))
    assert result.exit_code == 0, result.output
    assert "3 articles read, 3 stored, 0 already stored, 0 failed;" in result.stdout
    assert sorted(Path(s).name for s in article_texts(database)) == ["a.txt", "b.md", "c.htm"]


def test_screening_runs_when_lists_are_loaded(database: Path, tmp_path: Path) -> None:
    from armswatch.screen.lists import ensure_sample_lists

    with SQLiteStore(database) as store:
        ensure_sample_lists(store)
    sample = Path(__file__).resolve().parents[2] / "src/armswatch/samples/articles/ar_bout_houthis.txt"
    result = run("--json", str(sample))
    assert result.exit_code == 0, result.output
    assert "no sanctions lists loaded" not in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    matched = {h["listed_name"] for e in record["entities"] for h in e["sanctions"] if h["match"]}
    assert any("BOUT" in name.upper() for name in matched), matched
