// one row per slogan: who raised it where and when, oldest first with undated mentions last (a masked
// date is an unknown date); the speaking town is the speaker itself or the town an official spoke at
UNWIND $keys AS key
MATCH (s:Slogan {key: key})
CALL (s) {
  MATCH (s)<-[r:MENTIONS]-(speaker)
  OPTIONAL MATCH (spokenAt:Town {key: r.town})
  WITH r, CASE WHEN speaker:Official THEN speaker.gid END AS official, CASE WHEN speaker:Town THEN speaker.gid ELSE spokenAt.gid END AS town
  ORDER BY r.date IS NULL, r.date, r.article, r.start
  LIMIT toInteger($limit)
  RETURN collect({date: r.date, town: town, official: official, article: r.article, sentence: r.sentence, start: r.start, end: r.end, context: r.context}) AS result
}
RETURN key, result
