// one row per official: meetings attended directly or through a town's group
UNWIND $keys AS key
MATCH (o:Official {key: key})
CALL (o) {
  CALL (o) {
    MATCH (o)-[:ATTENDED]->(m:Meeting)
    RETURN m
    UNION
    MATCH (o)-[r:ATTENDED]->(:Town)
    MATCH (m:Meeting {key: r.meeting})
    RETURN m
  }
  WITH DISTINCT m
  // @include filter/meeting
  // @page
  // @include order/meeting
  RETURN collect(m {.*}) AS result
  // @count
  RETURN count(m) AS result
  // @end
}
RETURN key, result
