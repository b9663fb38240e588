// one row per meeting: officials who attended it or one of its town groups
UNWIND $keys AS key
MATCH (m:Meeting {key: key})
CALL (m) {
  CALL (m) {
    MATCH (o:Official)-[:ATTENDED]->(m)
    RETURN o
    UNION
    MATCH (o:Official)-[:ATTENDED {meeting: m.key}]->(:Town)
    RETURN o
  }
  WITH DISTINCT o
  // @include filter/official
  // @page
  // @include order/official
  RETURN collect(o {.*}) AS result
  // @count
  RETURN count(o) AS result
  // @end
}
RETURN key, result
