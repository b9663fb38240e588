// one row per article: the attendances it reports, paged per article
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (o:Official)-[r:ATTENDED {article: a.id}]->(x)
  USING INDEX r:ATTENDED(article)
  // @include filter/attendance
  // @page
  WITH r, o AS source, x AS target
  // @include order/relation
  // @count
  RETURN count(r) AS result
  // @end
}
RETURN key, result
