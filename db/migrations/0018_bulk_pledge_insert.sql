CREATE TABLE `bulk_pledge_insert` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- An import adds up to 100,000 pledges in one transaction; two upserts per row cost it a
-- quarter of its pace (issue 15's goal). While it holds the row of bulk_pledge_insert, this
-- trigger stands aside and the import adds its rows' sums in one statement per table.
DROP TRIGGER pledges_totals_after_insert;
--> statement-breakpoint
CREATE TRIGGER pledges_totals_after_insert AFTER INSERT ON pledges
WHEN NOT EXISTS (SELECT 1 FROM bulk_pledge_insert)
BEGIN
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
