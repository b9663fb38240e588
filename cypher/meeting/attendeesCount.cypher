UNWIND $keys AS key
MATCH (m:Meeting {key: key})
CALL (m) {
  CALL (m) {
    MATCH (o:Official)-[:ATTENDED]->(m)
    RETURN o
    UNION
    MATCH (o:Official)-[:ATTENDED {meeting: m.key}]->(:Town)
    RETURN o
  }
  WITH DISTINCT o
  WHERE ($filter.name IS NULL OR o.name = $filter.name OR $filter.name IN o.aliases)
    AND ($filter.nameContains IS NULL OR o.name CONTAINS $filter.nameContains OR any(alias IN o.aliases WHERE alias CONTAINS $filter.nameContains))
    AND ($filter.jurisdiction IS NULL OR o.jurisdiction = $filter.jurisdiction)
    AND ($filter.town IS NULL OR EXISTS { (o)-[:ATTENDED|DIRECTED]->(:Town {gid: $filter.town}) })
    AND ($filter.mentioned IS NULL OR EXISTS { (o)-[:MENTIONS]->(:Node {gid: $filter.mentioned}) })
    AND (NOT $filter.dated OR EXISTS { (o)-[r:ATTENDED|DIRECTED|MENTIONS]->() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
  RETURN count(o) AS total
}
RETURN key, total
