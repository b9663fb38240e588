// one row per town: industries its delegates or officials speaking there named
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  CALL (t) {
    MATCH (t)-[:MENTIONS]->(s:Industry)
    RETURN s
    UNION
    MATCH (:Official)-[:MENTIONS {town: t.key}]->(s:Industry)
    RETURN s
  }
  WITH DISTINCT s
  // @include filter/phrase
  // @page
  // @include order/phrase
  RETURN collect(s {.*}) AS result
  // @count
  RETURN count(s) AS result
  // @end
}
RETURN key, result
