-- Lectern library, schema 1: the entities of PRODUCT.md.
-- Times are milliseconds since the Unix epoch, UTC.
PRAGMA application_id = 1280590670; -- 'LECN': marks the file as a Lectern library

CREATE TABLE media (
    sha256     TEXT PRIMARY KEY,
    mime       TEXT NOT NULL,
    data       BLOB NOT NULL,
    byte_size  INTEGER NOT NULL,
    created    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL DEFAULT '',
    summary           TEXT NOT NULL DEFAULT '',
    body_html         TEXT NOT NULL DEFAULT '',
    body_text         TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT 'en',
    translation_group TEXT NOT NULL DEFAULT '',
    author            TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'review', 'published', 'archived')),
    created           INTEGER NOT NULL,
    updated           INTEGER NOT NULL,
    published         INTEGER,
    featured_image    TEXT REFERENCES media(sha256),
    deleted           INTEGER -- when it went to the trash; NULL while live
);
CREATE INDEX articles_live_updated ON articles(deleted, updated DESC, id);
CREATE INDEX articles_status ON articles(status);
CREATE INDEX articles_category ON articles(category);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_translation_group ON articles(translation_group);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE universities (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    founded       INTEGER,
    website       TEXT NOT NULL DEFAULT '',
    logo          TEXT REFERENCES media(sha256),
    profile_html  TEXT NOT NULL DEFAULT '',
    profile_text  TEXT NOT NULL DEFAULT '',
    created       INTEGER NOT NULL,
    updated       INTEGER NOT NULL,
    deleted       INTEGER
);
CREATE INDEX universities_country ON universities(deleted, country, name);

CREATE TABLE article_universities (
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    university_id  INTEGER NOT NULL REFERENCES universities(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (article_id, university_id)
) WITHOUT ROWID;
CREATE INDEX article_universities_university ON article_universities(university_id);

-- Manual related articles: ordered; 'pinned' always shown, 'excluded' never.
CREATE TABLE related_links (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    related_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    mode        TEXT NOT NULL DEFAULT 'link' CHECK (mode IN ('link', 'pinned', 'excluded')),
    PRIMARY KEY (article_id, related_id),
    CHECK (article_id <> related_id)
) WITHOUT ROWID;

CREATE TABLE reading_lists (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    position  INTEGER NOT NULL
);

CREATE TABLE reading_list_items (
    list_id     INTEGER NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (list_id, article_id)
) WITHOUT ROWID;

-- Every save keeps the previous version of every field as a JSON snapshot.
CREATE TABLE article_revisions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    saved       INTEGER NOT NULL,
    snapshot    TEXT NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions(article_id, id);

CREATE TABLE university_revisions (
    id             INTEGER PRIMARY KEY,
    university_id  INTEGER NOT NULL REFERENCES universities(id) ON DELETE CASCADE,
    saved          INTEGER NOT NULL,
    snapshot       TEXT NOT NULL
);
CREATE INDEX university_revisions_university ON university_revisions(university_id, id);

INSERT INTO reading_lists (name, position) VALUES ('Recommended reading', 0);
