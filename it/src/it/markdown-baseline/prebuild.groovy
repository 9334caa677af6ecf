evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
// Two old findings: trailing spaces on two lines of the example spec.
File spec = new File(basedir, 'specs/approved/publish-specs-as-html.md')
String text = spec.getText('UTF-8')
text = text.replace('source files. Reviewers, users and managers\n', 'source files. Reviewers, users and managers \n')
        .replace('links between specs do not work.\n', 'links between specs do not work. \n')
spec.setText(text, 'UTF-8')
File conf = new File(basedir, 'specwright.conf')
conf.setText(conf.getText('UTF-8').replace('extensions = .md\n', 'extensions = .md\nbaseline = specwright-baseline.json\n'), 'UTF-8')
return true
