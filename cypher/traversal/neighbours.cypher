// one breadth-first level: the caller walks level by level, so depth and size stay bounded by it
UNWIND $frontier AS gid
MATCH (n:Node {gid: gid})-[r]-(m:Node)
WHERE type(r) IN $relationshipTypes AND NOT m.gid IN $seen
  AND (size($labels) = 0 OR any(label IN labels(m) WHERE label IN $labels))
RETURN DISTINCT m.gid AS gid
ORDER BY gid
LIMIT toInteger($limit)
