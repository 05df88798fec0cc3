CREATE TABLE `installments` (
	`pledge_id` integer NOT NULL,
	`number` integer NOT NULL,
	`due_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`pledge_id`, `number`),
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `payments` ADD `reverses_payment_id` integer;--> statement-breakpoint
ALTER TABLE `pledge_events` ADD `changes` text;--> statement-breakpoint
ALTER TABLE `pledge_events` ADD `undoes_event_id` integer;