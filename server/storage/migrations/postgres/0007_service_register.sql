CREATE TABLE "agency_publishing_settings" (
	"agency_id" text PRIMARY KEY NOT NULL,
	"review_required" boolean NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"service_code" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"version" integer NOT NULL,
	"audience" text NOT NULL,
	"life_situations" text NOT NULL,
	"title_lv" text NOT NULL,
	"title_en" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"target_processing_time" text NOT NULL,
	"register" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"agency_id" text NOT NULL,
	"state" text NOT NULL,
	"definition" jsonb NOT NULL,
	"base_version" integer,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"comment" text,
	"published_version" integer
);
--> statement-breakpoint
ALTER TABLE "agency_publishing_settings" ADD CONSTRAINT "agency_publishing_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_entries_agency_idx" ON "catalogue_entries" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "catalogue_entries_search_idx" ON "catalogue_entries" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE UNIQUE INDEX "service_reviews_one_pending" ON "service_reviews" USING btree ("service_code") WHERE "service_reviews"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "service_reviews_agency_idx" ON "service_reviews" USING btree ("agency_id","submitted_at");--> statement-breakpoint
CREATE INDEX "service_reviews_service_idx" ON "service_reviews" USING btree ("service_code","submitted_at");