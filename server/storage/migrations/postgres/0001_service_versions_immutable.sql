-- A published version is what citizens filled in and what submissions point at: it must never
-- change or disappear, whatever code path (or hand-written SQL) tries.
CREATE FUNCTION service_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'service_versions rows are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_versions_immutable BEFORE UPDATE OR DELETE ON service_versions
FOR EACH ROW EXECUTE FUNCTION service_versions_immutable();
