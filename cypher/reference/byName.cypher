// a name through its label's keyword index (official_names, town_names …: $index), then the exact
// match, which the index only narrows to
CALL db.index.fulltext.queryNodes($index, $lookup) YIELD node AS n
WHERE (n.name = $name OR $name IN n.aliases)
  AND ($jurisdiction IS NULL OR coalesce(n.jurisdiction, n.parent) = $jurisdiction)
RETURN n.gid AS gid, n.name AS name, coalesce(n.jurisdiction, n.parent) AS jurisdiction
ORDER BY n.key
LIMIT 10
