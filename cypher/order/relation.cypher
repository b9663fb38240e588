WITH r, source, target, CASE $sort WHEN 'POSITION' THEN [r.article, r.start, source.key, target.key]
  ELSE [r.date, r.article, r.start, source.key, target.key] END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC
SKIP $offset LIMIT $limit
RETURN collect({relation: r {.*, type: type(r)}, from: source {.*}, to: target {.*}}) AS result
