"""`armswatch lists load/status/update`: per-file errors, exit codes, downloads that keep old lists."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from screen_helpers import run

from armswatch.screen.lists import ensure_sample_lists, update_lists
from armswatch.screen.sources import ListSource
from armswatch.settings import get_settings
from armswatch.store.sqlite import SQLiteStore

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


@pytest.fixture
def db(cli_database: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARMSWATCH_DOWNLOAD_TIMEOUT", "5")
    get_settings(reload=True)
    return cli_database


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    root.mkdir()
    shutil.copy(FIX / "un_sc.xml", root / "consolidated.xml")
    (root / "truncated.xml").write_bytes((FIX / "un_sc.xml").read_bytes()[:2000])
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/partial.xml":
            # Promise more than is sent, as a dropped connection does.
            body = (FIX / "un_sc.xml").read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:1500])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_load_directory_prints_lists_and_per_file_errors(db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIX / "un_sc.xml", src)
    shutil.copy(FIX / "eu_fsf.xml", src)
    shutil.copy(FIX / "bad" / "billion_laughs.xml", src)
    assert run(["lists", "load", str(src)]) == 0
    out, err = capsys.readouterr()
    assert "un_sc: UN Security Council, 3 entities, list date 2025-04-19" in out
    assert "eu_fsf: EU, 2 entities" in out
    [line] = [x for x in err.splitlines() if x.startswith("error:")]
    assert "billion_laughs.xml" in line and "DTD" in line
    assert "1 file(s) failed" in err
    assert run(["lists", "status"]) == 0
    out, _ = capsys.readouterr()
    assert "un_sc" in out and "eu_fsf" in out and "UN Security Council Consolidated List" in out


def test_load_only_bad_files_exits_2_and_keeps_old_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lists", "load", str(FIX / "un_sc.xml")]) == 0
    assert run(["lists", "load", str(FIX / "bad" / "truncated_un.xml"), str(FIX / "bad" / "empty.csv")]) == 2
    _, err = capsys.readouterr()
    assert "truncated_un.xml" in err and "empty.csv" in err and "Traceback" not in err
    with SQLiteStore(db) as store:
        assert {i.name: i.entity_count for i in store.lists()} == {"un_sc": 3}


def test_update_success_and_truncated_download_keeps_old(db: Path, server: str) -> None:
    with SQLiteStore(db) as store:
        [ok] = update_lists(store, sources=[ListSource("un_sc", f"{server}/consolidated.xml", 1)])
        assert ok.error is None and ok.loaded is not None
        [meta] = store.lists()
        assert (meta.name, meta.entity_count, meta.source) == ("un_sc", 3, f"{server}/consolidated.xml")
        [bad] = update_lists(store, sources=[ListSource("un_sc", f"{server}/truncated.xml", 1)])
        assert bad.loaded is None and bad.error and "does not parse" in bad.error
        [missing] = update_lists(store, sources=[ListSource("un_sc", f"{server}/gone.xml", 1)])
        assert missing.error and "HTTP 404" in missing.error
        [partial] = update_lists(store, sources=[ListSource("un_sc", f"{server}/partial.xml", 1)])
        assert partial.error and "partial download" in partial.error
        assert store.lists()[0].entity_count == 3
        assert store.get_listed("un-sc-6908876") is not None


def test_update_refuses_implausibly_small_list(db: Path, server: str) -> None:
    with SQLiteStore(db) as store:
        [result] = update_lists(store, sources=[ListSource("un_sc", f"{server}/consolidated.xml", 300)])
        assert result.error and "implausible entity count 3" in result.error
        assert store.lists() == []


def test_update_cli_with_url_override(db: Path, server: str, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ARMSWATCH_LIST_URLS", f"un_sc={server}/consolidated.xml")
    get_settings(reload=True)
    assert run(["lists", "update", "--only", "un_sc"]) == 0
    assert "updated un_sc: UN Security Council, 3 entities" in capsys.readouterr().out


def test_update_offline_fails_each_list_with_exit_3(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    dead = "http://127.0.0.1:9"  # discard port: connection refused
    monkeypatch.setenv("ARMSWATCH_LIST_URLS", f"un_sc={dead}/a.xml,eu_fsf={dead}/b.xml")
    get_settings(reload=True)
    assert run(["lists", "update", "--only", "un_sc", "--only", "eu_fsf"]) == 3
    err = capsys.readouterr().err
    errors = [x for x in err.splitlines() if x.startswith("error:")]
    assert len(errors) == 2 and all("previous copy kept" in x for x in errors)


def test_update_unknown_name_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lists", "update", "--only", "nope"]) == 2
    assert "unknown list name(s): nope" in capsys.readouterr().err


def test_ensure_sample_lists_only_fills_an_empty_store(db: Path) -> None:
    with SQLiteStore(db) as store:
        report = ensure_sample_lists(store)
        assert report is not None and not report.failed
        assert {i.name for i in store.lists()} == {"us_ofac_sdn", "un_sc", "opensanctions_ua_war_sanctions"}
        assert ensure_sample_lists(store) is None
