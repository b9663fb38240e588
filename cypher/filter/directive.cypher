WHERE ($filter.official IS NULL OR o.gid = $filter.official)
  AND ($filter.town IS NULL OR t.gid = $filter.town)
  AND (NOT $filter.dated OR (r.date >= left($filter.from, size(r.date)) AND r.date <= left($filter.to, size(r.date))))
