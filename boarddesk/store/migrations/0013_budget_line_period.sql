-- The reporting period a budget line was reported for (the January 2020 portfolio's «Budsjett 2020»),
-- so a period's budget chart sums that period's lines and nothing of another period's.
ALTER TABLE budget_lines ADD COLUMN period TEXT REFERENCES reporting_periods(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
