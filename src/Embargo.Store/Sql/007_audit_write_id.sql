-- Which write stored a record (AuditEntry.WriteId; not hashed), so that a write retried after its commit finds its
-- records stored and stores none twice. SQLite writes are not retried, but both stores keep the same columns.
ALTER TABLE audit_log ADD COLUMN write_id TEXT NULL;
CREATE UNIQUE INDEX audit_log_write_id ON audit_log (write_id) WHERE write_id IS NOT NULL;
