// removes the article's fact edges (each type through its (article) index) and its CONTAINS
// support, keeping the article: delete and re-extraction both start here
MATCH (a:Article {id: $id})
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
CALL (a) {
  OPTIONAL MATCH (a)-[c:CONTAINS]->()
  DELETE c
  RETURN count(c) AS contained
}
RETURN attended + directed + mentioned + contained AS edgesDeleted
