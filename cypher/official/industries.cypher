// one row per official: the industries it named, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[:MENTIONS]->(s:Industry)
  WITH DISTINCT s
  // @include filter/phrase
  // @page
  // @include order/phrase
  RETURN collect(s {.*}) AS result
  // @count
  RETURN count(s) AS result
  // @end
}
RETURN key, result
