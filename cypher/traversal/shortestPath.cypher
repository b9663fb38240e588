// the search is bounded at 10 hops in the pattern (Cypher takes no parameter there); $maxHops, at most
// 10, is checked after the search so the planner keeps its fast bidirectional BFS
MATCH (a:Node {gid: $from}), (b:Node {gid: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relationshipTypes)
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.gid] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).gid, target: endNode(r).gid, properties: properties(r)}] AS edges
