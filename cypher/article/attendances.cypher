// one row per article: the attendances it reports, paged per article
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
  WITH r, o, x, CASE $sort WHEN 'POSITION' THEN [r.article, r.start, o.key, x.key]
    ELSE [r.date, r.article, r.start, o.key, x.key] END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC
  SKIP $offset LIMIT $limit
  RETURN collect({relation: r {.*, type: type(r)}, from: o {.*}, to: x {.*}}) AS items
}
RETURN key, items
