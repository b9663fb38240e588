// one row per article: the directives it reports, paged per article
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (o:Official)-[r:DIRECTED {article: a.id}]->(t:Town)
  USING INDEX r:DIRECTED(article)
  WHERE ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR t.gid = $filter.town)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  WITH r, o, t, CASE $sort WHEN 'POSITION' THEN [r.article, r.start, o.key, t.key]
    ELSE [r.date, r.article, r.start, o.key, t.key] END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC
  SKIP $offset LIMIT $limit
  RETURN collect({relation: r {.*, type: type(r)}, from: o {.*}, to: t {.*}}) AS items
}
RETURN key, items
