// one row per official: the towns it attended or directed, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[:ATTENDED|DIRECTED]->(t:Town)
  WITH DISTINCT t
  // @include filter/town
  // @page
  // @include order/town
  RETURN collect(t {.*}) AS result
  // @count
  RETURN count(t) AS result
  // @end
}
RETURN key, result
