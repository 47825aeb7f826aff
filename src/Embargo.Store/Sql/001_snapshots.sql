-- Snapshots: one row per imported version of a source. Immutable once written, except the active flag.
CREATE TABLE snapshots (
    snapshot_key  INTEGER PRIMARY KEY AUTOINCREMENT,
    source        TEXT    NOT NULL,
    version       TEXT    NOT NULL,
    published_at  TEXT    NULL,
    imported_at   TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    format        TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    counts        TEXT    NOT NULL,
    issue_count   INTEGER NOT NULL,
    is_active     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, version),
    UNIQUE (source, content_hash)
);

-- At most one active snapshot per source, enforced by the database itself.
CREATE UNIQUE INDEX snapshots_one_active ON snapshots (source) WHERE is_active = 1;

-- Entry bodies are content-addressed: consecutive snapshots share most of them.
CREATE TABLE entry_bodies (
    hash TEXT PRIMARY KEY,
    body TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE snapshot_entries (
    snapshot_key INTEGER NOT NULL REFERENCES snapshots (snapshot_key),
    entity_id    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    hash         TEXT    NOT NULL REFERENCES entry_bodies (hash),
    PRIMARY KEY (snapshot_key, entity_id)
) WITHOUT ROWID;

CREATE INDEX snapshot_entries_entity ON snapshot_entries (entity_id);

-- Nobody edits a stored snapshot: corrections arrive as new snapshots.
CREATE TRIGGER snapshot_entries_no_update BEFORE UPDATE ON snapshot_entries
BEGIN SELECT RAISE(ABORT, 'snapshot entries are immutable'); END;
CREATE TRIGGER entry_bodies_no_update BEFORE UPDATE ON entry_bodies
BEGIN SELECT RAISE(ABORT, 'entry bodies are immutable'); END;
CREATE TRIGGER snapshots_only_activation BEFORE UPDATE OF snapshot_key, source, version, published_at, imported_at,
    content_hash, format, origin, counts, issue_count ON snapshots
    -- A snapshot being written is finalised once (version, counts) inside its import transaction.
    WHEN OLD.version NOT LIKE 'pending-%'
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable except for activation'); END;
