-- The Café agenda: the network's meetings and a Doetank's own, with registrations and a waiting list.
CREATE TABLE event (
    id                     BIGSERIAL PRIMARY KEY,
    slug                   VARCHAR(100) NOT NULL,
    type                   VARCHAR(20)  NOT NULL,
    title                  VARCHAR(150) NOT NULL,
    description            TEXT         NOT NULL,
    excerpt                VARCHAR(300) NOT NULL,
    starts_at              TIMESTAMPTZ  NOT NULL,
    ends_at                TIMESTAMPTZ  NOT NULL,
    location               VARCHAR(200),
    online_url             VARCHAR(500),
    -- Empty: no limit.
    capacity               INT,
    -- Empty: open from the announcement, and until the start.
    registration_opens_at  TIMESTAMPTZ,
    registration_closes_at TIMESTAMPTZ,
    -- The team whose own meeting this is (type DOETANK).
    doetank_id             BIGINT REFERENCES doetank (id),
    report_post_id         BIGINT REFERENCES post (id) ON DELETE SET NULL,
    cancelled              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by             BIGINT       NOT NULL REFERENCES member (id),
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT event_type_ck CHECK (type IN ('CAFE', 'GRAND_CAFE', 'SHOW_AND_TELL', 'MASTERCLASS', 'DOETANK')),
    CONSTRAINT event_doetank_ck CHECK ((type = 'DOETANK') = (doetank_id IS NOT NULL)),
    CONSTRAINT event_times_ck CHECK (ends_at > starts_at),
    CONSTRAINT event_place_ck CHECK (location IS NOT NULL OR online_url IS NOT NULL),
    CONSTRAINT event_capacity_ck CHECK (capacity IS NULL OR capacity > 0)
);
CREATE UNIQUE INDEX event_slug_uk ON event (slug);
CREATE INDEX event_ends_idx ON event (ends_at, starts_at);
CREATE INDEX event_type_ends_idx ON event (type, ends_at, starts_at);
CREATE INDEX event_doetank_idx ON event (doetank_id, ends_at) WHERE doetank_id IS NOT NULL;

-- Doetanks that present at an event.
CREATE TABLE event_podium (
    event_id   BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    doetank_id BIGINT NOT NULL REFERENCES doetank (id),
    PRIMARY KEY (event_id, doetank_id)
);
CREATE INDEX event_podium_doetank_idx ON event_podium (doetank_id);

-- One row per registration; a cancelled one stays for the record, and the member may register again.
-- The waiting list is the WACHTLIJST rows of an event in id order (ids are taken under the event's row lock).
CREATE TABLE event_registration (
    id             BIGSERIAL PRIMARY KEY,
    event_id       BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    member_id      BIGINT       NOT NULL REFERENCES member (id),
    status         VARCHAR(20)  NOT NULL,
    note           VARCHAR(500),
    registered_at  TIMESTAMPTZ  NOT NULL,
    confirmed_at   TIMESTAMPTZ,
    cancelled_at   TIMESTAMPTZ,
    -- Moved up from the waiting list and not told yet on the site.
    promotion_unseen BOOLEAN    NOT NULL DEFAULT FALSE,
    CONSTRAINT event_registration_status_ck CHECK (status IN ('BEVESTIGD', 'WACHTLIJST', 'GEANNULEERD'))
);
CREATE UNIQUE INDEX event_registration_once_uk ON event_registration (event_id, member_id) WHERE status <> 'GEANNULEERD';
CREATE INDEX event_registration_queue_idx ON event_registration (event_id, status, id);
CREATE INDEX event_registration_member_idx ON event_registration (member_id, registered_at DESC);
CREATE INDEX event_registration_unseen_idx ON event_registration (member_id) WHERE promotion_unseen;
