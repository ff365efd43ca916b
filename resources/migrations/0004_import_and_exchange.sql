-- Lectern library, schema 4: where imported articles came from, so that
-- importing the same page again updates or skips it instead of adding a copy.
-- origin is the page's canonical URL, or the absolute path of the file;
-- content_sha256 the hash of the file's bytes (the same page at another path).
CREATE TABLE article_imports (
    article_id      INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    origin          TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    imported        INTEGER NOT NULL
);
CREATE INDEX article_imports_origin ON article_imports(origin);
CREATE INDEX article_imports_content ON article_imports(content_sha256);
CREATE INDEX articles_source ON articles(source);
