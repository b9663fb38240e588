// one row per town: the officials who gave it directions, paged per town
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[:DIRECTED]->(t)
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
