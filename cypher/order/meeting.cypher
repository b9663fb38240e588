WITH m, CASE $sort WHEN 'SESSION' THEN [m.term, m.session] ELSE m.name END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, m.key
SKIP $offset LIMIT $limit
