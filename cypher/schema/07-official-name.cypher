CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name)
