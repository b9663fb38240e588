UNWIND $rows AS row
MERGE (n:Town {key: row.key})
ON CREATE SET n:Node, n.gid = 'Town:' + row.key, n.name = row.name, n.kind = row.properties.kind, n.parent = row.properties.parent,
  n.code = row.properties.code, n.county = row.properties.county, n.city = row.properties.city, n.province = row.properties.province,
  n.aliases = [], n.loadId = $loadId
SET n.aliases = reduce(acc = n.aliases, t IN row.aliases | CASE WHEN t IN acc OR t = n.name THEN acc ELSE acc + t END)
SET n.aliasText = reduce(s = '', t IN n.aliases | s + ' ' + t)
RETURN row.key AS key, elementId(n) AS id, n.loadId = $loadId AS created
