// one row per town: mentions by its delegates and by officials speaking there
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  CALL (t) {
    MATCH (t)-[r:MENTIONS]->(s)
    RETURN t AS x, r, s
    UNION
    MATCH (x:Official)-[r:MENTIONS {town: t.key}]->(s)
    RETURN x, r, s
  }
  WITH x, r, s
  WHERE ($filter.context IS NULL OR r.context = $filter.context)
    AND ($filter.official IS NULL OR x.gid = $filter.official)
    AND ($filter.town IS NULL OR 'Town:' + r.town = $filter.town OR x.gid = $filter.town)
    AND ($filter.subject IS NULL OR s.gid = $filter.subject)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  WITH r, x, s, CASE $sort WHEN 'POSITION' THEN [r.article, r.start, x.key, s.key]
    ELSE [r.date, r.article, r.start, x.key, s.key] END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC
  SKIP $offset LIMIT $limit
  RETURN collect({relation: r {.*, type: type(r)}, from: x {.*}, to: s {.*}}) AS items
}
RETURN key, items
