// one row per town: the officials who attended it, paged per town
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[:ATTENDED]->(t)
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
