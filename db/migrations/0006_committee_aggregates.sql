CREATE TABLE `daily_sponsor_counts` (
	`campaign_id` integer NOT NULL,
	`day` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`delta` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `day`, `sponsor_kind`, `country`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `daily_totals` (
	`campaign_id` integer NOT NULL,
	`day` text NOT NULL,
	`type` text NOT NULL,
	`binding_cents` integer DEFAULT 0 NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `day`, `type`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `figure_totals` (
	`campaign_id` integer NOT NULL,
	`status` text NOT NULL,
	`type` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`pledge_count` integer DEFAULT 0 NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `status`, `type`, `sponsor_kind`, `country`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `schedule_deltas` (
	`campaign_id` integer NOT NULL,
	`day` text NOT NULL,
	`year` integer NOT NULL,
	`cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `day`, `year`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sponsor_count_totals` (
	`campaign_id` integer NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`sponsor_count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `sponsor_kind`, `country`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sponsor_presence` (
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`day` text NOT NULL,
	`delta` integer NOT NULL,
	PRIMARY KEY(`campaign_id`, `sponsor_id`, `day`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action
);
