CREATE INDEX town_name IF NOT EXISTS FOR (n:Town) ON (n.name)
