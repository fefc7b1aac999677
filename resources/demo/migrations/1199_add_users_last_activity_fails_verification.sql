-- FAILS VERIFICATION ON PURPOSE: the demo's one example of a red report.
-- Its DOWN forgets the column its UP adds, so a rollback past 1199 (down to 1198) ends
-- in "FAIL: extra column users.last_activity_at". Every other DOWN of the demo leaves
-- the schema as it was, and its verification passes.
-- UP
ALTER TABLE users ADD COLUMN last_activity_at DATETIME;
CREATE TABLE activity_events (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind VARCHAR(40) NOT NULL,
    occurred_at DATETIME NOT NULL,
    PRIMARY KEY (id, occurred_at)
);

-- DOWN
DROP TABLE activity_events;
