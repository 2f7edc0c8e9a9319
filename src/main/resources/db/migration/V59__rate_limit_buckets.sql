-- Bucket4j's buckets for the rate limits (shared.RateLimits), shared by every instance.
-- id: the limit, its number and a hash of the address or member; state: Bucket4j's own
-- serialised bucket; expires_at: epoch milliseconds after which the bucket is full again
-- (the hourly cleanup removes it).
CREATE TABLE rate_limit_bucket (
    id         varchar(200) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
