#include "schema.h"

#include <array>

namespace hall::schema {
namespace {

constexpr std::string_view v1_calendar = R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE calendar_import (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    region      TEXT NOT NULL,
    layer       TEXT NOT NULL CHECK (layer IN ('national', 'local')),
    years       TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE calendar_year (
    layer     TEXT NOT NULL CHECK (layer IN ('national', 'local')),
    year      INTEGER NOT NULL,
    region    TEXT NOT NULL,
    source    TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES calendar_import (id),
    PRIMARY KEY (layer, year)
);
CREATE TABLE calendar_day (
    layer   TEXT NOT NULL,
    year    INTEGER NOT NULL,
    date    TEXT NOT NULL,
    workday INTEGER NOT NULL CHECK (workday IN (0, 1)),
    name    TEXT NOT NULL,
    PRIMARY KEY (layer, year, date),
    FOREIGN KEY (layer, year) REFERENCES calendar_year (layer, year) ON DELETE CASCADE
);
)sql";

constexpr std::string_view v2_cases = R"sql(
CREATE TABLE unit (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE hall_window (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit (id)
);
CREATE TABLE staff (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    window_id INTEGER NOT NULL REFERENCES hall_window (id),
    role      TEXT NOT NULL CHECK (role IN ('chief', 'clerk', 'standin'))
);
CREATE TABLE item (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    window_id         INTEGER NOT NULL REFERENCES hall_window (id),
    class             TEXT NOT NULL,
    promised_amount   INTEGER NOT NULL CHECK (promised_amount >= 0),
    promised_unit     TEXT NOT NULL,
    statutory_amount  INTEGER,
    statutory_unit    TEXT,
    reporting_days    INTEGER,
    authority         TEXT NOT NULL DEFAULT '',
    prohibited        INTEGER NOT NULL DEFAULT 0,
    prohibited_reason TEXT NOT NULL DEFAULT '',
    tolerance         INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE item_material (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    main    INTEGER NOT NULL CHECK (main IN (0, 1)),
    PRIMARY KEY (item_id, seq)
);
CREATE TABLE item_participant (
    item_id   INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    window_id INTEGER NOT NULL REFERENCES hall_window (id),
    PRIMARY KEY (item_id, window_id)
);
CREATE TABLE case_counter (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE "case" (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    item_id            INTEGER NOT NULL REFERENCES item (id),
    window_id          INTEGER NOT NULL REFERENCES hall_window (id),
    staff_id           INTEGER REFERENCES staff (id),
    applicant          TEXT NOT NULL,
    applicant_id       TEXT NOT NULL DEFAULT '',
    item_class         TEXT NOT NULL,
    registered_class   TEXT NOT NULL,
    promised_amount    INTEGER NOT NULL,
    promised_unit      TEXT NOT NULL,
    statutory_amount   INTEGER,
    statutory_unit     TEXT,
    reporting_days     INTEGER,
    participants       TEXT NOT NULL DEFAULT '',
    investment         INTEGER NOT NULL DEFAULT 0,
    received           TEXT NOT NULL,
    missing            TEXT NOT NULL DEFAULT '',
    pending            TEXT NOT NULL DEFAULT '',
    promised_by        TEXT,
    -- Derived by replaying case_step against the calendar; kept for indexed queries and
    -- rewritten whenever the steps or the calendar change.
    state              TEXT NOT NULL,
    class              TEXT NOT NULL,
    clock_start        TEXT,
    deadline           TEXT,
    statutory_deadline TEXT,
    provisional        INTEGER NOT NULL DEFAULT 0,
    finished           TEXT,
    follow_up_due      TEXT,
    late               INTEGER NOT NULL DEFAULT 0  -- late whatever the day: see CaseStatus::late
);
CREATE INDEX case_by_state_deadline ON "case" (state, deadline);
CREATE INDEX case_by_window ON "case" (window_id, received);
CREATE INDEX case_by_received ON "case" (received);
CREATE TABLE case_step (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES "case" (id),
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    staff       TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    value       INTEGER NOT NULL DEFAULT 0,
    materials   TEXT NOT NULL DEFAULT '',
    automatic   INTEGER NOT NULL DEFAULT 0,
    corrects    INTEGER,  -- a correction: the seq of the step of this case it corrects
    recorded_at TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
-- 各事项的受理和办理过程，均应有记录备案: the history is append-only.
CREATE TRIGGER case_step_is_append_only_u BEFORE UPDATE ON case_step
BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
CREATE TRIGGER case_step_is_append_only_d BEFORE DELETE ON case_step
BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
CREATE TABLE notice_counter (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);
CREATE TABLE notice (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES "case" (id),
    step_id INTEGER NOT NULL REFERENCES case_step (id),
    kind    TEXT NOT NULL,
    number  TEXT NOT NULL UNIQUE,
    issued  TEXT NOT NULL
);
CREATE INDEX notice_by_case ON notice (case_id);
CREATE TABLE card (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES "case" (id),
    level         TEXT NOT NULL CHECK (level IN ('warning', 'yellow', 'red')),
    rule          TEXT NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
    issued_on     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    revoked_at    TEXT,
    revoke_reason TEXT
);
-- The monitor issues each automatic card once, even after it was revoked.
CREATE UNIQUE INDEX card_auto_once ON card (case_id, level, rule) WHERE origin = 'auto';
CREATE INDEX card_by_case ON card (case_id);
)sql";

constexpr std::string_view v3_setting_change = R"sql(
CREATE TABLE setting_change (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TRIGGER setting_change_is_append_only_u BEFORE UPDATE ON setting_change
BEGIN SELECT RAISE(ABORT, 'the settings log is append-only'); END;
CREATE TRIGGER setting_change_is_append_only_d BEFORE DELETE ON setting_change
BEGIN SELECT RAISE(ABORT, 'the settings log is append-only'); END;
)sql";

// The monitor's daily passes: cases finished late and 容缺 approvals are a small part of a
// large store, so each gets a partial index and a rerun costs what it finds. `monitored`
// marks a case finished late whose cards the monitor has issued; saving a new status clears
// it, so a correction or a calendar change has the case looked at again.
constexpr std::string_view v4_monitor_indexes = R"sql(
ALTER TABLE "case" ADD COLUMN monitored INTEGER NOT NULL DEFAULT 0;
CREATE INDEX case_finished_late ON "case" (finished)
    WHERE late = 1 AND state IN ('finished', 'returned') AND monitored = 0;
CREATE INDEX case_with_pending ON "case" (promised_by) WHERE pending <> '';
)sql";

// Lateness that cannot be erased (004 超时默认, 退回制度, 协同办公平台): a return's policy basis and
// approved overrides on the steps; the case keeps the item's name as received, its
// participants' own part limits, whether the centre designated its lead and whether it needs
// a site inspection; a card may fall to a participant window, and a finding on record (a
// one-time-notice breach, an unanswered bad rating) is a card of level 'record'.
constexpr std::string_view v5_lateness = R"sql(
ALTER TABLE case_step ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE case_step ADD COLUMN overrides INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "case" ADD COLUMN item_name TEXT NOT NULL DEFAULT '';
UPDATE "case" SET item_name = (SELECT name FROM item WHERE item.id = "case".item_id);
ALTER TABLE "case" ADD COLUMN participant_days TEXT NOT NULL DEFAULT '';
ALTER TABLE "case" ADD COLUMN lead_designated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "case" ADD COLUMN inspection INTEGER NOT NULL DEFAULT 0;
CREATE INDEX case_follow_up ON "case" (follow_up_due) WHERE follow_up_due IS NOT NULL;
CREATE INDEX step_lateness_corrections ON case_step (recorded_at) WHERE kind = 'correct' AND value = 1;
ALTER TABLE item ADD COLUMN inspection INTEGER NOT NULL DEFAULT 0;
ALTER TABLE item_participant ADD COLUMN days INTEGER NOT NULL DEFAULT 0;
CREATE TABLE card_v5 (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES "case" (id),
    level         TEXT NOT NULL CHECK (level IN ('record', 'warning', 'yellow', 'red')),
    rule          TEXT NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
    issued_on     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    revoked_at    TEXT,
    revoke_reason TEXT,
    window        TEXT NOT NULL DEFAULT ''  -- a participant window the card falls to; '' the case's own
);
INSERT INTO card_v5 (id, case_id, level, rule, origin, issued_on, note, revoked_at, revoke_reason)
    SELECT id, case_id, level, rule, origin, issued_on, note, revoked_at, revoke_reason FROM card;
DROP TABLE card;
ALTER TABLE card_v5 RENAME TO card;
CREATE UNIQUE INDEX card_auto_once ON card (case_id, level, rule, window) WHERE origin = 'auto';
CREATE INDEX card_by_case ON card (case_id);
)sql";

// Scored events (考核): what a clerk or an import recorded, never edited or deleted. A
// mistaken event is voided by a record saying who voided it and why, so the score of a past
// month can always be explained from the rows as they were.
constexpr std::string_view v6_events = R"sql(
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    window_id   INTEGER NOT NULL REFERENCES hall_window (id),
    staff_id    INTEGER REFERENCES staff (id),
    date        TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    minutes     INTEGER CHECK (minutes >= 0),
    value       REAL,
    level       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',  -- empty: typed by hand ("event N")
    recorded_at TEXT NOT NULL
);
CREATE INDEX event_by_date ON event (date);
CREATE TRIGGER event_is_append_only_u BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only: void one instead'); END;
CREATE TRIGGER event_is_append_only_d BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only: void one instead'); END;
CREATE TABLE event_void (
    event_id  INTEGER PRIMARY KEY REFERENCES event (id),
    reason    TEXT NOT NULL,
    voided_by TEXT NOT NULL,
    voided_at TEXT NOT NULL
);
CREATE TRIGGER event_void_is_append_only_u BEFORE UPDATE ON event_void
BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
CREATE TRIGGER event_void_is_append_only_d BEFORE DELETE ON event_void
BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
-- The scorer reads the cases finished in a month (overdue, notice breaches, ratings).
CREATE INDEX case_finished_on ON "case" (finished) WHERE state = 'finished';
CREATE INDEX card_by_issued ON card (issued_on);
)sql";

// What scoring counts of a finished case, cached like the rest of its derived status, so that
// a month's ranking reads only the cases that give it something to count instead of replaying
// every case finished that month. NULL: saved before these columns existed (the scorer
// replays such a case).
constexpr std::string_view v7_scored_cases = R"sql(
ALTER TABLE "case" ADD COLUMN rating INTEGER;
ALTER TABLE "case" ADD COLUMN notice_breaches INTEGER;
-- Covering: a month's scored cases are read from the index alone, never from the table.
CREATE INDEX case_scored ON "case" (finished, received, id, number, window_id, staff_id, deadline, late, rating,
                                    notice_breaches)
    WHERE state = 'finished' AND (late = 1 OR rating <= 2 OR notice_breaches > 0 OR notice_breaches IS NULL);
-- The cards scoring counts; the warnings and records, most of the cards, are never read.
CREATE INDEX card_scored ON card (issued_on) WHERE level IN ('yellow', 'red') AND revoked_at IS NULL;
-- Scoring looks back over a quarter or a year for a few kinds only.
CREATE INDEX event_by_kind_date ON event (kind, date);
)sql";

