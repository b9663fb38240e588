// the induced subgraph: every edge of the chosen types between the chosen nodes, drawn as is
MATCH (a:Node)-[r]->(b:Node)
WHERE a.gid IN $ids AND b.gid IN $ids AND type(r) IN $relationshipTypes
RETURN type(r) AS type, a.gid AS source, b.gid AS target, properties(r) AS properties
ORDER BY type, source, target, r.article, r.start
LIMIT toInteger($limit)
