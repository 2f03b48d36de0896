CREATE TABLE "delivery_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status_code" integer,
	"error" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"agency_id" text NOT NULL,
	"channel" text NOT NULL,
	"endpoint_id" text,
	"event_type" text NOT NULL,
	"payload" jsonb,
	"state" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "delivery_jobs_message_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE TABLE "e_address_simulator_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"direction" text NOT NULL,
	"sender" text NOT NULL,
	"recipient" text NOT NULL,
	"sender_reference" text NOT NULL,
	"title" text NOT NULL,
	"author" text NOT NULL,
	"document_date" text NOT NULL,
	"document_kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"attachments" jsonb NOT NULL,
	"in_reply_to" text,
	"created_at" timestamp with time zone NOT NULL,
	"receipt_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "submission_acknowledgements" (
	"submission_id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	"acknowledged_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"url" text NOT NULL,
	"description" text NOT NULL,
	"service_codes" jsonb,
	"secret_ciphertext" text NOT NULL,
	"previous_secret_ciphertext" text,
	"previous_secret_expires_at" timestamp with time zone,
	"state" text NOT NULL,
	"disabled_reason" text,
	"failing_since" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_job_id_delivery_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "delivery_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_jobs" ADD CONSTRAINT "delivery_jobs_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_acknowledgements" ADD CONSTRAINT "submission_acknowledgements_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_attempts_job_idx" ON "delivery_attempts" USING btree ("job_id","attempt");--> statement-breakpoint
CREATE INDEX "delivery_jobs_due_idx" ON "delivery_jobs" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "delivery_jobs_submission_idx" ON "delivery_jobs" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "delivery_jobs_agency_state_idx" ON "delivery_jobs" USING btree ("agency_id","state","created_at");--> statement-breakpoint
CREATE INDEX "e_address_sim_recipient_idx" ON "e_address_simulator_messages" USING btree ("recipient","created_at");--> statement-breakpoint
CREATE INDEX "e_address_sim_sender_idx" ON "e_address_simulator_messages" USING btree ("sender","created_at");--> statement-breakpoint
CREATE INDEX "submission_acks_agency_idx" ON "submission_acknowledgements" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_agency_idx" ON "webhook_endpoints" USING btree ("agency_id","state");