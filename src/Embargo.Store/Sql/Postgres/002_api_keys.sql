-- API keys: the token is never stored, only its SHA-256 hash. Keys are revoked, never deleted, so that
-- the audit trail can always name the key behind a past request.
CREATE TABLE api_keys (
    id text PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('screen', 'review', 'approve', 'admin')),
    token_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    rate_limit_per_second integer CHECK (rate_limit_per_second IS NULL OR rate_limit_per_second >= 0)
);

CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('api keys are revoked, not deleted');
CREATE TRIGGER api_keys_no_truncate BEFORE TRUNCATE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('api keys are revoked, not deleted');
CREATE TRIGGER api_keys_only_revoke BEFORE UPDATE ON api_keys
    FOR EACH ROW
    WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.token_hash IS DISTINCT FROM OLD.token_hash OR NEW.role IS DISTINCT FROM OLD.role
          OR NEW.created_at IS DISTINCT FROM OLD.created_at OR OLD.revoked_at IS NOT NULL)
    EXECUTE FUNCTION embargo_refuse('an api key can only be revoked, once');
