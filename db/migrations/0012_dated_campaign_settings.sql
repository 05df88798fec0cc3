CREATE TABLE `campaign_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`from_day` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`terms` text NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_settings_campaign` ON `campaign_settings` (`campaign_id`,`from_day`,`id`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `application_status_at` text;--> statement-breakpoint
-- Existing campaigns: their terms as they are now hold since the beginning.
INSERT INTO `campaign_settings` (`campaign_id`, `from_day`, `recorded_at`, `terms`)
SELECT `id`, '0000-01-01', `created_at`, json_object(
  'targetCents', `target_cents`, 'deadline', `deadline`, 'windowStart', `window_start`,
  'matchRatioHundredths', `match_ratio_hundredths`, 'matchCapCents', `match_cap_cents`,
  'matchStart', `match_start`, 'matchYears', `match_years`, 'inKindSharePercent', `in_kind_share_percent`,
  'minSponsors', `min_sponsors`, 'maxPublicShareBasisPoints', `max_public_share_basis_points`,
  'applicationStatus', `application_status`, 'applicationStatusAt', `application_status_at`)
FROM `campaigns`;
