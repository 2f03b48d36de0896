CREATE TABLE `service_ratings` (
	`submission_id` text PRIMARY KEY NOT NULL,
	`service_code` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_code`) REFERENCES `services`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_ratings_service_idx` ON `service_ratings` (`service_code`);