// The first-responsibility log (首问负责, 000): people who came to ask rather than apply,
// the member of staff they asked first and the window they were taken to. Kept as asked.
constexpr std::string_view v8_inquiries = R"sql(
CREATE TABLE inquiry (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    window_id   INTEGER NOT NULL REFERENCES hall_window (id),  -- the staff member's window when asked
    topic       TEXT NOT NULL,
    referred_to INTEGER REFERENCES hall_window (id),
    at          TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX inquiry_by_at ON inquiry (at);
CREATE TRIGGER inquiry_is_append_only_u BEFORE UPDATE ON inquiry
BEGIN SELECT RAISE(ABORT, 'the inquiry log is append-only'); END;
CREATE TRIGGER inquiry_is_append_only_d BEFORE DELETE ON inquiry
BEGIN SELECT RAISE(ABORT, 'the inquiry log is append-only'); END;
)sql";

// The service guide (办事指南) each item publishes: 六公开 beside its limits and materials.
constexpr std::string_view v9_item_guide = R"sql(
ALTER TABLE item ADD COLUMN content TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN procedure TEXT NOT NULL DEFAULT '';  -- steps, one a line
ALTER TABLE item ADD COLUMN fee TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN fee_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN complaint TEXT NOT NULL DEFAULT '';
)sql";

