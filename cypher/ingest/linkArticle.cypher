// CONTAINS is an entity's support: delete-article removes entities no other article contains
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e) WHERE elementId(e) = row.id
MERGE (a)-[c:CONTAINS]->(e)
ON CREATE SET c.loadId = $loadId
SET c.titles = row.titles, c.aliases = row.aliases, c.resolution = row.resolution
RETURN row.articleId AS articleId, count(CASE WHEN c.loadId = $loadId THEN 1 END) AS created, count(*) AS total
