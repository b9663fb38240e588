// the official–town graph centrality is computed on: one undirected link per pair that met (within the date range when given)
MATCH (o:Official)-[r:ATTENDED|DIRECTED]->(t:Town)
WHERE NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)))
RETURN o.gid AS official, t.gid AS town, count(*) AS weight
