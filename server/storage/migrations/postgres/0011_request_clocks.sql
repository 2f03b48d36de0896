CREATE TABLE "request_clocks" (
	"submission_id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"service_code" text NOT NULL,
	"calendar_ms" bigint NOT NULL,
	"working_ms" bigint NOT NULL,
	"running_since_ms" bigint,
	"open" boolean NOT NULL,
	"decision" text,
	"decided_at_ms" bigint
);
--> statement-breakpoint
ALTER TABLE "request_clocks" ADD CONSTRAINT "request_clocks_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_clocks_service_idx" ON "request_clocks" USING btree ("service_code");--> statement-breakpoint
CREATE INDEX "request_clocks_decided_calendar_idx" ON "request_clocks" USING btree ("service_code","calendar_ms","working_ms","decision") WHERE "request_clocks"."decision" is not null;--> statement-breakpoint
CREATE INDEX "request_clocks_decided_working_idx" ON "request_clocks" USING btree ("service_code","working_ms","calendar_ms","decision") WHERE "request_clocks"."decision" is not null;--> statement-breakpoint
CREATE INDEX "request_clocks_open_idx" ON "request_clocks" USING btree ("service_code","calendar_ms","running_since_ms","open") WHERE "request_clocks"."open";