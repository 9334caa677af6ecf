evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File spec = new File(basedir, 'specs/approved/publish-specs-as-html.md')
List<String> lines = spec.getText('UTF-8').split('\n', -1) as List
int problem = lines.indexOf('## Problem description')
lines[problem + 2] = lines[problem + 2] + ' and readers'
lines[problem + 4] = lines[problem + 4] + '  '
spec.setText(lines.join('\n'), 'UTF-8')
return true
