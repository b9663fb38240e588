// one row per official: what it said in remarks, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  WITH o AS x
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
