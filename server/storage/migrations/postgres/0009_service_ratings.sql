CREATE TABLE "service_ratings" (
	"submission_id" text PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_ratings_service_idx" ON "service_ratings" USING btree ("service_code");