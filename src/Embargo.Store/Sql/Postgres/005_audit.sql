-- PostgreSQL counterpart of Sql/004_audit.sql: the audit trail, append-only and hash-chained (see
-- Embargo.Core.Audit.AuditChain). The sequence is assigned by the writer under an advisory transaction lock (no
-- identity gaps), so a missing number means a deletion. at, before_json, after_json and list_versions are text,
-- stored exactly as hashed (a timestamptz would round the time to microseconds and break the hash).
CREATE TABLE audit_log (
    seq           bigint PRIMARY KEY,
    at            text   NOT NULL,
    actor         text   NOT NULL,
    action        text   NOT NULL,
    subject       text   NOT NULL,
    before_json   text   NULL,
    after_json    text   NULL,
    list_versions text   NOT NULL,
    previous_hash text   NOT NULL,
    hash          text   NOT NULL
);

CREATE INDEX audit_log_subject ON audit_log (subject, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('the audit trail is append-only');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('the audit trail is append-only');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('the audit trail is append-only');
