package io.github.specwright.core.site;

import io.github.specwright.core.json.JsonStrings;

/** String literals for the search index: JSON that is also safe inside a script file. */
final class Json {

    private Json() {
    }

    static String string(String value) {
        return JsonStrings.quote(value, JsonStrings.Escaping.SCRIPT_SAFE);
    }
}
