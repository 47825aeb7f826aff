-- PostgreSQL counterpart of Sql/003_users.sql.
-- Users: reviewers, approvers, administrators. Disabled, never deleted, so the audit trail can always name them.
CREATE TABLE users (
    id            text        PRIMARY KEY,
    name          text        NOT NULL,
    roles         text        NOT NULL,            -- comma-separated, sorted: review, approve, admin
    password_hash text        NULL,
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('users are disabled, not deleted');
CREATE TRIGGER users_no_truncate BEFORE TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('users are disabled, not deleted');
CREATE TRIGGER users_id_fixed BEFORE UPDATE ON users
    FOR EACH ROW
    WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.created_at IS DISTINCT FROM OLD.created_at)
    EXECUTE FUNCTION embargo_refuse('a user id never changes');

-- An API key may act for a user: then the user is the actor, and the key is refused once the user is disabled.
ALTER TABLE api_keys ADD COLUMN user_id text NULL REFERENCES users (id);

DROP TRIGGER api_keys_only_revoke ON api_keys;
CREATE TRIGGER api_keys_only_revoke BEFORE UPDATE ON api_keys
    FOR EACH ROW
    WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.token_hash IS DISTINCT FROM OLD.token_hash OR NEW.role IS DISTINCT FROM OLD.role
          OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.user_id IS DISTINCT FROM OLD.user_id OR OLD.revoked_at IS NOT NULL)
    EXECUTE FUNCTION embargo_refuse('an api key can only be revoked, once');
