CREATE TABLE `overdue_totals` (
	`campaign_id` integer NOT NULL,
	`day` text NOT NULL,
	`sponsor_kind` text NOT NULL,
	`country` text NOT NULL,
	`pledge_count` integer DEFAULT 0 NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `day`, `sponsor_kind`, `country`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sponsor_totals` (
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL,
	`status` text NOT NULL,
	`pledge_count` integer DEFAULT 0 NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`sponsor_id`, `status`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `pledges` ADD `overdue_from` text;--> statement-breakpoint
CREATE INDEX `pledges_campaign_overdue` ON `pledges` (`campaign_id`,`overdue_from`,`id`) WHERE "pledges"."status" = 'confirmed' and "pledges"."overdue_from" is not null;--> statement-breakpoint
-- The list's totals of a name search and of "overdue" from maintained figures (issue 16.7).
-- First each existing pledge's first uncovered due date (domain/overdue.ts in SQL), and the
-- figures of the pledges as they stand; then the triggers that keep them in every write.
UPDATE `pledges` SET `overdue_from` = (
  SELECT min(i.due_on) FROM installments i
  WHERE i.pledge_id = pledges.id
    AND (SELECT sum(j.amount_cents) FROM installments j WHERE j.pledge_id = pledges.id AND j.due_on <= i.due_on) > pledges.received_cents
);
--> statement-breakpoint
INSERT INTO sponsor_totals (campaign_id, sponsor_id, status, pledge_count, amount_cents)
SELECT campaign_id, sponsor_id, status, count(*), sum(amount_cents) FROM pledges GROUP BY sponsor_id, status;
--> statement-breakpoint
INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
SELECT p.campaign_id, p.overdue_from, s.kind, s.country, count(*), sum(p.amount_cents)
FROM pledges p JOIN sponsors s ON s.id = p.sponsor_id
WHERE p.status = 'confirmed' AND p.overdue_from IS NOT NULL
GROUP BY p.campaign_id, p.overdue_from, s.kind, s.country;
--> statement-breakpoint
-- A pledge counts for its sponsor and status, and, confirmed with a date, for its overdue
-- day in its sponsor's kind and country. Every change takes the old row away and adds the new.
CREATE TRIGGER pledges_totals_after_insert AFTER INSERT ON pledges BEGIN
  INSERT INTO sponsor_totals (campaign_id, sponsor_id, status, pledge_count, amount_cents)
  VALUES (NEW.campaign_id, NEW.sponsor_id, NEW.status, 1, NEW.amount_cents)
  ON CONFLICT (sponsor_id, status) DO UPDATE SET
    pledge_count = pledge_count + 1,
    amount_cents = amount_cents + excluded.amount_cents;
  INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
  SELECT NEW.campaign_id, NEW.overdue_from, s.kind, s.country, 1, NEW.amount_cents FROM sponsors s
  WHERE s.id = NEW.sponsor_id AND NEW.status = 'confirmed' AND NEW.overdue_from IS NOT NULL
  ON CONFLICT (campaign_id, day, sponsor_kind, country) DO UPDATE SET
    pledge_count = pledge_count + excluded.pledge_count,
    amount_cents = amount_cents + excluded.amount_cents;
END;
--> statement-breakpoint
CREATE TRIGGER pledges_totals_after_update AFTER UPDATE OF sponsor_id, status, amount_cents ON pledges
WHEN OLD.sponsor_id IS NOT NEW.sponsor_id OR OLD.status IS NOT NEW.status OR OLD.amount_cents IS NOT NEW.amount_cents
BEGIN
  UPDATE sponsor_totals SET pledge_count = pledge_count - 1, amount_cents = amount_cents - OLD.amount_cents
  WHERE sponsor_id = OLD.sponsor_id AND status = OLD.status;
  INSERT INTO sponsor_totals (campaign_id, sponsor_id, status, pledge_count, amount_cents)
  VALUES (NEW.campaign_id, NEW.sponsor_id, NEW.status, 1, NEW.amount_cents)
  ON CONFLICT (sponsor_id, status) DO UPDATE SET
    pledge_count = pledge_count + 1,
    amount_cents = amount_cents + excluded.amount_cents;
END;
--> statement-breakpoint
CREATE TRIGGER pledges_overdue_after_update AFTER UPDATE OF sponsor_id, status, amount_cents, overdue_from ON pledges
WHEN (OLD.status = 'confirmed' AND OLD.overdue_from IS NOT NULL OR NEW.status = 'confirmed' AND NEW.overdue_from IS NOT NULL)
  AND (OLD.sponsor_id IS NOT NEW.sponsor_id OR OLD.status IS NOT NEW.status OR OLD.amount_cents IS NOT NEW.amount_cents
    OR OLD.overdue_from IS NOT NEW.overdue_from)
BEGIN
  UPDATE overdue_totals SET pledge_count = pledge_count - 1, amount_cents = amount_cents - OLD.amount_cents
  WHERE OLD.status = 'confirmed' AND campaign_id = OLD.campaign_id AND day = OLD.overdue_from
    AND (sponsor_kind, country) = (SELECT kind, country FROM sponsors WHERE id = OLD.sponsor_id);
  INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
  SELECT NEW.campaign_id, NEW.overdue_from, s.kind, s.country, 1, NEW.amount_cents FROM sponsors s
  WHERE s.id = NEW.sponsor_id AND NEW.status = 'confirmed' AND NEW.overdue_from IS NOT NULL
  ON CONFLICT (campaign_id, day, sponsor_kind, country) DO UPDATE SET
    pledge_count = pledge_count + excluded.pledge_count,
    amount_cents = amount_cents + excluded.amount_cents;
END;
--> statement-breakpoint
CREATE TRIGGER pledges_totals_after_delete AFTER DELETE ON pledges BEGIN
  UPDATE sponsor_totals SET pledge_count = pledge_count - 1, amount_cents = amount_cents - OLD.amount_cents
  WHERE sponsor_id = OLD.sponsor_id AND status = OLD.status;
  UPDATE overdue_totals SET pledge_count = pledge_count - 1, amount_cents = amount_cents - OLD.amount_cents
  WHERE OLD.status = 'confirmed' AND campaign_id = OLD.campaign_id AND day = OLD.overdue_from
    AND (sponsor_kind, country) = (SELECT kind, country FROM sponsors WHERE id = OLD.sponsor_id);
END;
--> statement-breakpoint
-- A sponsor's new kind or country moves its overdue pledges to the new bucket.
CREATE TRIGGER sponsors_overdue_after_update AFTER UPDATE OF kind, country ON sponsors
WHEN OLD.kind IS NOT NEW.kind OR OLD.country IS NOT NEW.country
BEGIN
  INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
  SELECT campaign_id, overdue_from, OLD.kind, OLD.country, -count(*), -sum(amount_cents) FROM pledges
  WHERE sponsor_id = NEW.id AND status = 'confirmed' AND overdue_from IS NOT NULL
  GROUP BY campaign_id, overdue_from
  ON CONFLICT (campaign_id, day, sponsor_kind, country) DO UPDATE SET
    pledge_count = pledge_count + excluded.pledge_count,
    amount_cents = amount_cents + excluded.amount_cents;
  INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
  SELECT campaign_id, overdue_from, NEW.kind, NEW.country, count(*), sum(amount_cents) FROM pledges
  WHERE sponsor_id = NEW.id AND status = 'confirmed' AND overdue_from IS NOT NULL
  GROUP BY campaign_id, overdue_from
  ON CONFLICT (campaign_id, day, sponsor_kind, country) DO UPDATE SET
    pledge_count = pledge_count + excluded.pledge_count,
    amount_cents = amount_cents + excluded.amount_cents;
END;
--> statement-breakpoint
-- Sponsor names by trigram (FTS5): a name search finds its sponsors through the index, not
-- by testing every name. Only candidates: the search itself still applies LIKE to them.
CREATE VIRTUAL TABLE sponsor_name_search USING fts5(name_key, content='sponsors', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO sponsor_name_search (sponsor_name_search) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER sponsors_name_search_after_insert AFTER INSERT ON sponsors BEGIN
  INSERT INTO sponsor_name_search (rowid, name_key) VALUES (NEW.id, NEW.name_key);
END;
--> statement-breakpoint
CREATE TRIGGER sponsors_name_search_after_update AFTER UPDATE OF name_key ON sponsors
WHEN OLD.name_key IS NOT NEW.name_key
BEGIN
  INSERT INTO sponsor_name_search (sponsor_name_search, rowid, name_key) VALUES ('delete', OLD.id, OLD.name_key);
  INSERT INTO sponsor_name_search (rowid, name_key) VALUES (NEW.id, NEW.name_key);
END;
--> statement-breakpoint
CREATE TRIGGER sponsors_name_search_after_delete AFTER DELETE ON sponsors BEGIN
  INSERT INTO sponsor_name_search (sponsor_name_search, rowid, name_key) VALUES ('delete', OLD.id, OLD.name_key);
END;
