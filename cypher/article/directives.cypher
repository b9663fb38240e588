// one row per article: the directives it reports, paged per article
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (o:Official)-[r:DIRECTED {article: a.id}]->(t:Town)
  USING INDEX r:DIRECTED(article)
  // @include filter/directive
  // @page
  WITH r, o AS source, t AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
