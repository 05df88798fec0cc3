-- API tokens get a scope and an expiry (issue 15). SQLite cannot add a NOT NULL column
-- without a constant default, so the table is rebuilt. Tokens that exist before this
-- migration keep what they could do (scope `write`) and expire 90 days after the migration
-- runs, not after their creation: scripts keep working, and their owners see the expiry in
-- the token list in time to replace them.
CREATE TABLE `__new_api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`scope` text DEFAULT 'write' NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_api_tokens` (`id`, `user_id`, `name`, `token_hash`, `created_at`, `last_used_at`, `revoked_at`, `scope`, `expires_at`)
SELECT `id`, `user_id`, `name`, `token_hash`, `created_at`, `last_used_at`, `revoked_at`, 'write',
  CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 90 * 86400000
FROM `api_tokens`;
--> statement-breakpoint
DROP TABLE `api_tokens`;--> statement-breakpoint
ALTER TABLE `__new_api_tokens` RENAME TO `api_tokens`;--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user` ON `api_tokens` (`user_id`);
