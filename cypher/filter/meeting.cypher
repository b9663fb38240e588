WHERE ($filter.name IS NULL OR m.name = $filter.name OR $filter.name IN m.aliases)
  AND ($filter.nameContains IS NULL OR m.name CONTAINS $filter.nameContains OR any(alias IN m.aliases WHERE alias CONTAINS $filter.nameContains))
  AND ($filter.jurisdiction IS NULL OR m.jurisdiction = $filter.jurisdiction)
  AND ($filter.body IS NULL OR m.body = $filter.body)
  AND ($filter.official IS NULL OR EXISTS { (m)<-[:ATTENDED]-(:Official {gid: $filter.official}) }
    OR EXISTS { (:Node:Official {gid: $filter.official})-[:ATTENDED {meeting: m.key}]->(:Town) }) // :Node finds the official by the gid index: nothing anchors this pattern on m
  AND (NOT $filter.dated OR EXISTS { (m)<-[r:ATTENDED]-() WHERE r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date)) })
