CREATE TABLE `bank_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`dedupe_key` text NOT NULL,
	`file_name` text NOT NULL,
	`account` text,
	`booked_on` text NOT NULL,
	`value_on` text,
	`amount_cents` integer NOT NULL,
	`remittance` text NOT NULL,
	`counterparty_name` text,
	`counterparty_iban` text,
	`bank_ref` text,
	`state` text NOT NULL,
	`pledge_id` integer,
	`reason` text,
	`payment_id` integer,
	`imported_at` integer NOT NULL,
	`imported_by` integer,
	`resolved_at` integer,
	`resolved_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_entries_dedupe` ON `bank_entries` (`campaign_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `bank_entries_state` ON `bank_entries` (`campaign_id`,`state`,`booked_on`);--> statement-breakpoint
CREATE INDEX `bank_entries_iban` ON `bank_entries` (`campaign_id`,`counterparty_iban`);--> statement-breakpoint
CREATE INDEX `bank_entries_payment` ON `bank_entries` (`payment_id`);--> statement-breakpoint
CREATE TABLE `document_payments` (
	`document_id` integer NOT NULL,
	`payment_id` integer NOT NULL,
	`released_at` integer,
	PRIMARY KEY(`document_id`, `payment_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_payments_live` ON `document_payments` (`payment_id`) WHERE "document_payments"."released_at" is null;--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`year` integer,
	`amount_cents` integer NOT NULL,
	`issued_on` text NOT NULL,
	`facts` text NOT NULL,
	`pdf` blob NOT NULL,
	`cancels_document_id` integer,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number` ON `documents` (`campaign_id`,`number`);--> statement-breakpoint
CREATE INDEX `documents_sponsor` ON `documents` (`sponsor_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_cancels` ON `documents` (`cancels_document_id`);--> statement-breakpoint
CREATE TABLE `state_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`on` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `state_payments_campaign` ON `state_payments` (`campaign_id`,`kind`,`on`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `issuer` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `grant_cents` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `retention_percent` integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `last_receipt_number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `last_invoice_number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `pledges` ADD `contribution` text DEFAULT 'donation' NOT NULL;--> statement-breakpoint
ALTER TABLE `pledges` ADD `vat_rate_percent` integer;