-- The detente store, applied by migration 0001_initial. One file for both dialects: each {name}
-- is filled from the dialect's type table in detente/store/dialect.py. Later changes go in new
-- named migrations (detente/store/migrations.py), never here.

CREATE TABLE inputs (
    content_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    articles INTEGER NOT NULL,
    ingested_at {timestamp} NOT NULL
);

CREATE TABLE runs (
    id {serial_pk},
    started_at {timestamp} NOT NULL,
    finished_at {timestamp},
    inputs {json} NOT NULL,
    new_articles INTEGER NOT NULL DEFAULT 0,
    duplicate_articles INTEGER NOT NULL DEFAULT 0,
    rejected_articles INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    errors {json}
);

-- seq keeps ingest order (ids are content hashes, so they do not).
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq {seq},
    hash TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    idx INTEGER NOT NULL,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,
    published_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    url TEXT,
    format TEXT NOT NULL,
    raw_start BIGINT NOT NULL,
    raw_end BIGINT NOT NULL,
    text TEXT NOT NULL,
    run_id BIGINT REFERENCES runs (id) ON DELETE SET NULL,
    ingested_at {timestamp} NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- A pair is stored once, with a < b in code-point order; near_duplicates() reads both sides.
CREATE TABLE near_duplicates (
    a TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a <> b)
);
CREATE INDEX near_duplicates_b ON near_duplicates (b);

CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature {blob} NOT NULL
);

-- data holds Record.fields (the kind-specific contract fields).
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'talks', 'position', 'claim', 'quote')),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    data {json} NOT NULL,
    CHECK (evidence_end >= evidence_start)
);
CREATE INDEX records_kind ON records (kind);
CREATE INDEX records_article ON records (article_id, evidence_start, evidence_end);
