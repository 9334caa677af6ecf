evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
new File(basedir, 'specs/redirects').setText('approved/gone.md ../implemented/gone.md\n', 'UTF-8')
return true
