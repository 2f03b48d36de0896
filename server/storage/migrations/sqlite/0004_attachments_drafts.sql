CREATE TABLE `attachment_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`attachment_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attachment_links_expiry_idx` ON `attachment_links` (`expires_at`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`service_code` text NOT NULL,
	`field` text NOT NULL,
	`file_name` text NOT NULL,
	`extension` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha512` text NOT NULL,
	`content` blob NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`submission_id` text,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_token_hash_unique` ON `attachments` (`token_hash`);--> statement-breakpoint
CREATE INDEX `attachments_submission_idx` ON `attachments` (`submission_id`);--> statement-breakpoint
CREATE INDEX `attachments_unbound_expiry_idx` ON `attachments` (`expires_at`) WHERE "attachments"."submission_id" is null;--> statement-breakpoint
CREATE TABLE `form_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`service_code` text NOT NULL,
	`version` integer NOT NULL,
	`data` text NOT NULL,
	`step` integer NOT NULL,
	`owner_subject` text,
	`resume_token_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `form_drafts_resume_token_unique` ON `form_drafts` (`resume_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `form_drafts_owner_service_unique` ON `form_drafts` (`owner_subject`,`service_code`) WHERE "form_drafts"."owner_subject" is not null;--> statement-breakpoint
CREATE INDEX `form_drafts_expiry_idx` ON `form_drafts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `submission_receipts` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`submission_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_receipts_submission_idx` ON `submission_receipts` (`submission_id`);