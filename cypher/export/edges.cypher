MATCH (a:Node)-[r]->(b:Node)
RETURN type(r) AS type, a.gid AS source, b.gid AS target, properties(r) AS properties
ORDER BY type, source, target, r.article, r.start
