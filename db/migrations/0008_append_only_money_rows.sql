-- Money rows are never changed or removed: a correction is a new event, an undone payment a
-- reversal row. The database itself refuses anything else, whatever code runs against it.
CREATE TRIGGER pledge_events_no_update BEFORE UPDATE ON pledge_events BEGIN
  SELECT RAISE(ABORT, 'pledge_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER pledge_events_no_delete BEFORE DELETE ON pledge_events BEGIN
  SELECT RAISE(ABORT, 'pledge_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments BEGIN
  SELECT RAISE(ABORT, 'payments is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments BEGIN
  SELECT RAISE(ABORT, 'payments is append-only');
END;
