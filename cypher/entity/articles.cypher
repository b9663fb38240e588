// one row per entity: the articles that name it, filtered, sorted and paged per entity
UNWIND $keys AS key
MATCH (e:Node {gid: key})
CALL (e) {
  MATCH (a:Article)-[c:CONTAINS]->(e)
  WHERE ($filter.title IS NULL OR a.title = $filter.title)
    AND ($filter.titleContains IS NULL OR a.title CONTAINS $filter.titleContains)
    AND ($filter.source IS NULL OR a.source = $filter.source)
    AND ($filter.entity IS NULL OR EXISTS { (a)-[:CONTAINS]->(:Node {gid: $filter.entity}) })
    AND (NOT $filter.dated OR (a.date >= left($filter.from, size(a.date)) AND a.date <= left($filter.to, size(a.date))))
  WITH a, c, CASE $sort WHEN 'TITLE' THEN a.title WHEN 'INGESTED_AT' THEN a.ingestedAt ELSE a.date END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, a.id
  SKIP $offset LIMIT $limit
  RETURN collect({node: a {.*, key: a.id}, titles: c.titles, resolution: c.resolution}) AS items
}
RETURN key, items
