CREATE INDEX mentions_article IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.article)
