UNWIND $keys AS key
MATCH (e:Node {gid: key})
CALL (e) {
  MATCH (a:Article)-[c:CONTAINS]->(e)
  WHERE ($filter.title IS NULL OR a.title = $filter.title)
    AND ($filter.titleContains IS NULL OR a.title CONTAINS $filter.titleContains)
    AND ($filter.source IS NULL OR a.source = $filter.source)
    AND ($filter.entity IS NULL OR EXISTS { (a)-[:CONTAINS]->(:Node {gid: $filter.entity}) })
    AND (NOT $filter.dated OR (a.date >= left($filter.from, size(a.date)) AND a.date <= left($filter.to, size(a.date))))
  RETURN count(a) AS total
}
RETURN key, total
