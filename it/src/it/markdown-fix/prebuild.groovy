evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File spec = new File(basedir, 'specs/backlog/spec-search.md')
String text = spec.getText('UTF-8')
text = text.replace('Once there are many specs, finding the one that mentions a given feature\n',
        'Once there are many specs, finding the one that mentions a given feature  \n')
text = text.replace('## Proposed change\n', '## Proposed change   \r\n')
spec.setText(text.substring(0, text.length() - 1), 'UTF-8')
return true
