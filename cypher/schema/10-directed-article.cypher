CREATE INDEX directed_article IF NOT EXISTS FOR ()-[r:DIRECTED]-() ON (r.article)
