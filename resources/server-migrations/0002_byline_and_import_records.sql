-- The search index's second vector: each article's author (weight A),
-- category (B), language (C) and status (D), beside `document`'s title (A),
-- summary (B), tags (C) and text (D). So "author:" and "category:" match
-- there alone, as in a library file's FTS5 columns, and Lectern's bm25 weighs
-- every column as it does in a file.
ALTER TABLE lectern.article_search ADD COLUMN byline tsvector NOT NULL DEFAULT '';
CREATE INDEX article_search_byline ON lectern.article_search USING gin (byline);

-- An import record's "live" as in a file, 1 or 0, so that the statements the
-- two engines share compare it alike.
DROP INDEX lectern.article_imports_live_origin;
DROP INDEX lectern.article_imports_live_content;
ALTER TABLE lectern.article_imports ALTER COLUMN live DROP DEFAULT;
ALTER TABLE lectern.article_imports
    ALTER COLUMN live TYPE integer USING CASE WHEN live THEN 1 ELSE 0 END;
ALTER TABLE lectern.article_imports ALTER COLUMN live SET DEFAULT 1;
ALTER TABLE lectern.article_imports ADD CHECK (live IN (0, 1));
CREATE UNIQUE INDEX article_imports_live_origin ON lectern.article_imports(origin)
    WHERE live = 1;
CREATE INDEX article_imports_live_content ON lectern.article_imports(content_sha256)
    WHERE live = 1;

-- Trash and restore move the record in and out of the live ones, as a file's
-- trigger does. A restored article whose page was imported again meanwhile
-- keeps its text but not the identity: the newer article is that page now.
CREATE FUNCTION lectern.article_imports_follow_trash()
RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.deleted IS NOT NULL THEN
        UPDATE lectern.article_imports SET live = 0 WHERE article_id = NEW.id;
    ELSE
        UPDATE lectern.article_imports i SET live = 1
         WHERE i.article_id = NEW.id
           AND NOT EXISTS (SELECT 1 FROM lectern.article_imports o
                            WHERE o.live = 1 AND o.origin = i.origin
                              AND o.article_id <> i.article_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER article_imports_follow_trash AFTER UPDATE OF deleted ON lectern.articles
    FOR EACH ROW WHEN ((OLD.deleted IS NULL) <> (NEW.deleted IS NULL))
    EXECUTE FUNCTION lectern.article_imports_follow_trash();
