MERGE (a:Article {id: $article.id})
ON CREATE SET a:Node, a.gid = 'Article:' + $article.id, a.title = $article.title, a.source = $article.source, a.date = $article.date, a.text = $article.text,
  a.ingestedAt = $now, a.loadId = $loadId
RETURN a.loadId = $loadId AS created
