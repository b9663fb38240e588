// a name by the entity_names full-text index (names and aliases, cjk), then the exact match: the
// phrase narrows to nodes whose name or alias contains it, the WHERE keeps those that carry it whole
CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: $candidates}) YIELD node AS n
WHERE $label IN labels(n)
  AND (n.name = $name OR $name IN n.aliases)
  AND ($jurisdiction IS NULL OR coalesce(n.jurisdiction, n.parent) = $jurisdiction)
RETURN n.gid AS gid, n.name AS name, coalesce(n.jurisdiction, n.parent) AS jurisdiction
ORDER BY n.key
LIMIT 10
