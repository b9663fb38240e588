// every pair once (a.gid < b.gid), weighted by the events both attended (within the date range when given)
MATCH (a:Official)-[ra:ATTENDED]->(place)<-[rb:ATTENDED]-(b:Official)
WHERE a.gid < b.gid
  AND (NOT $filter.dated OR (ra.date >= left($filter.from, size(ra.date)) AND ra.date <= left($filter.to, size(ra.date))))
WITH a, b, place,
  CASE WHEN place:Meeting THEN place.gid WHEN ra.meeting IS NOT NULL THEN place.gid + '@' + ra.meeting ELSE place.gid + '#' + ra.article END AS eventA,
  CASE WHEN place:Meeting THEN place.gid WHEN rb.meeting IS NOT NULL THEN place.gid + '@' + rb.meeting ELSE place.gid + '#' + rb.article END AS eventB,
  ra
WHERE eventA = eventB
WITH a, b, collect(DISTINCT {event: eventA, place: place.gid, meeting: ra.meeting, article: ra.article, date: ra.date}) AS events
WHERE size(events) >= $minShared
RETURN a.gid AS source, b.gid AS target, size(events) AS weight, events
ORDER BY weight DESC, source, target
LIMIT toInteger($limit)
