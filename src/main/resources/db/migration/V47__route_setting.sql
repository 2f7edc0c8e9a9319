-- The route's settings the network changes on /beheer/instellingen without a developer:
-- how many coaches hold a gatekeepers-overleg, and when /coach lists a Doetank as stalling.
-- One row (id 1), seeded with what the portal used so far.
CREATE TABLE route_setting (
    id                  smallint     PRIMARY KEY CHECK (id = 1),
    coaches_at_overleg  integer      NOT NULL CHECK (coaches_at_overleg BETWEEN 1 AND 5),
    stall_percentile    numeric(3,2) NOT NULL CHECK (stall_percentile BETWEEN 0.5 AND 0.95),
    stall_minimum_stays integer      NOT NULL CHECK (stall_minimum_stays BETWEEN 1 AND 50),
    default_stay_months integer      NOT NULL CHECK (default_stay_months BETWEEN 1 AND 24),
    inactive_months     integer      NOT NULL CHECK (inactive_months BETWEEN 1 AND 24),
    version             bigint       NOT NULL DEFAULT 0
);

INSERT INTO route_setting (id, coaches_at_overleg, stall_percentile, stall_minimum_stays, default_stay_months,
                           inactive_months)
VALUES (1, 2, 0.75, 5, 6, 3);
