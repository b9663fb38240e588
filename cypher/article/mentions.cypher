// one row per article: the mentions it reports, paged per article
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (x)-[r:MENTIONS {article: a.id}]->(s)
  USING INDEX r:MENTIONS(article)
  // @include filter/mention
  // @page
  WITH r, x AS source, s AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
