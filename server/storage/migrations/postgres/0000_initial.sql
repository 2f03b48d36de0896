-- Edited after generation: drizzle-kit writes REFERENCES "public"."<table>", which pins the
-- foreign keys to the public schema. Unqualified names resolve through search_path, so the
-- tables can live in any schema (open-postgres.ts `schema`; a fresh one per test run).
-- postgres/migrations-schema-free.test.ts fails if a later generation brings the prefix back.
CREATE TABLE "agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"registration_number" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
CREATE TABLE "service_versions" (
	"service_code" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "service_versions_pk" PRIMARY KEY("service_code","version")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"code" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"status" text NOT NULL,
	"draft" jsonb NOT NULL,
	"draft_revision" integer NOT NULL,
	"latest_version" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"service_code" text NOT NULL,
	"version" integer NOT NULL,
	"agency_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "submissions_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_service_version_fk" FOREIGN KEY ("service_code","version") REFERENCES "service_versions"("service_code","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_agency_idx" ON "api_keys" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "services_agency_idx" ON "services" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_idempotency_unique" ON "submissions" USING btree ("service_code","idempotency_key") WHERE "submissions"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "submissions_agency_created_idx" ON "submissions" USING btree ("agency_id","created_at","id");