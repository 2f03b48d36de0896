-- A request's status history is what the citizen and the agency rely on (issue 6: append-only
-- and ordered): an entry never changes or disappears, whatever code path or hand-written SQL tries.
CREATE FUNCTION request_status_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'request_status_events rows are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER request_status_events_append_only BEFORE UPDATE OR DELETE ON request_status_events
FOR EACH ROW EXECUTE FUNCTION request_status_events_append_only();
