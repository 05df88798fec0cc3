CREATE TABLE `reminder_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`pledge_id` integer NOT NULL,
	`step` text NOT NULL,
	`installment_number` integer NOT NULL,
	`due_on` text NOT NULL,
	`mail_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mail_id`) REFERENCES `mail_outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_log_once` ON `reminder_log` (`pledge_id`,`step`,`installment_number`,`due_on`);--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `pledge_id` integer REFERENCES pledges(id);--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `sponsors` ADD `reminders_opted_out_at` integer;