// one row per industry: the officials who named it, paged per industry
UNWIND $keys AS key
MATCH (s:Industry {key: key})
CALL (s) {
  MATCH (o:Official)-[:MENTIONS]->(s)
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
