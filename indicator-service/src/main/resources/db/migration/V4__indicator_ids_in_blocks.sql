-- indicator-service takes indicator and revision ids from these sequences 50 at a time (Hibernate's pooled
-- optimizer), so the rows of an import are inserted in JDBC batches instead of one round trip each. The increment
-- must equal the allocation size of the entities' @SequenceGenerator; ids stay unique, only gaps appear.
ALTER SEQUENCE indicator_id_seq INCREMENT BY 50;
ALTER SEQUENCE indicator_revision_id_seq INCREMENT BY 50;
