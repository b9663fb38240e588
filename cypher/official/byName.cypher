// at most a few rows: the caller reports a name shared across jurisdictions as ambiguous
MATCH (o:Official)
WHERE (o.name = $name OR $name IN o.aliases) AND ($jurisdiction IS NULL OR o.jurisdiction = $jurisdiction)
RETURN o {.*} AS node
ORDER BY o.key
LIMIT 10
