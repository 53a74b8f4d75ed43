-- BoardDesk schema, version 1. Column names follow the exchange format (docs/exchange-format.md);
-- the *_id columns tie a row to the thing it belongs to. References between things are deferred
-- so that a whole import is checked at COMMIT, whatever order it comes in.

CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT,
    organisation TEXT,
    case_number_format TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE board_areas (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (board_id, key)
);

CREATE TABLE members (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    organisation TEXT,
    title TEXT,
    email TEXT,
    role TEXT,
    deputy_for TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    active INTEGER
);
CREATE INDEX members_board ON members(board_id);

CREATE TABLE reporting_periods (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    start TEXT,
    "end" TEXT
);
CREATE INDEX reporting_periods_board ON reporting_periods(board_id);

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    kind TEXT,
    parent TEXT REFERENCES projects(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    project_number TEXT,
    actor TEXT,
    contact TEXT,
    owner TEXT,
    manager TEXT,
    description TEXT,
    segment TEXT,
    phase TEXT,
    phase_start TEXT,
    phase_end TEXT,
    start_date TEXT,
    end_date TEXT,
    national_solutions TEXT,
    focus_area TEXT,
    implementation_strategy TEXT,
    approved_frame_nok INTEGER,
    benefit_prerequisites TEXT,
    confidentiality TEXT
);
CREATE INDEX projects_board ON projects(board_id, position);
CREATE INDEX projects_parent ON projects(parent);

CREATE TABLE status_reports (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    period TEXT REFERENCES reporting_periods(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    report_date TEXT NOT NULL,
    overall_status TEXT,
    status_comment TEXT,
    risk_level TEXT,
    risk_comment TEXT,
    manager_assessment TEXT,
    summary TEXT,
    confidentiality TEXT
);
CREATE INDEX status_reports_project ON status_reports(project_id, report_date);
CREATE INDEX status_reports_period ON status_reports(period);

CREATE TABLE area_ratings (
    report_id TEXT NOT NULL REFERENCES status_reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    area TEXT NOT NULL,
    rag TEXT,
    comment TEXT,
    PRIMARY KEY (report_id, area)
);

CREATE TABLE milestones (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    number TEXT,
    name TEXT NOT NULL,
    description TEXT,
    planned TEXT,
    delivered TEXT,
    action_on_delay TEXT
);
CREATE INDEX milestones_project ON milestones(project_id, position);

CREATE TABLE milestone_forecasts (
    report_id TEXT NOT NULL REFERENCES status_reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    milestone TEXT NOT NULL REFERENCES milestones(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    forecast TEXT,
    status TEXT,
    delivered TEXT,
    comment TEXT,
    PRIMARY KEY (report_id, milestone)
);
CREATE INDEX milestone_forecasts_milestone ON milestone_forecasts(milestone);

CREATE TABLE risks (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    number TEXT NOT NULL,
    description TEXT NOT NULL,
    area TEXT,
    probability INTEGER CHECK (probability BETWEEN 1 AND 5),
    consequence INTEGER CHECK (consequence BETWEEN 1 AND 5),
    owner TEXT,
    status TEXT,
    comment TEXT,
    identified TEXT,
    closed_on TEXT,
    is_new INTEGER
);
CREATE INDEX risks_project ON risks(project_id, position);

CREATE TABLE risk_measures (
    risk_id TEXT NOT NULL REFERENCES risks(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    done INTEGER,
    PRIMARY KEY (risk_id, position)
);

CREATE TABLE risk_assessments (
    report_id TEXT NOT NULL REFERENCES status_reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    risk TEXT NOT NULL REFERENCES risks(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    probability INTEGER CHECK (probability BETWEEN 1 AND 5),
    consequence INTEGER CHECK (consequence BETWEEN 1 AND 5),
    PRIMARY KEY (report_id, risk)
);

CREATE TABLE dependencies (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    on_project TEXT REFERENCES projects(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    on_actor TEXT,
    what TEXT,
    for_what TEXT,
    category TEXT,
    criticality TEXT,
    deadline TEXT,
    agreed_plan INTEGER,
    status TEXT
);
CREATE INDEX dependencies_project ON dependencies(project_id);
CREATE INDEX dependencies_on_project ON dependencies(on_project);

CREATE TABLE budget_lines (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    post TEXT NOT NULL,
    approved_nok INTEGER,
    booked_nok INTEGER,
    forecast_nok INTEGER,
    comment TEXT,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE funding (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    year INTEGER,
    amount_nok INTEGER,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE operating_cost_changes (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    solution TEXT,
    year INTEGER,
    amount_nok INTEGER,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE benefits (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    years INTEGER,
    net_value_nok INTEGER,
    other_benefits TEXT,
    beneficiaries TEXT,
    assessment TEXT,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE decision_history (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    date TEXT,
    body TEXT,
    case_number TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    number INTEGER,
    year INTEGER,
    date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT,
    chair TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    secretary TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    agenda_published INTEGER,
    notes TEXT
);
CREATE INDEX meetings_board ON meetings(board_id, date);
CREATE UNIQUE INDEX meetings_number ON meetings(board_id, year, number) WHERE number IS NOT NULL;

CREATE TABLE meeting_invitees (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    organisation TEXT,
    role TEXT,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_copy_to (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL,
    deputy_for TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    arrived_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    left_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (meeting_id, member)
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    meeting TEXT REFERENCES meetings(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    agenda_position INTEGER,
    year INTEGER,
    seq INTEGER,
    legacy_duplicate INTEGER,
    state TEXT,
    standard_item TEXT,
    title TEXT NOT NULL,
    description TEXT,
    document TEXT,
    presenter TEXT,
    minutes_allotted INTEGER,
    proposed_decision TEXT,
    to_body TEXT,
    paper_date TEXT,
    case_officer TEXT,
    body_text TEXT,
    confidentiality TEXT,
    discussion TEXT,
    CHECK ((year IS NULL) = (seq IS NULL))
);
CREATE INDEX cases_meeting ON cases(meeting, agenda_position);
-- A number BoardDesk issued is never issued again, withdrawn or not. Only duplicates recorded in
-- papers from before BoardDesk (legacy_duplicate) are let through, so the record stays true.
CREATE UNIQUE INDEX cases_number ON cases(board_id, year, seq)
    WHERE seq IS NOT NULL AND NOT coalesce(legacy_duplicate, 0);

CREATE TABLE case_counters (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (board_id, year)
);

CREATE TABLE case_parts (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    title TEXT,
    type TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_projects (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    project TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX case_projects_project ON case_projects(project);

CREATE TABLE case_status_reports (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    report TEXT NOT NULL REFERENCES status_reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    filename TEXT NOT NULL,
    media_type TEXT,
    title TEXT,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    confidentiality TEXT
);

CREATE TABLE case_attachments (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    attachment TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE decisions (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    text TEXT NOT NULL,
    date TEXT,
    unanimous INTEGER,
    votes_for INTEGER,
    votes_against INTEGER,
    votes_blank INTEGER,
    dissent TEXT
);

CREATE TABLE decision_disqualified (
    case_id TEXT NOT NULL REFERENCES decisions(case_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE action_points (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    meeting TEXT REFERENCES meetings(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    "case" TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    responsible TEXT,
    due TEXT,
    status TEXT,
    comment TEXT
);
CREATE INDEX action_points_board ON action_points(board_id, status);

CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    author TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    text TEXT NOT NULL,
    shared INTEGER,
    question INTEGER,
    created TEXT,
    updated TEXT
);
CREATE INDEX annotations_target ON annotations(target_kind, target_id);
