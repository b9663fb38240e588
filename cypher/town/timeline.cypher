// one row per town: who attended it and who gave it directions, oldest first with undated last
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[r:ATTENDED|DIRECTED]->(t)
  WHERE NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)))
  // @page
  WITH r, o, t
  ORDER BY r.date IS NULL, r.date, r.article, r.start
  SKIP $offset LIMIT $limit
  RETURN collect({relation: r {.*, type: type(r)}, from: o {.*}, to: t {.*}}) AS result
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
