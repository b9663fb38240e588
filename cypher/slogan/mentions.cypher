// one row per slogan: its mentions, paged per slogan
UNWIND $keys AS key
MATCH (s:Slogan {key: key})
CALL (s) {
  MATCH (x)-[r:MENTIONS]->(s)
  // @include filter/mention
  // @page
  WITH r, x AS source, s AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
