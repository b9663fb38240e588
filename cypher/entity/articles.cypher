// one row per entity: the articles that name it, filtered, sorted and paged per entity
UNWIND $keys AS key
MATCH (e:Node {gid: key})
CALL (e) {
  MATCH (a:Article)-[c:CONTAINS]->(e)
  // @include filter/article
  // @page
  WITH a, c, CASE $sort WHEN 'TITLE' THEN a.title WHEN 'INGESTED_AT' THEN a.ingestedAt ELSE a.date END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, a.id
  SKIP $offset LIMIT $limit
  RETURN collect({node: a {.*, key: a.id}, titles: c.titles, resolution: c.resolution}) AS result
  // @count
  RETURN count(a) AS result
  // @end
}
RETURN key, result
