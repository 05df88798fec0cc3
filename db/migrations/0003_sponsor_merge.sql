ALTER TABLE `sponsors` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `sponsors` ADD `merged_into_id` integer;