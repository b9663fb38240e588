// one row per official: each title articles gave it, when first and last seen (an article's event date,
// else its publication date), oldest first and undated last; min and max skip the undated
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (a:Article)-[c:CONTAINS]->(o)
  UNWIND c.titles AS title
  WITH title, a, coalesce(a.eventDate, a.date) AS date
  ORDER BY date IS NULL, date, a.id
  WITH title, min(date) AS firstSeen, max(date) AS lastSeen, collect(a {.*, key: a.id}) AS articles
  ORDER BY firstSeen IS NULL, firstSeen, title
  RETURN collect({title: title, firstSeen: firstSeen, lastSeen: lastSeen, articles: articles}) AS result
}
RETURN key, result
