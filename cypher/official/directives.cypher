// one row per official: its directives, paged per official
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[r:DIRECTED]->(t:Town)
  // @include filter/directive
  // @page
  WITH r, o AS source, t AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
