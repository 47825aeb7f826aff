-- Users: reviewers, approvers, administrators. Disabled, never deleted, so the audit trail can always name them.
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,            -- comma-separated, sorted: review, approve, admin
    password_hash TEXT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    TEXT NOT NULL
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are disabled, not deleted');
END;

CREATE TRIGGER users_id_fixed BEFORE UPDATE OF id, created_at ON users
WHEN NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a user id never changes');
END;

-- An API key may act for a user: then the user is the actor, and the key is refused once the user is disabled.
ALTER TABLE api_keys ADD COLUMN user_id TEXT NULL REFERENCES users (id);

DROP TRIGGER api_keys_only_revoke;
CREATE TRIGGER api_keys_only_revoke BEFORE UPDATE ON api_keys
WHEN NEW.id IS NOT OLD.id OR NEW.token_hash IS NOT OLD.token_hash OR NEW.role IS NOT OLD.role
    OR NEW.created_at IS NOT OLD.created_at OR NEW.user_id IS NOT OLD.user_id OR OLD.revoked_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an api key can only be revoked, once');
END;
