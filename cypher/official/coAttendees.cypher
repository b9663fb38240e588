// co-attendance, as Query.coAttendance counts it: the same meeting, the same town group at one
// meeting, or the same town visited as one article reports it
UNWIND $keys AS key
MATCH (me:Official {key: key})
CALL (me) {
  MATCH (me)-[a:ATTENDED]->(place)<-[b:ATTENDED]-(o:Official)
  WHERE o <> me AND (place:Meeting OR coalesce(a.meeting, a.article) = coalesce(b.meeting, b.article))
  WITH DISTINCT o
  WHERE ($filter.name IS NULL OR o.name = $filter.name OR $filter.name IN o.aliases)
    AND ($filter.nameContains IS NULL OR o.name CONTAINS $filter.nameContains OR any(alias IN o.aliases WHERE alias CONTAINS $filter.nameContains))
    AND ($filter.jurisdiction IS NULL OR o.jurisdiction = $filter.jurisdiction)
    AND ($filter.town IS NULL OR EXISTS { (o)-[:ATTENDED|DIRECTED]->(:Town {gid: $filter.town}) })
    AND ($filter.mentioned IS NULL OR EXISTS { (o)-[:MENTIONS]->(:Node {gid: $filter.mentioned}) })
    AND (NOT $filter.dated OR EXISTS { (o)-[r:ATTENDED|DIRECTED|MENTIONS]->() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
  WITH o, CASE $sort WHEN 'JURISDICTION' THEN o.jurisdiction ELSE o.name END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, o.key
  SKIP $offset LIMIT $limit
  RETURN collect(o {.*}) AS items
}
RETURN key, items
