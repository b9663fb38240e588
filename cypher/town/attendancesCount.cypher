UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[r:ATTENDED]->(t)
  WHERE ($filter.role IS NULL OR r.role = $filter.role)
    AND ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR t.gid = $filter.town)
    AND ($filter.meeting IS NULL OR 'Meeting:' + r.meeting = $filter.meeting OR t.gid = $filter.meeting)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
