// Runs once core's SpecChecker checks priorities documents, that is once a class of the check
// package outside io.github.specwright.core.check.priorities uses that package; until then,
// says why it is skipped.
import java.util.zip.ZipFile

def jar = new File(localRepositoryPath,
        "io/github/specwright/specwright-core/${specwrightVersion}/specwright-core-${specwrightVersion}.jar")
def prioritiesPackage = 'io/github/specwright/core/check/priorities/'
def wired = jar.isFile() && new ZipFile(jar).withCloseable { zip ->
    zip.entries().toList().any { entry ->
        entry.name.startsWith('io/github/specwright/core/check/') && entry.name.endsWith('.class')
                && !entry.name.startsWith(prioritiesPackage)
                && new String(zip.getInputStream(entry).bytes, 'ISO-8859-1').contains(prioritiesPackage)
    }
}
if (!wired) {
    println 'prioritiesDocument-too-many-contacts: skipped, core does not check priorities documents yet'
}
return wired
