-- What each revision set of the measure and direction (NULL = the default), so that the revision history says it too.
ALTER TABLE indicator_revision ADD COLUMN measure_set VARCHAR(16);
ALTER TABLE indicator_revision ADD COLUMN direction_set VARCHAR(16);
-- Revisions written before this column: the current one takes what its indicator sets; earlier ones are unknown and
-- read as defaults, which they were unless set by a revision made after measures could be set.
UPDATE indicator_revision r
   SET measure_set = i.measure_set, direction_set = i.direction_set
  FROM indicator i
 WHERE r.indicator_id = i.id AND r.revision = i.revision;
