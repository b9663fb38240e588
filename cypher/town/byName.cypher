// at most a few rows: the caller reports a name shared across parents as ambiguous; the
// town_names index finds the name or alias, the WHERE keeps exact carriers only
CALL db.index.fulltext.queryNodes('town_names', $lookup) YIELD node AS t
WHERE (t.name = $name OR $name IN t.aliases) AND ($parent IS NULL OR t.parent = $parent)
RETURN t {.*} AS node
ORDER BY t.key
LIMIT 10
