// a new normalizer changed the article's text, so its id (the text's sha256) changes with it
MATCH (a:Article {id: $id})
SET a.id = $article.id, a.gid = 'Article:' + $article.id, a.text = $article.text
RETURN a.id AS id
