// The campaign's sane range of dates, as the server and the pledge form both decide it.
import { describe, expect, it } from "vitest";
import {
  decidePaymentDate,
  decidePledgeDate,
  earliestPledgeDate,
  isUnusualPledgeDate,
  latestPaymentDate,
} from "../../server/domain/dateRules";

const AACHEN = { windowStart: "2016-04-20", deadline: "2016-06-01", matchStart: "2016-06-01", matchYears: 3 };

describe("decidePledgeDate", () => {
  it("starts at the window start, or a year before the deadline without one (28 Feb for 29 Feb)", () => {
    expect(earliestPledgeDate(AACHEN)).toBe("2016-04-20");
    expect(earliestPledgeDate({ ...AACHEN, windowStart: null })).toBe("2015-06-01");
    expect(earliestPledgeDate({ ...AACHEN, windowStart: null, deadline: "2016-02-29" })).toBe("2015-02-28");
    expect(decidePledgeDate("2016-04-19", AACHEN).ok).toBe(false);
    expect(decidePledgeDate("2016-04-20", AACHEN)).toEqual({ ok: true, value: "2016-04-20" });
  });

  it("asks for a confirmation from the 91st day after the deadline on", () => {
    expect(isUnusualPledgeDate("2016-08-30", AACHEN)).toBe(false);
    expect(isUnusualPledgeDate("2016-08-31", AACHEN)).toBe(true);
    expect(decidePledgeDate("2016-08-31", AACHEN).ok).toBe(false);
    expect(decidePledgeDate("2016-08-31", AACHEN, true).ok).toBe(true);
    // A confirmation does not let a date before the window through.
    expect(decidePledgeDate("1900-01-01", AACHEN, true).ok).toBe(false);
  });
});

describe("decidePaymentDate", () => {
  it("runs from the pledge's date to a year after the match period's last day", () => {
    expect(latestPaymentDate(AACHEN)).toBe("2020-05-31");
    expect(decidePaymentDate("2016-05-09", "2016-05-10", AACHEN).ok).toBe(false);
    expect(decidePaymentDate("2016-05-10", "2016-05-10", AACHEN).ok).toBe(true);
    expect(decidePaymentDate("2020-05-31", "2016-05-10", AACHEN).ok).toBe(true);
    expect(decidePaymentDate("2020-06-01", "2016-05-10", AACHEN).ok).toBe(false);
  });
});
