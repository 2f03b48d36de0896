-- A request's status history is what the citizen and the agency rely on (issue 6: append-only
-- and ordered): an entry never changes or disappears, whatever code path or hand-written SQL tries.
CREATE TRIGGER `request_status_events_no_update` BEFORE UPDATE ON `request_status_events`
BEGIN
  SELECT RAISE(ABORT, 'request_status_events rows are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `request_status_events_no_delete` BEFORE DELETE ON `request_status_events`
BEGIN
  SELECT RAISE(ABORT, 'request_status_events rows are append-only');
END;
