CREATE TABLE `login_attempts` (
	`state_hash` text PRIMARY KEY NOT NULL,
	`portal` text NOT NULL,
	`nonce` text NOT NULL,
	`code_verifier` text NOT NULL,
	`return_to` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_expires_idx` ON `login_attempts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`agency_id` text NOT NULL,
	`personal_code` text NOT NULL,
	`roles` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`agency_id`, `personal_code`),
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_assignments_person_idx` ON `role_assignments` (`personal_code`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`portal` text NOT NULL,
	`subject` text NOT NULL,
	`personal_code` text NOT NULL,
	`claims` text NOT NULL,
	`agency_id` text,
	`id_token` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`idle_expires_at` text NOT NULL,
	`absolute_expires_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_idle_expires_idx` ON `sessions` (`idle_expires_at`);