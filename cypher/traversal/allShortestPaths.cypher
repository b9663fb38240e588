MATCH (a:Node {gid: $from}), (b:Node {gid: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relationshipTypes)
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.gid] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).gid, target: endNode(r).gid, properties: properties(r)}] AS edges
LIMIT toInteger($first)
