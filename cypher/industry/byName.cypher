// the industry_names index finds the name or alias, the WHERE keeps exact carriers only
CALL db.index.fulltext.queryNodes('industry_names', $lookup) YIELD node AS n
WHERE n.name = $name OR $name IN n.aliases
RETURN n {.*} AS node
ORDER BY n.key
LIMIT 10
