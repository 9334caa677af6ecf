// The Markdown repository the markdown-* tests copy: specs, template, priorities document and
// README in Markdown, nothing of the RST layout left.
File repository = new File(basedir, 'markdown-specs')
['pom.xml', 'README.md', 'specwright.conf', 'specs/template.md', 'specs/approved/publish-specs-as-html.md',
 'specs/backlog/spec-search.md', 'priorities/2027.1-priorities.md'].each {
    assert new File(repository, it).isFile() : "missing ${it}"
}
['README.rst', 'priorities/2027.1-priorities.rst', 'specs/template.rst', 'specs/approved/publish-specs-as-html.rst', 'specs/backlog/spec-search.rst'].each {
    assert !new File(repository, it).exists() : "left behind: ${it}"
}
assert new File(repository, 'mvnw').canExecute()
assert new File(basedir, 'build.log').text.contains('Specwright specs repository for \'Example\' created')
