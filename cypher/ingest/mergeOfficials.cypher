// titles and aliases accumulate across articles: one person, every title they were reported with
UNWIND $rows AS row
MERGE (n:Official {key: row.key})
ON CREATE SET n:Node, n.gid = 'Official:' + row.key, n.name = row.name, n.jurisdiction = row.properties.jurisdiction, n.titles = [], n.aliases = [], n.loadId = $loadId
SET n.titles = reduce(acc = n.titles, t IN row.properties.titles | CASE WHEN t IN acc THEN acc ELSE acc + t END),
    n.aliases = reduce(acc = n.aliases, t IN row.aliases | CASE WHEN t IN acc OR t = n.name THEN acc ELSE acc + t END)
SET n.aliasText = reduce(s = '', t IN n.aliases | s + ' ' + t)
RETURN row.key AS key, elementId(n) AS id, n.loadId = $loadId AS created
