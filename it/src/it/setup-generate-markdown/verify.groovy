// The Markdown repository the markdown-* tests copy: specs, template and README in Markdown,
// the priorities document in reStructuredText, nothing of the RST layout left.
File repository = new File(basedir, 'markdown-specs')
['pom.xml', 'README.md', 'specwright.conf', 'specs/template.md', 'specs/approved/publish-specs-as-html.md',
 'specs/backlog/spec-search.md', 'priorities/2027.1-priorities.rst'].each {
    assert new File(repository, it).isFile() : "missing ${it}"
}
['README.rst', 'specs/template.rst', 'specs/approved/publish-specs-as-html.rst', 'specs/backlog/spec-search.rst'].each {
    assert !new File(repository, it).exists() : "left behind: ${it}"
}
assert new File(repository, 'mvnw').canExecute()
assert new File(basedir, 'build.log').text.contains('Specwright specs repository for \'Example\' created')
