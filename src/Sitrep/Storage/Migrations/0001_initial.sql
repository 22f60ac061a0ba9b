-- Documents, their events and each event's evidence. Dates are ISO 8601 text (YYYY-MM-DD), sortable as text.
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT NOT NULL UNIQUE,
    source_id        TEXT NOT NULL,
    format           TEXT NOT NULL,
    title            TEXT,
    url              TEXT,
    outlet           TEXT,
    published        TEXT,
    published_source TEXT,
    cleaned_text     TEXT NOT NULL,
    warnings         TEXT NOT NULL DEFAULT '[]',
    pipeline_version TEXT NOT NULL,
    ingested_at      TEXT NOT NULL,
    extracted_at     TEXT NOT NULL
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date           TEXT NOT NULL,
    date_end       TEXT,
    time_precision INTEGER NOT NULL CHECK (time_precision IN (1, 2, 3)),
    actor1         TEXT,
    assoc_actor_1  TEXT NOT NULL DEFAULT '[]',
    actor2         TEXT,
    assoc_actor_2  TEXT NOT NULL DEFAULT '[]',
    country        TEXT,
    admin1         TEXT,
    admin2         TEXT,
    location       TEXT,
    latitude       REAL,
    longitude      REAL,
    geo_precision  INTEGER NOT NULL CHECK (geo_precision IN (1, 2, 3)),
    fatalities     INTEGER NOT NULL CHECK (fatalities >= 0),
    injuries       INTEGER,
    weapon         TEXT,
    quantity       INTEGER,
    status         TEXT NOT NULL,
    claimed_by     TEXT,
    reported_by    TEXT NOT NULL DEFAULT '[]',
    confidence     REAL NOT NULL,
    rule_ids       TEXT NOT NULL DEFAULT '[]',
    UNIQUE (document_id, ordinal)
);

CREATE TABLE evidence (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);

CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_country ON events (country);
CREATE INDEX events_by_type ON events (event_type, sub_event_type);
CREATE INDEX events_by_document ON events (document_id);
