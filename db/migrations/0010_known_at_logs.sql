CREATE TABLE `figure_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`late` integer NOT NULL,
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
CREATE INDEX `figure_log_late` ON `figure_log` (`campaign_id`,`recorded_at`,`day`,`status`,`type`,`sponsor_kind`,`country`,`amount_cents`,`pledge_count`,`received_cents`) WHERE "figure_log"."late" = 1;--> statement-breakpoint
CREATE INDEX `figure_log_on_time` ON `figure_log` (`campaign_id`,`day`,`recorded_at`,`status`,`type`,`sponsor_kind`,`country`,`amount_cents`,`pledge_count`,`received_cents`) WHERE "figure_log"."late" = 0;--> statement-breakpoint
CREATE TABLE `schedule_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`late` integer NOT NULL,
	`day` text NOT NULL,
	`year` integer NOT NULL,
	`cents` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedule_log_late` ON `schedule_log` (`campaign_id`,`recorded_at`,`day`,`year`,`cents`) WHERE "schedule_log"."late" = 1;--> statement-breakpoint
CREATE INDEX `schedule_log_on_time` ON `schedule_log` (`campaign_id`,`day`,`recorded_at`,`year`,`cents`) WHERE "schedule_log"."late" = 0;--> statement-breakpoint
CREATE TABLE `sponsor_count_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`late` integer NOT NULL,
	`day` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`delta` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsor_count_log_late` ON `sponsor_count_log` (`campaign_id`,`recorded_at`,`day`,`sponsor_kind`,`country`,`delta`) WHERE "sponsor_count_log"."late" = 1;--> statement-breakpoint
CREATE INDEX `sponsor_count_log_on_time` ON `sponsor_count_log` (`campaign_id`,`day`,`recorded_at`,`sponsor_kind`,`country`,`delta`) WHERE "sponsor_count_log"."late" = 0;