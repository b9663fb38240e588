// who raised the slogan where and when; undated mentions sort last (a masked date is an unknown date)
MATCH (s:Node {gid: $slogan})<-[r:MENTIONS]-(speaker)
WHERE s:Slogan OR s:Industry
MATCH (a:Article {id: r.article})
OPTIONAL MATCH (spokenAt:Town {key: r.town})
WITH r, a, CASE WHEN speaker:Official THEN speaker.gid END AS official,
  CASE WHEN speaker:Town THEN speaker.gid ELSE spokenAt.gid END AS town
RETURN r.date AS date, town, official, a.id AS article, r.sentence AS sentence, r.start AS start, r.end AS end, r.context AS context
ORDER BY r.date IS NULL, r.date, a.id, r.start
LIMIT toInteger($limit)
