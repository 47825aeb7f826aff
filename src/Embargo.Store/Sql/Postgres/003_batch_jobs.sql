-- Batch screening jobs shared by every node (PostgreSQL only: with SQLite a single node keeps them as files).
-- A node claims a job with FOR UPDATE SKIP LOCKED and holds it by a lease it renews; a job whose lease ran out
-- (its node died) is claimed again by another node, which resumes it from the checkpoint kept in `state`.
CREATE TABLE batch_jobs (
    id            text PRIMARY KEY,
    owner         text        NOT NULL,
    created_at    timestamptz NOT NULL,
    status        text        NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    -- Settings, progress and checkpoint as the application writes them (JSON).
    state         jsonb       NOT NULL,
    input_length  bigint      NOT NULL,
    -- Bytes of output stored so far: the offset the next chunk starts at.
    output_length bigint      NOT NULL DEFAULT 0,
    lease_node    text        NULL,
    lease_until   timestamptz NULL,
    claims        integer     NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX batch_jobs_unfinished ON batch_jobs (created_at, id) WHERE status IN ('queued', 'running');
CREATE INDEX batch_jobs_owner ON batch_jobs (owner, created_at);

-- The uploaded file, in chunks of up to 1 MB, so any node can read it.
CREATE TABLE batch_job_input (
    job_id text    NOT NULL REFERENCES batch_jobs (id),
    seq    integer NOT NULL,
    data   bytea   NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- The results, one chunk per flush, keyed by the byte offset it starts at: written in the same transaction as
-- the checkpoint that counts it, so a taken-over job never has a chunk twice or a hole.
CREATE TABLE batch_job_output (
    job_id        text   NOT NULL REFERENCES batch_jobs (id),
    output_offset bigint NOT NULL,
    data          bytea  NOT NULL,
    PRIMARY KEY (job_id, output_offset)
);

-- Stored chunks are never rewritten.
CREATE TRIGGER batch_job_input_immutable BEFORE UPDATE ON batch_job_input
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('job input is immutable');
CREATE TRIGGER batch_job_output_immutable BEFORE UPDATE ON batch_job_output
    FOR EACH ROW EXECUTE FUNCTION embargo_refuse('job output is immutable');
