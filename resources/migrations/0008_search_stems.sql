-- Lectern library, schema 8: search finds inflections and word beginnings.
-- The 'lectern' tokenizer now indexes the stems of each Latin and Cyrillic
-- word at the word's position (student → ~student beside students), so the
-- index of every article is built again with it.
INSERT INTO article_search (article_search) VALUES ('rebuild');
