// the official–town graph centrality is computed on: one undirected link per pair that met
MATCH (o:Official)-[:ATTENDED|DIRECTED]->(t:Town)
RETURN o.gid AS official, t.gid AS town, count(*) AS weight
