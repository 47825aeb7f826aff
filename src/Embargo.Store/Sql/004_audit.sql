-- The audit trail: append-only and hash-chained (see Embargo.Core.Audit.AuditChain). The sequence is assigned
-- by the writer under the database's write lock (no AUTOINCREMENT gaps), so a missing number means a deletion.
-- before_json / after_json / list_versions are stored as text exactly as hashed.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    before_json   TEXT NULL,
    after_json    TEXT NULL,
    list_versions TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);

CREATE INDEX audit_log_subject ON audit_log (subject, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
