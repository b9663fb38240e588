// one row per industry: its mentions, paged per industry
UNWIND $keys AS key
MATCH (s:Industry {key: key})
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
