// at most a few rows: the caller reports a name shared across jurisdictions as ambiguous; the
// official_names index finds the name or alias, the WHERE keeps exact carriers only
CALL db.index.fulltext.queryNodes('official_names', $lookup) YIELD node AS o
WHERE (o.name = $name OR $name IN o.aliases) AND ($jurisdiction IS NULL OR o.jurisdiction = $jurisdiction)
RETURN o {.*} AS node
ORDER BY o.key
LIMIT 10
