WITH o, CASE $sort WHEN 'JURISDICTION' THEN o.jurisdiction ELSE o.name END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, o.key
SKIP $offset LIMIT $limit
