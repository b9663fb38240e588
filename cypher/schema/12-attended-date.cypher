CREATE INDEX attended_date IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.date)
