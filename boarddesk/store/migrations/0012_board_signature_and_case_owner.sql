-- How a board closes its case papers, and who owns a case.

-- Where the board's papers are signed («Bodø, den 25. april 2024») and by whom, with title
-- («Marit Lind», «adm. direktør»): printed after the proposed decision where the board's style has it.
ALTER TABLE boards ADD COLUMN seat TEXT;
ALTER TABLE boards ADD COLUMN signing_officer TEXT;
ALTER TABLE boards ADD COLUMN signing_officer_title TEXT;

-- The case owner (sakseier) in a programme board's case header.
ALTER TABLE cases ADD COLUMN case_owner TEXT;