// Attendance, leave and complaints: the records the scorer derives events from. Punches,
// leave and complaints are never edited or deleted; what became of a complaint is an act
// appended to it. A punch is stored once per staff member and minute, so a punch log
// imported twice adds nothing.
constexpr std::string_view v10_attendance = R"sql(
CREATE TABLE punch_import (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    encoding    TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    duplicates  INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE punch (
    id        INTEGER PRIMARY KEY,
    staff_id  INTEGER NOT NULL REFERENCES staff (id),
    at        TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES punch_import (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (staff_id, at)
);
CREATE INDEX punch_by_time ON punch (at);
CREATE TABLE leave (
    id           INTEGER PRIMARY KEY,
    staff_id     INTEGER NOT NULL REFERENCES staff (id),
    window_id    INTEGER NOT NULL REFERENCES hall_window (id),
    from_at      TEXT NOT NULL,
    to_at        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    approval     TEXT NOT NULL,
    approved_by  TEXT NOT NULL,
    standin_id   INTEGER REFERENCES staff (id),
    note         TEXT NOT NULL DEFAULT '',
    days         REAL NOT NULL,
    single_clerk INTEGER NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX leave_by_time ON leave (from_at, to_at);
CREATE TABLE complaint (
    id          INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    window_id   INTEGER NOT NULL REFERENCES hall_window (id),
    staff_id    INTEGER REFERENCES staff (id),
    channel     TEXT NOT NULL,
    class       TEXT NOT NULL,
    issue       TEXT NOT NULL,
    request     TEXT NOT NULL DEFAULT '',
    complainant TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    deadline    TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX complaint_by_time ON complaint (received_at);
CREATE TABLE complaint_act (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    kind         TEXT NOT NULL CHECK (kind IN ('answer', 'verify', 'dismiss')),
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    text         TEXT NOT NULL,
    -- a verification and a dismissal are one outcome: at most one of them
    outcome      INTEGER GENERATED ALWAYS AS (kind <> 'answer') VIRTUAL,
    UNIQUE (complaint_id, outcome)
);
CREATE TRIGGER punch_import_is_append_only_u BEFORE UPDATE ON punch_import
BEGIN SELECT RAISE(ABORT, 'punch imports are append-only'); END;
CREATE TRIGGER punch_import_is_append_only_d BEFORE DELETE ON punch_import
BEGIN SELECT RAISE(ABORT, 'punch imports are append-only'); END;
CREATE TRIGGER punch_is_append_only_u BEFORE UPDATE ON punch
BEGIN SELECT RAISE(ABORT, 'punches are append-only'); END;
CREATE TRIGGER punch_is_append_only_d BEFORE DELETE ON punch
BEGIN SELECT RAISE(ABORT, 'punches are append-only'); END;
CREATE TRIGGER leave_is_append_only_u BEFORE UPDATE ON leave
BEGIN SELECT RAISE(ABORT, 'leave is append-only'); END;
CREATE TRIGGER leave_is_append_only_d BEFORE DELETE ON leave
BEGIN SELECT RAISE(ABORT, 'leave is append-only'); END;
CREATE TRIGGER complaint_is_append_only_u BEFORE UPDATE ON complaint
BEGIN SELECT RAISE(ABORT, 'complaints are append-only: add an act instead'); END;
CREATE TRIGGER complaint_is_append_only_d BEFORE DELETE ON complaint
BEGIN SELECT RAISE(ABORT, 'complaints are append-only: add an act instead'); END;
CREATE TRIGGER complaint_act_is_append_only_u BEFORE UPDATE ON complaint_act
BEGIN SELECT RAISE(ABORT, 'complaint acts are append-only'); END;
CREATE TRIGGER complaint_act_is_append_only_d BEFORE DELETE ON complaint_act
BEGIN SELECT RAISE(ABORT, 'complaint acts are append-only'); END;
)sql";

// Tamper-evident history (issue 8 §4; chain.h has the chains and their canonical form): hash
// columns on the intake, the steps, the notices, the cards (and their revocations), the events
// and their voids, sealed on insert; open.cpp seals the rows of an older store right after
// this migration, in order. A sealed row is never changed: the append-only triggers now let
// through only the sealing of a row not yet sealed, and the intake facts, the notices and the
// cards get triggers of their own (a card's revocation is the one change it takes, once).
constexpr std::string_view v11_chains = R"sql(
ALTER TABLE "case" ADD COLUMN prev_hash TEXT;
ALTER TABLE "case" ADD COLUMN hash TEXT;
ALTER TABLE case_step ADD COLUMN prev_hash TEXT;
ALTER TABLE case_step ADD COLUMN hash TEXT;
ALTER TABLE notice ADD COLUMN prev_hash TEXT;
ALTER TABLE notice ADD COLUMN hash TEXT;
ALTER TABLE card ADD COLUMN prev_hash TEXT;
ALTER TABLE card ADD COLUMN hash TEXT;
ALTER TABLE card ADD COLUMN revoke_hash TEXT;
ALTER TABLE event ADD COLUMN prev_hash TEXT;
ALTER TABLE event ADD COLUMN hash TEXT;
ALTER TABLE event_void ADD COLUMN seq INTEGER;
ALTER TABLE event_void ADD COLUMN prev_hash TEXT;
ALTER TABLE event_void ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX event_void_by_seq ON event_void (seq);
DROP TRIGGER case_step_is_append_only_u;
DROP TRIGGER event_is_append_only_u;
DROP TRIGGER event_void_is_append_only_u;
CREATE TRIGGER case_step_is_append_only_u BEFORE UPDATE ON case_step WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
CREATE TRIGGER event_is_append_only_u BEFORE UPDATE ON event WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'events are append-only: void one instead'); END;
CREATE TRIGGER event_void_is_append_only_u BEFORE UPDATE ON event_void WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
CREATE TRIGGER case_intake_is_fixed BEFORE UPDATE OF id, number, item_id, window_id, staff_id, applicant,
    applicant_id, item_class, registered_class, promised_amount, promised_unit, statutory_amount,
    statutory_unit, reporting_days, participants, investment, received, missing, pending, promised_by,
    item_name, participant_days, lead_designated, inspection, prev_hash, hash ON "case"
    WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a case''s intake facts are fixed'); END;
CREATE TRIGGER case_is_kept BEFORE DELETE ON "case"
BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;
CREATE TRIGGER notice_is_append_only_u BEFORE UPDATE ON notice WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'notices are append-only'); END;
CREATE TRIGGER notice_is_append_only_d BEFORE DELETE ON notice
BEGIN SELECT RAISE(ABORT, 'notices are append-only'); END;
CREATE TRIGGER card_is_fixed BEFORE UPDATE OF id, case_id, level, rule, origin, issued_on, note, window,
    prev_hash, hash ON card WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a card is fixed once issued: revoke it instead'); END;
CREATE TRIGGER card_revocation_is_fixed BEFORE UPDATE OF revoked_at, revoke_reason, revoke_hash ON card
    WHEN old.revoke_hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a card is revoked once'); END;
CREATE TRIGGER card_is_kept BEFORE DELETE ON card
BEGIN SELECT RAISE(ABORT, 'cards are never deleted: revoke one instead'); END;
)sql";

