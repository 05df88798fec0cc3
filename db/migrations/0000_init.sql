CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`region` text,
	`target_cents` integer NOT NULL,
	`match_ratio_hundredths` integer DEFAULT 100 NOT NULL,
	`match_cap_cents` integer NOT NULL,
	`match_start` text NOT NULL,
	`match_years` integer DEFAULT 3 NOT NULL,
	`window_start` text,
	`deadline` text NOT NULL,
	`application_status` text DEFAULT 'collecting' NOT NULL,
	`in_kind_share_percent` integer DEFAULT 100 NOT NULL,
	`min_sponsors` integer,
	`max_public_share_basis_points` integer,
	`public_page` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daily_figures` (
	`campaign_id` integer NOT NULL,
	`day` text NOT NULL,
	`status` text NOT NULL,
	`type` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`pledge_count` integer DEFAULT 0 NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `day`, `status`, `type`, `sponsor_kind`, `country`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` integer NOT NULL,
	`campaign_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `campaign_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`pledge_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`paid_at` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_pledge` ON `payments` (`pledge_id`);--> statement-breakpoint
CREATE TABLE `pledge_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`pledge_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`created_at` integer NOT NULL,
	`status_before` text,
	`status_after` text NOT NULL,
	`amount_before_cents` integer,
	`amount_after_cents` integer NOT NULL,
	`type_before` text,
	`type_after` text NOT NULL,
	`received_before_cents` integer DEFAULT 0 NOT NULL,
	`received_after_cents` integer DEFAULT 0 NOT NULL,
	`payment_id` integer,
	`reason` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pledge_events_pledge` ON `pledge_events` (`pledge_id`,`id`);--> statement-breakpoint
CREATE INDEX `pledge_events_campaign_at` ON `pledge_events` (`campaign_id`,`at`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`pledged_at` text NOT NULL,
	`last_event_at` text NOT NULL,
	`conditional` integer DEFAULT false NOT NULL,
	`description` text,
	`raised_by_sponsor_id` integer,
	`raised_by_name` text,
	`note` text,
	`idempotency_key` text,
	`idempotency_hash` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by_sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_idempotency` ON `pledges` (`campaign_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `pledges_campaign_id` ON `pledges` (`campaign_id`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_campaign_status` ON `pledges` (`campaign_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_sponsor` ON `pledges` (`sponsor_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sponsor_daily_binding` (
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`day` text NOT NULL,
	`binding_count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `sponsor_id`, `day`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sponsors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`country` text NOT NULL,
	`sector` text,
	`vat_id` text,
	`membership_type` text,
	`contact_name` text,
	`contact_email` text,
	`listing` text DEFAULT 'hidden' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsors_campaign_name` ON `sponsors` (`campaign_id`,`name_key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`disabled_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);