// keyword keeps a title whole, so a filter by title (equal or containing) seeks this index instead of
// scanning every Article; article_text's cjk bigrams answer search, not exact titles
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS
FOR (n:Article) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
