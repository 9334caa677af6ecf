// The build is green and the backlog spec's page shows its GitHub Flavored Markdown as GitHub does.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
File site = new File(basedir, 'target/specs-site')
File pageFile = null
site.eachFileRecurse { if (it.name == 'spec-search.html') pageFile = it }
assert pageFile != null : 'no page for spec-search'
String page = pageFile.getText('UTF-8')
assert page.contains('<details>\n<summary>Search notes</summary>')
assert page.contains('Ranking follows the index<sup id="fnref-ranking"><a class="footnote-ref" href="#fn-ranking">1</a></sup>, <del>not the file order</del>.')
assert page.contains('<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" /> index titles')
assert page.contains('<td align="right">3</td>')
assert page.contains('<li id="fn-ranking">')
assert page.contains('Written as is: [a label nobody defines].')
assert !page.contains('<section')
assert page.indexOf('</details>') > page.indexOf('<td align="right">3</td>')
