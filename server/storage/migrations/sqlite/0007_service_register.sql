CREATE TABLE `agency_publishing_settings` (
	`agency_id` text PRIMARY KEY NOT NULL,
	`review_required` integer NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `catalogue_entries` (
	`service_code` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`version` integer NOT NULL,
	`audience` text NOT NULL,
	`life_situations` text NOT NULL,
	`title_lv` text NOT NULL,
	`title_en` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`target_processing_time` text NOT NULL,
	`register` text NOT NULL,
	`search_text` text NOT NULL,
	`published_at` text NOT NULL,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalogue_entries_agency_idx` ON `catalogue_entries` (`agency_id`);--> statement-breakpoint
CREATE TABLE `service_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`service_code` text NOT NULL,
	`agency_id` text NOT NULL,
	`state` text NOT NULL,
	`definition` text NOT NULL,
	`base_version` integer,
	`submitted_by` text NOT NULL,
	`submitted_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`comment` text,
	`published_version` integer,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_reviews_one_pending` ON `service_reviews` (`service_code`) WHERE "service_reviews"."state" = 'pending';--> statement-breakpoint
CREATE INDEX `service_reviews_agency_idx` ON `service_reviews` (`agency_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `service_reviews_service_idx` ON `service_reviews` (`service_code`,`submitted_at`);--> statement-breakpoint
-- Written by hand (drizzle-kit does not know virtual tables): the catalogue's full-text index.
-- Rows are kept in step with catalogue_entries by the register store, in the same transaction.
-- The text is folded in JavaScript (lower case, no diacritics) before it gets here, for both engines.
CREATE VIRTUAL TABLE `catalogue_search` USING fts5(`service_code` UNINDEXED, `search_text`, tokenize = 'unicode61', prefix = '2 3');
