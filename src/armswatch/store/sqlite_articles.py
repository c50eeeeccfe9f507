"""Articles and extractions in SQLite.

An article is stored once per text (``content_hash`` UNIQUE), with its extraction kept whole as
the JSON contract and also spread over normalised tables (entities, mentions, transfers, their
parties and weapons, FtM statements) for querying. ``add_extraction`` writes all of it in one
transaction: either the whole article is there or none of it.

Span columns are ``span_start``/``span_end``: ``end`` is a reserved word in SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from armswatch.errors import StoreError
from armswatch.model import Extraction, Transfer
from armswatch.model.extraction import utcnow
from armswatch.store.base import StoredArticle
from armswatch.store.statements import entity_statements, ftm_entity_id, ftm_schema

__all__ = ["SQLiteArticlesMixin"]

_V1 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    language TEXT,
    published TEXT,
    title TEXT,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    extraction TEXT NOT NULL,
    extracted_at TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_stored_at ON articles (stored_at);
CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    ftm_id TEXT NOT NULL,
    schema TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    sanctions TEXT NOT NULL DEFAULT '[]',
    embargoes TEXT NOT NULL DEFAULT '[]',
    sanctioned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_ftm ON article_entities (ftm_id);
CREATE INDEX article_entities_name ON article_entities (name);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    type TEXT NOT NULL,
    canonical TEXT NOT NULL,
    key TEXT NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, entity_id);
CREATE TABLE transfers (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    location TEXT,
    value_amount REAL,
    value_currency TEXT,
    quantity INTEGER,
    confidence REAL NOT NULL,
    reported_by TEXT NOT NULL DEFAULT '[]',
    denied_by TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL DEFAULT '[]',
    embargo_flags TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX transfers_status ON transfers (status);
CREATE TABLE transfer_parties (
    article_id TEXT NOT NULL,
    transfer_idx INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    ftm_id TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    FOREIGN KEY (article_id, transfer_idx) REFERENCES transfers (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX transfer_parties_ftm ON transfer_parties (ftm_id);
CREATE INDEX transfer_parties_transfer ON transfer_parties (article_id, transfer_idx);
CREATE TABLE transfer_weapons (
    article_id TEXT NOT NULL,
    transfer_idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    category TEXT NOT NULL,
    quantity INTEGER,
    un_register TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    FOREIGN KEY (article_id, transfer_idx) REFERENCES transfers (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX transfer_weapons_transfer ON transfer_weapons (article_id, transfer_idx);
CREATE INDEX transfer_weapons_category ON transfer_weapons (category);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    statement_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    schema TEXT NOT NULL,
    prop TEXT NOT NULL,
    value TEXT NOT NULL,
    lang TEXT,
    dataset TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    extractor TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE INDEX statements_entity ON statements (entity_id);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_value ON statements (prop, value)
"""


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


