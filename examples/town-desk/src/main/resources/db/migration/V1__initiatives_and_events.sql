-- One row per initiative: its canonical interchange document, and the columns a town filters and
-- locks on, copied from the document when it is written (never edited apart from it).
CREATE TABLE initiative (
    id              TEXT        PRIMARY KEY,
    kind            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    territory_code  TEXT        NOT NULL,
    -- Optimistic locking: the ETag of the record; every change adds one.
    version         BIGINT      NOT NULL CHECK (version >= 1),
    document        JSONB       NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX initiative_status ON initiative (status);
CREATE INDEX initiative_kind ON initiative (kind);
CREATE INDEX initiative_territory ON initiative (territory_code);

-- The audit trail (journal): one row per lifecycle event of an initiative, in order, as the
-- document's history holds it; written in the same transaction as the document.
CREATE TABLE lifecycle_event (
    initiative_id   TEXT        NOT NULL REFERENCES initiative (id),
    seq             INTEGER     NOT NULL CHECK (seq >= 1),
    transition      TEXT        NOT NULL,
    from_status     TEXT        NOT NULL,
    to_status       TEXT        NOT NULL,
    actor_id        TEXT        NOT NULL,
    actor_name      TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    reason          TEXT        NOT NULL,
    PRIMARY KEY (initiative_id, seq)
);

CREATE INDEX lifecycle_event_actor ON lifecycle_event (actor_id);
CREATE INDEX lifecycle_event_occurred_at ON lifecycle_event (occurred_at);
