CREATE TABLE `document_cancellations` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`reason` text NOT NULL,
	`correction_document_id` integer,
	`cancelled_at` integer NOT NULL,
	`cancelled_by` integer,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`correction_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Cancellations made before this table: each correction names the document it cancels, and
-- kept the reason in its facts.
INSERT INTO document_cancellations (document_id, campaign_id, reason, correction_document_id, cancelled_at, cancelled_by)
SELECT cancels_document_id, campaign_id, coalesce(json_extract(facts, '$.reason'), ''), id, created_at, created_by
FROM documents WHERE cancels_document_id IS NOT NULL;
