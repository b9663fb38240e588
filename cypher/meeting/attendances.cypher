// one row per meeting: attendance of the meeting and of its town groups
UNWIND $keys AS key
MATCH (m:Meeting {key: key})
CALL (m) {
  CALL (m) {
    MATCH (o:Official)-[r:ATTENDED]->(m)
    RETURN o, r, m AS x
    UNION
    MATCH (o:Official)-[r:ATTENDED {meeting: m.key}]->(x:Town)
    RETURN o, r, x
  }
  WITH o, r, x
  // @include filter/attendance
  // @page
  WITH r, o AS source, x AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
