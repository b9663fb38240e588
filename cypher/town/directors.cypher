// one row per town: the officials who gave it directions, paged per town
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[:DIRECTED]->(t)
  WITH DISTINCT o
  // @include filter/official
  // @page
  // @include order/official
  RETURN collect(o {.*}) AS result
  // @count
  RETURN count(o) AS result
  // @end
}
RETURN key, result
