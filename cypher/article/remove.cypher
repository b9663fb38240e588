// the article node itself, once clearFacts has removed its edges
MATCH (a:Article {id: $id})
DELETE a
RETURN count(*) AS removed
