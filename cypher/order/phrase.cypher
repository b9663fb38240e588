WITH s, CASE $sort WHEN 'MENTION_COUNT' THEN COUNT { (s)<-[:MENTIONS]-() } ELSE s.name END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, s.key
SKIP $offset LIMIT $limit
