// one row per slogan: the officials who named it, paged per slogan
UNWIND $keys AS key
MATCH (s:Slogan {key: key})
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
