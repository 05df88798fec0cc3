-- Triggers keep the all-time totals and the per-day totals in step with every row written to
-- daily_figures and daily_sponsor_counts, inside the writing transaction. Then the existing
-- figures are carried over once.
CREATE TRIGGER daily_figures_after_insert AFTER INSERT ON daily_figures BEGIN
  INSERT INTO figure_totals (campaign_id, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents)
  VALUES (NEW.campaign_id, NEW.status, NEW.type, NEW.sponsor_kind, NEW.country, NEW.amount_cents, NEW.pledge_count, NEW.received_cents)
  ON CONFLICT (campaign_id, status, type, sponsor_kind, country) DO UPDATE SET
    amount_cents = amount_cents + excluded.amount_cents,
    pledge_count = pledge_count + excluded.pledge_count,
    received_cents = received_cents + excluded.received_cents;
  INSERT INTO daily_totals (campaign_id, day, type, binding_cents, received_cents)
  VALUES (NEW.campaign_id, NEW.day, NEW.type, CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.amount_cents ELSE 0 END, NEW.received_cents)
  ON CONFLICT (campaign_id, day, type) DO UPDATE SET
    binding_cents = binding_cents + excluded.binding_cents,
    received_cents = received_cents + excluded.received_cents;
END;
--> statement-breakpoint
CREATE TRIGGER daily_figures_after_update AFTER UPDATE ON daily_figures BEGIN
  INSERT INTO figure_totals (campaign_id, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents)
  VALUES (NEW.campaign_id, NEW.status, NEW.type, NEW.sponsor_kind, NEW.country,
    NEW.amount_cents - OLD.amount_cents, NEW.pledge_count - OLD.pledge_count, NEW.received_cents - OLD.received_cents)
  ON CONFLICT (campaign_id, status, type, sponsor_kind, country) DO UPDATE SET
    amount_cents = amount_cents + excluded.amount_cents,
    pledge_count = pledge_count + excluded.pledge_count,
    received_cents = received_cents + excluded.received_cents;
  INSERT INTO daily_totals (campaign_id, day, type, binding_cents, received_cents)
  VALUES (NEW.campaign_id, NEW.day, NEW.type,
    CASE WHEN NEW.status IN ('confirmed', 'paid') THEN NEW.amount_cents - OLD.amount_cents ELSE 0 END,
    NEW.received_cents - OLD.received_cents)
  ON CONFLICT (campaign_id, day, type) DO UPDATE SET
    binding_cents = binding_cents + excluded.binding_cents,
    received_cents = received_cents + excluded.received_cents;
END;
--> statement-breakpoint
CREATE TRIGGER daily_figures_after_delete AFTER DELETE ON daily_figures BEGIN
  UPDATE figure_totals SET
    amount_cents = amount_cents - OLD.amount_cents,
    pledge_count = pledge_count - OLD.pledge_count,
    received_cents = received_cents - OLD.received_cents
  WHERE campaign_id = OLD.campaign_id AND status = OLD.status AND type = OLD.type AND sponsor_kind = OLD.sponsor_kind AND country = OLD.country;
  UPDATE daily_totals SET
    binding_cents = binding_cents - CASE WHEN OLD.status IN ('confirmed', 'paid') THEN OLD.amount_cents ELSE 0 END,
    received_cents = received_cents - OLD.received_cents
  WHERE campaign_id = OLD.campaign_id AND day = OLD.day AND type = OLD.type;
END;
--> statement-breakpoint
CREATE TRIGGER daily_sponsor_counts_after_insert AFTER INSERT ON daily_sponsor_counts BEGIN
  INSERT INTO sponsor_count_totals (campaign_id, sponsor_kind, country, sponsor_count)
  VALUES (NEW.campaign_id, NEW.sponsor_kind, NEW.country, NEW.delta)
  ON CONFLICT (campaign_id, sponsor_kind, country) DO UPDATE SET sponsor_count = sponsor_count + excluded.sponsor_count;
END;
--> statement-breakpoint
CREATE TRIGGER daily_sponsor_counts_after_update AFTER UPDATE ON daily_sponsor_counts BEGIN
  INSERT INTO sponsor_count_totals (campaign_id, sponsor_kind, country, sponsor_count)
  VALUES (NEW.campaign_id, NEW.sponsor_kind, NEW.country, NEW.delta - OLD.delta)
  ON CONFLICT (campaign_id, sponsor_kind, country) DO UPDATE SET sponsor_count = sponsor_count + excluded.sponsor_count;
END;
--> statement-breakpoint
CREATE TRIGGER daily_sponsor_counts_after_delete AFTER DELETE ON daily_sponsor_counts BEGIN
  UPDATE sponsor_count_totals SET sponsor_count = sponsor_count - OLD.delta
  WHERE campaign_id = OLD.campaign_id AND sponsor_kind = OLD.sponsor_kind AND country = OLD.country;
END;
--> statement-breakpoint
INSERT INTO figure_totals (campaign_id, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents)
SELECT campaign_id, status, type, sponsor_kind, country, sum(amount_cents), sum(pledge_count), sum(received_cents)
FROM daily_figures GROUP BY campaign_id, status, type, sponsor_kind, country;
--> statement-breakpoint
INSERT INTO daily_totals (campaign_id, day, type, binding_cents, received_cents)
SELECT campaign_id, day, type, sum(CASE WHEN status IN ('confirmed', 'paid') THEN amount_cents ELSE 0 END), sum(received_cents)
FROM daily_figures GROUP BY campaign_id, day, type;
--> statement-breakpoint
-- A sponsor starts to count on the day its running number of binding pledges leaves zero
-- and stops on the day it returns to zero.
INSERT INTO sponsor_presence (campaign_id, sponsor_id, day, delta)
SELECT campaign_id, sponsor_id, day, CASE WHEN running > 0 THEN 1 ELSE -1 END
FROM (
  SELECT campaign_id, sponsor_id, day, binding_count,
    sum(binding_count) OVER (PARTITION BY campaign_id, sponsor_id ORDER BY day) AS running
  FROM sponsor_daily_binding
)
WHERE (running > 0) <> (running - binding_count > 0);
--> statement-breakpoint
INSERT INTO daily_sponsor_counts (campaign_id, day, sponsor_kind, country, delta)
SELECT p.campaign_id, p.day, s.kind, s.country, sum(p.delta)
FROM sponsor_presence p JOIN sponsors s ON s.id = p.sponsor_id
GROUP BY p.campaign_id, p.day, s.kind, s.country;
--> statement-breakpoint
-- Existing binding pledges' plans count from the day each first became binding.
INSERT INTO schedule_deltas (campaign_id, day, year, cents)
SELECT p.campaign_id,
  (SELECT min(e.at) FROM pledge_events e WHERE e.pledge_id = p.id AND e.status_after IN ('confirmed', 'paid')),
  CAST(substr(i.due_on, 1, 4) AS INTEGER), sum(i.amount_cents)
FROM pledges p JOIN installments i ON i.pledge_id = p.id
WHERE p.status IN ('confirmed', 'paid')
GROUP BY 1, 2, 3;
