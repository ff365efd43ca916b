-- Lectern library, schema 5: related articles.
-- The relevance engine reads a few facts about a hundred or so candidate
-- articles per call. In the table those columns come after the article's
-- body, so reading them walks the body's overflow pages; this covering index,
-- keyed by id, holds them apart.
CREATE INDEX articles_related_facts ON articles(
    id, deleted, language, category, translation_group, published, updated, uuid, title);
