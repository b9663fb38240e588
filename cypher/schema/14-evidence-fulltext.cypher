// evidence sentences are where a researcher finds "who said 民生七有 where"
CREATE FULLTEXT INDEX evidence_sentences IF NOT EXISTS
FOR ()-[r:ATTENDED|DIRECTED|MENTIONS]-() ON EACH [r.sentence]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
