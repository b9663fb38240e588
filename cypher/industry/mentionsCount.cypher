UNWIND $keys AS key
MATCH (s:Industry {key: key})
CALL (s) {
  MATCH (x)-[r:MENTIONS]->(s)
  WHERE ($filter.context IS NULL OR r.context = $filter.context)
    AND ($filter.official IS NULL OR x.gid = $filter.official)
    AND ($filter.town IS NULL OR 'Town:' + r.town = $filter.town OR x.gid = $filter.town)
    AND ($filter.subject IS NULL OR s.gid = $filter.subject)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
