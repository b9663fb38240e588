// cjk splits Chinese into bigrams, so 昆如 finds 昆如意 and 高新 finds 昆山高新区 (the standard analyzer would not)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Official|Town|Industry|Slogan|Meeting) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
