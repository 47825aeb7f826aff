-- Monitored parties under the client's own ids. Removal is soft: alerts keep pointing at the row, and adding the
-- id again brings the party back. data_hash is the SHA-256 of the screened data (Embargo.Core.Parties.PartyContent).
CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    kind        TEXT NULL,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL,          -- JSON array of strings
    birth_date  TEXT NULL,              -- ISO prefix: yyyy, yyyy-MM or yyyy-MM-dd
    country     TEXT NULL,
    id_number   TEXT NULL,
    gender      TEXT NULL,
    address     TEXT NULL,
    data_hash   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    removed_at  TEXT NULL
);

CREATE TRIGGER parties_no_delete BEFORE DELETE ON parties
BEGIN
    SELECT RAISE(ABORT, 'parties are removed (marked), not deleted: their alerts refer to them');
END;
