UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (a)-[c:CONTAINS]->(e)
  WHERE $filter.labels IS NULL OR any(label IN labels(e) WHERE label IN $filter.labels)
  RETURN count(c) AS total
}
RETURN key, total
