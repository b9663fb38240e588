WITH t, CASE $sort WHEN 'KIND' THEN t.kind ELSE t.name END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, t.key
SKIP $offset LIMIT $limit
