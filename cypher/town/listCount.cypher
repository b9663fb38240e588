MATCH (t:Town)
WHERE ($filter.name IS NULL OR t.name = $filter.name OR $filter.name IN t.aliases)
  AND ($filter.nameContains IS NULL OR t.name CONTAINS $filter.nameContains OR any(alias IN t.aliases WHERE alias CONTAINS $filter.nameContains))
  AND ($filter.kinds IS NULL OR t.kind IN $filter.kinds)
  AND ($filter.parent IS NULL OR t.parent = $filter.parent)
  AND ($filter.official IS NULL OR EXISTS { (t)<-[:ATTENDED|DIRECTED]-(:Official {gid: $filter.official}) })
  AND (NOT $filter.dated OR EXISTS { (t)<-[r:ATTENDED|DIRECTED]-() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
RETURN count(t) AS total
