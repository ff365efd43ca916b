-- Lectern library, schema 9: the articles editors pin to Home, and the words
-- of every article for the related-articles engine, with how many articles
-- each language has.

-- Home's featured articles, in the editors' order. An article in the trash
-- keeps its place and is shown again when restored.
CREATE TABLE featured_articles (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL
);

-- Every word of the articles in the search index (as its tokenizer makes
-- them) and how many of those articles use it: the engine weighs a shared
-- word by how rare it is. Kept by the store with the index, in the same
-- transaction (app/core/related/termvectors.cpp).
CREATE TABLE related_terms (
    id         INTEGER PRIMARY KEY,
    term       TEXT NOT NULL UNIQUE,
    documents  INTEGER NOT NULL
);

-- Each indexed article's words: related_terms ids with the number of times
-- it uses each (title ×3, summary ×2, text ×1), as varint pairs, and the
-- length of its damped-count vector. Filled for the articles already here
-- by the program right after this script, in the same transaction.
CREATE TABLE related_vectors (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    length      REAL NOT NULL,
    terms       BLOB NOT NULL
);

-- Live articles per language, kept by the table's own triggers: a word the
-- related-articles engine names as a reason must be rare among the articles
-- of its language, which one row tells.
CREATE TABLE article_language_totals (
    language  TEXT PRIMARY KEY,
    live      INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO article_language_totals (language, live)
SELECT language, count(*) FROM articles WHERE deleted IS NULL GROUP BY language;
CREATE TRIGGER article_language_totals_insert AFTER INSERT ON articles
WHEN new.deleted IS NULL BEGIN
    INSERT INTO article_language_totals (language, live) VALUES (new.language, 1)
        ON CONFLICT (language) DO UPDATE SET live = live + 1;
END;
CREATE TRIGGER article_language_totals_delete AFTER DELETE ON articles
WHEN old.deleted IS NULL BEGIN
    UPDATE article_language_totals SET live = live - 1 WHERE language = old.language;
END;
CREATE TRIGGER article_language_totals_update AFTER UPDATE OF language, deleted ON articles
BEGIN
    UPDATE article_language_totals SET live = live - 1
        WHERE language = old.language AND old.deleted IS NULL;
    INSERT INTO article_language_totals (language, live)
        SELECT new.language, 1 WHERE new.deleted IS NULL
        ON CONFLICT (language) DO UPDATE SET live = live + 1;
END;
