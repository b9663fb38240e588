// one row per town: who attended it, paged per town
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  WITH t AS x
  MATCH (o:Official)-[r:ATTENDED]->(x)
  // @include filter/attendance
  // @page
  WITH r, o AS source, x AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
