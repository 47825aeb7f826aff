-- PostgreSQL counterpart of Sql/005_parties.sql.
-- Monitored parties under the client's own ids. Removal is soft: alerts keep pointing at the row, and adding the
-- id again brings the party back. data_hash is the SHA-256 of the screened data (Embargo.Core.Parties.PartyContent).
CREATE TABLE parties (
    id          text        PRIMARY KEY,
    kind        text        NULL,
    name        text        NOT NULL,
    aliases     text        NOT NULL,          -- JSON array of strings
    birth_date  text        NULL,              -- ISO prefix: yyyy, yyyy-MM or yyyy-MM-dd
    country     text        NULL,
    id_number   text        NULL,
    gender      text        NULL,
    address     text        NULL,
    data_hash   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    removed_at  timestamptz NULL
);

CREATE TRIGGER parties_no_delete BEFORE DELETE ON parties
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('parties are removed (marked), not deleted: their alerts refer to them');
CREATE TRIGGER parties_no_truncate BEFORE TRUNCATE ON parties
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('parties are removed (marked), not deleted: their alerts refer to them');
