// one row per official: the slogans it named, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[:MENTIONS]->(s:Slogan)
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
