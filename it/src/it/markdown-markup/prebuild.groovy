evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File readme = new File(basedir, 'README.md')
readme.setText(readme.getText('UTF-8') + '\n```text\nnever closed\n', 'UTF-8')
File backlog = new File(basedir, 'specs/backlog/spec-search.md')
backlog.setText(backlog.getText('UTF-8') + '\nSee [the search design][search-design].\n', 'UTF-8')
return true
