evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
File spec = new File(basedir, 'specs/backlog/spec-search.rst')
String text = spec.getText('UTF-8')
int proposed = text.indexOf('\n\nProposed change\n')
assert proposed > 0
spec.setText(text.substring(0, proposed + 1), 'UTF-8')
return true