// What the bulletins count of a finished case (CaseStatus::work_days and the rest), cached like
// the rest of its derived status, so that a month's or a year's bulletin adds them up in the
// store instead of replaying every case finished in the period. `figured` is 0 on a row saved
// before these columns existed: such a case is replayed and saved again when the store is
// next opened (fill_case_figures), and a bulletin replays it until then.
constexpr std::string_view v12_case_figures = R"sql(
ALTER TABLE "case" ADD COLUMN work_days INTEGER;
ALTER TABLE "case" ADD COLUMN days_late INTEGER;
ALTER TABLE "case" ADD COLUMN waiting_days INTEGER;
ALTER TABLE "case" ADD COLUMN paused_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "case" ADD COLUMN authority_days INTEGER;
ALTER TABLE "case" ADD COLUMN responded_on TEXT;
ALTER TABLE "case" ADD COLUMN figured INTEGER NOT NULL DEFAULT 0;
CREATE INDEX case_unfigured ON "case" (id) WHERE figured = 0;
-- Covering: a period's finished cases are added up from the index alone.
CREATE INDEX case_finished_figures ON "case" (finished, window_id, class, item_id, received, late,
    work_days, waiting_days, paused_days, authority_days, rating, follow_up_due, responded_on)
    WHERE state = 'finished';
-- Likewise the cases received in a period.
CREATE INDEX case_received_figures ON "case" (received, window_id, class, item_id, provisional);
)sql";

constexpr std::array<std::string_view, 12> all = {
    v1_calendar,     v2_cases,     v3_setting_change, v4_monitor_indexes, v5_lateness, v6_events,
    v7_scored_cases, v8_inquiries, v9_item_guide,     v10_attendance,     v11_chains,  v12_case_figures};

}  // namespace

std::span<const std::string_view> migrations() {
    return all;
}

}  // namespace hall::schema
