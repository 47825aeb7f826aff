-- Counterpart of Sql/007_audit_write_id.sql. Which write stored a record (AuditEntry.WriteId; not hashed): a
-- transaction retried after a lost commit acknowledgement finds its records stored and stores none twice.
ALTER TABLE audit_log ADD COLUMN write_id uuid NULL;
CREATE UNIQUE INDEX audit_log_write_id ON audit_log (write_id) WHERE write_id IS NOT NULL;
