CREATE INDEX mentions_town IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.town)
