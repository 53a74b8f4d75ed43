-- Whether a case's pack prints the status reports of the projects ticked for it. A report linked
-- to the case (case_status_reports) is always printed; ticking a project alone only lists it.
ALTER TABLE cases ADD COLUMN print_status_reports INTEGER DEFAULT 0;