class SQLiteArticlesMixin:
    conn: sqlite3.Connection
    # (name, SQL) pairs applied once each, in order; never edit a landed one, add a new one.
    ARTICLE_MIGRATIONS: tuple[tuple[str, str], ...] = (("articles_v1", _V1),)

    def add_extraction(self, extraction: Extraction) -> bool:
        doc = extraction.document
        try:
            # IMMEDIATE takes the write lock now, so the "already stored?" check and the insert
            # cannot interleave with another writer's.
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot start a transaction: {exc}", source=doc.source) from exc
        try:
            if self.has_article(doc.content_hash):
                self.conn.execute("ROLLBACK")
                return False
            self._insert_extraction(extraction)
            self.conn.execute("COMMIT")
            return True
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK")
            if self.has_article(doc.content_hash):
                return False
            raise
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _insert_extraction(self, extraction: Extraction) -> None:
        doc = extraction.document
        self.conn.execute(
            "INSERT INTO articles (id, content_hash, source, url, language, published, title, text, "
            "metadata, extraction, extracted_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.content_hash, doc.source, doc.url, doc.language, doc.published, doc.title,
             doc.text, _dumps(doc.metadata), _dumps(extraction.to_json()), extraction.extracted_at,
             utcnow()),
        )
        ftm_ids: dict[str, str] = {}
        for entity in extraction.entities:
            ftm_ids[entity.id] = ftm_entity_id(entity)
            self.conn.execute(
                "INSERT INTO article_entities (article_id, entity_id, ftm_id, schema, type, name, "
                "sanctions, embargoes, sanctioned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, entity.id, ftm_ids[entity.id], ftm_schema(entity.type), entity.type, entity.name,
                 _dumps([h.to_json() for h in entity.sanctions]), _dumps(entity.embargoes),
                 int(any(h.match for h in entity.sanctions))),
            )
            self.conn.executemany(
                "INSERT INTO mentions (article_id, entity_id, text, span_start, span_end, type, canonical, "
                "key, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, entity.id, m.text, m.start, m.end, m.type, m.canonical, m.key, m.extractor)
                 for m in entity.mentions],
            )
        for idx, transfer in enumerate(extraction.transfers):
            self._insert_transfer(doc.id, idx, transfer, ftm_ids)
        self.conn.executemany(
            "INSERT INTO statements (statement_id, entity_id, schema, prop, value, lang, dataset, "
            "article_id, span_start, span_end, extractor, extracted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'armswatch', ?, ?, ?, ?, ?)",
            [(s.statement_id, s.entity_id, s.schema, s.prop, s.value, s.lang, s.article_id, s.start,
              s.end, s.extractor, s.extracted_at) for s in entity_statements(extraction)],
        )

    def _insert_transfer(self, article_id: str, idx: int, transfer: Transfer,
                         ftm_ids: dict[str, str]) -> None:
        value = transfer.value
        self.conn.execute(
            "INSERT INTO transfers (article_id, idx, status, date, location, value_amount, value_currency, "
            "quantity, confidence, reported_by, denied_by, evidence, embargo_flags) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, idx, transfer.status, transfer.date, transfer.location,
             value.amount if value else None, value.currency if value else None, transfer.quantity,
             transfer.confidence, _dumps(transfer.reported_by), _dumps(transfer.denied_by),
             _dumps([e.to_json() for e in transfer.evidence]), _dumps(transfer.embargo_flags)),
        )
        parties = [(role, p) for role, group in (("supplier", transfer.supplier), ("broker", transfer.broker),
                                                 ("recipient", transfer.recipient)) for p in group]
        self.conn.executemany(
            "INSERT INTO transfer_parties (article_id, transfer_idx, role, name, text, entity_id, ftm_id, "
            "span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, idx, role, p.name, p.text, p.entity, ftm_ids.get(p.entity), p.start, p.end)
             for role, p in parties],
        )
        self.conn.executemany(
            "INSERT INTO transfer_weapons (article_id, transfer_idx, name, text, category, quantity, "
            "un_register, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, idx, w.name, w.text, w.category, w.quantity, w.un_register, w.start, w.end)
             for w in transfer.weapons],
        )

    def has_article(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def articles(self) -> Iterator[StoredArticle]:
        # Fetch in pages so iterating a large store neither loads it whole nor holds a read
        # transaction open across the caller's own writes.
        last: tuple[str, str] = ("", "")
        while True:
            rows = self.conn.execute(
                "SELECT id, source, language, published, title, stored_at, extraction FROM articles "
                "WHERE (stored_at, id) > (?, ?) ORDER BY stored_at, id LIMIT 200", last,
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield StoredArticle(id=row["id"], source=row["source"], language=row["language"],
                                    published=row["published"], title=row["title"],
                                    stored_at=row["stored_at"], extraction=json.loads(row["extraction"]))
            last = (rows[-1]["stored_at"], rows[-1]["id"])

    def count_articles(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0])
