CALL {
  MATCH (n) UNWIND labels(n) AS label
  RETURN 'node' AS kind, label, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'edge' AS kind, type(r) AS label, count(*) AS count
}
RETURN kind, label, count
ORDER BY kind, label
