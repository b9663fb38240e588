// a session of a congress is one event: its date is the earliest an article gave one of its attendances
// itself, and every attendance of it that no article dated takes that date (dateSource 'meeting'), or
// loses it again once the article that dated the session is gone. Run after each write that adds or
// removes attendances of these meetings; it touches only attendances of those meetings
UNWIND $meetings AS key
MATCH (m:Meeting {key: key})
CALL (m) {
  MATCH (:Official)-[r:ATTENDED]->(m)
  RETURN r
  UNION
  MATCH (:Official)-[r:ATTENDED {meeting: m.key}]->(:Town)
  RETURN r
}
WITH m, collect(r) AS attendances
WITH m, attendances, [r IN attendances WHERE r.date IS NOT NULL AND coalesce(r.dateSource, '') <> 'meeting' | r.date] AS own
WITH m, attendances, reduce(earliest = null, date IN own | CASE WHEN earliest IS NULL OR date < earliest THEN date ELSE earliest END) AS date
SET m.date = date
WITH m, date, [r IN attendances WHERE r.date IS NULL OR r.dateSource = 'meeting'] AS borrowing
FOREACH (r IN borrowing | SET r.date = date, r.dateSource = CASE WHEN date IS NULL THEN null ELSE 'meeting' END)
RETURN count(m) AS meetings, sum(size(borrowing)) AS redated
