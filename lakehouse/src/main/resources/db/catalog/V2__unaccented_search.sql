-- People type without accents (« equipements », « remunerations ») what titles write with them: the search reads
-- both alike. unaccent is a trusted extension (PostgreSQL 13+): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA catalog;
CREATE TEXT SEARCH CONFIGURATION catalog.french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION catalog.french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH catalog.unaccent, french_stem;

DROP INDEX dataset_search_idx;
ALTER TABLE dataset DROP COLUMN search;
CREATE OR REPLACE FUNCTION search_vector(title text, keywords text[], description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('catalog.french_unaccent'::regconfig, coalesce(title, '')), 'A') ||
           setweight(to_tsvector('catalog.french_unaccent'::regconfig,
             coalesce(array_to_string(keywords, ' '), '')), 'B') ||
           setweight(to_tsvector('catalog.french_unaccent'::regconfig, coalesce(description, '')), 'C')
  $$;
ALTER TABLE dataset ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(title, keywords, description)) STORED;
CREATE INDEX dataset_search_idx ON dataset USING gin (search);
