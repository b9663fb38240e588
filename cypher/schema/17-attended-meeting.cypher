CREATE INDEX attended_meeting IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.meeting)
