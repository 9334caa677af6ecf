evaluate(new File(basedir, '../setup-generate-markdown/CopyGenerated.groovy')).call(basedir)
return true
