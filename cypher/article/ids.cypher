// article ids in order, a page at a time after the last one seen (a seek on the id constraint's index)
MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
