CREATE TABLE `request_clocks` (
	`submission_id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`service_code` text NOT NULL,
	`calendar_ms` integer NOT NULL,
	`working_ms` integer NOT NULL,
	`running_since_ms` integer,
	`open` integer NOT NULL,
	`decision` text,
	`decided_at_ms` integer,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_clocks_service_idx` ON `request_clocks` (`service_code`);--> statement-breakpoint
CREATE INDEX `request_clocks_decided_calendar_idx` ON `request_clocks` (`service_code`,`calendar_ms`,`working_ms`,`decision`) WHERE "request_clocks"."decision" is not null;--> statement-breakpoint
CREATE INDEX `request_clocks_decided_working_idx` ON `request_clocks` (`service_code`,`working_ms`,`calendar_ms`,`decision`) WHERE "request_clocks"."decision" is not null;--> statement-breakpoint
CREATE INDEX `request_clocks_open_idx` ON `request_clocks` (`service_code`,`calendar_ms`,`running_since_ms`,`open`) WHERE "request_clocks"."open";