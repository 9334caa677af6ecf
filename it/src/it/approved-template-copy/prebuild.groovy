evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
new File(basedir, 'specs/approved/my-idea.rst').bytes = new File(basedir, 'specs/template.rst').bytes
return true
