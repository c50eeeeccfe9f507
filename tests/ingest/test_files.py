"""Reading article files: encodings, refusals with clear messages, HTML, directories."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from armswatch.errors import BadDocumentError
from armswatch.ingest import document_from_bytes, expand_path, read_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

ARABIC = (
    "البحرية تضبط شحنة أسلحة\n"
    "أعلنت البحرية اليمنية يوم الخميس 14 مارس 2024 أنها ضبطت قارباً يحمل 1200 بندقية آلية "
    "كانت في طريقها إلى الحوثيين، وقال متحدث عسكري إن التحقيق مستمر.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def message(excinfo: pytest.ExceptionInfo[BadDocumentError]) -> str:
    return str(excinfo.value)


# --- encodings -----------------------------------------------------------------------------------

def test_windows_1256_arabic_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1256.txt", ARABIC.encode("cp1256"))
    doc = read_document(path)
    assert doc.text == ARABIC
    assert doc.metadata["encoding"] == "cp1256"
    assert "cp1256" in doc.metadata["warnings"]


def test_short_windows_1256_headline(tmp_path: Path) -> None:
    path = write(tmp_path, "short.txt", "ضبط شحنة أسلحة في عدن".encode("cp1256"))
    assert read_document(path).text == "ضبط شحنة أسلحة في عدن"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, f"{encoding}.txt", ARABIC.encode(encoding))
    doc = read_document(path)
    assert doc.text == ARABIC  # no BOM left at the start, so offsets start at the headline
    assert "warnings" not in doc.metadata


def test_windows_1251_russian(tmp_path: Path) -> None:
    text = "Таможенники изъяли партию автоматов Калашникова в порту Новороссийска.\n"
    assert read_document(write(tmp_path, "ru.txt", text.encode("cp1251"))).text == text


def test_newlines_are_normalised_before_extraction(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", b"Title line\r\nFirst paragraph.\r\n\r\nSecond.\rThird.")
    doc = read_document(path)
    assert doc.text == "Title line\nFirst paragraph.\n\nSecond.\nThird."
    assert doc.title == "Title line"


def test_utf8_with_one_broken_byte_stays_utf8(tmp_path: Path) -> None:
    data = ARABIC.encode() + b"\xff" + "نهاية".encode()
    doc = read_document(write(tmp_path, "broken.txt", data))
    assert doc.metadata["encoding"] == "utf-8"
    assert doc.text.startswith(ARABIC)
    assert "1 invalid UTF-8 byte" in doc.metadata["warnings"]


# --- refusals ------------------------------------------------------------------------------------

def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(BadDocumentError) as excinfo:
        read_document(path)
    assert message(excinfo) == f"{path}: empty file"


@pytest.mark.parametrize("data", [b"   \n\t\r\n  ", "\n \n".encode("utf-16")])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "blank.txt", data)
    with pytest.raises(BadDocumentError, match="empty file"):
        read_document(path)


@pytest.mark.parametrize(("data", "what"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "ZIP"),
])
def test_binary_formats(tmp_path: Path, data: bytes, what: str) -> None:
    path = write(tmp_path, "article.txt", data)
    with pytest.raises(BadDocumentError) as excinfo:
        read_document(path)
    assert message(excinfo).startswith(f"{path}: binary file, not text")
    assert what in message(excinfo)


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "blob.txt", bytes(range(256)) * 4)
    with pytest.raises(BadDocumentError, match="binary file, not text"):
        read_document(path)


def test_too_large_file_is_refused_without_reading_it(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(BadDocumentError) as excinfo:
        read_document(path)
    assert message(excinfo) == f"{path}: too large (50.0 MB > 10.0 MB limit)"


def test_size_limit_follows_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from armswatch.settings import get_settings

    monkeypatch.setenv("ARMSWATCH_MAX_DOCUMENT_BYTES", str(1024 * 1024))
    get_settings(reload=True)
    try:
        path = write(tmp_path, "two.txt", b"a" * (2 * 1024 * 1024))
        with pytest.raises(BadDocumentError, match=r"too large \(2\.0 MB > 1\.0 MB limit\)"):
            read_document(path)
    finally:
        monkeypatch.undo()
        get_settings(reload=True)


def test_undecodable_bytes(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    path = write(tmp_path, "noise.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
    with pytest.raises(BadDocumentError) as excinfo:
        read_document(path)
    assert message(excinfo) == f"{path}: not valid UTF-8 and no plausible text encoding found"


def test_broken_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"ok \xff\xfe\xfd\xfc")
    with pytest.raises(BadDocumentError, match="byte-order mark"):
        read_document(path)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(BadDocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(BadDocumentError, match="no such file or directory"):
        expand_path(tmp_path / "nope")


# --- HTML ----------------------------------------------------------------------------------------

def test_html_page_gives_article_text_and_metadata() -> None:
    doc = read_document(FIXTURES / "page.html")
    assert doc.title == "Coast guard seizes rifles bound for Yemen"
    assert doc.text.startswith("Coast guard seizes rifles bound for Yemen\n")
    assert "1,200 assault rifles" in doc.text
    assert "Subscribe" not in doc.text and "Sport" not in doc.text  # boilerplate dropped
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example.org/world/2024/03/05/coast-guard-rifles"
    assert doc.metadata["format"] == "html"
    assert "warnings" not in doc.metadata  # it says it is HTML: nothing to warn about


def test_html_saved_as_txt_is_extracted_with_a_warning() -> None:
    doc = read_document(FIXTURES / "html_saved_as.txt")
    assert "<p>" not in doc.text and "<div" not in doc.text
    assert "مئات البنادق الآلية" in doc.text
    assert doc.title == "البحرية تضبط شحنة أسلحة"
    assert "HTML" in doc.metadata["warnings"]


def test_html_fragment_in_txt(tmp_path: Path) -> None:
    data = b"<p>Officials seized 40 rifles.</p>\n<p>The buyer was arrested.</p>\n<div><b>Update</b></div>"
    doc = read_document(write(tmp_path, "fragment.txt", data))
    assert "Officials seized 40 rifles." in doc.text
    assert "<" not in doc.text


def test_text_mentioning_a_tag_is_not_html(tmp_path: Path) -> None:
    text = "Web editors use the <p> tag for paragraphs; this article is plain text.\n"
    doc = read_document(write(tmp_path, "plain.txt", text.encode()))
    assert doc.text == text
    assert doc.metadata["format"] == "text"


def test_document_from_bytes_uses_the_declared_suffix() -> None:
    doc = document_from_bytes(b"<p>Short page about a seizure of rifles.</p>", "upload", suffix=".html")
    assert doc.text == "Short page about a seizure of rifles."


# --- directories ---------------------------------------------------------------------------------

def test_directory_recurses_into_article_files() -> None:
    tree = FIXTURES / "tree"
    found = [p.relative_to(tree).as_posix() for p in expand_path(tree)]
    assert found == ["a.txt", "sub/b.md", "sub/c.htm"]  # no csv, no hidden files or folders


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(BadDocumentError, match="no article files"):
        expand_path(tmp_path)


def test_reading_a_directory_as_a_file_is_refused() -> None:
    with pytest.raises(BadDocumentError, match="is a directory"):
        read_document(FIXTURES / "tree")


def test_a_named_file_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "report.text", b"An article with an unusual suffix.\n")
    assert expand_path(path) == [path]
    assert read_document(path).text == "An article with an unusual suffix.\n"


def test_html_publication_date_is_only_what_the_page_declares() -> None:
    body = "<body><article><p>Russia delivered S-400 systems to Turkey in 2019, officials said on Monday."
    body += " The deal had been criticised by NATO allies for months.</p></article></body>"
    guessed = document_from_bytes(f"<html><head><title>Arms</title></head>{body}</html>".encode(), "page.html",
                                  suffix=".html")
    assert guessed.published is None  # "in 2019" in the text is no publication date
    declared = document_from_bytes(
        f'<html><head><title>Arms</title><meta property="article:published_time" content="2024-10-08">'
        f"</head>{body}</html>".encode(), "page.html", suffix=".html")
    assert declared.published == "2024-10-08"
