CREATE TABLE `sponsor_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`at` text NOT NULL,
	`channel` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsor_contacts_sponsor` ON `sponsor_contacts` (`sponsor_id`,`at`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reference_prefix` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `last_reference_number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `bank_holder` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `bank_iban` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `bank_bic` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_name` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_address` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_contact_name` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_contact_email` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_logo_attachment_id` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reminder_intent_after_days` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reminder_installment_before_days` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reminder_overdue_after_days` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_reference_prefix` ON `campaigns` (`reference_prefix`);--> statement-breakpoint
ALTER TABLE `pledges` ADD `reference` text;--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_reference` ON `pledges` (`reference`);--> statement-breakpoint
ALTER TABLE `sponsors` ADD `address` text;--> statement-breakpoint
ALTER TABLE `sponsors` ADD `owner_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `sponsors` ADD `next_contact_on` text;