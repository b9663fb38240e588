MATCH (n:Slogan)
WHERE n.name = $name OR $name IN n.aliases
RETURN n {.*} AS node
ORDER BY n.key
LIMIT 10
