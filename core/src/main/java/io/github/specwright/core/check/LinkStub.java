package io.github.specwright.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Recognises a symbolic link that git checked out as a plain file (with
 * {@code core.symlinks=false}, as on Windows or in some archives): a small file holding only a
 * relative path, with no newline. Such a file is followed like the link it stands for, so that
 * {@code specs/<release>/x.rst -> ../approved/x.rst} is checked once, under approved/.
 */
final class LinkStub {

    static final int MAX_DEPTH = 8;
    private static final int MAX_STUB_SIZE = 1024;

    private LinkStub() {
    }

    /** The path the stub holds, or null when the file is not a link stub. */
    static String target(Path file, CheckConfig config) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_STUB_SIZE
                    || Files.size(file) == 0) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == '\n' || b == '\r' || b == 0 || b == ' ' || b == '\t') {
                    return null;
                }
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("\uFFFD") || text.startsWith("/")) {
                return null;
            }
            boolean looksLikePath = text.contains("/") || config.extensionOf(text) != null;
            return looksLikePath ? text : null;
        } catch (IOException e) {
            return null;
        }
    }
}
