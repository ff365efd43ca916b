-- Lectern library, schema 3: indexes that let the article list sort and page
-- by key on any column at 100,000 articles, and the recovery area where the
-- editor keeps unsaved work between autosaves and a crash.
CREATE INDEX articles_live_title ON articles(deleted, title COLLATE NOCASE, id);
CREATE INDEX articles_live_published ON articles(deleted, coalesce(published, 0), id);
CREATE INDEX articles_live_author ON articles(deleted, author COLLATE NOCASE, id);
CREATE INDEX articles_live_category ON articles(deleted, category COLLATE NOCASE, id);
CREATE INDEX articles_live_status ON articles(deleted, status, id);
CREATE INDEX articles_live_language ON articles(deleted, language, id);

-- Unsaved edits, written every few seconds of idle typing; never a revision.
CREATE TABLE recovery (
    kind       TEXT NOT NULL CHECK (kind IN ('article', 'university')),
    uuid       TEXT NOT NULL, -- of the item being edited (a new one has its own)
    saved      INTEGER NOT NULL,
    snapshot   TEXT NOT NULL, -- JSON of all fields, as a revision holds them
    PRIMARY KEY (kind, uuid)
) WITHOUT ROWID;
