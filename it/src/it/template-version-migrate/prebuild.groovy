// A generated repository in git: the template declares version 1 (commit 1), a second approved
// spec is committed, then the template gains "Sustainability impact" as version 2 (commit 2);
// finally the second spec is edited in the working tree.
evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir)

def git = { String... args ->
    def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false']
    command.addAll(args)
    Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: ${output}"
}

File template = new File(basedir, 'specs/template.rst')
String version1 = '.. template-version: 1\n\n' + template.getText('UTF-8')
template.setText(version1, 'UTF-8')
File example = new File(basedir, 'specs/approved/publish-specs-as-html.rst')
String exampleText = example.getText('UTF-8')
String exampleTitle = '=========================\nPublish the specs as HTML\n========================='
assert exampleText.contains(exampleTitle)
File second = new File(basedir, 'specs/approved/second-spec.rst')
second.setText(exampleText.replace(exampleTitle, '===========\nSecond spec\n==========='), 'UTF-8')
new File(basedir, '.gitignore').setText('target/\nbuild.log\n', 'UTF-8')
// The rules read the policy from specwright.conf (the project property every Specwright rule reads).
File pom = new File(basedir, 'pom.xml')
String pomText = pom.getText('UTF-8')
assert pomText.contains('</specwright.trackerUrl>')
pom.setText(pomText.replace('</specwright.trackerUrl>',
        '</specwright.trackerUrl>\n    <specwright.configFile>specwright.conf</specwright.configFile>'), 'UTF-8')
new File(basedir, 'specwright.conf').setText('[check]\ntemplate-version = latest-for-changed\nbase = HEAD\n', 'UTF-8')
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'Template version 1')

template.setText(version1.replace('.. template-version: 1', '.. template-version: 2')
        + '\nSustainability impact\n=====================\n\nWhat does the change cost in energy and hardware?\n', 'UTF-8')
git('commit', '-q', '-am', 'Template version 2: Sustainability impact')

String edited = second.getText('UTF-8').replace('a checkout and a text editor', 'a checkout or a text editor')
assert edited != second.getText('UTF-8')
second.setText(edited, 'UTF-8')
// Where the missing section is reported: the last line of the edited spec.
new File(basedir, 'second-spec-lines.txt').setText(String.valueOf(edited.readLines().size()), 'UTF-8')
return true
