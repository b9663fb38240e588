// one row per town: mentions by its delegates and by officials speaking there
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  CALL (t) {
    MATCH (t)-[r:MENTIONS]->(s)
    RETURN t AS x, r, s
    UNION
    MATCH (x:Official)-[r:MENTIONS {town: t.key}]->(s)
    RETURN x, r, s
  }
  WITH x, r, s
  // @include filter/mention
  // @page
  WITH r, x AS source, s AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
