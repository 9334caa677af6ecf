evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
new File(basedir, 'specs/redirects').setText('approved/gone.rst ../implemented/gone.rst\n', 'UTF-8')
return true
