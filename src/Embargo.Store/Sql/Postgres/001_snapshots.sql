-- PostgreSQL counterpart of Sql/001_snapshots.sql: the same tables and the same guarantees, enforced by triggers.
-- Snapshots: one row per imported version of a source. Immutable once written, except the active flag.
CREATE TABLE snapshots (
    snapshot_key  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source        text        NOT NULL,
    version       text        NOT NULL,
    published_at  timestamptz NULL,
    imported_at   timestamptz NOT NULL,
    content_hash  text        NOT NULL,
    format        text        NOT NULL,
    origin        text        NOT NULL,
    counts        jsonb       NOT NULL,
    issue_count   integer     NOT NULL,
    is_active     boolean     NOT NULL DEFAULT false,
    UNIQUE (source, version),
    UNIQUE (source, content_hash)
);

-- At most one active snapshot per source, enforced by the database itself.
CREATE UNIQUE INDEX snapshots_one_active ON snapshots (source) WHERE is_active;

-- Entry bodies are content-addressed: consecutive snapshots share most of them.
CREATE TABLE entry_bodies (
    hash text PRIMARY KEY,
    body text NOT NULL
);

CREATE TABLE snapshot_entries (
    snapshot_key bigint NOT NULL REFERENCES snapshots (snapshot_key),
    entity_id    text   COLLATE "C" NOT NULL,  -- ordinal order, as in SQLite
    kind         text   NOT NULL,
    name         text   NOT NULL,
    hash         text   NOT NULL REFERENCES entry_bodies (hash),
    PRIMARY KEY (snapshot_key, entity_id)
);

CREATE INDEX snapshot_entries_entity ON snapshot_entries (entity_id);

-- Nobody edits or deletes a stored snapshot: corrections arrive as new snapshots.
CREATE FUNCTION embargo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER snapshot_entries_immutable BEFORE UPDATE OR DELETE ON snapshot_entries
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('snapshot entries are immutable');
CREATE TRIGGER entry_bodies_immutable BEFORE UPDATE OR DELETE ON entry_bodies
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('entry bodies are immutable');
CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('snapshots are immutable except for activation');
-- A snapshot being written is finalised once (version, counts) inside its import transaction.
CREATE TRIGGER snapshots_only_activation BEFORE UPDATE ON snapshots
    FOR EACH ROW
    WHEN (OLD.version NOT LIKE 'pending-%' AND (
        NEW.snapshot_key, NEW.source, NEW.version, NEW.published_at, NEW.imported_at, NEW.content_hash,
        NEW.format, NEW.origin, NEW.counts, NEW.issue_count)
        IS DISTINCT FROM (
        OLD.snapshot_key, OLD.source, OLD.version, OLD.published_at, OLD.imported_at, OLD.content_hash,
        OLD.format, OLD.origin, OLD.counts, OLD.issue_count))
    EXECUTE FUNCTION embargo_refuse('snapshots are immutable except for activation');
-- TRUNCATE skips row triggers: refuse it on every table that keeps history.
CREATE TRIGGER snapshots_no_truncate BEFORE TRUNCATE ON snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('snapshots are immutable except for activation');
CREATE TRIGGER snapshot_entries_no_truncate BEFORE TRUNCATE ON snapshot_entries
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('snapshot entries are immutable');
CREATE TRIGGER entry_bodies_no_truncate BEFORE TRUNCATE ON entry_bodies
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('entry bodies are immutable');

-- Every node listens on this channel: a change of the active set reaches them all at commit.
CREATE FUNCTION embargo_notify_snapshots() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('embargo_snapshots', '');
    RETURN NULL;
END $$;
CREATE TRIGGER snapshots_notify AFTER INSERT OR UPDATE ON snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_notify_snapshots();
