// one row per official: its attendances, filtered, sorted and paged inside the subquery
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  MATCH (o)-[r:ATTENDED]->(x)
  // @include filter/attendance
  // @page
  WITH r, o AS source, x AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
