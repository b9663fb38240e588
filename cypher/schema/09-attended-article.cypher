CREATE INDEX attended_article IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.article)
