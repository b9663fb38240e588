// one row per town: slogans its delegates or officials speaking there named
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  CALL (t) {
    MATCH (t)-[:MENTIONS]->(s:Slogan)
    RETURN s
    UNION
    MATCH (:Official)-[:MENTIONS {town: t.key}]->(s:Slogan)
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
