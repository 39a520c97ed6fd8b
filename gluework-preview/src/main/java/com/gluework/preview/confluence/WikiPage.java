package com.gluework.preview.confluence;

import java.util.List;

/**
 * A page of the preview's space, as Confluence keeps one: its body in storage format, who created and last edited
 * it, its labels.
 *
 * @param slug       the last part of its address, {@code /wiki/spaces/PAY/pages/{slug}}
 * @param editorKeys recent editors other than the creator, most recent first
 */
public record WikiPage(String slug, String title, String creatorKey, List<String> editorKeys, List<String> labels,
                       String storage) {
    public WikiPage {
        editorKeys = List.copyOf(editorKeys);
        labels = List.copyOf(labels);
    }
}
