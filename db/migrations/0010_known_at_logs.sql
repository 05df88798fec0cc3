CREATE TABLE `figure_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`day` text NOT NULL,
	`status` text NOT NULL,
	`type` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`pledge_count` integer NOT NULL,
	`received_cents` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `figure_log_recorded` ON `figure_log` (`campaign_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `schedule_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`day` text NOT NULL,
	`year` integer NOT NULL,
	`cents` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedule_log_recorded` ON `schedule_log` (`campaign_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `sponsor_count_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`day` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`delta` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsor_count_log_recorded` ON `sponsor_count_log` (`campaign_id`,`recorded_at`);