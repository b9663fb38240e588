// one row per slogan: towns whose delegates named it, or where an official did
UNWIND $keys AS key
MATCH (s:Slogan {key: key})
CALL (s) {
  CALL (s) {
    MATCH (t:Town)-[:MENTIONS]->(s)
    RETURN t
    UNION
    MATCH ()-[r:MENTIONS]->(s)
    MATCH (t:Town {key: r.town})
    RETURN t
  }
  WITH DISTINCT t
  WHERE ($filter.name IS NULL OR t.name = $filter.name OR $filter.name IN t.aliases)
    AND ($filter.nameContains IS NULL OR t.name CONTAINS $filter.nameContains OR any(alias IN t.aliases WHERE alias CONTAINS $filter.nameContains))
    AND ($filter.kinds IS NULL OR t.kind IN $filter.kinds)
    AND ($filter.parent IS NULL OR t.parent = $filter.parent)
    AND ($filter.official IS NULL OR EXISTS { (t)<-[:ATTENDED|DIRECTED]-(:Official {gid: $filter.official}) })
    AND (NOT $filter.dated OR EXISTS { (t)<-[r:ATTENDED|DIRECTED]-() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
  WITH t, CASE $sort WHEN 'KIND' THEN t.kind ELSE t.name END AS sortKey
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, t.key
  SKIP $offset LIMIT $limit
  RETURN collect(t {.*}) AS items
}
RETURN key, items
