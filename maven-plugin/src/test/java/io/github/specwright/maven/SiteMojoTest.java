package io.github.specwright.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteMojoTest {

    @TempDir
    Path repository;

    private SiteMojo mojo(boolean strict) {
        SiteMojo mojo = new SiteMojo();
        mojo.sourceDirectory = repository.toFile();
        mojo.outputDirectory = repository.resolve("target/specs-site").toFile();
        mojo.strict = strict;
        mojo.title = "Demo specs";
        return mojo;
    }

    private void spec(String path, String content) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void writesTheSiteIntoTheOutputDirectory() throws Exception {
        spec("specs/approved/one.rst", "===\nOne\n===\n\nText.\n");
        mojo(true).execute();
        Path site = repository.resolve("target/specs-site");
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("specs/approved/one.html")).isRegularFile();
        assertThat(Files.readString(site.resolve("index.html"))).contains("<title>Demo specs</title>");
    }

    @Test
    void strictFailsOnAFindingAndLenientDoesNot() throws Exception {
        spec("specs/approved/one.rst", "===\nOne\n===\n");
        // A link file whose target is missing: a finding whatever the parser says about the markup.
        spec("specs/1.0/one.rst", "specs/approved/missing.rst");
        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 rendering finding(s) in strict mode")
                .hasMessageContaining("specs/1.0/one.rst:1:1: warning [site-broken-symlink]");
        mojo(false).execute();
        assertThat(repository.resolve("target/specs-site/index.html")).isRegularFile();
    }

    @Test
    void skipWritesNothing() throws Exception {
        SiteMojo mojo = mojo(true);
        mojo.skip = true;
        mojo.execute();
        assertThat(repository.resolve("target/specs-site")).doesNotExist();
    }

    @Test
    void aMissingSourceDirectoryIsAnExecutionError() {
        SiteMojo mojo = mojo(false);
        mojo.sourceDirectory = repository.resolve("nope").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nope: not a directory");
    }
}
