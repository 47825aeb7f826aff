-- Alerts: one per potential match of a monitored party with a listed entity, with its review.
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    party_id      TEXT    NOT NULL REFERENCES parties (id),
    entity_id     TEXT    NOT NULL,
    entity_name   TEXT    NOT NULL,
    matched_name  TEXT    NOT NULL,
    score         REAL    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('open', 'in_review', 'pending_approval', 'decided', 'escalated', 'closed')),
    decision      TEXT    NULL CHECK (decision IS NULL OR decision IN ('true_match', 'false_positive')),
    assignee      TEXT    NULL,
    version       INTEGER NOT NULL,
    reason        TEXT    NOT NULL,
    reason_detail TEXT    NULL,
    explanation   TEXT    NOT NULL,
    list_versions TEXT    NOT NULL,          -- JSON array
    party_data    TEXT    NOT NULL,          -- the party's screened data when raised (canonical JSON)
    party_hash    TEXT    NOT NULL,
    entity_hash   TEXT    NOT NULL,
    entity_data   TEXT    NOT NULL,          -- the listed entity's JSON when raised
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    decided_by    TEXT    NULL,
    decided_at    TEXT    NULL,
    approved_by   TEXT    NULL,
    approved_at   TEXT    NULL,
    closed_note   TEXT    NULL
);

-- At most one alert per pair is being worked: screening twice (or two screenings at once) cannot duplicate it.
CREATE UNIQUE INDEX alerts_one_active ON alerts (party_id, entity_id)
    WHERE status IN ('open', 'in_review', 'pending_approval', 'escalated');
CREATE INDEX alerts_status ON alerts (status, id);
CREATE INDEX alerts_pair ON alerts (party_id, entity_id, id);
CREATE INDEX alerts_entity ON alerts (entity_id) WHERE status IN ('open', 'in_review', 'pending_approval', 'escalated');

CREATE TRIGGER alerts_no_delete BEFORE DELETE ON alerts
BEGIN SELECT RAISE(ABORT, 'alerts are closed, not deleted'); END;

-- What was found, when and against which lists never changes; only the review does.
CREATE TRIGGER alerts_found_fixed BEFORE UPDATE OF id, party_id, entity_id, entity_name, matched_name, score, reason, reason_detail,
    explanation, list_versions, party_data, party_hash, entity_hash, entity_data, created_at ON alerts
WHEN NEW.id IS NOT OLD.id OR NEW.party_id IS NOT OLD.party_id OR NEW.entity_id IS NOT OLD.entity_id OR NEW.score IS NOT OLD.score
    OR NEW.explanation IS NOT OLD.explanation OR NEW.list_versions IS NOT OLD.list_versions OR NEW.party_hash IS NOT OLD.party_hash
    OR NEW.entity_hash IS NOT OLD.entity_hash OR NEW.entity_data IS NOT OLD.entity_data OR NEW.created_at IS NOT OLD.created_at OR NEW.reason IS NOT OLD.reason
BEGIN SELECT RAISE(ABORT, 'what an alert found is immutable; only its review changes'); END;

CREATE TRIGGER alerts_version_grows BEFORE UPDATE ON alerts
WHEN NEW.version <> OLD.version + 1
BEGIN SELECT RAISE(ABORT, 'every alert change takes the next version'); END;

-- An alert's history: comments, assignments, decisions. Append-only.
CREATE TABLE alert_events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id INTEGER NOT NULL REFERENCES alerts (id),
    at       TEXT    NOT NULL,
    actor    TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    text     TEXT    NULL
);
CREATE INDEX alert_events_alert ON alert_events (alert_id, id);
CREATE TRIGGER alert_events_no_update BEFORE UPDATE ON alert_events
BEGIN SELECT RAISE(ABORT, 'alert history is append-only'); END;
CREATE TRIGGER alert_events_no_delete BEFORE DELETE ON alert_events
BEGIN SELECT RAISE(ABORT, 'alert history is append-only'); END;

-- The allow-list: final false positives, each holding while the party and the entity stay as decided.
CREATE TABLE allow_list (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    party_id    TEXT    NOT NULL REFERENCES parties (id),
    entity_id   TEXT    NOT NULL,
    alert_id    INTEGER NOT NULL REFERENCES alerts (id),
    party_hash  TEXT    NOT NULL,
    party_data  TEXT    NOT NULL,
    entity_hash TEXT    NOT NULL,
    entity_data TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    approved_by TEXT    NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NULL,
    ended_at    TEXT    NULL,
    end_reason  TEXT    NULL
);
CREATE UNIQUE INDEX allow_list_one_active ON allow_list (party_id, entity_id) WHERE ended_at IS NULL;
CREATE INDEX allow_list_expiry ON allow_list (expires_at) WHERE ended_at IS NULL;
CREATE TRIGGER allow_list_no_delete BEFORE DELETE ON allow_list
BEGIN SELECT RAISE(ABORT, 'allow-list entries are ended, not deleted'); END;
CREATE TRIGGER allow_list_only_end BEFORE UPDATE ON allow_list
WHEN OLD.ended_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.party_id IS NOT OLD.party_id OR NEW.entity_id IS NOT OLD.entity_id
    OR NEW.alert_id IS NOT OLD.alert_id OR NEW.party_hash IS NOT OLD.party_hash OR NEW.entity_hash IS NOT OLD.entity_hash
    OR NEW.created_at IS NOT OLD.created_at OR NEW.expires_at IS NOT OLD.expires_at
BEGIN SELECT RAISE(ABORT, 'an allow-list entry can only be ended, once'); END;

-- Settings as JSON text: the review policy, what monitoring last saw.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
