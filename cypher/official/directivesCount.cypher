UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[r:DIRECTED]->(t:Town)
  WHERE ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR t.gid = $filter.town)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
