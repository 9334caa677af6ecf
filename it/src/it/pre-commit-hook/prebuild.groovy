evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
return true
