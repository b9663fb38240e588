UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (o:Official)-[r:DIRECTED {article: a.id}]->(t:Town)
  USING INDEX r:DIRECTED(article)
  WHERE ($filter.official IS NULL OR o.gid = $filter.official)
    AND ($filter.town IS NULL OR t.gid = $filter.town)
    AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
  RETURN count(r) AS total
}
RETURN key, total
