// -Dformat=markdown: the same repository with Markdown specs, template and README; its verify
// (goal.txt) passed, so every Specwright check accepts it and the site rendered the .md specs.
def repository = evaluate(new File(basedir, '../generated-repository-checks.groovy'))
repository.check(context.projectDir, [projectName: 'Disk Manager', trackerUrl: 'https://github.com/example/disks/issues/',
                                      release: '2027.2', format: 'markdown'])
def site = new File(context.projectDir, 'target/specs-site')
def pages = []
site.eachFileRecurse { if (it.name.endsWith('.html')) pages << site.toPath().relativize(it.toPath()).toString() }
assert pages.any { it.contains('publish-specs-as-html') } : "no page for the Markdown spec in ${pages}"
assert pages.any { it.contains('spec-search') } : "no page for the Markdown backlog spec in ${pages}"
def spec = new File(context.projectDir, 'specs/approved/publish-specs-as-html.md').getText('UTF-8')
assert spec.contains('\nhttps://github.com/example/disks/issues/1\n')
assert spec.contains('\n### Disk Manager driver impact\n')
return true
