UNWIND $ids AS gid
MATCH (n:Node {gid: gid})
RETURN n.gid AS id, [label IN labels(n) WHERE label <> 'Node'][0] AS label, properties(n) AS properties
