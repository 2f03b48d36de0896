CREATE TABLE "attachment_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"attachment_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"service_code" text NOT NULL,
	"field" text NOT NULL,
	"file_name" text NOT NULL,
	"extension" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha512" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"submission_id" text,
	CONSTRAINT "attachments_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "form_drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"step" integer NOT NULL,
	"owner_subject" text,
	"resume_token_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "form_drafts_resume_token_unique" UNIQUE("resume_token_hash")
);
--> statement-breakpoint
CREATE TABLE "submission_receipts" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachment_links" ADD CONSTRAINT "attachment_links_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_links_expiry_idx" ON "attachment_links" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "attachments_submission_idx" ON "attachments" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "attachments_unbound_expiry_idx" ON "attachments" USING btree ("expires_at") WHERE "attachments"."submission_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "form_drafts_owner_service_unique" ON "form_drafts" USING btree ("owner_subject","service_code") WHERE "form_drafts"."owner_subject" is not null;--> statement-breakpoint
CREATE INDEX "form_drafts_expiry_idx" ON "form_drafts" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "submission_receipts_submission_idx" ON "submission_receipts" USING btree ("submission_id");