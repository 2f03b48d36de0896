CREATE TABLE `feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`kind` text NOT NULL,
	`agency_id` text NOT NULL,
	`service_code` text,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`author_subject` text NOT NULL,
	`author_personal_code` text NOT NULL,
	`author_name` text NOT NULL,
	`represented` text,
	`status` text NOT NULL,
	`last_sequence` integer NOT NULL,
	`final` integer NOT NULL,
	`idempotency_key` text,
	`request_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_reference_unique` ON `feedback` (`reference`);--> statement-breakpoint
CREATE INDEX `feedback_agency_idx` ON `feedback` (`agency_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `feedback_author_idx` ON `feedback` (`author_personal_code`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_idempotency_unique` ON `feedback` (`author_personal_code`,`idempotency_key`) WHERE "feedback"."idempotency_key" is not null;--> statement-breakpoint
CREATE TABLE `feedback_events` (
	`feedback_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`message` text,
	`actor` text NOT NULL,
	`idempotency_key` text,
	`request_hash` text,
	`at` text NOT NULL,
	PRIMARY KEY(`feedback_id`, `sequence`),
	FOREIGN KEY (`feedback_id`) REFERENCES `feedback`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_events_idempotency_unique` ON `feedback_events` (`feedback_id`,`idempotency_key`) WHERE "feedback_events"."idempotency_key" is not null;--> statement-breakpoint
-- Feedback's history is append-only like a request's (issue 7): an entry never changes or disappears.
CREATE TRIGGER `feedback_events_no_update` BEFORE UPDATE ON `feedback_events`
BEGIN
  SELECT RAISE(ABORT, 'feedback_events rows are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_events_no_delete` BEFORE DELETE ON `feedback_events`
BEGIN
  SELECT RAISE(ABORT, 'feedback_events rows are append-only');
END;
