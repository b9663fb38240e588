// the article's own edges go first, each type through its (article) index; then entities no other
// article CONTAINS lose their last support, and the others lose the titles and aliases only it gave
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:CONTAINS]->(e)
WITH a, collect(e) AS entities
CALL (a) {
  OPTIONAL MATCH ()-[r:ATTENDED {article: a.id}]->()
  DELETE r
  RETURN count(r) AS attended
}
CALL (a) {
  OPTIONAL MATCH ()-[r:DIRECTED {article: a.id}]->()
  DELETE r
  RETURN count(r) AS directed
}
CALL (a) {
  OPTIONAL MATCH ()-[r:MENTIONS {article: a.id}]->()
  DELETE r
  RETURN count(r) AS mentioned
}
DETACH DELETE a
WITH entities, attended + directed + mentioned AS edgesDeleted
UNWIND (CASE WHEN entities = [] THEN [null] ELSE entities END) AS e
CALL (e) {
  MATCH (e)<-[c:CONTAINS]-(:Article)
  WITH e, collect(c) AS supports
  WITH e, reduce(acc = [], t IN reduce(all = [], c IN supports | all + coalesce(c.titles, [])) | CASE WHEN t IN acc THEN acc ELSE acc + t END) AS titles,
    reduce(acc = [], t IN reduce(all = [], c IN supports | all + coalesce(c.aliases, [])) | CASE WHEN t IN acc OR t = e.name THEN acc ELSE acc + t END) AS aliases
  SET e.aliases = aliases, e.aliasText = reduce(text = '', t IN aliases | text + ' ' + t),
    e.titles = CASE WHEN e:Official THEN titles ELSE e.titles END
  RETURN count(*) AS kept
}
CALL (e) {
  WITH e WHERE e IS NOT NULL AND NOT EXISTS { (e)<-[:CONTAINS]-(:Article) }
  DETACH DELETE e
  RETURN count(*) AS removed
}
RETURN edgesDeleted, sum(removed) AS entitiesDeleted
