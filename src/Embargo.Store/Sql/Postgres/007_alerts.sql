-- PostgreSQL counterpart of Sql/006_alerts.sql.
-- Alerts: one per potential match of a monitored party with a listed entity, with its review.
CREATE TABLE alerts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    party_id      text             NOT NULL REFERENCES parties (id),
    entity_id     text             NOT NULL,
    entity_name   text             NOT NULL,
    matched_name  text             NOT NULL,
    score         double precision NOT NULL,
    status        text             NOT NULL CHECK (status IN ('open', 'in_review', 'pending_approval', 'decided', 'escalated', 'closed')),
    decision      text             NULL CHECK (decision IS NULL OR decision IN ('true_match', 'false_positive')),
    assignee      text             NULL,
    version       integer          NOT NULL,
    reason        text             NOT NULL,
    reason_detail text             NULL,
    explanation   text             NOT NULL,
    list_versions text             NOT NULL,          -- JSON array
    party_data    text             NOT NULL,          -- the party's screened data when raised (canonical JSON)
    party_hash    text             NOT NULL,
    entity_hash   text             NOT NULL,
    entity_data   text             NOT NULL,          -- the listed entity's JSON when raised
    created_at    timestamptz      NOT NULL,
    updated_at    timestamptz      NOT NULL,
    decided_by    text             NULL,
    decided_at    timestamptz      NULL,
    approved_by   text             NULL,
    approved_at   timestamptz      NULL,
    closed_note   text             NULL
);

-- At most one alert per pair is being worked: screening twice (or two nodes screening at once) cannot duplicate it.
CREATE UNIQUE INDEX alerts_one_active ON alerts (party_id, entity_id)
    WHERE status IN ('open', 'in_review', 'pending_approval', 'escalated');
CREATE INDEX alerts_status ON alerts (status, id);
CREATE INDEX alerts_pair ON alerts (party_id, entity_id, id);
CREATE INDEX alerts_entity ON alerts (entity_id) WHERE status IN ('open', 'in_review', 'pending_approval', 'escalated');

CREATE TRIGGER alerts_no_delete BEFORE DELETE ON alerts
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('alerts are closed, not deleted');
CREATE TRIGGER alerts_no_truncate BEFORE TRUNCATE ON alerts
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('alerts are closed, not deleted');

-- What was found, when and against which lists never changes; only the review does.
CREATE TRIGGER alerts_found_fixed BEFORE UPDATE ON alerts
    FOR EACH ROW
    WHEN ((NEW.id, NEW.party_id, NEW.entity_id, NEW.entity_name, NEW.matched_name, NEW.score, NEW.reason, NEW.reason_detail, NEW.explanation,
           NEW.list_versions, NEW.party_data, NEW.party_hash, NEW.entity_hash, NEW.entity_data, NEW.created_at)
          IS DISTINCT FROM
          (OLD.id, OLD.party_id, OLD.entity_id, OLD.entity_name, OLD.matched_name, OLD.score, OLD.reason, OLD.reason_detail, OLD.explanation,
           OLD.list_versions, OLD.party_data, OLD.party_hash, OLD.entity_hash, OLD.entity_data, OLD.created_at))
    EXECUTE FUNCTION embargo_refuse('what an alert found is immutable; only its review changes');

CREATE TRIGGER alerts_version_grows BEFORE UPDATE ON alerts
    FOR EACH ROW
    WHEN (NEW.version <> OLD.version + 1)
    EXECUTE FUNCTION embargo_refuse('every alert change takes the next version');

-- An alert's history: comments, assignments, decisions. Append-only.
CREATE TABLE alert_events (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id bigint      NOT NULL REFERENCES alerts (id),
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    kind     text        NOT NULL,
    text     text        NULL
);
CREATE INDEX alert_events_alert ON alert_events (alert_id, id);
CREATE TRIGGER alert_events_append_only BEFORE UPDATE OR DELETE ON alert_events
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('alert history is append-only');
CREATE TRIGGER alert_events_no_truncate BEFORE TRUNCATE ON alert_events
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('alert history is append-only');

-- The allow-list: final false positives, each holding while the party and the entity stay as decided.
CREATE TABLE allow_list (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    party_id    text        NOT NULL REFERENCES parties (id),
    entity_id   text        NOT NULL,
    alert_id    bigint      NOT NULL REFERENCES alerts (id),
    party_hash  text        NOT NULL,
    party_data  text        NOT NULL,
    entity_hash text        NOT NULL,
    entity_data text        NOT NULL,
    decided_by  text        NOT NULL,
    approved_by text        NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NULL,
    ended_at    timestamptz NULL,
    end_reason  text        NULL
);
CREATE UNIQUE INDEX allow_list_one_active ON allow_list (party_id, entity_id) WHERE ended_at IS NULL;
CREATE INDEX allow_list_expiry ON allow_list (expires_at) WHERE ended_at IS NULL;
CREATE TRIGGER allow_list_no_delete BEFORE DELETE ON allow_list
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('allow-list entries are ended, not deleted');
CREATE TRIGGER allow_list_no_truncate BEFORE TRUNCATE ON allow_list
    FOR EACH STATEMENT EXECUTE FUNCTION embargo_refuse('allow-list entries are ended, not deleted');
CREATE TRIGGER allow_list_only_end BEFORE UPDATE ON allow_list
    FOR EACH ROW
    WHEN (OLD.ended_at IS NOT NULL OR
          (NEW.id, NEW.party_id, NEW.entity_id, NEW.alert_id, NEW.party_hash, NEW.entity_hash, NEW.created_at, NEW.expires_at)
          IS DISTINCT FROM
          (OLD.id, OLD.party_id, OLD.entity_id, OLD.alert_id, OLD.party_hash, OLD.entity_hash, OLD.created_at, OLD.expires_at))
    EXECUTE FUNCTION embargo_refuse('an allow-list entry can only be ended, once');

-- Settings as JSON text: the review policy, what monitoring last saw.
CREATE TABLE settings (
    key        text        PRIMARY KEY,
    value      text        NOT NULL,
    updated_at timestamptz NOT NULL
);
