// Shared by the prebuild scripts: copies a generated repository (by default the one
// setup-generate made; the markdown-* tests pass setup-generate-markdown's) into this test's
// folder without its build output, so that each test can break its own copy.
// Usage: evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy')).call(basedir[, generated])

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

return { File testDir, String generated = '../setup-generate/example-specs' ->
    Path source = new File(testDir, generated).toPath().normalize()
    Path target = testDir.toPath()
    assert Files.isDirectory(source) : "the setup IT did not produce ${source}"
    Files.walk(source).withCloseable { paths ->
        paths.filter { !source.relativize(it).toString().startsWith('target') }.each { Path from ->
            Path to = target.resolve(source.relativize(from).toString())
            if (Files.isDirectory(from)) {
                Files.createDirectories(to)
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES)
            }
        }
    }
}
