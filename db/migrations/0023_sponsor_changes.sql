CREATE TABLE `sponsor_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`sponsor_id` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sponsor_changes_campaign_seq` ON `sponsor_changes` (`campaign_id`,`seq`);--> statement-breakpoint
-- Issue 16.7: a name search's totals from a campaign's sponsors kept in memory
-- (server/queries/sponsorDirectory.ts). Every change such totals depend on (a sponsor's
-- name key, kind, country or merge, since the sponsor list counts live sponsors; its rows of
-- sponsor_totals) is logged, so a process re-reads only the sponsors changed since it last
-- looked. An UPSERT's DO UPDATE fires the update trigger.
CREATE TRIGGER sponsors_changes_after_insert AFTER INSERT ON sponsors BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (NEW.campaign_id, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER sponsors_changes_after_update AFTER UPDATE OF name_key, kind, country, merged_into_id, campaign_id ON sponsors
WHEN OLD.name_key IS NOT NEW.name_key OR OLD.kind IS NOT NEW.kind OR OLD.country IS NOT NEW.country
  OR OLD.merged_into_id IS NOT NEW.merged_into_id OR OLD.campaign_id IS NOT NEW.campaign_id
BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (OLD.campaign_id, OLD.id);
  INSERT INTO sponsor_changes (campaign_id, sponsor_id)
  SELECT NEW.campaign_id, NEW.id WHERE NEW.campaign_id IS NOT OLD.campaign_id;
END;
--> statement-breakpoint
CREATE TRIGGER sponsors_changes_after_delete AFTER DELETE ON sponsors BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (OLD.campaign_id, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER sponsor_totals_changes_after_insert AFTER INSERT ON sponsor_totals BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (NEW.campaign_id, NEW.sponsor_id);
END;
--> statement-breakpoint
CREATE TRIGGER sponsor_totals_changes_after_update AFTER UPDATE ON sponsor_totals BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (NEW.campaign_id, NEW.sponsor_id);
  INSERT INTO sponsor_changes (campaign_id, sponsor_id)
  SELECT OLD.campaign_id, OLD.sponsor_id WHERE OLD.sponsor_id IS NOT NEW.sponsor_id;
END;
--> statement-breakpoint
CREATE TRIGGER sponsor_totals_changes_after_delete AFTER DELETE ON sponsor_totals BEGIN
  INSERT INTO sponsor_changes (campaign_id, sponsor_id) VALUES (OLD.campaign_id, OLD.sponsor_id);
END;
--> statement-breakpoint
-- The log keeps its last 100,000 changes, pruned every 10,000.
CREATE TRIGGER sponsor_changes_prune AFTER INSERT ON sponsor_changes WHEN NEW.seq % 10000 = 0 BEGIN
  DELETE FROM sponsor_changes WHERE seq <= NEW.seq - 100000;
END;
