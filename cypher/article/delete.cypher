// the article's own edges go first; then entities no other article CONTAINS lose their last support
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:CONTAINS]->(e)
WITH a, collect(e) AS entities
CALL (a) {
  MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS {article: a.id}]->()
  DELETE r
  RETURN count(r) AS edgesDeleted
}
DETACH DELETE a
WITH entities, edgesDeleted
UNWIND (CASE WHEN entities = [] THEN [null] ELSE entities END) AS e
CALL (e) {
  WITH e WHERE e IS NOT NULL AND NOT EXISTS { (e)<-[:CONTAINS]-(:Article) }
  DETACH DELETE e
  RETURN count(*) AS removed
}
RETURN edgesDeleted, sum(removed) AS entitiesDeleted
