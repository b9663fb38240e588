UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[r:MENTIONS]->(s)
  WHERE ($filter.context IS NULL OR r.context = $filter.context)
    AND ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR 'Town:' + r.town = $filter.town OR o.gid = $filter.town)
    AND ($filter.subject IS NULL OR s.gid = $filter.subject)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
