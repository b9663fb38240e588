// one row per town: the directions it was given, paged per town
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  MATCH (o:Official)-[r:DIRECTED]->(t)
  // @include filter/directive
  // @page
  WITH r, o AS source, t AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
