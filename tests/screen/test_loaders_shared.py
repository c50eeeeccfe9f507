"""The real list copies in /work/shared load completely (skipped where they are absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.screen.lists import load_into
from armswatch.store.sqlite import SQLiteStore

SHARED = Path("/work/shared/data/sanctions")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SHARED.is_dir(), reason="no /work/shared lists")]


def test_shared_lists_load_with_expected_counts(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "shared.db")
    with store:
        report = load_into(store, [SHARED])
        assert not report.failed
        counts = {i.name: i.entity_count for i in store.lists()}
        # Counts documented in SOURCES.md next to the files.
        assert counts == {"us_ofac_sdn": 14965, "us_ofac_nonsdn": 443, "un_sc": 877, "ca_sema": 4759,
                          "opensanctions_ua_war_sanctions": 5600}
        bout = store.get_listed("us-ofac-sdn-8279")
        assert bout is not None and "SERGITOV, Vitali" in bout.names and "BONT" in bout.names
        houthis = store.get_listed("us-ofac-sdn-47664")
        assert houthis is not None and {"ANSAR ALLAH", "HOUTHI GROUP"} <= set(houthis.names)
        sql = "SELECT COUNT(*) FROM list_entities WHERE dataset = 'un_sc' AND names GLOB '*[ء-ي]*'"
        arabic = store.conn.execute(sql).fetchone()[0]
        assert arabic >= 360  # SOURCES.md: 368 UN entries with Arabic original-script names
