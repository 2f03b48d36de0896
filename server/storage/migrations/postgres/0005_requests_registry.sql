CREATE TABLE "captured_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"from" text NOT NULL,
	"to" text NOT NULL,
	"subject" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"personal_code" text PRIMARY KEY NOT NULL,
	"email" text,
	"phone" text,
	"channels" jsonb NOT NULL,
	"language" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"message_id" text,
	"title" text NOT NULL,
	"file_name" text,
	"media_type" text,
	"size_bytes" integer,
	"sha256" text,
	"content" "bytea",
	"url" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"agency_id" text NOT NULL,
	"direction" text NOT NULL,
	"asks_for_information" boolean NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"in_reply_to" text,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"agency_read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_states" (
	"submission_id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"service_code" text NOT NULL,
	"status" text NOT NULL,
	"agency_code" text,
	"last_sequence" integer NOT NULL,
	"final" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_status_events" (
	"submission_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"status" text NOT NULL,
	"agency_code" text,
	"citizen_text" jsonb NOT NULL,
	"message" jsonb,
	"document_id" text,
	"actor" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_status_events_pk" PRIMARY KEY("submission_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "request_status_mappings" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"service_code" text NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"text" jsonb NOT NULL,
	"notify" boolean NOT NULL,
	"final" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "applicant_subject" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "applicant_personal_code" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "applicant_name" text;--> statement-breakpoint
ALTER TABLE "request_documents" ADD CONSTRAINT "request_documents_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_messages" ADD CONSTRAINT "request_messages_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_states" ADD CONSTRAINT "request_states_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_status_events" ADD CONSTRAINT "request_status_events_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_status_mappings" ADD CONSTRAINT "request_status_mappings_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "captured_messages_to_idx" ON "captured_messages" USING btree ("to","created_at");--> statement-breakpoint
CREATE INDEX "notifications_due_idx" ON "notifications" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_submission_idx" ON "notifications" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "request_documents_submission_idx" ON "request_documents" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "request_messages_submission_idx" ON "request_messages" USING btree ("submission_id","created_at");--> statement-breakpoint
CREATE INDEX "request_messages_unread_idx" ON "request_messages" USING btree ("agency_id","created_at") WHERE "request_messages"."direction" = 'from_applicant' and "request_messages"."agency_read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "request_messages_idempotency_unique" ON "request_messages" USING btree ("submission_id","idempotency_key") WHERE "request_messages"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "request_states_agency_idx" ON "request_states" USING btree ("agency_id","status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "request_status_events_idempotency_unique" ON "request_status_events" USING btree ("submission_id","idempotency_key") WHERE "request_status_events"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "request_status_mappings_code_unique" ON "request_status_mappings" USING btree ("service_code","code");--> statement-breakpoint
CREATE INDEX "submissions_applicant_idx" ON "submissions" USING btree ("applicant_personal_code","created_at") WHERE "submissions"."applicant_personal_code" is not null;