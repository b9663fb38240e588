// one row per official: what it said in remarks, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[r:MENTIONS]->(s)
  WHERE ($filter.context IS NULL OR r.context = $filter.context)
    AND ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR 'Town:' + r.town = $filter.town OR o.gid = $filter.town)
    AND ($filter.subject IS NULL OR s.gid = $filter.subject)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  WITH r, o, s, CASE $sort WHEN 'POSITION' THEN [r.article, r.start, o.key, s.key]
    ELSE [r.date, r.article, r.start, o.key, s.key] END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC
  SKIP $offset LIMIT $limit
  RETURN collect({relation: r {.*, type: type(r)}, from: o {.*}, to: s {.*}}) AS items
}
RETURN key, items
