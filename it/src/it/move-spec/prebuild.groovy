evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
assert !new File(basedir, 'specs/redirects').exists()
return true
