evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)
File spec = new File(basedir, 'specs/approved/publish-specs-as-html.rst')
String text = spec.getText('UTF-8')
assert text.contains('https://github.com/example/example/issues/')
spec.setText(text.replace('https://github.com/example/example/issues/', 'https://elsewhere.example.org/'), 'UTF-8')
return true
