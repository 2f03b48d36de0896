CREATE TABLE `captured_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`subject` text,
	`text` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `captured_messages_to_idx` ON `captured_messages` (`to`,`created_at`);--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`personal_code` text PRIMARY KEY NOT NULL,
	`email` text,
	`phone` text,
	`channels` text NOT NULL,
	`language` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`submission_id` text,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE INDEX `notifications_due_idx` ON `notifications` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_submission_idx` ON `notifications` (`submission_id`);--> statement-breakpoint
CREATE TABLE `request_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`submission_id` text NOT NULL,
	`message_id` text,
	`title` text NOT NULL,
	`file_name` text,
	`media_type` text,
	`size_bytes` integer,
	`sha256` text,
	`content` blob,
	`url` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_documents_submission_idx` ON `request_documents` (`submission_id`);--> statement-breakpoint
CREATE TABLE `request_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`submission_id` text NOT NULL,
	`agency_id` text NOT NULL,
	`direction` text NOT NULL,
	`asks_for_information` integer NOT NULL,
	`body` text NOT NULL,
	`author` text NOT NULL,
	`in_reply_to` text,
	`idempotency_key` text,
	`created_at` text NOT NULL,
	`agency_read_at` text,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_messages_submission_idx` ON `request_messages` (`submission_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `request_messages_unread_idx` ON `request_messages` (`agency_id`,`created_at`) WHERE "request_messages"."direction" = 'from_applicant' and "request_messages"."agency_read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `request_messages_idempotency_unique` ON `request_messages` (`submission_id`,`idempotency_key`) WHERE "request_messages"."idempotency_key" is not null;--> statement-breakpoint
CREATE TABLE `request_states` (
	`submission_id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`service_code` text NOT NULL,
	`status` text NOT NULL,
	`agency_code` text,
	`last_sequence` integer NOT NULL,
	`final` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_states_agency_idx` ON `request_states` (`agency_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `request_status_events` (
	`submission_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`status` text NOT NULL,
	`agency_code` text,
	`citizen_text` text NOT NULL,
	`message` text,
	`document_id` text,
	`actor` text NOT NULL,
	`idempotency_key` text,
	`request_hash` text,
	`at` text NOT NULL,
	PRIMARY KEY(`submission_id`, `sequence`),
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_status_events_idempotency_unique` ON `request_status_events` (`submission_id`,`idempotency_key`) WHERE "request_status_events"."idempotency_key" is not null;--> statement-breakpoint
CREATE TABLE `request_status_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`service_code` text NOT NULL,
	`code` text NOT NULL,
	`status` text NOT NULL,
	`text` text NOT NULL,
	`notify` integer NOT NULL,
	`final` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_status_mappings_code_unique` ON `request_status_mappings` (`service_code`,`code`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `applicant_subject` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `applicant_personal_code` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `applicant_name` text;--> statement-breakpoint
CREATE INDEX `submissions_applicant_idx` ON `submissions` (`applicant_personal_code`,`created_at`) WHERE "submissions"."applicant_personal_code" is not null;