-- Lectern library, schema 7: a page is imported once.
-- Two imports of one folder at once each asked "imported before?" and then
-- inserted, making duplicates. The identity of an imported page (its file's
-- path) is now unique among the import records of live articles, and the
-- import asks and inserts in one write transaction. The record of an article
-- in the trash is not live, so a page whose article was trashed can be
-- imported again.
ALTER TABLE article_imports ADD COLUMN live INTEGER NOT NULL DEFAULT 1;
UPDATE article_imports SET live = 0
    WHERE article_id IN (SELECT id FROM articles WHERE deleted IS NOT NULL);
-- Duplicates left by concurrent imports before this version: the oldest
-- article keeps the page's identity; the others stay in the library as
-- articles of their own (nothing is deleted) but are no longer that page.
DELETE FROM article_imports
    WHERE live = 1 AND EXISTS (
        SELECT 1 FROM article_imports AS older
        WHERE older.live = 1 AND older.origin = article_imports.origin
          AND older.article_id < article_imports.article_id);
CREATE UNIQUE INDEX article_imports_live_origin ON article_imports(origin) WHERE live = 1;
DROP INDEX article_imports_origin;
CREATE INDEX article_imports_live_content ON article_imports(content_sha256) WHERE live = 1;
DROP INDEX article_imports_content;
-- Trash and restore move the record in and out of the live ones. A restored
-- article whose page was imported again meanwhile keeps its text but not the
-- identity (OR IGNORE): the newer article is that page now.
CREATE TRIGGER article_imports_follow_trash AFTER UPDATE OF deleted ON articles
WHEN (OLD.deleted IS NULL) <> (NEW.deleted IS NULL)
BEGIN
    UPDATE OR IGNORE article_imports SET live = (NEW.deleted IS NULL) WHERE article_id = NEW.id;
END;
