// an event is a delegation group (town within a meeting), a meeting, or a visit (town within one article)
MATCH (o:Node {gid: $official})-[mine:ATTENDED]->(place)
WHERE o:Official
WITH o, place, CASE WHEN place:Meeting THEN place.gid WHEN mine.meeting IS NOT NULL THEN place.gid + '@' + mine.meeting
  ELSE place.gid + '#' + mine.article END AS event, mine
MATCH (other:Official)-[theirs:ATTENDED]->(place)
WHERE other <> o AND event = CASE WHEN place:Meeting THEN place.gid WHEN theirs.meeting IS NOT NULL THEN place.gid + '@' + theirs.meeting
  ELSE place.gid + '#' + theirs.article END
WITH other, event, place, mine
WITH other, collect(DISTINCT {event: event, place: place.gid, meeting: mine.meeting, article: mine.article, date: mine.date}) AS events
WHERE size(events) >= $minShared
RETURN other.gid AS official, size(events) AS weight, events
ORDER BY weight DESC, other.name
LIMIT toInteger($limit)
