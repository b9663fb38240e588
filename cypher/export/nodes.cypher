// ids are the global ids (Label:key) the API's node(id:) decodes, so exports and the API name nodes alike
MATCH (n:Node)
RETURN n.gid AS id, [label IN labels(n) WHERE label <> 'Node'][0] AS label, properties(n) AS properties
ORDER BY id
