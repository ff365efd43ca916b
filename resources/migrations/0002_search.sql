-- Lectern library, schema 2: full-text search.
-- The index is external-content over a view of live articles, so the text is
-- stored once. The 'lectern' tokenizer (registered by the application on every
-- connection) folds case and splits Chinese into overlapping character pairs,
-- so any word of two or more characters is found.
CREATE VIEW article_search_source AS
SELECT a.id,
       a.title,
       a.summary,
       a.body_text AS body,
       coalesce((SELECT group_concat(name, ' ; ')
                   FROM (SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
                          WHERE x.article_id = a.id ORDER BY x.position)), '') AS tags,
       a.author,
       a.category,
       a.language AS lang,
       a.status
  FROM articles a
 WHERE a.deleted IS NULL;

CREATE VIRTUAL TABLE article_search USING fts5(
    title, summary, body, tags, author, category, lang, status,
    content = 'article_search_source', content_rowid = 'id', tokenize = 'lectern');

-- Title above summary above body; filters (lang, status) carry no weight.
INSERT INTO article_search (article_search, rank)
VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 0.0, 0.0)');

INSERT INTO article_search (rowid, title, summary, body, tags, author, category, lang, status)
SELECT id, title, summary, body, tags, author, category, lang, status FROM article_search_source;
