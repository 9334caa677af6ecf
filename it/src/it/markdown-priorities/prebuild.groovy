evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File priorities = new File(basedir, 'priorities/2027.1-priorities.md')
String text = priorities.getText('UTF-8')
text = text.replace('| ci-lead, docs-lead |', '| ci-lead, docs-lead, qa-lead |')
text = text.replace('(#triage-the-backlog)', '(#triage-backlog)')
priorities.setText(text, 'UTF-8')
return true
