// one row per slogan: towns whose delegates named it, or where an official did
UNWIND $keys AS key
MATCH (s:Slogan {key: key})
CALL (s) {
  CALL (s) {
    MATCH (t:Town)-[:MENTIONS]->(s)
    RETURN t
    UNION
    MATCH ()-[r:MENTIONS]->(s)
    MATCH (t:Town {key: r.town})
    RETURN t
  }
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
