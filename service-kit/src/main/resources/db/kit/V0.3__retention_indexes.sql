-- Retention (org.jixiao.kit.retention): published outbox rows and processed event ids older than the retention window
-- are deleted in batches. These indexes let each batch find its oldest rows without scanning the tables.
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
