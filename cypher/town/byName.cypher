// at most a few rows: the caller reports a name shared across parents as ambiguous
MATCH (t:Town)
WHERE (t.name = $name OR $name IN t.aliases) AND ($parent IS NULL OR t.parent = $parent)
RETURN t {.*} AS node
ORDER BY t.key
LIMIT 10
