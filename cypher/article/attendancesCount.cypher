UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (o:Official)-[r:ATTENDED {article: a.id}]->(x)
  USING INDEX r:ATTENDED(article)
  WHERE ($filter.role IS NULL OR r.role = $filter.role)
    AND ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR x.gid = $filter.town)
    AND ($filter.meeting IS NULL OR 'Meeting:' + r.meeting = $filter.meeting OR x.gid = $filter.meeting)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
