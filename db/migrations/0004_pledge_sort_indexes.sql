CREATE INDEX `pledges_campaign_amount` ON `pledges` (`campaign_id`,`amount_cents`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_campaign_pledged` ON `pledges` (`campaign_id`,`pledged_at`,`id`);