// what the article supports now, each edge type through its (article) index: the facts as
// `type|from gid|to gid|start` keys, and the entities it CONTAINS
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (f)-[r:ATTENDED {article: a.id}]->(t)
  RETURN collect('ATTENDED|' + f.gid + '|' + t.gid + '|' + toInteger(r.start)) AS attended
}
CALL (a) {
  OPTIONAL MATCH (f)-[r:DIRECTED {article: a.id}]->(t)
  RETURN collect('DIRECTED|' + f.gid + '|' + t.gid + '|' + toInteger(r.start)) AS directed
}
CALL (a) {
  OPTIONAL MATCH (f)-[r:MENTIONS {article: a.id}]->(t)
  RETURN collect('MENTIONS|' + f.gid + '|' + t.gid + '|' + toInteger(r.start)) AS mentioned
}
OPTIONAL MATCH (a)-[:CONTAINS]->(e)
RETURN attended + directed + mentioned AS facts, collect(e.gid) AS entities
