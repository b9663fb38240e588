MATCH (s:Slogan)
WHERE ($filter.name IS NULL OR s.name = $filter.name OR $filter.name IN s.aliases)
  AND ($filter.nameContains IS NULL OR s.name CONTAINS $filter.nameContains OR any(alias IN s.aliases WHERE alias CONTAINS $filter.nameContains))
  AND ($filter.official IS NULL OR EXISTS { (s)<-[:MENTIONS]-(:Official {gid: $filter.official}) })
  AND ($filter.town IS NULL OR EXISTS { (s)<-[r:MENTIONS]-(x) WHERE x.gid = $filter.town OR 'Town:' + r.town = $filter.town })
  AND (NOT $filter.dated OR EXISTS { (s)<-[r:MENTIONS]-() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
RETURN count(s) AS total
