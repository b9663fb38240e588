// one row per meeting: towns whose delegation groups were attended at it
UNWIND $keys AS key
MATCH (m:Meeting {key: key})
CALL (m) {
  MATCH (:Official)-[:ATTENDED {meeting: m.key}]->(t:Town)
  WITH DISTINCT t
  // @include filter/town
  // @page
  // @include order/town
  RETURN collect(t {.*}) AS result
  // @count
  RETURN count(t) AS result
  // @end
}
RETURN key, result
