CREATE TABLE `delivery_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`at` text NOT NULL,
	`status_code` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `delivery_jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delivery_attempts_job_idx` ON `delivery_attempts` (`job_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `delivery_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`message_id` text NOT NULL,
	`submission_id` text NOT NULL,
	`agency_id` text NOT NULL,
	`channel` text NOT NULL,
	`endpoint_id` text,
	`event_type` text NOT NULL,
	`payload` text,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text NOT NULL,
	`lease_owner` text,
	`lease_expires_at` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`delivered_at` text,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delivery_jobs_message_unique` ON `delivery_jobs` (`message_id`);--> statement-breakpoint
CREATE INDEX `delivery_jobs_due_idx` ON `delivery_jobs` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `delivery_jobs_submission_idx` ON `delivery_jobs` (`submission_id`);--> statement-breakpoint
CREATE INDEX `delivery_jobs_agency_state_idx` ON `delivery_jobs` (`agency_id`,`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `e_address_simulator_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`sender` text NOT NULL,
	`recipient` text NOT NULL,
	`sender_reference` text NOT NULL,
	`title` text NOT NULL,
	`author` text NOT NULL,
	`document_date` text NOT NULL,
	`document_kind` text NOT NULL,
	`body` text NOT NULL,
	`attachments` text NOT NULL,
	`in_reply_to` text,
	`created_at` text NOT NULL,
	`receipt_at` text
);
--> statement-breakpoint
CREATE INDEX `e_address_sim_recipient_idx` ON `e_address_simulator_messages` (`recipient`,`created_at`);--> statement-breakpoint
CREATE INDEX `e_address_sim_sender_idx` ON `e_address_simulator_messages` (`sender`,`created_at`);--> statement-breakpoint
CREATE TABLE `submission_acknowledgements` (
	`submission_id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`acknowledged_at` text NOT NULL,
	`acknowledged_by` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_acks_agency_idx` ON `submission_acknowledgements` (`agency_id`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`url` text NOT NULL,
	`description` text NOT NULL,
	`service_codes` text,
	`secret_ciphertext` text NOT NULL,
	`previous_secret_ciphertext` text,
	`previous_secret_expires_at` text,
	`state` text NOT NULL,
	`disabled_reason` text,
	`failing_since` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_endpoints_agency_idx` ON `webhook_endpoints` (`agency_id`,`state`);