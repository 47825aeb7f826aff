-- API keys: the token is never stored, only its SHA-256 hash. Keys are revoked, never deleted, so that
-- the audit trail can always name the key behind a past request.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('screen', 'review', 'approve', 'admin')),
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    rate_limit_per_second INTEGER CHECK (rate_limit_per_second IS NULL OR rate_limit_per_second >= 0)
);

CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys
BEGIN
    SELECT RAISE(ABORT, 'api keys are revoked, not deleted');
END;

CREATE TRIGGER api_keys_only_revoke BEFORE UPDATE ON api_keys
WHEN NEW.id IS NOT OLD.id OR NEW.token_hash IS NOT OLD.token_hash OR NEW.role IS NOT OLD.role
    OR NEW.created_at IS NOT OLD.created_at OR OLD.revoked_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an api key can only be revoked, once');
END;
