UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (x)-[r:MENTIONS {article: a.id}]->(s)
  USING INDEX r:MENTIONS(article)
  WHERE ($filter.context IS NULL OR r.context = $filter.context)
    AND ($filter.official IS NULL OR x.gid = $filter.official)
    AND ($filter.town IS NULL OR 'Town:' + r.town = $filter.town OR x.gid = $filter.town)
    AND ($filter.subject IS NULL OR s.gid = $filter.subject)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
