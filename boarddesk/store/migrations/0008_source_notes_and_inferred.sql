-- BoardDesk schema, version 8: what the papers say, told apart from what BoardDesk was told about
-- them. A source note (kildemerknad) is a remark about the paper a value came from («Prognose står
-- tom i rapporten»); it is never the project's own words, so it has its own column. `inferred`
-- marks a fact taken from another paper or worked out rather than read (a decision cited in a
-- later case); `inferred_fields` names the fields of a record that were so (["presenter"]).
-- A report dated only by month («November 2021») keeps `date_precision` = 'month'; one the paper
-- gives no date at all keeps 'none' (its report_date then only orders it and is never shown).
-- A budget table's own total line is kept as the paper prints it (`is_total`), with the
-- deviation column as printed, instead of being summed from the lines.

ALTER TABLE reporting_periods ADD COLUMN summary TEXT;
ALTER TABLE reporting_periods ADD COLUMN source_note TEXT;
ALTER TABLE projects ADD COLUMN source_note TEXT;
ALTER TABLE status_reports ADD COLUMN date_precision TEXT;
ALTER TABLE status_reports ADD COLUMN source_note TEXT;
ALTER TABLE budget_lines ADD COLUMN deviation_nok INTEGER;
ALTER TABLE budget_lines ADD COLUMN is_total INTEGER;
ALTER TABLE budget_lines ADD COLUMN source_note TEXT;
ALTER TABLE members ADD COLUMN inferred_fields TEXT;
ALTER TABLE cases ADD COLUMN inferred_fields TEXT;
ALTER TABLE decisions ADD COLUMN inferred INTEGER;
ALTER TABLE decisions ADD COLUMN source_note TEXT;
ALTER TABLE meetings ADD COLUMN source_note TEXT;
