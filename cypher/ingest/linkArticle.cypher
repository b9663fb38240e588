// CONTAINS is an entity's support: delete-article removes entities no other article contains
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.id
MERGE (a)-[c:CONTAINS]->(e)
ON CREATE SET c.loadId = $loadId
SET c.titles = row.titles, c.aliases = row.aliases, c.resolution = row.resolution
RETURN count(CASE WHEN c.loadId = $loadId THEN 1 END) AS created, count(*) AS total
