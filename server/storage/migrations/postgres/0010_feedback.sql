CREATE TABLE "feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"agency_id" text NOT NULL,
	"service_code" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"author_subject" text NOT NULL,
	"author_personal_code" text NOT NULL,
	"author_name" text NOT NULL,
	"represented" jsonb,
	"status" text NOT NULL,
	"last_sequence" integer NOT NULL,
	"final" boolean NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"feedback_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"message" text,
	"actor" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_events_pk" PRIMARY KEY("feedback_id","sequence")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_reference_unique" ON "feedback" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "feedback_agency_idx" ON "feedback" USING btree ("agency_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "feedback_author_idx" ON "feedback" USING btree ("author_personal_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_idempotency_unique" ON "feedback" USING btree ("author_personal_code","idempotency_key") WHERE "feedback"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_events_idempotency_unique" ON "feedback_events" USING btree ("feedback_id","idempotency_key") WHERE "feedback_events"."idempotency_key" is not null;--> statement-breakpoint
-- Feedback's history is append-only like a request's (issue 7): an entry never changes or disappears.
CREATE FUNCTION feedback_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'feedback_events rows are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER feedback_events_append_only BEFORE UPDATE OR DELETE ON feedback_events
FOR EACH ROW EXECUTE FUNCTION feedback_events_append_only();
