-- A published version is what citizens filled in and what submissions point at: it must never
-- change or disappear, whatever code path (or hand-written SQL) tries.
CREATE TRIGGER `service_versions_no_update` BEFORE UPDATE ON `service_versions`
BEGIN
  SELECT RAISE(ABORT, 'service_versions rows are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `service_versions_no_delete` BEFORE DELETE ON `service_versions`
BEGIN
  SELECT RAISE(ABORT, 'service_versions rows are immutable');
END;
