// one row per article: the entities it names (CONTAINS), by type then name, paged per article
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (a)-[c:CONTAINS]->(e)
  WHERE $filter.labels IS NULL OR any(label IN labels(e) WHERE label IN $filter.labels)
  // @page
  WITH e, c ORDER BY e.gid
  SKIP $offset LIMIT $limit
  RETURN collect({node: e {.*}, titles: c.titles, resolution: c.resolution}) AS result
  // @count
  RETURN count(c) AS result
  // @end
}
RETURN key, result
