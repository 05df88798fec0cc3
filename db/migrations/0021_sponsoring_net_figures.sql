CREATE TABLE `pending_figure_rebuilds` (
	`campaign_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `figure_log_late`;--> statement-breakpoint
DROP INDEX `figure_log_on_time`;--> statement-breakpoint
ALTER TABLE `figure_log` ADD `vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_log` ADD `received_vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `figure_log_late` ON `figure_log` (`campaign_id`,`recorded_at`,`day`,`status`,`type`,`sponsor_kind`,`country`,`amount_cents`,`pledge_count`,`received_cents`,`vat_cents`,`received_vat_cents`) WHERE "figure_log"."late" = 1;--> statement-breakpoint
CREATE INDEX `figure_log_on_time` ON `figure_log` (`campaign_id`,`day`,`recorded_at`,`status`,`type`,`sponsor_kind`,`country`,`amount_cents`,`pledge_count`,`received_cents`,`vat_cents`,`received_vat_cents`) WHERE "figure_log"."late" = 0;--> statement-breakpoint
DROP INDEX `schedule_log_late`;--> statement-breakpoint
DROP INDEX `schedule_log_on_time`;--> statement-breakpoint
ALTER TABLE `schedule_log` ADD `vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `schedule_log_late` ON `schedule_log` (`campaign_id`,`recorded_at`,`day`,`year`,`cents`,`vat_cents`) WHERE "schedule_log"."late" = 1;--> statement-breakpoint
CREATE INDEX `schedule_log_on_time` ON `schedule_log` (`campaign_id`,`day`,`recorded_at`,`year`,`cents`,`vat_cents`) WHERE "schedule_log"."late" = 0;--> statement-breakpoint
ALTER TABLE `daily_figures` ADD `vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `daily_figures` ADD `received_vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `daily_totals` ADD `binding_vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `daily_totals` ADD `received_vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_totals` ADD `vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_totals` ADD `received_vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `schedule_deltas` ADD `vat_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-added: the triggers of migration 0007 carry the VAT columns to the totals as well.
DROP TRIGGER daily_figures_after_insert;
--> statement-breakpoint
DROP TRIGGER daily_figures_after_update;
--> statement-breakpoint
DROP TRIGGER daily_figures_after_delete;
--> statement-breakpoint
CREATE TRIGGER daily_figures_after_insert AFTER INSERT ON daily_figures BEGIN
  INSERT INTO figure_totals (campaign_id, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents, vat_cents, received_vat_cents)
  VALUES (NEW.campaign_id, NEW.status, NEW.type, NEW.sponsor_kind, NEW.country, NEW.amount_cents, NEW.pledge_count, NEW.received_cents, NEW.vat_cents, NEW.received_vat_cents)
  ON CONFLICT (campaign_id, status, type, sponsor_kind, country) DO UPDATE SET
    amount_cents = amount_cents + excluded.amount_cents,
    pledge_count = pledge_count + excluded.pledge_count,
    received_cents = received_cents + excluded.received_cents,
    vat_cents = vat_cents + excluded.vat_cents,
    received_vat_cents = received_vat_cents + excluded.received_vat_cents;
  INSERT INTO daily_totals (campaign_id, day, type, binding_cents, received_cents, binding_vat_cents, received_vat_cents)
  VALUES (NEW.campaign_id, NEW.day, NEW.type,
    CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.amount_cents ELSE 0 END, NEW.received_cents,
    CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.vat_cents ELSE 0 END, NEW.received_vat_cents)
  ON CONFLICT (campaign_id, day, type) DO UPDATE SET
    binding_cents = binding_cents + excluded.binding_cents,
    received_cents = received_cents + excluded.received_cents,
    binding_vat_cents = binding_vat_cents + excluded.binding_vat_cents,
    received_vat_cents = received_vat_cents + excluded.received_vat_cents;
END;
--> statement-breakpoint
CREATE TRIGGER daily_figures_after_update AFTER UPDATE ON daily_figures BEGIN
  INSERT INTO figure_totals (campaign_id, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents, vat_cents, received_vat_cents)
  VALUES (NEW.campaign_id, NEW.status, NEW.type, NEW.sponsor_kind, NEW.country,
    NEW.amount_cents - OLD.amount_cents, NEW.pledge_count - OLD.pledge_count, NEW.received_cents - OLD.received_cents,
    NEW.vat_cents - OLD.vat_cents, NEW.received_vat_cents - OLD.received_vat_cents)
  ON CONFLICT (campaign_id, status, type, sponsor_kind, country) DO UPDATE SET
    amount_cents = amount_cents + excluded.amount_cents,
    pledge_count = pledge_count + excluded.pledge_count,
    received_cents = received_cents + excluded.received_cents,
    vat_cents = vat_cents + excluded.vat_cents,
    received_vat_cents = received_vat_cents + excluded.received_vat_cents;
  INSERT INTO daily_totals (campaign_id, day, type, binding_cents, received_cents, binding_vat_cents, received_vat_cents)
  VALUES (NEW.campaign_id, NEW.day, NEW.type,
    CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.amount_cents - OLD.amount_cents ELSE 0 END,
    NEW.received_cents - OLD.received_cents,
    CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.vat_cents - OLD.vat_cents ELSE 0 END,
    NEW.received_vat_cents - OLD.received_vat_cents)
  ON CONFLICT (campaign_id, day, type) DO UPDATE SET
    binding_cents = binding_cents + excluded.binding_cents,
    received_cents = received_cents + excluded.received_cents,
    binding_vat_cents = binding_vat_cents + excluded.binding_vat_cents,
    received_vat_cents = received_vat_cents + excluded.received_vat_cents;
END;
--> statement-breakpoint
CREATE TRIGGER daily_figures_after_delete AFTER DELETE ON daily_figures BEGIN
  UPDATE figure_totals SET
    amount_cents = amount_cents - OLD.amount_cents,
    pledge_count = pledge_count - OLD.pledge_count,
    received_cents = received_cents - OLD.received_cents,
    vat_cents = vat_cents - OLD.vat_cents,
    received_vat_cents = received_vat_cents - OLD.received_vat_cents
  WHERE campaign_id = OLD.campaign_id AND status = OLD.status AND type = OLD.type AND sponsor_kind = OLD.sponsor_kind AND country = OLD.country;
  UPDATE daily_totals SET
    binding_cents = binding_cents - CASE WHEN OLD.status IN ('confirmed', 'paid') THEN OLD.amount_cents ELSE 0 END,
    received_cents = received_cents - OLD.received_cents,
    binding_vat_cents = binding_vat_cents - CASE WHEN OLD.status IN ('confirmed', 'paid') THEN OLD.vat_cents ELSE 0 END,
    received_vat_cents = received_vat_cents - OLD.received_vat_cents
  WHERE campaign_id = OLD.campaign_id AND day = OLD.day AND type = OLD.type;
END;
--> statement-breakpoint
-- Rows written before this migration carry no VAT: campaigns with sponsoring pledges are
-- rebuilt from their events at the next start (server/ledger/pendingRebuilds.ts).
INSERT INTO pending_figure_rebuilds (campaign_id)
SELECT DISTINCT campaign_id FROM pledges WHERE contribution = 'sponsoring';
