evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File approved = new File(basedir, 'specs/approved/publish-specs-as-html.md')
approved.setText(approved.getText('UTF-8').replaceFirst('\nstatus: approved\n', '\nstatus: accepted\n'), 'UTF-8')
File backlog = new File(basedir, 'specs/backlog/spec-search.md')
backlog.setText(backlog.getText('UTF-8').replaceFirst('\nauthors:\n  - docs-lead\n', '\nauthors:\n'), 'UTF-8')
return true
