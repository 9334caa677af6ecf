// The odd name reaches the pom (XML-escaped) and the titles (adornments sized to the title).
String name = '\u00C6r\u00F8 "Q" \'P\' & <x> $y #z \u00E9t\u00E9 \u4E2D\u6587'
File repository = new File(basedir, 'special-specs')
def pom = new groovy.xml.XmlSlurper().parse(new File(repository, 'pom.xml'))
assert pom.name.text() == name + ' specifications'
def readme = new File(repository, 'README.rst').getText('UTF-8').readLines()
int title = readme.indexOf(name + ' Specifications')
assert title == 1
// Two wide (CJK) letters take two columns each.
int width = (name + ' Specifications').length() + 2
assert readme[0] == '=' * width && readme[2] == '=' * width
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
