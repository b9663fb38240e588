// one ranked list over the three cjk full-text indexes; a branch whose types were not asked for
// yields nothing. Entity hits are filtered by label after the index, so that branch reads
// $candidates hits, not $limit, before the label filter.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
  RETURN score, node {.*} AS node, null AS relation
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  WHERE $articles
  RETURN score, node {.*, key: node.id} AS node, null AS relation
  UNION ALL
  CALL db.index.fulltext.queryRelationships('evidence_sentences', $query, {limit: $limit}) YIELD relationship, score
  WHERE $evidence
  WITH score, relationship AS r, startNode(relationship) AS x, endNode(relationship) AS y
  RETURN score, null AS node, {relation: r {.*, type: type(r)}, from: x {.*}, to: y {.*}} AS relation
}
RETURN score, node, relation
ORDER BY score DESC
LIMIT $limit
